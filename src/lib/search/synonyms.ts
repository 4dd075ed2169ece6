/**
 * Words readers search for that a page may not use. Each group lists phrases
 * that mean the same thing to a reader of this site; a page whose title or
 * tags hold one phrase of a group is indexed with the others too, as hidden
 * metadata (see indexMarks). Reviewed by hand: add a group only when its
 * phrases are interchangeable for every page that could match it.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ['cost attribution', 'cost allocation', 'chargeback', 'showback', 'which topic is costing', 'per-team cost', 'per-topic cost'],
  ['cross-AZ', 'cross-zone', 'inter-AZ', 'inter-zone', 'data transfer', 'availability zone'],
  ['kafka sizing', 'capacity planning', 'how many brokers', 'right-sizing', 'broker count'],
  ['tiered storage', 'remote storage', 'object storage'],
  ['coding agent', 'AI agent', 'AI coding assistant'],
];

/** Lower case, one space between words, no punctuation but the hyphen inside a word. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function holds(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${normalize(phrase)} `);
}

/**
 * The phrases of every group that `texts` (a page's title and tags) touch,
 * leaving out those the texts already hold, in group order, each once.
 */
export function synonymsFor(texts: readonly string[], groups: readonly (readonly string[])[] = synonymGroups): string[] {
  const text = normalize(texts.join(' '));
  const found = new Set<string>();
  for (const group of groups) {
    if (!group.some((phrase) => holds(text, phrase))) continue;
    for (const phrase of group) if (!holds(text, phrase)) found.add(phrase);
  }
  return [...found];
}
