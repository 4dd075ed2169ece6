import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * A cell that holds a number: an amount, a count, a rate or a share, optionally
 * with a currency sign, a unit or an approximation mark ("$1,240.50", "−3 %",
 * "~180 MB/s", "1.5×", "24 h"). Words ("m7g.large", "3 zones") are not numbers.
 */
const NUMBER = /^[~≈<>≤≥±+\-−]?\s*[$€£]?\s*\d[\d,.\u202f\u00a0 ]*\s*(%|×|x|[kKMGTP]i?B(\/s)?|MB\/s|GB\/s|ms|s|h|d|k|M|GB-month|\/month|\/h)?$/;
/** Rows that add up the others: "Total", "Sum", "Σ …". */
const TOTAL = /^(total|sum|σ)\b/i;

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return node.children.map(textOf).join('');
}

function isElement(node: ElementContent, tag?: string): node is Element {
  return node.type === 'element' && (tag === undefined || node.tagName === tag);
}

function rowsOf(section: Element | undefined): Element[] {
  return section ? section.children.filter((child): child is Element => isElement(child, 'tr')) : [];
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((child): child is Element => isElement(child, 'td') || isElement(child, 'th'));
}

function addClass(node: Element, name: string): void {
  const current = node.properties.className;
  const list = Array.isArray(current) ? current.map(String) : [];
  if (!list.includes(name)) node.properties.className = [...list, name];
}

/** Whether a cell text is a number in the sense of NUMBER (an empty cell or a dash does not count either way). */
export function isNumberText(text: string): boolean {
  return NUMBER.test(text.trim());
}

/** Indexes of the columns whose body cells are all numbers (blank and "—" cells aside), at least one of them filled. */
export function numericColumns(bodyRows: readonly (readonly string[])[]): number[] {
  const width = Math.max(0, ...bodyRows.map((row) => row.length));
  const columns: number[] = [];
  for (let column = 1; column < width; column += 1) {
    const filled = bodyRows.map((row) => (row[column] ?? '').trim()).filter((text) => text !== '' && text !== '—' && text !== '-');
    if (filled.length > 0 && filled.every(isNumberText)) columns.push(column);
  }
  return columns;
}

/** Marks the number columns (class "num": right-aligned, tabular figures) and the total rows of one table. */
function markTable(table: Element): void {
  const head = table.children.find((child): child is Element => isElement(child, 'thead'));
  const body = table.children.find((child): child is Element => isElement(child, 'tbody'));
  const bodyRows = rowsOf(body);
  const columns = numericColumns(bodyRows.map((row) => cellsOf(row).map(textOf)));
  for (const row of [...rowsOf(head), ...bodyRows]) {
    const cells = cellsOf(row);
    for (const column of columns) if (cells[column]) addClass(cells[column], 'num');
  }
  for (const row of bodyRows) {
    const first = cellsOf(row)[0];
    if (first && TOTAL.test(textOf(first).trim())) addClass(row, 'total');
  }
}

/** The name of a table's scroll region: its caption, else its column headers. */
function regionLabel(table: Element): string {
  const caption = table.children.find((child): child is Element => isElement(child, 'caption'));
  if (caption) return textOf(caption).trim();
  const head = table.children.find((child): child is Element => isElement(child, 'thead'));
  const headers = rowsOf(head).flatMap(cellsOf).map((cell) => textOf(cell).trim()).filter(Boolean);
  return headers.length > 0 ? `Table: ${headers.join(', ')}` : 'Table';
}

/**
 * Article tables: number columns right-aligned in tabular figures, total rows
 * marked, and each table inside a named, keyboard-focusable region that
 * scrolls on its own when the table is wider than a phone. Display math gets
 * the same focusability, since a long equation scrolls too.
 */
export function rehypeTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'table' && parent && index !== undefined) {
        markTable(node);
        const region: Element = {
          type: 'element',
          // A named <section> is a region landmark without an ARIA role on a div (html-validate's prefer-native-element).
          tagName: 'section',
          properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: regionLabel(node) },
          children: [node],
        };
        parent.children[index] = region;
        return SKIP;
      }
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('katex-display')) {
        node.properties.tabIndex = 0;
        return SKIP;
      }
      return undefined;
    });
  };
}
