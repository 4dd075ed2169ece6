import type { ZodType } from 'zod';
import { frontmatterLine, FrontmatterError, parseEntryFile, type ParsedEntryFile } from './checkContentFrontmatter';
import { isoDate } from './formatDate';
import { publicationStatus, type PostSummary } from './posts';
import { allSeries } from './series';
import { collectionOfPath, entryId, findSlugCollisions, type ContentCollection } from './slugCollisions';

export { CONTENT_COLLECTIONS, collectionOfPath, entryId, type ContentCollection } from './slugCollisions';

/**
 * `npm run check:content`: what a build would reject in content/, and what it
 * would silently leave out, without running the build.
 */

/** Frontmatter schema of every collection, as the content config defines them. */
export type ContentSchemas = Record<ContentCollection, ZodType>;

/** The description `npm run new -- post` writes; a post must not be published with it. */
export const NEW_POST_DESCRIPTION = 'Draft: replace with one sentence for lists, feeds and search results.';

export interface ContentFile {
  /** Relative to the project root, e.g. "content/posts/x.mdx". */
  path: string;
  text: string;
}

export type Severity = 'error' | 'warning' | 'note';

export interface ContentProblem {
  severity: Severity;
  path: string;
  line: number;
  /** Frontmatter field, e.g. "tags[1]"; absent for body and file problems. */
  field?: string;
  message: string;
}

/** "content/posts/x.mdx:4: tags[1]: message" */
export function formatProblem(problem: ContentProblem): string {
  const field = problem.field === undefined ? '' : ` ${problem.field}:`;
  return `${problem.path}:${problem.line}:${field} ${problem.message}`;
}

interface CheckedEntry {
  collection: ContentCollection;
  id: string;
  file: ParsedEntryFile;
  data: Record<string, unknown>;
}

/** "tags[1]" from ["tags", 1]. */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

export interface SchemaIssue {
  path: PropertyKey[];
  message: string;
}

/** Zod issues as field paths and messages; a missing field says so instead of "expected string, received undefined". */
export function schemaIssues(schema: ZodType, data: Record<string, unknown>): { data?: Record<string, unknown>; issues: SchemaIssue[] } {
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data as Record<string, unknown>, issues: [] };
  return {
    issues: result.error.issues.map((issue) => ({ path: issue.path, message: issueMessage(issue, valueAt(data, issue.path)) })),
  };
}

function issueMessage(issue: { code: string; message: string; expected?: string }, value: unknown): string {
  if (issue.code !== 'invalid_type') return issue.message;
  if (value === undefined) return 'is required';
  if (issue.expected === 'date') return `must be a date written YYYY-MM-DD, got ${JSON.stringify(value)}`;
  return `${issue.message} (got ${JSON.stringify(value)})`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);
}

function parseAndValidate(file: ContentFile, schemas: ContentSchemas, problems: ContentProblem[]): CheckedEntry | undefined {
  const collection = collectionOfPath(file.path);
  if (collection === undefined) return undefined;
  let parsed: ParsedEntryFile;
  try {
    parsed = parseEntryFile(file.text, file.path);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    problems.push({ severity: 'error', path: file.path, line: error.line, message: error.reason });
    return undefined;
  }
  const { data, issues } = schemaIssues(schemas[collection], parsed.data);
  for (const issue of issues) {
    problems.push({ severity: 'error', path: file.path, line: frontmatterLine(parsed, issue.path), field: fieldName(issue.path), message: issue.message });
  }
  return data && { collection, id: entryId(file.path), file: parsed, data };
}

function asPost(entry: CheckedEntry): PostSummary {
  return { id: entry.id, data: entry.data as PostSummary['data'] };
}

function problemAt(entry: CheckedEntry, severity: Severity, path: PropertyKey[], message: string): ContentProblem {
  return { severity, path: entry.file.path, line: frontmatterLine(entry.file, path), field: fieldName(path), message };
}

function checkDuplicateIds(entries: readonly CheckedEntry[]): ContentProblem[] {
  return findSlugCollisions(entries.map((e) => e.file.path)).map(({ id, first, second }) => ({
    severity: 'error',
    path: second,
    line: 1,
    message: `has the same URL slug "${id}" as ${first}: rename one`,
  }));
}

function checkPublication(posts: readonly CheckedEntry[], now: Date): ContentProblem[] {
  return posts.flatMap((entry): ContentProblem[] => {
    const status = publicationStatus(asPost(entry), now);
    if (status.kind === 'draft') return [problemAt(entry, 'note', ['draft'], 'not published: shown by `npm run dev`, left out of builds')];
    const placeholder = entry.data.description === NEW_POST_DESCRIPTION;
    const problems = placeholder ? [problemAt(entry, 'error', ['description'], 'still the placeholder `npm run new` wrote: write the real description before publishing')] : [];
    if (status.kind === 'scheduled') {
      problems.push(problemAt(entry, 'note', ['pubDate'], `scheduled: ${isoDate(status.date)} is in the future, so builds leave the post out until then`));
    }
    return problems;
  });
}

function checkRelatedPosts(entries: readonly CheckedEntry[], postIds: ReadonlySet<string>): ContentProblem[] {
  return entries.flatMap((entry) => {
    const refs = (entry.data.relatedPosts ?? []) as ReadonlyArray<{ id: string }>;
    return refs.flatMap((ref, index) =>
      postIds.has(ref.id) ? [] : [problemAt(entry, 'error', ['relatedPosts', index], `references the post "${ref.id}", but content/posts/ has no post with that name`)],
    );
  });
}

function checkSeries(posts: readonly CheckedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  try {
    allSeries(posts.map(asPost));
  } catch (error) {
    const first = posts.find((p) => p.data.series !== undefined);
    if (first) problems.push(problemAt(first, 'error', ['series'], (error as Error).message));
  }
  const parts = new Map<string, CheckedEntry>();
  for (const entry of posts) {
    const { series, seriesPart } = entry.data;
    if (seriesPart !== undefined && series === undefined) problems.push(problemAt(entry, 'warning', ['seriesPart'], 'is set but the post has no `series`'));
    if (series === undefined || seriesPart === undefined) continue;
    const key = `${String(series)}#${String(seriesPart)}`;
    const other = parts.get(key);
    if (other) problems.push(problemAt(entry, 'warning', ['seriesPart'], `part ${String(seriesPart)} of "${String(series)}" is also ${other.file.path}`));
    else parts.set(key, entry);
  }
  return problems;
}

/** Links to another entry's page in Markdown, MDX or HTML: ](/posts/slug/…) or href="/posts/slug". */
const INTERNAL_LINK = /(?:\]\(\s*<?|href=\{?["'])\/(posts|talks|repos)\/([^/)\s#?"'>]+)/g;

/** Body lines with their file line numbers, without fenced code blocks (examples are not links). */
function proseLines(entry: CheckedEntry): Array<{ line: number; text: string }> {
  let fence: string | undefined;
  const lines: Array<{ line: number; text: string }> = [];
  entry.file.body.split('\n').forEach((text, index) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) fence = fence === undefined ? marker : undefined;
    else if (fence === undefined) lines.push({ line: entry.file.bodyLine + index, text });
  });
  return lines;
}

function checkInternalLinks(entries: readonly CheckedEntry[], knownKeys: ReadonlySet<string>, now: Date): ContentProblem[] {
  const byKey = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));
  const isLive = (e: CheckedEntry) => e.collection !== 'posts' || publicationStatus(asPost(e), now).kind === 'published';
  return entries.flatMap((entry) =>
    proseLines(entry).flatMap(({ line, text }) =>
      [...text.matchAll(INTERNAL_LINK)].flatMap(([, collection, slug]): ContentProblem[] => {
        // /posts/2/ is a page of the post list, not a post.
        if (collection === 'posts' && /^\d+$/.test(slug)) return [];
        const target = byKey.get(`${collection}/${slug}`);
        const where = { path: entry.file.path, line };
        if (!knownKeys.has(`${collection}/${slug}`)) return [{ severity: 'error', ...where, message: `links to /${collection}/${slug}/, but content/${collection}/ has no entry "${slug}"` }];
        if (target && isLive(entry) && !isLive(target)) {
          return [{ severity: 'warning', ...where, message: `links to /${collection}/${slug}/, which is a draft or scheduled: the link is broken in a build until it is published` }];
        }
        return [];
      }),
    ),
  );
}

export interface ContentReport {
  problems: ContentProblem[];
  /** Entries that parsed and matched their schema. */
  checked: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** Every problem in the given content files, errors first, then by file and line. */
export function checkContent(files: readonly ContentFile[], schemas: ContentSchemas, now: Date): ContentReport {
  const problems: ContentProblem[] = [];
  const entries = files.map((file) => parseAndValidate(file, schemas, problems)).filter((e): e is CheckedEntry => e !== undefined);
  const posts = entries.filter((e) => e.collection === 'posts');
  // Every file counts as existing, valid or not, so one broken file is reported once.
  const knownKeys = new Set(files.map((f) => `${collectionOfPath(f.path)}/${entryId(f.path)}`));
  const postIds = new Set([...knownKeys].filter((k) => k.startsWith('posts/')).map((k) => k.slice('posts/'.length)));
  problems.push(
    ...checkDuplicateIds(entries),
    ...checkPublication(posts, now),
    ...checkRelatedPosts(entries, postIds),
    ...checkSeries(posts),
    ...checkInternalLinks(entries, knownKeys, now),
  );
  problems.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.path.localeCompare(b.path) || a.line - b.line);
  return { problems, checked: entries.length };
}
