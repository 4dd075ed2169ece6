/**
 * Seeded fuzzing of every paste the attribution calculator reads: realistic
 * fixtures, mutated. Whatever the input, a parser either returns or throws the
 * project's ParseError with a line number (never a TypeError or a bare
 * SyntaxError), nothing it returns inherits from anything but Object.prototype,
 * and an allocation of what it read sums to the bill as parsed, to the cent.
 * Bounded run counts keep CI fast; `npm run bench -- fuzz` runs the same
 * fuzzers far longer (FUZZ_RUNS inputs each, from FUZZ_SEED).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateCosts } from '../attribution/allocateCosts';
import { AttributionInputError, DEFAULT_POLICIES } from '../attribution/model';
import { isPoolId } from '../attribution/pools';
import { reconcileWithBill } from '../attribution/reconciliation';
import { ParseError } from './parseError';
import { parseBillInput, parseUsageInput, type MetricField } from './parseInput';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const SEED = whole('FUZZ_SEED', 20261204);
const RUNS = whole('FUZZ_RUNS', 150);

function whole(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text)) throw new Error(`${name} must be a whole number, got "${text}"`);
  return Number(text);
}

/** Words that reach Object.prototype when used as a key, and characters parsers split on. */
const HOSTILE = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', ',', ';', '\t', '"', '\n', '=', '{', '}', '[', ']', ':', '-1', '1e309', 'NaN', '\uFEFF'];

/** A fixture with a few random edits: replace a word or insert a hostile word or character, delete a slice, or duplicate a line. */
function mutated(text: string) {
  const edit = fc.oneof(
    fc.tuple(fc.constant('insert' as const), fc.nat(), fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 }))),
    fc.tuple(fc.constant('replace' as const), fc.nat(), fc.constantFrom(...HOSTILE)),
    fc.tuple(fc.constant('delete' as const), fc.nat(), fc.integer({ min: 1, max: 12 }).map(String)),
    fc.tuple(fc.constant('duplicate' as const), fc.nat(), fc.constant('')),
  );
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) =>
    edits.reduce((current, [kind, at, value]) => {
      const index = current.length === 0 ? 0 : at % current.length;
      if (kind === 'insert') return current.slice(0, index) + value + current.slice(index);
      if (kind === 'replace') {
        const words = [...current.matchAll(/[A-Za-z0-9_.-]+/g)];
        const word = words[at % Math.max(words.length, 1)];
        return word ? current.slice(0, word.index) + value + current.slice(word.index + word[0].length) : current;
      }
      if (kind === 'delete') return current.slice(0, index) + current.slice(index + Number(value));
      const lines = current.split('\n');
      const line = at % Math.max(lines.length, 1);
      return [...lines.slice(0, line + 1), lines[line] ?? '', ...lines.slice(line + 1)].join('\n');
    }, text),
  );
}

/** Runs a parser; a throw must be a ParseError that names a line. */
function parsedOrRefused<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).toMatch(/\bline \d+/);
    return undefined;
  }
}

function expectPlainObjects(values: readonly object[]): void {
  for (const value of values) expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
}

const USAGE_FIXTURES: [string, MetricField | undefined][] = [
  ['usage.csv', undefined],
  ['log-dirs.txt', undefined],
  ['topics-describe.txt', undefined],
  ['consumer-groups.txt', undefined],
  ['prometheus-exposition.txt', 'bytesIn'],
  ['prometheus-query.json', 'bytesIn'],
  ['confluent-metrics-received.json', 'bytesIn'],
  ['confluent-metrics-retained.json', 'retainedBytes'],
  ['cloudwatch.json', 'bytesIn'],
];

describe('fuzzed pastes', () => {
  it.each(USAGE_FIXTURES)('%s: read or refused with a line, and only plain topic objects', (name, field) => {
    fc.assert(
      fc.property(mutated(fixture(name)), (text) => {
        const parsed = parsedOrRefused(() => parseUsageInput(text, field ? { field } : {}));
        if (parsed) expectPlainObjects(parsed.topics);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it.each(['bill.csv', 'confluent-costs.json'])('%s: read or refused with a line, and only real pools', (name) => {
    fc.assert(
      fc.property(mutated(fixture(name)), (text) => {
        const parsed = parsedOrRefused(() => parseBillInput(text));
        if (!parsed) return;
        expectPlainObjects(parsed.bill);
        for (const pool of parsed.bill) expect(isPoolId(pool.pool)).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it.each(['bill.csv', 'usage.csv', 'confluent-costs.json'])('%s: every word replaced by every prototype key, one at a time', (name) => {
    const text = fixture(name);
    const words = [...text.matchAll(/[A-Za-z0-9_.-]+/g)];
    const parse = name === 'usage.csv' ? (input: string) => parseUsageInput(input).topics : (input: string) => parseBillInput(input).bill;
    for (const word of words) {
      for (const key of ['constructor', '__proto__', 'toString', 'valueOf']) {
        const parsed = parsedOrRefused(() => parse(text.slice(0, word.index) + key + text.slice(word.index + word[0].length)));
        if (!parsed) continue;
        expectPlainObjects(parsed);
        for (const entry of parsed) if ('pool' in entry) expect(isPoolId(entry.pool)).toBe(true);
      }
    }
  });

  it('allocates what a fuzzed bill and usage read to exactly the bill as parsed', () => {
    fc.assert(
      fc.property(mutated(fixture('bill.csv')), mutated(fixture('usage.csv')), (billText, usageText) => {
        const bill = parsedOrRefused(() => parseBillInput(billText));
        const usage = parsedOrRefused(() => parseUsageInput(usageText));
        if (!bill || !usage) return;
        try {
          const result = allocateCosts({ bill: bill.bill, topics: usage.topics, rules: [], policies: DEFAULT_POLICIES });
          expect(reconcileWithBill(result.lines, bill.bill).exact).toBe(true);
        } catch (error) {
          // Inputs the model refuses (e.g. a credit larger than the pools) say why; nothing else may throw.
          expect(error).toBeInstanceOf(AttributionInputError);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
