import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished, sortNewestFirst } from '../lib/content/posts';

export type Post = CollectionEntry<'posts'>;
export type Talk = CollectionEntry<'talks'>;
export type Repo = CollectionEntry<'repos'>;

/** Published posts, newest first; drafts too while running `astro dev`. */
export async function getPosts(): Promise<Post[]> {
  const posts = await getCollection('posts', (post) => isPublished(post, import.meta.env.DEV));
  return sortNewestFirst(posts);
}

/** Talks, newest first. */
export async function getTalks(): Promise<Talk[]> {
  const talks = await getCollection('talks');
  return talks.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

/** Repositories: live ones before archived, then by stars, then by name. */
export async function getRepos(): Promise<Repo[]> {
  const repos = await getCollection('repos');
  return repos.sort(
    (a, b) =>
      Number(a.data.archived) - Number(b.data.archived) ||
      (b.data.stars ?? 0) - (a.data.stars ?? 0) ||
      a.data.name.localeCompare(b.data.name),
  );
}

/** Published posts a talk or repo points to, in the order given, skipping drafts in production. */
export async function resolvePosts(refs: ReadonlyArray<{ id: string }>): Promise<Post[]> {
  const published = new Map((await getPosts()).map((p) => [p.id, p]));
  return refs.map((ref) => published.get(ref.id)).filter((p): p is Post => p !== undefined);
}
