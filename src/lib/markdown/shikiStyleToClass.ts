import type { ShikiTransformer } from 'shiki';
import type { Element, ElementContent, Root } from 'hast';

/**
 * Shiki writes colours as inline `style` attributes, which a strict Content
 * Security Policy blocks. This transformer turns every style it knows into
 * classes whose names carry the value (`sl-d73a49` = light-theme colour #d73a49),
 * so one static stylesheet generated from the themes' palettes
 * (`shikiPaletteCss`) colours every code block, in dev and in cached builds alike.
 */
const declarationToClass: Record<string, (value: string) => string | undefined> = {
  '--shiki-light': (v) => colourClass('sl', v),
  '--shiki-dark': (v) => colourClass('sd', v),
  '--shiki-light-font-style': (v) => (v === 'italic' ? 'sl-i' : undefined),
  '--shiki-dark-font-style': (v) => (v === 'italic' ? 'sd-i' : undefined),
  '--shiki-light-font-weight': (v) => (v === 'bold' ? 'sl-b' : undefined),
  '--shiki-dark-font-weight': (v) => (v === 'bold' ? 'sd-b' : undefined),
  '--shiki-light-text-decoration': (v) => (v === 'underline' ? 'sl-u' : undefined),
  '--shiki-dark-text-decoration': (v) => (v === 'underline' ? 'sd-u' : undefined),
  'user-select': (v) => (v === 'none' ? 'sk-noselect' : undefined),
};

export function normaliseColour(value: string): string | undefined {
  const hex = value.trim().toLowerCase().replace(/^#/, '');
  if (!/^[0-9a-f]+$/.test(hex)) return undefined;
  if (hex.length === 3 || hex.length === 4) return [...hex].map((c) => c + c).join('');
  if (hex.length === 6 || hex.length === 8) return hex;
  return undefined;
}

function colourClass(prefix: string, value: string): string | undefined {
  const hex = normaliseColour(value);
  return hex ? `${prefix}-${hex}` : undefined;
}

/** Classes for one inline style string; declarations with no class are dropped (the stylesheet covers them). */
export function styleToClasses(style: string): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim();
    const value = declaration.slice(colon + 1).trim();
    const toClass = declarationToClass[property];
    const cls = toClass?.(value);
    if (cls) classes.push(cls);
  }
  return classes;
}

function classList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return [];
}

function convert(node: Element | Root): void {
  if (node.type === 'element') {
    const style = node.properties.style;
    if (typeof style === 'string') {
      // The <pre> carries background and overflow; the stylesheet sets those for every block.
      const extra = node.tagName === 'pre' ? [] : styleToClasses(style);
      node.properties.className = [...classList(node.properties.className ?? node.properties.class), ...extra];
      delete node.properties.class;
      delete node.properties.style;
    }
  }
  for (const child of node.children as ElementContent[]) {
    if (child.type === 'element') convert(child);
  }
}

export const shikiStyleToClass: ShikiTransformer = {
  name: 'site:style-to-class',
  root(root) {
    convert(root);
  },
};

interface ThemeLike {
  fg?: string;
  bg?: string;
  colors?: Record<string, string>;
  settings?: Array<{ settings?: { foreground?: string } }>;
  tokenColors?: Array<{ settings?: { foreground?: string } }>;
}

function themePalette(theme: ThemeLike): Set<string> {
  const palette = new Set<string>();
  const add = (value: string | undefined) => {
    const hex = value ? normaliseColour(value) : undefined;
    if (hex) palette.add(hex);
  };
  add(theme.fg);
  add(theme.colors?.['editor.foreground']);
  for (const rule of [...(theme.settings ?? []), ...(theme.tokenColors ?? [])]) add(rule.settings?.foreground);
  return palette;
}

/** The stylesheet for every colour the two themes can give a token. */
export function shikiPaletteCss(light: ThemeLike, dark: ThemeLike): string {
  const rules: string[] = [];
  for (const hex of themePalette(light)) rules.push(`.sl-${hex}{color:#${hex}}`);
  for (const hex of themePalette(dark)) rules.push(`:root.dark .sd-${hex}{color:#${hex}}`);
  const block = (theme: ThemeLike) =>
    `background-color:#${normaliseColour(theme.bg ?? '') ?? 'ffffff'};color:#${normaliseColour(theme.fg ?? '') ?? '000000'}`;
  rules.push(
    `.astro-code{${block(light)}}`,
    `:root.dark .astro-code{${block(dark)}}`,
    '.sl-i{font-style:italic}.sl-b{font-weight:700}.sl-u{text-decoration:underline}',
    ':root.dark .sd-i{font-style:italic}:root.dark .sd-b{font-weight:700}:root.dark .sd-u{text-decoration:underline}',
    ':root.dark .astro-code span:not(.sd-i){font-style:normal}',
    '.sk-noselect{user-select:none}',
  );
  return rules.join('\n');
}
