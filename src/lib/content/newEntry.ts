import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ZodType } from 'zod';
import { fieldName, NEW_POST_DESCRIPTION, schemaIssues, type ContentSchemas } from './checkContent';
import { parseEntryFile, renderFrontmatter } from './checkContentFrontmatter';
import { isoDate } from './formatDate';
import { entryId } from './slugCollisions';
import { tagSlug } from './tags';

/**
 * `npm run new -- post|talk|repo …`: a new content file with valid
 * frontmatter. Its flags come from the collection's schema, one per field
 * (`seriesPart` is `--series-part`), so they follow src/content.config.ts.
 */

export class NewEntryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NewEntryError';
  }
}

interface EntryKind {
  collection: 'posts' | 'talks' | 'repos';
  extension: '.mdx' | '.md';
  /** The field the positional argument fills, and that the file name is made from. */
  positional: 'title' | 'name';
  /** Fields filled in when no flag gives them, from today's date. */
  defaults: (today: Date) => Record<string, unknown>;
  /** Shows nothing on the page: the author writes the content. */
  body: string;
}

export const ENTRY_KINDS = {
  post: {
    collection: 'posts',
    extension: '.mdx',
    positional: 'title',
    // Always a draft with a placeholder description: nothing that could be published as it is.
    defaults: (today) => ({ description: NEW_POST_DESCRIPTION, pubDate: today, draft: true }),
    body: '{/* Write the post here. `##` and `###` headings build the table of contents. Set `draft: false` to publish. */}\n',
  },
  talk: {
    collection: 'talks',
    extension: '.md',
    positional: 'title',
    defaults: () => ({}),
    body: '<!-- The abstract, in Markdown. -->\n',
  },
  repo: {
    collection: 'repos',
    extension: '.md',
    positional: 'name',
    defaults: () => ({}),
    body: '<!-- Your own notes about the repository, in Markdown. -->\n',
  },
} as const satisfies Record<string, EntryKind>;

export type EntryKindName = keyof typeof ENTRY_KINDS;

export type FlagKind = 'string' | 'boolean' | 'list' | 'date' | 'number';

export interface FieldFlag {
  field: string;
  /** kebab-case, without the dashes: "series-part". */
  flag: string;
  kind: FlagKind;
  /** Neither optional nor defaulted in the schema. */
  required: boolean;
}

interface ZodDef {
  type: string;
  innerType?: ZodType;
}

const defOf = (schema: ZodType) => (schema as unknown as { def: ZodDef }).def;

/** The value type under `.optional()` and `.default()`. */
function baseType(schema: ZodType): string {
  const def = defOf(schema);
  return (def.type === 'optional' || def.type === 'default') && def.innerType ? baseType(def.innerType) : def.type;
}

const FLAG_KINDS: Record<string, FlagKind> = { string: 'string', boolean: 'boolean', array: 'list', date: 'date', number: 'number' };

/** "seriesPart" → "series-part", "canonicalURL" → "canonical-url". */
export function kebabCase(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** One flag per schema field a command line can give; fields of other types (objects) have none. */
export function schemaFieldFlags(schema: ZodType): FieldFlag[] {
  const def = defOf(schema);
  if (def.type !== 'object') throw new NewEntryError(`the content schema is a ${def.type}, not an object of frontmatter fields`);
  const shape = (schema as unknown as { shape: Record<string, ZodType> }).shape;
  return Object.entries(shape).flatMap(([field, fieldSchema]) => {
    const kind = FLAG_KINDS[baseType(fieldSchema)];
    const required = !['optional', 'default'].includes(defOf(fieldSchema).type);
    return kind ? [{ field, flag: kebabCase(field), kind, required }] : [];
  });
}

const FLAG_VALUE_HINTS: Record<FlagKind, string> = { string: ' TEXT', boolean: '', list: ' A,B', date: ' YYYY-MM-DD', number: ' N' };

function flagUsage(flag: FieldFlag): string {
  const text = `--${flag.flag}${FLAG_VALUE_HINTS[flag.kind]}`;
  return flag.required ? text : `[${text}]`;
}

export function newEntryUsage(schemas: ContentSchemas): string {
  const lines = ['Usage: npm run new -- <post|talk|repo> "Title or name" [flags]', ''];
  for (const [name, kind] of Object.entries(ENTRY_KINDS)) {
    const flags = schemaFieldFlags(schemas[kind.collection]).filter((f) => f.field !== kind.positional);
    lines.push(`  ${name} "${kind.positional === 'title' ? 'Title' : 'NAME'}"  ${flags.map(flagUsage).join(' ')}`);
  }
  lines.push('', 'Required fields of the schema are required flags; a post is always written as a draft.');
  return lines.join('\n');
}

/** A real calendar date written YYYY-MM-DD, as UTC midnight. */
export function parseIsoDate(value: string, flag: string): Date {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || isoDate(date) !== value) {
    throw new NewEntryError(`--${flag} must be a date written YYYY-MM-DD, got "${value}"`);
  }
  return date;
}

function flagValue(flag: FieldFlag, raw: string | boolean): unknown {
  if (typeof raw === 'boolean') return raw;
  if (flag.kind === 'list') return raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (flag.kind === 'date') return parseIsoDate(raw, flag.flag);
  if (flag.kind === 'number') {
    const number = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(number)) throw new NewEntryError(`--${flag.flag} must be a number, got "${raw}"`);
    return number;
  }
  return raw;
}

export interface NewEntryRequest {
  kind: EntryKindName;
  /** The positional argument: a post's or talk's title, a repository's name. */
  label: string;
  /** Frontmatter fields given by flags, converted to their schema types. */
  fields: Record<string, unknown>;
}

function entryKindOf(name: string | undefined): EntryKindName {
  if (name !== undefined && Object.hasOwn(ENTRY_KINDS, name)) return name as EntryKindName;
  throw new NewEntryError(name === undefined ? 'say what to create: post, talk or repo' : `unknown kind "${name}": use post, talk or repo`);
}

/** argv after `npm run new --`, checked against the kind's schema-derived flags. */
export function parseNewEntryArgs(argv: readonly string[], schemas: ContentSchemas): NewEntryRequest {
  const kind = entryKindOf(argv[0]);
  const spec = ENTRY_KINDS[kind];
  const flags = schemaFieldFlags(schemas[spec.collection]).filter((f) => f.field !== spec.positional);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv.slice(1),
      options: Object.fromEntries(flags.map((f) => [f.flag, { type: f.kind === 'boolean' ? 'boolean' : 'string' } as const])),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new NewEntryError((error as Error).message);
  }
  const [label, ...extra] = parsed.positionals;
  if (label === undefined || label.trim() === '') throw new NewEntryError(`a ${kind} needs a ${spec.positional}: npm run new -- ${kind} "…"`);
  if (extra.length > 0) throw new NewEntryError(`one ${spec.positional} only; quote it if it has spaces (extra: ${extra.join(' ')})`);
  const fields: Record<string, unknown> = {};
  for (const flag of flags) {
    // No option is `multiple`, so a value is never an array.
    const raw = parsed.values[flag.flag] as string | boolean | undefined;
    if (raw !== undefined) fields[flag.field] = flagValue(flag, raw);
  }
  return { kind, label: label.trim(), fields };
}

/** How a schema field is given on the command line, for messages. */
function describeField(field: string, kind: EntryKind): string {
  return field === kind.positional ? `the ${field}` : `--${kebabCase(field)}`;
}

export interface NewEntryFile {
  /** Relative to the project root: "content/posts/<slug>.mdx". */
  path: string;
  slug: string;
  text: string;
}

/**
 * The file for a request, validated by parsing its own frontmatter back and
 * checking it against the collection's schema.
 */
export function renderNewEntry(request: NewEntryRequest, schema: ZodType, today: Date): NewEntryFile {
  const kind: EntryKind = ENTRY_KINDS[request.kind];
  const slug = tagSlug(request.label);
  if (slug === '') throw new NewEntryError(`the ${kind.positional} "${request.label}" has no letters or digits to make a file name from`);
  const frontmatter = { [kind.positional]: request.label, ...kind.defaults(today), ...request.fields };
  const path = `content/${kind.collection}/${slug}${kind.extension}`;
  const text = `${renderFrontmatter(frontmatter)}\n${kind.body}`;
  const { issues } = schemaIssues(schema, parseEntryFile(text, path).data);
  if (issues.length > 0) {
    const field = (issue: (typeof issues)[number]) => `${describeField(String(issue.path[0]), kind)}${fieldName(issue.path.slice(1))}`;
    const describe = (issue: (typeof issues)[number]) =>
      issue.path.length === 0 ? issue.message : `${field(issue)}${issue.message === 'is required' ? ' ' : ': '}${issue.message}`;
    throw new NewEntryError(issues.map(describe).join('\n'));
  }
  return { path, slug, text };
}

/** Today as a date (UTC midnight), the way a YYYY-MM-DD frontmatter date is read. */
export function todayOf(now: Date): Date {
  return new Date(`${isoDate(now)}T00:00:00Z`);
}

async function existingEntryFile(root: string, file: NewEntryFile): Promise<string | undefined> {
  const dir = file.path.slice(0, file.path.lastIndexOf('/'));
  const names = await readdir(join(root, dir)).catch(() => [] as string[]);
  // Any file that gets the same URL clashes, e.g. "Foo Bar.md" for foo-bar, not only foo-bar.md(x).
  const clash = names.find((name) => /\.mdx?$/.test(name) && entryId(`${dir}/${name}`) === file.slug);
  return clash && `${dir}/${clash}`;
}

export interface NewEntryDeps {
  root: string;
  now: Date;
  schemas: ContentSchemas;
  /** The dev server's base URL, e.g. "http://localhost:4321/"; pages live at <collection>/<slug>/ under it (src/pages). */
  devUrl: string;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** Writes the entry, never over an existing one (.md or .mdx of the same slug); returns the exit code. */
export async function runNewEntry(argv: readonly string[], deps: NewEntryDeps): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    deps.stdout(newEntryUsage(deps.schemas));
    return 0;
  }
  try {
    const request = parseNewEntryArgs(argv, deps.schemas);
    const collection = ENTRY_KINDS[request.kind].collection;
    const file = renderNewEntry(request, deps.schemas[collection], todayOf(deps.now));
    const clash = await existingEntryFile(deps.root, file);
    if (clash) throw new NewEntryError(`${clash} already exists: choose another ${ENTRY_KINDS[request.kind].positional} or edit that file`);
    await mkdir(join(deps.root, `content/${collection}`), { recursive: true });
    await writeFile(join(deps.root, file.path), file.text, { flag: 'wx' });
    deps.stdout(`Created ${file.path}`);
    deps.stdout(`Preview: ${new URL(`${collection}/${file.slug}/`, deps.devUrl).href} (npm run dev)`);
    return 0;
  } catch (error) {
    if (!(error instanceof NewEntryError)) throw error;
    deps.stderr(`npm run new: ${error.message}`);
    deps.stderr('Run `npm run new -- --help` for the flags of each kind.');
    return 1;
  }
}
