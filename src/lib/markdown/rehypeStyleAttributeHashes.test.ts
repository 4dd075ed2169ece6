import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { normaliseStyleAttribute, rehypeStyleAttributeHashes } from './rehypeStyleAttributeHashes';

function span(style?: string): Element {
  return { type: 'element', tagName: 'span', properties: style === undefined ? {} : { style }, children: [] };
}

function run(tree: Root) {
  const file: { data: { astro?: { frontmatter?: Record<string, unknown> } } } = { data: {} };
  rehypeStyleAttributeHashes()(tree, file);
  return file.data.astro?.frontmatter?.styleAttributeHashes;
}

describe('normaliseStyleAttribute', () => {
  it('drops spaces and the trailing semicolon, as Astro prints MDX style objects', () => {
    expect(normaliseStyleAttribute('height: 0.6444em; vertical-align: -0.25em;')).toBe('height:0.6444em;vertical-align:-0.25em');
  });

  it('keeps the last value of a repeated property in the position of its first', () => {
    expect(normaliseStyleAttribute('top:1em;left:2em;top:3em')).toBe('top:3em;left:2em');
  });

  it('returns an empty string for a style with no declarations', () => {
    expect(normaliseStyleAttribute(' ; ;')).toBe('');
  });
});

describe('rehypeStyleAttributeHashes', () => {
  it('rewrites attributes and records one hash per distinct value (checked with openssl)', () => {
    const first = span('margin-right: 0.2222em;');
    const tree: Root = { type: 'root', children: [first, span('margin-right:0.2222em'), span()] };
    expect(run(tree)).toEqual(['sha256-fqPmBWbrrhhovGFI68AsIjS/CG8N3tqxv+Yi9p6pmYE=']);
    expect(first.properties.style).toBe('margin-right:0.2222em');
  });

  it('removes empty style attributes and records nothing for a page without any', () => {
    const empty = span(';');
    expect(run({ type: 'root', children: [empty] })).toEqual([]);
    expect(empty.properties).not.toHaveProperty('style');
  });

  it("turns a table cell's align into a text-align style and hashes it (checked with openssl)", () => {
    const cell: Element = { type: 'element', tagName: 'td', properties: { align: 'right' }, children: [] };
    expect(run({ type: 'root', children: [cell] })).toEqual(['sha256-XzJlZKVo+ff9ozww9Sr2p/2TbJXITZuaWMZ9p53zN1U=']);
    expect(cell.properties).toEqual({ style: 'text-align:right' });
  });
});
