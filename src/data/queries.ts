import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished, sortNewestFirst } from '../lib/content/posts';
import { brokenPostReferences } from '../lib/content/references';

export type Post = CollectionEntry<'posts'>;
export type Talk = CollectionEntry<'talks'>;
export type Repo = CollectionEntry<'repos'>;

/** Published posts, newest first; drafts too while running `astro dev`. */
export async function getPosts(): Promise<Post[]> {
  const posts = await getCollection('posts', (post) => isPublished(post, import.meta.env.DEV));
  return sortNewestFirst(posts);
}

let referencesChecked: Promise<void> | undefined;

/** Fails the build when a talk or repo lists a related post that does not exist (drafts count as existing). */
function checkPostReferences(): Promise<void> {
  referencesChecked ??= (async () => {
    const [posts, talks, repos] = await Promise.all([getCollection('posts'), getCollection('talks'), getCollection('repos')]);
    const problems = brokenPostReferences(
      [...talks, ...repos].map((entry) => ({
        filePath: entry.filePath ?? `${entry.collection}/${entry.id}`,
        field: 'relatedPosts',
        refs: entry.data.relatedPosts,
      })),
      new Set(posts.map((p) => p.id)),
    );
    if (problems.length > 0) throw new Error(`Broken post references:\n${problems.join('\n')}`);
  })();
  return referencesChecked;
}

/** Talks, newest first. */
export async function getTalks(): Promise<Talk[]> {
  await checkPostReferences();
  const talks = await getCollection('talks');
  return talks.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

/** Repositories: live ones before archived, then by stars, then by name. */
export async function getRepos(): Promise<Repo[]> {
  await checkPostReferences();
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
