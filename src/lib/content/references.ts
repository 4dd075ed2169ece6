/** An entry whose frontmatter field lists posts by id (talks and repos: `relatedPosts`). */
export interface PostReferences {
  filePath: string;
  field: string;
  refs: ReadonlyArray<{ id: string }>;
}

/**
 * One message per reference to a post that does not exist, naming the file and
 * the field. Astro only logs these; the site treats them as build errors.
 */
export function brokenPostReferences(entries: readonly PostReferences[], postIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    entry.refs.forEach((ref, index) => {
      if (!postIds.has(ref.id)) {
        problems.push(
          `${entry.filePath}: ${entry.field}[${index}] references the post "${ref.id}", but content/posts/ has no post with that name`,
        );
      }
    });
  }
  return problems;
}
