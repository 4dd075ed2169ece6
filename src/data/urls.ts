/** A site-internal path with the configured base prepended (the site may live under /blog/). */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

export const postUrl = (id: string) => withBase(`/posts/${id}/`);
export const talkUrl = (id: string) => withBase(`/talks/${id}/`);
export const repoUrl = (id: string) => withBase(`/repos/${id}/`);
export const tagUrl = (slug: string) => withBase(`/tags/${slug}/`);
export const toolUrl = (slug: string) => withBase(`/tools/${slug}/`);
export const seriesUrl = (slug: string) => withBase(`/series/${slug}/`);
