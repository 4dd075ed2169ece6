import { seriesParts, type PostSummary } from './posts';
import { tagSlug } from './tags';

/** URL segment of a series page: the same rules as a tag ("Kafka capacity and cost" → "kafka-capacity-and-cost"). */
export function seriesSlug(name: string): string {
  return tagSlug(name);
}

export interface Series<T extends PostSummary> {
  name: string;
  slug: string;
  /** In reading order (see `seriesParts`). */
  parts: T[];
}

/**
 * Every series among the posts, alphabetical by name. Two different names
 * that share a slug would share a page, so they are an error naming both.
 */
export function allSeries<T extends PostSummary>(posts: readonly T[]): Series<T>[] {
  const names = [...new Set(posts.map((p) => p.data.series).filter((s): s is string => s !== undefined))];
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const slug = seriesSlug(name);
    const other = bySlug.get(slug);
    if (other !== undefined) throw new Error(`series "${other}" and "${name}" both have the URL slug "${slug}": rename one`);
    if (slug === '') throw new Error(`series "${name}" has no letters or digits to make a URL slug from`);
    bySlug.set(slug, name);
  }
  return names
    .sort((a, b) => a.localeCompare(b))
    .map((name) => ({ name, slug: seriesSlug(name), parts: seriesParts(posts, name) }));
}

export interface SeriesPosition<T extends PostSummary> extends Series<T> {
  /** 0-based index of the post among `parts`. */
  index: number;
  previous?: T;
  next?: T;
}

/** Where a post sits in its series, with its neighbours; undefined for a post in no series. */
export function seriesPosition<T extends PostSummary>(posts: readonly T[], id: string): SeriesPosition<T> | undefined {
  const name = posts.find((p) => p.id === id)?.data.series;
  if (name === undefined) return undefined;
  const parts = seriesParts(posts, name);
  const index = parts.findIndex((p) => p.id === id);
  return { name, slug: seriesSlug(name), parts, index, previous: parts[index - 1], next: parts[index + 1] };
}
