import { Document, isMap, parseDocument, type ParsedNode, type SchemaOptions } from 'yaml';

/**
 * Frontmatter as Astro reads it: YAML between a first `---` line and the next
 * one. The YAML core schema plus timestamps, like js-yaml (Astro's parser):
 * `pubDate: 2026-12-01` is a date, `yes` stays a string.
 */
const YAML_OPTIONS: SchemaOptions = { customTags: ['timestamp'] };

export class FrontmatterError extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
    /** The message without the file and line. */
    readonly reason: string,
  ) {
    super(`${path}:${line}: ${reason}`);
    this.name = 'FrontmatterError';
  }
}

export interface ParsedEntryFile {
  path: string;
  /** The frontmatter as plain values (dates as Date). */
  data: Record<string, unknown>;
  document: Document.Parsed<ParsedNode>;
  /** The YAML between the `---` lines, which node offsets refer to. */
  yaml: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  body: string;
}

/** Splits and parses one content file; a missing or broken frontmatter is a FrontmatterError naming the line. */
export function parseEntryFile(text: string, path: string): ParsedEntryFile {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines[0].trimEnd() !== '---') throw new FrontmatterError(path, 1, 'the file must start with a "---" frontmatter line');
  const closing = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (closing === -1) throw new FrontmatterError(path, 1, 'the frontmatter opens with "---" but no closing "---" line follows');
  const yaml = lines.slice(1, closing).join('\n');
  const document = parseDocument(yaml, YAML_OPTIONS);
  const [error] = document.errors;
  if (error) {
    throw new FrontmatterError(path, (error.linePos?.[0].line ?? 0) + 1, `invalid YAML: ${error.message.split('\n')[0]}`);
  }
  if (document.contents !== null && !isMap(document.contents)) {
    throw new FrontmatterError(path, 2, 'the frontmatter must be a set of "key: value" lines');
  }
  const data = (document.toJS() ?? {}) as Record<string, unknown>;
  return { path, data, document, yaml, bodyLine: closing + 2, body: lines.slice(closing + 1).join('\n') };
}

/**
 * 1-based file line of the value at `path` (e.g. ["tags", 1]), or of the
 * nearest parent that exists; line 1 (the opening `---`) for a missing top-level key.
 */
export function frontmatterLine(entry: ParsedEntryFile, path: ReadonlyArray<PropertyKey>): number {
  for (let depth = path.length; depth > 0; depth -= 1) {
    const node = entry.document.getIn(path.slice(0, depth), true) as ParsedNode | undefined;
    // +1 for 1-based lines, +1 for the opening "---".
    if (node?.range) return entry.yaml.slice(0, node.range[0]).split('\n').length + 1;
  }
  return 1;
}

/** Frontmatter text for a new entry, quoting any string YAML would read as something else. */
export function renderFrontmatter(data: Record<string, unknown>): string {
  return `---\n${new Document(data, YAML_OPTIONS).toString()}---\n`;
}
