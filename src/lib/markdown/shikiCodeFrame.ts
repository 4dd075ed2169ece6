import type { ShikiTransformer } from 'shiki';
import type { Element } from 'hast';
import { checkFromMeta, checkLabel, type CodeCheck } from './codeChecks';

/** `title="path/to/file.ts"` in a code fence's meta string, unescaped. */
export function titleFromMeta(meta: string | undefined): string | undefined {
  const match = meta?.match(/(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/);
  const title = match?.[1] ?? match?.[2];
  return title?.trim() || undefined;
}

/**
 * The line under a block that says which tool checked it (or that none did).
 * Plain text in the frame, so screen readers and no-JS readers get it too.
 */
function checkNote(check: CodeCheck): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['code-check', check === 'none' ? 'code-check-none' : 'code-check-tool'] },
    children: [{ type: 'text', value: checkLabel(check) }],
  };
}

/**
 * Wraps every highlighted block in a frame: a file-name title when the fence
 * names one, the checker's label when it names one (`check="tmux"`), and a
 * hook (`data-code-frame`) for the copy button script.
 */
export const shikiCodeFrame: ShikiTransformer = {
  name: 'site:code-frame',
  root(root) {
    const pre = root.children.find((n): n is Element => n.type === 'element' && n.tagName === 'pre');
    if (!pre) return;
    const meta = this.options.meta?.__raw;
    const title = titleFromMeta(meta);
    const check = checkFromMeta(meta);
    const children: Element[] = [];
    if (title) {
      children.push({
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-title'] },
        children: [{ type: 'text', value: title }],
      });
    }
    children.push(pre);
    if (check) children.push(checkNote(check));
    root.children = [
      {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-frame'], dataCodeFrame: '' },
        children,
      },
    ];
  },
};
