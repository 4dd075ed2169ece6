/** The part of Astro's `Astro.csp` this needs (method syntax keeps Astro's narrower hash type assignable). */
export interface StyleCspTarget {
  insertStyleHash(entry: { hash: `sha256-${string}`; kind: 'attribute' }): void;
  insertStyleResource(entry: { resource: string; kind: 'attribute' }): void;
}

function isHashList(value: unknown): value is `sha256-${string}`[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.startsWith('sha256-'));
}

/**
 * Allows exactly the style attributes a rendered Markdown/MDX body carries
 * (`styleAttributeHashes` from rehypeStyleAttributeHashes) through
 * `style-src-attr 'unsafe-hashes' <hashes>`. A page without any gets no
 * `style-src-attr`, so `style-src` (which allows no attributes) applies.
 */
export function allowStyleAttributes(csp: StyleCspTarget | undefined, hashes: unknown): void {
  if (!csp || hashes === undefined) return;
  if (!isHashList(hashes)) {
    throw new Error('styleAttributeHashes in remarkPluginFrontmatter must be a list of "sha256-..." strings.');
  }
  if (hashes.length === 0) return;
  csp.insertStyleResource({ resource: "'unsafe-hashes'", kind: 'attribute' });
  for (const hash of hashes) csp.insertStyleHash({ hash, kind: 'attribute' });
}
