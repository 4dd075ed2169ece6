import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** `/posts/x/` under base `/blog/` → `/blog/posts/x/`; other links are left alone. */
export function withBasePath(href: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix || !href.startsWith('/') || href.startsWith('//')) return href;
  if (href === prefix || href.startsWith(`${prefix}/`)) return href;
  return `${prefix}${href}`;
}

/**
 * Authors write site links in posts as `/posts/x/`; when the site is built
 * under a base path these must carry it, like links built with `withBase`.
 */
export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const attribute of ['href', 'src'] as const) {
        const value = node.properties[attribute];
        if (typeof value === 'string') node.properties[attribute] = withBasePath(value, options.base);
      }
    });
  };
}
