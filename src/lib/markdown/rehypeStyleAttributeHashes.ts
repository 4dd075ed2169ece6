import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { cspHash } from '../security/cspHash';

interface AstroVFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * Writes a style attribute the way Astro prints the style objects of MDX
 * content (`prop:value` joined by `;`, no spaces, a repeated property keeps its
 * last value), so Markdown and MDX pages carry byte-identical attributes and
 * one hash matches both.
 */
export function normaliseStyleAttribute(style: string): string {
  const declarations = new Map<string, string>();
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim();
    const value = declaration.slice(colon + 1).trim();
    if (property && value) declarations.set(property, value);
  }
  return [...declarations].map(([property, value]) => `${property}:${value}`).join(';');
}

/**
 * KaTeX sizes every glyph and GFM aligns table cells with inline `style`
 * (or `align`) attributes, which a strict CSP blocks. This plugin normalises each attribute
 * and records the hashes of the distinct values in the page's frontmatter
 * (`styleAttributeHashes`), so the page can allow exactly those attributes
 * through `style-src-attr 'unsafe-hashes'` instead of `'unsafe-inline'`.
 */
export function rehypeStyleAttributeHashes() {
  return (tree: Root, file: { data: AstroVFileData }) => {
    const values = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      // MDX turns a GFM cell's `align` into a style after every rehype plugin
      // has run; doing it here keeps that style in the hash list (and drops
      // the obsolete attribute from Markdown pages).
      const align = node.properties.align;
      if ((node.tagName === 'td' || node.tagName === 'th') && typeof align === 'string') {
        const style = typeof node.properties.style === 'string' ? node.properties.style : '';
        node.properties.style = `${style};text-align:${align}`;
        delete node.properties.align;
      }
      const style = node.properties.style;
      if (typeof style !== 'string') return;
      const normalised = normaliseStyleAttribute(style);
      if (normalised) {
        node.properties.style = normalised;
        values.add(normalised);
      } else {
        delete node.properties.style;
      }
    });
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.styleAttributeHashes = [...values].sort().map(cspHash);
  };
}
