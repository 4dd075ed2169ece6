import { formatDate } from './formatDate';

/** The fields of a post that list, feed and navigation logic needs. */
export interface PostSummary {
  id: string;
  data: {
    title: string;
    pubDate: Date;
    tags: readonly string[];
    draft: boolean;
    series?: string;
    seriesPart?: number;
  };
}

/** Where a post stands at a given moment: a draft, scheduled for a later date, or out. */
export type PublicationStatus = { kind: 'published' } | { kind: 'draft' } | { kind: 'scheduled'; date: Date };

/** A draft stays a draft whatever its date; a post dated after `now` is scheduled. */
export function publicationStatus(post: PostSummary, now: Date): PublicationStatus {
  if (post.data.draft) return { kind: 'draft' };
  if (post.data.pubDate.getTime() > now.getTime()) return { kind: 'scheduled', date: post.data.pubDate };
  return { kind: 'published' };
}

/**
 * Drafts and scheduled posts are visible while writing (`astro dev`) and never
 * in a production build; a scheduled post appears in the first build after its date.
 */
export function isPublished(post: PostSummary, isDev: boolean, now: Date = new Date()): boolean {
  return isDev || publicationStatus(post, now).kind === 'published';
}

/** The banner a draft or scheduled post shows in `astro dev`; undefined for a published post. */
export function publicationBanner(status: PublicationStatus): string | undefined {
  if (status.kind === 'draft') return 'Draft — not published';
  if (status.kind === 'scheduled') return `Scheduled for ${formatDate(status.date)}`;
  return undefined;
}

/** Newest first; equal dates fall back to the id so the order never depends on file-system order. */
export function sortNewestFirst<T extends PostSummary>(posts: readonly T[]): T[] {
  return [...posts].sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id));
}

/** Neighbours in date order: `newer` and `older` than the given post. */
export function adjacentPosts<T extends PostSummary>(
  posts: readonly T[],
  id: string,
): { newer?: T; older?: T } {
  const sorted = sortNewestFirst(posts);
  const index = sorted.findIndex((p) => p.id === id);
  if (index < 0) return {};
  return { newer: sorted[index - 1], older: sorted[index + 1] };
}

/**
 * Posts that share tags with the given one, most shared tags first, then newest.
 * Posts with no tag in common are never "related".
 */
export function relatedPosts<T extends PostSummary>(posts: readonly T[], post: T, limit = 3): T[] {
  const tags = new Set(post.data.tags);
  return sortNewestFirst(posts)
    .filter((p) => p.id !== post.id)
    .map((p) => ({ post: p, shared: p.data.tags.filter((t) => tags.has(t)).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map((x) => x.post);
}

/** The parts of a series in reading order: explicit `seriesPart` first, then oldest first. */
export function seriesParts<T extends PostSummary>(posts: readonly T[], series: string): T[] {
  return posts
    .filter((p) => p.data.series === series)
    .sort(
      (a, b) =>
        (a.data.seriesPart ?? Number.MAX_SAFE_INTEGER) - (b.data.seriesPart ?? Number.MAX_SAFE_INTEGER) ||
        a.data.pubDate.getTime() - b.data.pubDate.getTime() ||
        a.id.localeCompare(b.id),
    );
}
