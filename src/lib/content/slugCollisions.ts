import { slug } from 'github-slugger';

/**
 * Which content files get which URL, and which of them would get the same one:
 * shared by `npm run check:content` and the build (src/integrations/contentIntegrity.ts),
 * because Astro's glob loader only warns about a duplicate id and keeps one file.
 */

/** The collections whose entries become pages, as in src/content.config.ts. */
export const CONTENT_COLLECTIONS = ['posts', 'talks', 'repos', 'pages'] as const;
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number];

/** Collection of a file from its directory, content/<collection>/…; undefined outside them. */
export function collectionOfPath(path: string): ContentCollection | undefined {
  const match = /^content\/([^/]+)\//.exec(path);
  return CONTENT_COLLECTIONS.find((c) => c === match?.[1]);
}

/**
 * The entry id Astro's glob loader gives a file: its path in the collection,
 * without extension, each segment slugged with github-slugger as Astro does,
 * and without a trailing /index (foo/index.md is foo). A frontmatter `slug`
 * would override it; no schema here defines one.
 */
export function entryId(path: string): string {
  return path
    .replace(/^content\/[^/]+\//, '')
    .replace(/\.(md|mdx)$/, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

export interface SlugCollision {
  collection: ContentCollection;
  id: string;
  /** The file seen first, in the order given. */
  first: string;
  /** The file that would get the same URL. */
  second: string;
}

/** Every pair of files (paths relative to the project root) in one collection whose entries get the same id, so the same URL. */
export function findSlugCollisions(paths: readonly string[]): SlugCollision[] {
  const seen = new Map<string, string>();
  const collisions: SlugCollision[] = [];
  for (const path of paths) {
    const collection = collectionOfPath(path);
    if (collection === undefined) continue;
    const id = entryId(path);
    const key = `${collection}/${id}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, path);
    else collisions.push({ collection, id, first, second: path });
  }
  return collisions;
}

/** "content/posts/foo.mdx and content/posts/foo.md both get the URL /posts/foo/: rename one" */
export function formatSlugCollision(collision: SlugCollision): string {
  return `${collision.second} and ${collision.first} both get the URL /${collision.collection}/${collision.id}/: rename one`;
}
