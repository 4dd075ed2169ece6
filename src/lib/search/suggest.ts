/**
 * "Did you mean …?" for a query that finds nothing: each query word that is
 * not in the site's vocabulary is replaced by the nearest word that is, when
 * one is close enough to be the same word mistyped.
 */

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Edits a word of this length may be away from its suggestion: one for short words, two from eight letters. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * The vocabulary word nearest to `word`, or undefined when none is within the
 * allowed edits. Ties go to the word listed first (the vocabulary lists its
 * most frequent words first).
 */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = allowedEdits(word.length);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The query with each unknown word replaced by its nearest vocabulary word,
 * or undefined when no word changes (all known, or none close enough).
 */
export function suggestQuery(term: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const words = term
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      if (known.has(word)) return word;
      const nearest = nearestWord(word, vocabulary);
      if (nearest === undefined) return word;
      changed = true;
      return nearest;
    });
  return changed ? words.join(' ') : undefined;
}
