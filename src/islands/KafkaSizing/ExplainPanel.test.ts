import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../lib/inputs/fieldSpec';
import { numericText } from '../../lib/calculators/formula';
import { sizeCluster } from '../../lib/kafka/sizing/sizeCluster';
import { sizingSpec } from '../../lib/kafka/sizing/sizingFields';
import { ExplainPanel } from './ExplainPanel';

const defaults = defaultValues(sizingSpec);

function unescape(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

function texts(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => unescape(match[1] ?? ''));
}

describe('ExplainPanel', () => {
  for (const [name, values] of [
    ['default inputs', defaults],
    ['an MSK Express broker type', { ...defaults, instance: 'express.m7g.4xlarge' }],
  ] as const) {
    const result = sizeCluster(values);
    const html = renderToString(h(ExplainPanel, { result }));
    const formulas = result.explain.flatMap((section) => section.formulas);

    it(`renders exactly the model's numeric formula texts, in order (${name})`, () => {
      expect(texts(html, /<code[^>]*>([^<]*)<\/code>/g)).toEqual(formulas.map(numericText));
    });

    it(`renders the model's symbolic text under every formula that has one (${name})`, () => {
      expect(texts(html, /<span class="block[^"]*">([^<]*)<\/span>/g)).toEqual(
        formulas.filter((formula) => formula.substituted !== '').map((formula) => formula.symbolic),
      );
    });

    it(`renders the model's headings and labels (${name})`, () => {
      expect(texts(html, /<h3[^>]*>([^<]*)<\/h3>/g)).toEqual(result.explain.map((section) => section.title));
      expect(texts(html, /<span class="font-medium">([^<]*): <\/span>/g)).toEqual(formulas.map((formula) => formula.name));
    });
  }
});
