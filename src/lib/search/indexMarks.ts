/**
 * The Pagefind attributes a detail page carries so results can be filtered by
 * type and tag, show type and date, and sort by date
 * (pagefind.app/docs/filtering/, /metadata/, /sorts/). Each mark becomes one
 * empty element: Pagefind takes an inline `key:value` only as the last item of
 * an attribute, so one element per value keeps every value whole.
 */
import { isoDate } from '../content/formatDate';
import type { SearchType } from './searchState';
import { synonymsFor } from './synonyms';

export interface IndexMark {
  attribute: 'data-pagefind-filter' | 'data-pagefind-meta' | 'data-pagefind-sort';
  value: string;
}

export interface IndexFacts {
  type: SearchType;
  /** The result title, when the page's h1 holds more than the title (a "Sample" badge). */
  title?: string;
  date?: Date;
  tags?: readonly string[];
  /** A stand-in entry: it keeps its result title but not the ranked one, so real pages come first. */
  sample?: boolean;
}

/**
 * Metadata fields that rank without being shown (weights in
 * src/scripts/search/pagefindClient.ts). Pagefind 1.5+ matches query words
 * against every metadata field, not only the body.
 */
export const rankedTitleField = 'ranked_title';
export const synonymsField = 'synonyms';
/** A tool page's title, ranked below a post's: the post explains, the tool computes. */
export const toolRankedTitleField = 'tool_title';

/** The Pagefind filter only sample entries carry, so results can list them after real pages. */
export const sampleFilter = { sample: 'yes' } as const;

/** Characters Pagefind reads as syntax in an inline value: a comma starts another key. */
const unsafeValue = /[,[\]]/;

export function indexMarks({ type, title, date, tags = [], sample = false }: IndexFacts): IndexMark[] {
  const marks: IndexMark[] = [
    { attribute: 'data-pagefind-filter', value: `type:${type}` },
    { attribute: 'data-pagefind-meta', value: `type:${type}` },
  ];
  // A lone inline value runs to the end of the attribute, so commas in a title are safe.
  const cleanTitle = title?.replace(/\s+/g, ' ').trim();
  if (cleanTitle) marks.push({ attribute: 'data-pagefind-meta', value: `title:${cleanTitle}` });
  if (cleanTitle && !sample) marks.push({ attribute: 'data-pagefind-meta', value: `${rankedTitleField}:${cleanTitle}` });
  if (sample) marks.push({ attribute: 'data-pagefind-filter', value: `sample:${sampleFilter.sample}` });
  const synonyms = sample ? [] : synonymsFor([cleanTitle ?? '', ...tags]);
  if (synonyms.length > 0) marks.push({ attribute: 'data-pagefind-meta', value: `${synonymsField}:${synonyms.join(', ')}` });
  if (date) {
    if (Number.isNaN(date.getTime())) throw new Error(`indexMarks: the ${type}'s date is not a valid date.`);
    const day = isoDate(date);
    marks.push({ attribute: 'data-pagefind-meta', value: `date:${day}` });
    marks.push({ attribute: 'data-pagefind-sort', value: `date:${day}` });
  }
  for (const tag of new Set(tags)) {
    if (tag.trim() === '' || unsafeValue.test(tag)) {
      throw new Error(`indexMarks: tag "${tag}" cannot be a search filter (empty, or contains a comma or bracket).`);
    }
    marks.push({ attribute: 'data-pagefind-filter', value: `tag:${tag}` });
  }
  return marks;
}
