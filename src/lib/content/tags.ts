/** URL segment for a tag: lower-case, words joined by hyphens, nothing else. */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface TagCount {
  tag: string;
  slug: string;
  count: number;
}

/** Every tag with how many items carry it, most used first, then alphabetical. */
export function countTags(items: ReadonlyArray<{ tags: readonly string[] }>): TagCount[] {
  const counts = new Map<string, TagCount>();
  for (const item of items) {
    for (const tag of new Set(item.tags)) {
      const slug = tagSlug(tag);
      const entry = counts.get(slug) ?? { tag, slug, count: 0 };
      entry.count += 1;
      counts.set(slug, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
}
