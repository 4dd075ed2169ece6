import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Raw HTML in .md files: refused at build, except a few harmless elements.
 * Markdown passes raw HTML through to the page (and the RSS feed) unchanged, so
 * a pasted <script>, <iframe>, <style> or onclick= would run on the site or
 * break its CSP. Anything richer belongs in an .mdx file, where HTML is JSX that
 * the compiler checks. MDX files never reach this check: they have no raw nodes.
 */

/** Elements allowed as raw HTML in .md, with the attributes each may carry. */
export const ALLOWED_RAW_HTML: Readonly<Record<string, readonly string[]>> = {
  details: ['open'],
  summary: [],
  kbd: [],
  sup: [],
  sub: [],
  br: [],
};

export interface RawHtmlViolation {
  /** 1-based line and column in the raw HTML fragment. */
  line: number;
  column: number;
  message: string;
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** A start or end tag as the HTML tokenizer sees one: "<" or "</", a letter, the name up to space, "/" or ">". */
const TAG = /<(\/?)([A-Za-z][^\s/>]*)([^>]*)(>?)/g;
const ATTRIBUTE = /([^\s"'=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;

function positionAt(html: string, offset: number): { line: number; column: number } {
  const before = html.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** What in one fragment of raw HTML the policy refuses; comments are allowed (and blanked out first). */
export function rawHtmlViolations(html: string): RawHtmlViolation[] {
  const text = html.replace(COMMENT, (comment) => (comment.endsWith('-->') ? comment.replace(/[^\n]/g, ' ') : comment));
  const violations: RawHtmlViolation[] = [];
  const allowedList = Object.keys(ALLOWED_RAW_HTML).map((name) => `<${name}>`).join(', ');
  const refused = new Set<string>();
  const add = (offset: number, message: string) => violations.push({ ...positionAt(html, offset), message });
  for (const match of text.matchAll(/<[!?]/g)) {
    if (!text.startsWith('<!--', match.index)) add(match.index, `"${text.slice(match.index, match.index + 9)}…" is not allowed in Markdown: only HTML comments and ${allowedList}`);
    else if (!html.slice(match.index).includes('-->')) add(match.index, 'an HTML comment that is never closed ("-->")');
  }
  for (const match of text.matchAll(TAG)) {
    const [, closing, rawName, rest, end] = match;
    const name = rawName.toLowerCase();
    const allowed = Object.hasOwn(ALLOWED_RAW_HTML, name) ? ALLOWED_RAW_HTML[name] : undefined;
    if (allowed === undefined) {
      // An end tag can close the page's own elements; once per element and fragment is enough.
      if (!(closing && refused.has(name))) {
        add(match.index, `raw HTML <${closing}${name}> is not allowed in Markdown (allowed: ${allowedList}); use an .mdx file for anything else`);
      }
      refused.add(name);
      continue;
    }
    if (end !== '>') add(match.index, `raw HTML <${closing}${name} is never closed with ">"`);
    for (const [attribute, attributeName] of rest.replace(/\/\s*$/, '').matchAll(ATTRIBUTE)) {
      if (closing || !allowed.includes(attributeName.toLowerCase())) {
        add(match.index, `attribute "${attribute}" on raw HTML <${closing}${name}> is not allowed in Markdown${allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : ''}`);
      }
    }
  }
  return violations.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** What the plugin reads of the VFile Astro passes. */
interface MarkdownFile {
  path?: string;
  cwd: string;
  value?: unknown;
}

/** The file's path relative to the working directory (the project root in a build). */
function displayPath(file: MarkdownFile): string {
  if (!file.path) return '<markdown>';
  const path = relative(file.cwd, file.path);
  return path.startsWith('..') ? file.path : path;
}

/**
 * Lines before the text being rendered in the file on disk: Astro renders a
 * content entry's body without its frontmatter, so body line 1 is file line
 * (frontmatter lines + 1). 0 when the text is the whole file (or cannot be found in it).
 */
function bodyLineOffset(file: MarkdownFile): number {
  if (!file.path || typeof file.value !== 'string') return 0;
  let text: string;
  try {
    text = readFileSync(file.path, 'utf8');
  } catch {
    return 0;
  }
  const whole = text.trimEnd();
  const body = file.value.trimEnd();
  if (body === '' || !whole.endsWith(body)) return 0;
  return whole.slice(0, whole.length - body.length).split('\n').length - 1;
}

/** HTML passed through from Markdown (remark-rehype with allowDangerousHtml), before rehype-raw parses it. */
interface RawNode {
  type: 'raw';
  value: string;
  position?: { start: { line: number; column: number } };
}

function isRaw(node: { type: string }): node is RawNode {
  return node.type === 'raw';
}

export interface RawHtmlPolicyOptions {
  /** Receives the refusals ("path:line:column: message") instead of the plugin throwing them. */
  onRefused?: (problems: string[]) => void;
}

/** Refuses raw HTML outside ALLOWED_RAW_HTML: throws one error listing every refusal with the file, line and column. */
export function rehypeRawHtmlPolicy(options: RawHtmlPolicyOptions = {}) {
  return (tree: Root, file: MarkdownFile) => {
    if (file.path && /\.mdx$/i.test(file.path)) return;
    const problems: string[] = [];
    let offset: number | undefined;
    visit(tree, (child) => {
      // hast's types know raw nodes only through mdast-util-to-hast's augmentation.
      const node: { type: string } = child;
      if (!isRaw(node)) return;
      const start = node.position?.start;
      for (const violation of rawHtmlViolations(node.value)) {
        offset ??= bodyLineOffset(file);
        const line = offset + (start?.line ?? 1) + violation.line - 1;
        const column = violation.line === 1 ? (start?.column ?? 1) + violation.column - 1 : violation.column;
        problems.push(`${displayPath(file)}:${line}:${column}: ${violation.message}`);
      }
    });
    if (problems.length === 0) return;
    if (options.onRefused) options.onRefused(problems);
    else throw new Error(`Raw HTML refused (see README, "Writing posts"):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  };
}
