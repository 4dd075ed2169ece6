import { Document, isMap, parseDocument } from 'yaml';
import type { GitHubRepository } from './githubApi';

/**
 * Reading and writing `content/repos/<name>.md`: YAML frontmatter the sync
 * keeps up to date, plus everything the author wrote by hand (other keys,
 * comments, the body), which it never touches.
 */

/**
 * README text kept for search. Long enough for any README's introduction and
 * usage; beyond it a generated reference section would only bloat the page.
 */
export const README_CHARACTER_LIMIT = 20_000;
const README_SHORTENED_NOTE = '[README shortened here; the full text is on GitHub.]';

/**
 * YAML 1.1 output quotes strings such as "yes" or "2026-01-01" that a YAML 1.1
 * reader (Astro's frontmatter parser) would otherwise turn into booleans or dates.
 */
const YAML_VERSION = '1.1';

export class RepoEntryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RepoEntryFileError';
  }
}

export interface RepoEntryFile {
  frontmatter: Document;
  /** Everything after the closing `---` line, byte for byte. */
  body: string;
}

/** What GitHub says about one repository, in frontmatter terms. */
export interface SyncedRepoFields {
  name: string;
  url: string;
  /** null when GitHub has none: the entry keeps whatever the author wrote. */
  description: string | null;
  language: string | null;
  topics: string[];
  stars: number;
  archived: boolean;
  /** YYYY-MM-DD */
  updated: string;
  readme: string | undefined;
}

export function parseRepoEntryFile(text: string, path: string): RepoEntryFile {
  const content = text.replace(/^\uFEFF/, '');
  const lines = content.split('\n');
  if (lines[0].trimEnd() !== '---') {
    return { frontmatter: new Document({}, { version: YAML_VERSION }), body: content };
  }
  const closing = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (closing === -1) {
    throw new RepoEntryFileError(`${path}:1: the frontmatter opens with "---" but no closing "---" line follows.`);
  }
  const yamlText = lines.slice(1, closing).join('\n');
  const frontmatter = parseDocument(yamlText, { version: YAML_VERSION });
  const [error] = frontmatter.errors;
  if (error) {
    // +1 for the opening "---" line.
    const line = (error.linePos?.[0].line ?? 0) + 1;
    throw new RepoEntryFileError(`${path}:${line}: invalid YAML in the frontmatter: ${error.message.split('\n')[0]}`);
  }
  if (frontmatter.contents !== null && !isMap(frontmatter.contents)) {
    throw new RepoEntryFileError(`${path}:2: the frontmatter must be a set of "key: value" lines.`);
  }
  const body = lines.slice(closing + 1).join('\n');
  return { frontmatter, body };
}

/** The repository name an entry describes: its `name` key, else its file name. */
export function entryRepositoryName(entry: RepoEntryFile, fileName: string): string {
  const name = entry.frontmatter.get('name');
  return typeof name === 'string' || typeof name === 'number' ? String(name) : fileName.replace(/\.mdx?$/, '');
}

export function isSampleEntry(entry: RepoEntryFile): boolean {
  return entry.frontmatter.get('sample') === true;
}

/**
 * Line endings normalised, and cut at a line boundary past the limit so the
 * page and the search index stay a sensible size.
 */
export function normaliseReadme(text: string): string {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').trimEnd();
  if (normalised.length <= README_CHARACTER_LIMIT) return `${normalised}\n`;
  const cut = normalised.lastIndexOf('\n', README_CHARACTER_LIMIT);
  const kept = normalised.slice(0, cut > 0 ? cut : README_CHARACTER_LIMIT).trimEnd();
  return `${kept}\n\n${README_SHORTENED_NOTE}\n`;
}

export function syncedFieldsFromGitHub(repository: GitHubRepository, readme: string | undefined): SyncedRepoFields {
  return {
    name: repository.name,
    url: repository.html_url,
    description: repository.description,
    language: repository.language,
    topics: [...repository.topics].sort(),
    stars: repository.stargazers_count,
    archived: repository.archived,
    // pushed_at is the last change to the code; updated_at also moves when
    // someone stars the repository, which says nothing about the code.
    updated: (repository.pushed_at ?? repository.updated_at).slice(0, 10),
    readme: readme === undefined ? undefined : normaliseReadme(readme),
  };
}

/**
 * The file text for a repository: the existing entry with the synced keys
 * replaced in place, or a new entry with an empty `relatedPosts` for the author
 * to fill in.
 */
export function renderRepoEntry(existing: RepoEntryFile | undefined, fields: SyncedRepoFields): string {
  const frontmatter = existing?.frontmatter.clone() ?? new Document({}, { version: YAML_VERSION });
  const keepExisting = (key: string) => existing?.frontmatter.has(key) ?? false;
  frontmatter.set('name', fields.name);
  frontmatter.set('url', fields.url);
  if (fields.description !== null || !keepExisting('description')) frontmatter.set('description', fields.description ?? '');
  if (fields.language !== null || !keepExisting('language')) frontmatter.set('language', fields.language ?? '');
  frontmatter.set('topics', fields.topics);
  frontmatter.set('stars', fields.stars);
  frontmatter.set('archived', fields.archived);
  frontmatter.set('updated', fields.updated);
  if (!frontmatter.has('relatedPosts')) frontmatter.set('relatedPosts', []);
  if (fields.readme === undefined) {
    frontmatter.delete('readme');
  } else {
    frontmatter.set('readme', fields.readme);
  }
  const yamlText = frontmatter.toString({ lineWidth: 0 });
  return `---\n${yamlText}---\n${existing?.body ?? ''}`;
}

/**
 * `<name>.md`, minus a leading "." or "_": Astro's content loader skips files
 * whose names start with either, and the entry would silently vanish.
 */
export function fileNameForRepository(name: string): string {
  const visible = name.replace(/^[._]+/, '');
  return `${visible || 'repository'}.md`;
}
