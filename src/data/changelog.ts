import { getCollection, type CollectionEntry } from 'astro:content';
import { changelogSubjects, sortChangelog } from '../lib/content/changelog';
import { getPosts, type Post } from './queries';

export type ChangelogEntry = CollectionEntry<'changelog'>;

export interface ChangelogItem {
  entry: ChangelogEntry;
  subject: string;
  /** The published posts it touched, in the order the entry names them. */
  posts: Post[];
}

/**
 * The changelog, newest first, with its posts resolved. A post name that is
 * not a file in content/posts fails the build naming the entry; a draft is
 * left out until it is published.
 */
export async function getChangelog(): Promise<ChangelogItem[]> {
  const [entries, allPosts, published] = await Promise.all([getCollection('changelog'), getCollection('posts'), getPosts()]);
  const existing = new Set(allPosts.map((post) => post.id));
  const byId = new Map(published.map((post) => [post.id, post]));
  return sortChangelog(entries).map((entry) => {
    const missing = entry.data.posts.filter((ref) => !existing.has(ref.id)).map((ref) => ref.id);
    if (missing.length > 0) {
      throw new Error(`content/changelog.yaml: entry "${entry.id}" names posts that content/posts/ does not have: ${missing.join(', ')}`);
    }
    const posts = entry.data.posts.map((ref) => byId.get(ref.id)).filter((post): post is Post => post !== undefined);
    return { entry, subject: changelogSubjects[entry.data.subject], posts };
  });
}
