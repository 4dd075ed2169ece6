/**
 * The `_headers` file of Netlify and Cloudflare Pages: a block per rule, its
 * URL pattern on an unindented line and its headers on the indented
 * `Name: value` lines below it. `#` starts a comment line. In a pattern, `*`
 * (the splat) matches any run of characters, slashes included, and
 * `:name` (a placeholder) matches one path segment.
 * https://developers.cloudflare.com/pages/configuration/headers/
 * https://docs.netlify.com/manage/routing/headers/
 */

export interface HeaderLine {
  name: string;
  value: string;
  /** 1-based line number in the file. */
  line: number;
}

export interface HeaderRule {
  pattern: string;
  line: number;
  headers: HeaderLine[];
}

type Line =
  | { kind: 'skip' }
  | { kind: 'pattern'; pattern: string }
  | { kind: 'header'; name: string; value: string }
  | { kind: 'invalid'; reason: string };

function classifyLine(text: string): Line {
  const trimmed = text.trim();
  if (!trimmed || trimmed.startsWith('#')) return { kind: 'skip' };
  if (!/^\s/.test(text)) return { kind: 'pattern', pattern: trimmed };
  const colon = trimmed.indexOf(':');
  if (colon <= 0) return { kind: 'invalid', reason: `an indented line must be "Name: value", found "${trimmed}"` };
  return { kind: 'header', name: trimmed.slice(0, colon).trim(), value: trimmed.slice(colon + 1).trim() };
}

/** Parses a `_headers` file into its rules, in file order; a line that fits no rule throws, naming its line number. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, content] of text.split(/\r?\n/).entries()) {
    const line = index + 1;
    const parsed = classifyLine(content);
    if (parsed.kind === 'invalid') throw new Error(`_headers line ${line}: ${parsed.reason}`);
    if (parsed.kind === 'pattern') rules.push({ pattern: parsed.pattern, line, headers: [] });
    if (parsed.kind === 'header') {
      const rule = rules.at(-1);
      if (!rule) throw new Error(`_headers line ${line}: header "${parsed.name}" comes before any URL pattern line`);
      rule.headers.push({ name: parsed.name, value: parsed.value, line });
    }
  }
  return rules;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** The regular expression a pattern stands for: `*` any characters, `:name` one path segment. */
export function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') && part.length > 1 ? '[^/]+' : escapeRegExp(part)))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * Whether a rule's pattern matches a request: a path pattern ("/posts/*")
 * against the URL's path, a full-URL pattern ("https://:sub.example.com/*")
 * against host and path, ignoring protocol and port as Cloudflare Pages does.
 */
export function patternMatches(pattern: string, url: URL): boolean {
  if (pattern.startsWith('/')) return patternRegExp(pattern).test(url.pathname);
  const withoutScheme = pattern.replace(/^[a-z]+:\/\//i, '');
  return patternRegExp(withoutScheme).test(`${url.hostname}${url.pathname}`);
}

/**
 * The headers the rules give a request: every matching rule contributes, in
 * file order, and a header set by several is sent once with its values joined
 * by ", ", as both hosts do.
 */
export function headersFor(rules: HeaderRule[], url: URL): Map<string, string> {
  const headers = new Map<string, { name: string; values: string[] }>();
  for (const rule of rules.filter((r) => patternMatches(r.pattern, url))) {
    for (const { name, value } of rule.headers) {
      const key = name.toLowerCase();
      const entry = headers.get(key) ?? { name, values: [] };
      entry.values.push(value);
      headers.set(key, entry);
    }
  }
  return new Map([...headers.values()].map(({ name, values }) => [name, values.join(', ')]));
}

// Cloudflare Pages limits, https://developers.cloudflare.com/pages/configuration/headers/
// ("Limits", checked 2026-12-04): at most 100 header rules, and at most 2,000
// characters in one line of the file; absolute URLs must begin with https://.
export const MAX_RULES = 100;
export const MAX_LINE_LENGTH = 2000;

// RFC 9110 §5.6.2: a field name is a token of these characters.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function patternProblem(pattern: string): string | undefined {
  if (pattern.startsWith('/') || /^https:\/\/[^/\s:]+\//.test(pattern)) return undefined;
  return `URL pattern "${pattern}" must start with "/" or be a full https:// URL with a path (no port)`;
}

/**
 * Everything in a `_headers` file that Cloudflare Pages or Netlify would
 * reject or silently drop, one message per problem with its line number;
 * empty when the file is fine.
 */
export function headersFileProblems(text: string): string[] {
  const problems: string[] = [];
  let rules = 0;
  let seen: Set<string> | undefined;
  for (const [index, content] of text.split(/\r?\n/).entries()) {
    const at = `line ${index + 1}`;
    if (content.length > MAX_LINE_LENGTH) problems.push(`${at}: ${content.length} characters, over the ${MAX_LINE_LENGTH}-character limit`);
    const parsed = classifyLine(content);
    if (parsed.kind === 'invalid') problems.push(`${at}: ${parsed.reason}`);
    if (parsed.kind === 'pattern') {
      rules += 1;
      seen = new Set();
      const problem = patternProblem(parsed.pattern);
      if (problem) problems.push(`${at}: ${problem}`);
    }
    if (parsed.kind !== 'header') continue;
    if (!seen) {
      problems.push(`${at}: header "${parsed.name}" comes before any URL pattern line`);
      continue;
    }
    if (!TOKEN.test(parsed.name)) problems.push(`${at}: "${parsed.name}" is not a valid header name`);
    const key = parsed.name.toLowerCase();
    if (seen.has(key)) problems.push(`${at}: "${parsed.name}" is set twice in one rule`);
    seen.add(key);
  }
  if (rules > MAX_RULES) problems.push(`${rules} rules, over Cloudflare Pages' limit of ${MAX_RULES}`);
  return problems;
}
