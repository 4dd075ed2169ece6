import type { Element, ElementContent, Properties, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { isNumberText, numericColumns, rehypeTables } from './rehypeTables';

function el(tagName: string, children: (ElementContent | string)[] = [], properties: Properties = {}): Element {
  return { type: 'element', tagName, properties, children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)) };
}

function run(...children: Element[]): Root {
  const tree: Root = { type: 'root', children };
  rehypeTables()(tree);
  return tree;
}

function teamTable(caption?: string): Element {
  return el('table', [
    ...(caption ? [el('caption', [caption])] : []),
    el('thead', [el('tr', [el('th', ['Team']), el('th', ['Amount'])])]),
    el('tbody', [el('tr', [el('td', ['payments']), el('td', ['$10.00'])]), el('tr', [el('td', ['Total']), el('td', ['$10.00'])])]),
  ]);
}

describe('isNumberText', () => {
  it('accepts amounts, counts, rates and shares', () => {
    for (const text of ['$1,240.50', '−3 %', '~180 MB/s', '1.5×', '24 h', '42', '0.1', '12%', '3 GB']) expect(isNumberText(text), text).toBe(true);
  });
  it('refuses words and identifiers', () => {
    for (const text of ['m7g.large', '3 zones', 'payments', 'rf=3', '']) expect(isNumberText(text), text).toBe(false);
  });
});

describe('numericColumns', () => {
  it('finds the columns whose filled cells are all numbers, never the first (row labels)', () => {
    const rows = [
      ['10', 'payments', '$1,200.00', '60%'],
      ['20', 'search', '—', '40%'],
    ];
    expect(numericColumns(rows)).toEqual([2, 3]);
    expect(numericColumns([['a', '1', 'x'], ['b', '2', '3']])).toEqual([1]);
  });
  it('leaves a column of blanks unmarked', () => {
    expect(numericColumns([['a', ''], ['b', '—']])).toEqual([]);
  });
});

describe('rehypeTables', () => {
  it('wraps a table in a named, focusable region and marks its number column and total row', () => {
    const table = teamTable();
    const [region] = run(table).children as Element[];
    expect(region?.tagName).toBe('section');
    expect(region?.properties).toEqual({ className: ['table-scroll'], tabIndex: 0, ariaLabel: 'Table: Team, Amount' });
    expect(region?.children).toEqual([table]);
    const [head, body] = table.children as Element[];
    const headCells = (head?.children[0] as Element).children as Element[];
    expect(headCells.map((cell) => cell.properties.className)).toEqual([undefined, ['num']]);
    const [payments, total] = body?.children as Element[];
    expect((payments?.children as Element[]).map((cell) => cell.properties.className)).toEqual([undefined, ['num']]);
    expect(payments?.properties.className).toBeUndefined();
    expect(total?.properties.className).toEqual(['total']);
  });

  it('names the region by the caption when there is one', () => {
    const [region] = run(teamTable('Cost per team')).children as Element[];
    expect(region?.properties.ariaLabel).toBe('Cost per team');
  });

  it('makes display math focusable, since a long equation scrolls', () => {
    const display = el('span', [el('span', ['x'], { className: ['katex'] })], { className: ['katex-display'] });
    run(display);
    expect(display.properties.tabIndex).toBe(0);
  });
});
