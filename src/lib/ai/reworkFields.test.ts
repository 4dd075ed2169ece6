import { describe, expect, it } from 'vitest';
import { defaultValues } from '../inputs/fieldSpec';
import { encodeFormQuery } from '../inputs/formQuery';
import { decodeQuery } from '../inputs/queryString';
import { parseRawValues } from '../inputs/validateFields';
import { priceCatalog } from './priceCatalog';
import { effectivePrices, modelScenariosFrom, reworkFields, reworkSpec, taskProfileFrom } from './reworkFields';
import { reworkPresets } from './reworkPresets';
import { calculateReworkCost, reportedCostAt, reworkChart } from './reworkReport';

function parse(raw: Record<string, string>) {
  return parseRawValues(reworkSpec, raw);
}

describe('reworkFields', () => {
  it('has unique kebab-case names', () => {
    const names = reworkFields.map((field) => field.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('offers every catalog model, custom, and none for the optional third', () => {
    const m3 = reworkFields.find((field) => field.name === 'm3');
    const values = m3?.kind === 'enum' ? m3.options.map((option) => option.value) : [];
    expect(values).toEqual(['none', ...priceCatalog.map((model) => model.id), 'custom']);
  });

  it('accepts its own defaults', () => {
    expect(parse({}).errors).toEqual([]);
  });

  it('turns percentages into shares for the model', () => {
    const task = taskProfileFrom(parse({ 'cache-read': '80', 'cache-write': '15', abandon: '10' }).values);
    expect(task.cacheReadShare).toBeCloseTo(0.8, 12);
    expect(task.cacheWriteShare).toBeCloseTo(0.15, 12);
    expect(task.abandonShare).toBeCloseTo(0.1, 12);
  });

  it('takes catalog prices unless the reader typed one', () => {
    const values = parse({ m1: 'gpt-5-5', 'm1-output-price': '20' }).values;
    // GPT-5.5: $5 input, $30 output (overridden to 20), $5 cache write, $0.50 cache read
    expect(effectivePrices(values, 'm1')).toEqual({
      inputPerMTok: 5,
      outputPerMTok: 20,
      cacheWritePerMTok: 5,
      cacheReadPerMTok: 0.5,
    });
  });

  it('asks for a price the catalog has no public figure for', () => {
    const { errors } = parse({ m3: 'gemini-3-1-pro' });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.field).toBe('m3-cache-write-price');
    expect(errors[0]?.message).toMatch(/^Enter a cache-write price: Gemini 3\.1 Pro \(preview\) has no public cache-write price/);
    expect(parse({ m3: 'gemini-3-1-pro', 'm3-cache-write-price': '2' }).errors).toEqual([]);
  });

  it('asks for every price of a custom model', () => {
    const fields = parse({ m2: 'custom' }).errors.map((error) => error.field);
    expect(fields).toEqual(['m2-input-price', 'm2-output-price', 'm2-cache-write-price', 'm2-cache-read-price']);
  });

  it('refuses cache shares over 100% at the cache-write field', () => {
    const { errors } = parse({ 'cache-read': '90', 'cache-write': '20' });
    expect(errors).toEqual([
      {
        field: 'cache-write',
        message: 'Input read from (90%) and written to (20%) the cache cannot add up to more than 100%',
      },
    ]);
  });

  it('refuses an acceptance rate too small to compute, naming the model', () => {
    const { errors } = parse({ 'm2-accept': '0.00001' });
    expect(errors).toEqual([{ field: 'm2-accept', message: 'Model 2 first-pass acceptance must be 0% or at least 0.0001%' }]);
  });

  it('names the field and the problem for bad raw input', () => {
    const { errors } = parse({ turns: 'twelve', 'm1-accept': '120', 'input-tokens': '-5' });
    expect(errors.map((error) => error.field)).toEqual(['m1-accept', 'input-tokens', 'turns']);
    expect(errors[0]?.message).toBe('First-pass acceptance must be at most 100 %');
    expect(errors[2]?.message).toBe('Turns per attempt must be a number; got “twelve”');
  });

  it('round-trips through the URL with only the changed values', () => {
    const typed = { m3: 'gpt-5-5', 'm1-accept': '55', 'm2-input-price': '4.5' };
    const values = parse(typed).values;
    const query = encodeFormQuery(reworkSpec, typed);
    expect(query).toBe('m1-accept=55&m2-input-price=4.5&m3=gpt-5-5');
    const decoded = decodeQuery(reworkSpec, `${query}&evil=<script>`);
    expect(decoded.notices).toEqual(['Ignored unknown parameter “evil”.']);
    expect(parse(decoded.raw).values).toEqual(values);
  });

  it('leaves out the third model when it is none', () => {
    expect(modelScenariosFrom(defaultValues(reworkSpec)).map((model) => model.key)).toEqual(['m1', 'm2']);
  });

  it('refuses to invent a missing price when called without validation', () => {
    const values = parse({ m2: 'custom' }).values;
    expect(() => modelScenariosFrom(values)).toThrow('Enter a input price for model 2 (m2-input-price)');
  });
});

describe('calculateReworkCost', () => {
  it("reproduces the worked example of the post 'AI-assisted development is a game of model tendencies'", () => {
    // The post: 12 turns of 50,000 input (70% cached) and 1,500 output tokens; model A at
    // $3 / $0.30 cached / $15, model B at twice that; 15 min review, 10 min spec, $100/h;
    // acceptance 50% and 80%. Its table: $68.54 and $50.26 per accepted change, and A
    // needs p ≈ 0.772 to tie with B.
    const values = parse({
      m1: 'custom',
      'm1-input-price': '3',
      'm1-output-price': '15',
      'm1-cache-write-price': '3.75',
      'm1-cache-read-price': '0.3',
      m2: 'custom',
      'm2-input-price': '6',
      'm2-output-price': '30',
      'm2-cache-write-price': '7.5',
      'm2-cache-read-price': '0.6',
    }).values;
    const report = calculateReworkCost(values);
    const [modelA, modelB] = report.comparison.models;
    expect(modelA?.costPerTurn).toBeCloseTo(0.078, 12);
    expect(modelA?.perAcceptedChange?.totalCost).toBeCloseTo(68.54, 2);
    expect(modelB?.perAcceptedChange?.totalCost).toBeCloseTo(50.26, 2);
    expect(modelA?.perAcceptedChange?.modelCost).toBeCloseTo(1.872, 12);
    expect(modelB?.perAcceptedChange?.humanCost).toBeCloseTo(31.25 + 50 / 3, 10);
    const aAgainstB = report.comparison.breakEven.find((pair) => pair.candidate === 'm1' && pair.target === 'm2');
    expect(aAgainstB?.acceptance).toBeCloseTo(0.772, 3);
  });

  it('prices the default comparison from the catalog', () => {
    const report = calculateReworkCost(defaultValues(reworkSpec));
    const [sonnet, opus] = report.comparison.models;
    // Sonnet 5.5: (50,000·(0.3·2 + 0.7·0.1) + 1,500·10) / 10^6 = $0.0485 a turn; 24 turns at 50%.
    expect(sonnet?.label).toBe('Claude Sonnet 5.5');
    expect(sonnet?.costPerTurn).toBeCloseTo(0.0485, 12);
    expect(sonnet?.perAcceptedChange?.totalCost).toBeCloseTo(24 * 0.0485 + (40 * 100) / 60, 10);
    // Opus 4.7: (50,000·(0.3·5 + 0.7·0.5) + 1,500·25) / 10^6 = $0.13 a turn; 15 turns at 80%.
    expect(opus?.costPerTurn).toBeCloseTo(0.13, 12);
    expect(opus?.perAcceptedChange?.totalCost).toBeCloseTo(15 * 0.13 + (28.75 * 100) / 60, 10);
    expect(report.models[0]?.prices.cacheReadPerMTok).toMatchObject({
      perMTok: 0.1,
      origin: 'catalog',
      readOn: '2026-11-24',
    });
  });

  it('marks typed-in prices as entered, with no source', () => {
    const report = calculateReworkCost(parse({ 'm2-output-price': '20' }).values);
    expect(report.models[1]?.prices.outputPerMTok).toEqual({
      perMTok: 20,
      origin: 'entered',
      sourceUrl: null,
      readOn: null,
      note: null,
    });
  });
});

describe('report warnings', () => {
  it('has none for the defaults', () => {
    expect(calculateReworkCost(defaultValues(reworkSpec)).warnings).toEqual([]);
  });

  it('flags a turn bigger than any context window and a long-prompt price tier', () => {
    const warnings = calculateReworkCost(parse({ 'input-tokens': '1200000', m1: 'gpt-5-5' }).values).warnings;
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^1,200,000 input tokens per turn is more than any listed model's context window/);
    expect(warnings[1]).toMatch(/^GPT-5\.5: Requests whose input crosses 272,000 tokens/);
  });

  it('flags perfect acceptance and rework rounds longer than first attempts', () => {
    const warnings = calculateReworkCost(parse({ 'm2-accept': '100', 'rework-turns': '20' }).values).warnings;
    expect(warnings).toEqual([
      'Claude Opus 4.7: at 100% first-pass acceptance there is no rework at all; few review logs show that.',
      'A rework round takes more turns than a first attempt: if that is because the agent starts over, consider counting it as a new task.',
    ]);
  });
});

describe('reworkChart', () => {
  it('draws each model from 20% to 100% with its own point and the break-even markers', () => {
    const chart = reworkChart(calculateReworkCost(defaultValues(reworkSpec)));
    expect(chart.fromAcceptance).toBeCloseTo(0.2, 12);
    expect(chart.series.map((line) => line.key)).toEqual(['m1', 'm2']);
    expect(chart.series[0]?.points[0]?.acceptance).toBeCloseTo(0.2, 12);
    expect(chart.series[0]?.points.at(-1)?.acceptance).toBe(1);
    expect(chart.series[0]?.current?.acceptance).toBe(0.5);
    // The leftmost point is the dearest: the maximum of the chart.
    expect(chart.maxCost).toBe(chart.series[1]?.points[0]?.totalCost);
    const marker = chart.breakEven.find((entry) => entry.candidate === 'm1');
    expect(marker?.totalCost).toBeCloseTo(15 * 0.13 + (28.75 * 100) / 60, 10);
  });

  it('widens to the left to show a model accepted less often than 20%', () => {
    const chart = reworkChart(calculateReworkCost(parse({ 'm1-accept': '12' }).values));
    expect(chart.fromAcceptance).toBeCloseTo(0.1, 12);
    expect(chart.series[0]?.current?.acceptance).toBeCloseTo(0.12, 12);
  });

  it('prices any acceptance rate for the table alternative', () => {
    const report = calculateReworkCost(defaultValues(reworkSpec));
    // Opus 4.7 at 100%: 12 turns·$0.13 + 25 minutes at $100/h
    expect(reportedCostAt(report, 'm2', 1)).toBeCloseTo(12 * 0.13 + 2500 / 60, 10);
    expect(reportedCostAt(report, 'm3', 1)).toBeNull();
    expect(reportedCostAt(report, 'm1', 0)).toBeNull();
  });

  it('has no own point for a model that never gets a change accepted', () => {
    const chart = reworkChart(calculateReworkCost(parse({ 'm1-accept': '0', abandon: '20' }).values));
    expect(chart.series[0]?.current).toBeNull();
  });
});

describe('reworkPresets', () => {
  it('each preset is valid input on top of the defaults', () => {
    for (const preset of reworkPresets) {
      const raw = Object.fromEntries(Object.entries(preset.values).map(([name, value]) => [name, String(value)]));
      expect(parse(raw).errors, preset.id).toEqual([]);
    }
  });

  it('describes working styles in words, without vendor names', () => {
    for (const preset of reworkPresets) {
      expect(preset.description.length).toBeGreaterThan(80);
      expect(preset.description).not.toMatch(/Claude|GPT|Gemini|Opus|Sonnet|OpenAI|Anthropic|Google/);
    }
  });
});

describe('priceCatalog', () => {
  it('gives every figure a source page and the day it was read, and a reason where there is no figure', () => {
    for (const model of priceCatalog) {
      for (const figure of [model.input, model.output, model.cacheWrite, model.cacheRead]) {
        expect(figure.sourceUrl, model.id).toMatch(/^https:\/\//);
        expect(figure.readOn, model.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (figure.perMTok === null) expect(figure.note, model.id).toMatch(/No public/);
        else expect(figure.perMTok, model.id).toBeGreaterThan(0);
      }
    }
  });
});
