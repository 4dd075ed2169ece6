import { checkFromMeta, type CodeCheck } from './codeChecks';
import { titleFromMeta } from './shikiCodeFrame';

/** One fenced code block of a Markdown/MDX file, as the reader sees it. */
export interface FencedBlock {
  /** 1-based line of the opening fence. */
  line: number;
  /** The opening fence line exactly as written. */
  fence: string;
  lang: string;
  meta: string;
  title?: string;
  /** The checker the fence names, or undefined when it names none. */
  check?: CodeCheck;
  /** A `check="…"` value that is not a checker, with the message saying so. */
  checkError?: string;
  content: string;
}

/**
 * Fence languages that are config or shell a reader will paste: a block in one
 * of these must name its checker, or say `check="none"`.
 */
export const CONFIG_LANGS: ReadonlySet<string> = new Set([
  'bash', 'sh', 'zsh', 'shell', 'shellscript', 'ini', 'toml', 'systemd', 'ssh-config',
  'json', 'jsonc', 'yaml', 'yml', 'conf', 'properties', 'tmux',
]);

const OPENING = /^ {0,3}(`{3,}|~{3,})([^\s`]*)[ \t]*(.*)$/;

/** Line index where the body starts: after a leading `---` frontmatter block, if any. */
function bodyStart(lines: string[]): number {
  if (lines[0] !== '---') return 0;
  const end = lines.indexOf('---', 1);
  return end === -1 ? 0 : end + 1;
}

function isClosing(line: string, marker: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= marker.length && trimmed === marker[0].repeat(trimmed.length);
}

function describeFence(fence: string, lang: string, meta: string, line: number, content: string): FencedBlock {
  const block: FencedBlock = { line, fence, lang, meta, title: titleFromMeta(meta), content };
  try {
    block.check = checkFromMeta(meta);
  } catch (error) {
    block.checkError = (error as Error).message;
  }
  return block;
}

/** Every fenced code block in a Markdown or MDX source, frontmatter skipped. */
export function fencedBlocks(source: string): FencedBlock[] {
  const lines = source.split(/\r?\n/);
  const blocks: FencedBlock[] = [];
  for (let i = bodyStart(lines); i < lines.length; i++) {
    const open = lines[i].match(OPENING);
    if (!open) continue;
    const [, marker, lang, meta] = open;
    let end = i + 1;
    while (end < lines.length && !isClosing(lines[end], marker)) end++;
    const content = lines.slice(i + 1, end).join('\n') + '\n';
    blocks.push(describeFence(lines[i], lang, meta.trim(), i + 1, content));
    i = end;
  }
  return blocks;
}
