import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { demoFields } from '../../lib/inputs/testSpec';
import { BarChart } from './BarChart';
import { SchemaForm } from './SchemaForm';

const raw = { rate: '-1', copies: '3', nodes: '', cache: 'true', mode: 'fast' };

function renderForm(collapsedGroups?: string[]) {
  return renderToString(
    h(SchemaForm, { fields: demoFields, raw, errors: { rate: 'Rate must be at least 0 MB/s' }, onChange: () => undefined, collapsedGroups }),
  );
}

describe('SchemaForm', () => {
  const html = renderForm();

  it('renders one labelled control per field, grouped in fieldsets', () => {
    expect(html.match(/<fieldset/g)).toHaveLength(2);
    expect(html).toContain('<legend class="px-1 font-semibold">Load</legend>');
    for (const name of ['rate', 'copies', 'nodes', 'cache', 'mode']) {
      const id = new RegExp(`id="([^"]*-${name})"[^>]*name="${name}"`).exec(html)?.[1];
      expect(id, name).toBeDefined();
      expect(html).toContain(`for="${id}"`);
    }
  });

  it('shows units, the placeholder of optional fields and the checked state', () => {
    expect(html).toContain('(MB/s)');
    expect(html).toMatch(/name="nodes"[^>]*placeholder="not set"/);
    expect(html).toMatch(/name="cache"[^>]*checked/);
    expect(html).toMatch(/<option selected value="fast">Fast<\/option>|<option value="fast" selected>Fast<\/option>/);
  });

  it('ties the error and the help to an invalid field, and only to it', () => {
    const rate = /<input[^>]*name="rate"[^>]*>/.exec(html)?.[0] ?? '';
    expect(rate).toContain('aria-invalid="true"');
    const describedBy = /aria-describedby="([^"]*)"/.exec(rate)?.[1]?.split(' ') ?? [];
    expect(describedBy).toHaveLength(2);
    expect(html).toContain(`<p id="${describedBy[0]}" class="mt-1 w-full text-sm text-danger">Rate must be at least 0 MB/s</p>`);
    expect(html).toContain(`id="${describedBy[1]}"`);
    const copies = /<input[^>]*name="copies"[^>]*>/.exec(html)?.[0] ?? '';
    expect(copies).not.toContain('aria-invalid');
  });

  it('puts collapsed groups in details, with a count of the fields to fix', () => {
    const collapsed = renderForm(['Load']);
    expect(collapsed).toMatch(/<details[^>]*><summary[^>]*>Load<span class="font-normal text-danger"> \(1 to fix\)<\/span><\/summary>/);
  });
});

describe('BarChart', () => {
  const html = renderToString(
    h(BarChart, {
      title: 'Brokers per constraint',
      series: [{ label: 'Needed', colorClass: 'text-accent' }],
      max: 10,
      referenceLabel: 'Recommended',
      rows: [
        { key: 'a', label: 'Network', values: [5], valueTexts: ['5 → 5'], reference: 6 },
        { key: 'b', label: 'Storage', values: [null], valueTexts: ['n/a'], emphasis: 'sets the count' },
      ],
    }),
  );

  it('is a labelled image with a table alternative holding every value', () => {
    const titleId = /<figcaption id="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`role="img" aria-labelledby="${titleId}"`);
    expect(html).toContain('<th scope="row" class="pr-2 font-normal">Storage (sets the count)</th>');
    expect(html).toContain('<td class="pr-2 text-right tabular-nums">5 → 5</td>');
    expect(html).toContain('<td class="text-right tabular-nums">6</td>');
  });

  it('scales bars to the maximum and draws nothing for a missing value', () => {
    // Before the island measures its box the drawing is 640 wide: labels to x = 190, values from 500,
    // so the plot runs 310: 5 of 10 is 155 wide; the reference at 6 sits at x = 376.
    expect(html).toMatch(/<rect x="190" y="[\d.]+" width="155"/);
    expect(html.match(/<rect x="190"/g)).toHaveLength(1);
    expect(html).toContain('x1="376" x2="376"');
  });
});
