/**
 * Ties the post "AI-assisted development is a game of model tendencies" to the AI rework model:
 * the worked example starts from the calculator embed the post itself prints, and every figure the
 * post prints for it (per turn, per attempt, per accepted change, break-even, the flat-subscription
 * case) is recomputed through src/lib/ai/ and looked up in the post's text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeQuery } from '../../src/lib/inputs/queryString';
import { parseRawValues } from '../../src/lib/inputs/validateFields';
import { reworkSpec, taskProfileFrom } from '../../src/lib/ai/reworkFields';
import { breakEvenAcceptance, costPerAcceptedChange, costPerTurn, type ModelScenario } from '../../src/lib/ai/reworkModel';
import { calculateReworkCost, type ReportedModel } from '../../src/lib/ai/reworkReport';

const post = readFileSync(new URL('../../content/posts/ai-assisted-development-model-tendencies.mdx', import.meta.url), 'utf8');

/** The post says the phrase, wherever its lines happen to wrap. */
function expectSays(phrase: string): void {
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  expect(flat(post)).toContain(flat(phrase));
}

/** The calculator inputs of the post's ai-rework-cost embed, validated like the tool page's URL. */
function embedValues() {
  const embed = /<CalculatorEmbed tool="ai-rework-cost" inputs="([^"]+)" \/>/.exec(post);
  expect(embed, 'the post embeds the AI rework calculator with inputs').not.toBeNull();
  const { raw, notices } = decodeQuery(reworkSpec, `?${embed![1]!}`);
  expect(notices).toEqual([]);
  const { values, errors } = parseRawValues(reworkSpec, raw);
  expect(errors).toEqual([]);
  return values;
}

const values = embedValues();
const report = calculateReworkCost(values);
const [modelA, modelB] = report.comparison.models;
const task = taskProfileFrom(values);

describe('post: AI-assisted development is a game of model tendencies', () => {
  it('embeds model A at the Claude Sonnet list prices it names, and model B at twice them', () => {
    expectSays('$3 per million input tokens, $3.75 for a five-minute cache write, $0.30 for a cache read and $15 for output');
    const listed = ({ prices }: ReportedModel) =>
      [prices.inputPerMTok, prices.cacheWritePerMTok, prices.cacheReadPerMTok, prices.outputPerMTok].map((figure) => figure.perMTok);
    const [a, b] = report.models;
    expect(listed(a!)).toEqual([3, 3.75, 0.3, 15]);
    expect(listed(b!)).toEqual([6, 7.5, 0.6, 30]);
  });

  it('prints the cost of one turn and one attempt', () => {
    expect(modelA!.costPerTurn).toBeCloseTo(0.078, 12);
    expect(12 * modelA!.costPerTurn).toBeCloseTo(0.936, 12);
    expect(12 * modelB!.costPerTurn).toBeCloseTo(1.872, 12);
    expectSays('$0.045 + $0.0105 + $0.0225 = $0.078, so one attempt of 12 turns costs $0.936');
    expectSays('On model B an attempt costs $1.872');
  });

  it('prints the table of cost per accepted change at 50% and 80% first-pass acceptance', () => {
    expect(modelA!.acceptance).toBe(0.5);
    expect(modelB!.acceptance).toBe(0.8);
    const a = modelA!.perAcceptedChange!;
    const b = modelB!.perAcceptedChange!;
    expect(a.modelCost.toFixed(2)).toBe('1.87');
    expect(b.modelCost.toFixed(2)).toBe('2.34');
    expect(a.totalCost.toFixed(2)).toBe('68.54');
    expect(b.totalCost.toFixed(2)).toBe('50.26');
    expectSays('| Token cost per accepted change | $1.87 | $2.34 |');
    expectSays('| **Cost per accepted change** | **$68.54** | **$50.26** |');
    expect(Math.round((1 - b.totalCost / a.totalCost) * 100)).toBe(27);
    expectSays('is 27% cheaper per accepted change');
    expect(Math.max(a.modelCost / a.totalCost, b.modelCost / b.totalCost)).toBeLessThan(0.05);
    expectSays('The token bill is under 5% of the total in both columns');
  });

  it('prints the acceptance model A needs to tie with model B', () => {
    const tie = report.comparison.breakEven.find((pair) => pair.candidate === 'm1' && pair.target === 'm2');
    expect(tie?.acceptance?.toFixed(3)).toBe('0.772');
    expectSays('gives $$p \\approx 0.772$$');
  });

  it('prints the flat-subscription case: tokens free, review is the whole cost, and A must match 80%', () => {
    const free = { inputPerMTok: 0, outputPerMTok: 0, cacheWritePerMTok: 0, cacheReadPerMTok: 0 };
    expect(costPerTurn(task, free)).toBe(0);
    const freeA: ModelScenario = { key: 'm1', label: 'A', prices: free, acceptance: 0.5 };
    const freeB: ModelScenario = { key: 'm2', label: 'B', prices: free, acceptance: 0.8 };
    expect(costPerAcceptedChange(task, free, 0.5)!.toFixed(2)).toBe('66.67');
    expect(costPerAcceptedChange(task, free, 0.8)!.toFixed(2)).toBe('47.92');
    expect(breakEvenAcceptance(task, freeA, freeB).acceptance).toBeCloseTo(0.8, 12);
    expectSays("Model A's accepted change then costs $25 / 0.5 + $16.67 = $66.67 and model B's $47.92");
    expectSays("A has to match B's 80% exactly to tie");
  });
});
