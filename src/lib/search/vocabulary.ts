/**
 * The words search can suggest, written by the build next to the index
 * (pagefind/vocabulary.json): every word of titles, headings and tags, and
 * body words that appear often enough to be the site's own vocabulary rather
 * than a one-off, most frequent first.
 */
import { decodeEntities } from './htmlEntities';

export interface PageWords {
  /** Titles, headings and tags. */
  headings: readonly string[];
  /** Indexed body text. */
  body: string;
}

/** A body word must appear this often across the site to be suggested. */
export const minBodyCount = 3;
/** Shorter words are too easily one edit from another word to be worth suggesting. */
const minLength = 4;

export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}\p{N}]*(?:-\p{L}[\p{L}\p{N}]*)*/gu) ?? []).filter((word) => word.length >= minLength);
}

export function buildVocabulary(pages: readonly PageWords[]): string[] {
  const counts = new Map<string, number>();
  const always = new Set<string>();
  for (const page of pages) {
    for (const word of page.headings.flatMap(wordsOf)) always.add(word);
    for (const word of [...page.headings.flatMap(wordsOf), ...wordsOf(page.body)]) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .filter(([word, count]) => always.has(word) || count >= minBodyCount)
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([word]) => word);
}

/** Reads a vocabulary file's contents, refusing anything but a list of strings. */
export function parseVocabulary(json: unknown): string[] {
  if (!Array.isArray(json) || !json.every((word) => typeof word === 'string')) {
    throw new Error('vocabulary.json: expected a JSON list of words.');
  }
  return json;
}

function textOf(html: string): string {
  return decodeEntities(html.replace(/<(script|style|svg|math)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' '));
}

const attributeValues = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1] ?? '');

/**
 * The words of one built page that Pagefind indexes, or undefined when it
 * indexes none of it: headings, title metadata and tag filters, and the text
 * from its first `data-pagefind-body` to the end of `<main>` (near enough for a
 * vocabulary: navigation and the footer lie outside it).
 */
export function pageWordsFromHtml(html: string): PageWords | undefined {
  const start = html.indexOf('data-pagefind-body');
  if (start < 0) return undefined;
  const end = html.indexOf('</main>', start);
  const region = html.slice(start, end < 0 ? undefined : end);
  const headings = [
    ...attributeValues(region, /<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/g).map(textOf),
    ...attributeValues(html, /data-pagefind-meta="title:([^"]*)"/g),
    ...attributeValues(html, /data-pagefind-filter="tag:([^"]*)"/g),
  ];
  return { headings, body: textOf(region) };
}
