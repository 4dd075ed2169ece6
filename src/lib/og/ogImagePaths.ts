/** Kinds of page that have an image of their own; everything else uses the site default. */
export type OgImageSection = 'posts' | 'talks' | 'tools';

/** Site path (without the base) of a page's card, e.g. "/og/posts/my-post.png". */
export function ogImagePath(section: OgImageSection, slug: string): string {
  return `/og/${section}/${slug}.png`;
}

/** The card every page without one of its own shares. */
export const DEFAULT_OG_IMAGE_PATH = '/og/default.png';

/**
 * The tool slug of a tool page ("/blog/tools/kafka-sizing/" → "kafka-sizing")
 * when the path is one of `knownSlugs`; the tools index and unknown paths give
 * undefined. `base` is the site's base path, e.g. "/" or "/blog/".
 */
export function toolSlugFromPathname(pathname: string, base: string, knownSlugs: readonly string[]): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  const match = /^tools\/([^/]+)\/?$/.exec(pathname.slice(prefix.length));
  return match && knownSlugs.includes(match[1]) ? match[1] : undefined;
}
