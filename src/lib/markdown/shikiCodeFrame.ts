import type { ShikiTransformer } from 'shiki';
import type { Element } from 'hast';

/** `title="path/to/file.ts"` in a code fence's meta string, unescaped. */
export function titleFromMeta(meta: string | undefined): string | undefined {
  const match = meta?.match(/(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/);
  const title = match?.[1] ?? match?.[2];
  return title?.trim() || undefined;
}

/**
 * Wraps every highlighted block in a frame: a file-name title when the fence
 * names one, and a hook (`data-code-frame`) for the copy button script.
 */
export const shikiCodeFrame: ShikiTransformer = {
  name: 'site:code-frame',
  root(root) {
    const pre = root.children.find((n): n is Element => n.type === 'element' && n.tagName === 'pre');
    if (!pre) return;
    const title = titleFromMeta(this.options.meta?.__raw);
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
