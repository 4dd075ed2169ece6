import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acceptanceGrid,
  breakEvenAcceptance,
  compareModels,
  costCurve,
  costPerAcceptedChange,
  costPerTurn,
  evaluateModel,
  MIN_NONZERO_RATE,
  type ModelPrices,
  type ModelScenario,
  type TaskProfile,
} from './reworkModel';

// The hand-worked example used throughout: every expected number below was
// computed by hand from the formulas in the module comment.
const task: TaskProfile = {
  inputTokensPerTurn: 20_000,
  outputTokensPerTurn: 1_000,
  turnsPerAttempt: 10,
  cacheReadShare: 0.5,
  cacheWriteShare: 0.25,
  reworkTurnsPerRejection: 4,
  abandonShare: 0.2,
  specifyMinutes: 10,
  reviewMinutes: 15,
  humanHourlyCost: 120,
  tasksPerMonth: 100,
};

const cheapPrices: ModelPrices = { inputPerMTok: 4, outputPerMTok: 20, cacheWritePerMTok: 5, cacheReadPerMTok: 0.4 };
const dearPrices: ModelPrices = { inputPerMTok: 10, outputPerMTok: 50, cacheWritePerMTok: 12.5, cacheReadPerMTok: 1 };
const cheap: ModelScenario = { key: 'm1', label: 'Cheap', prices: cheapPrices, acceptance: 0.5 };
const dear: ModelScenario = { key: 'm2', label: 'Dear', prices: dearPrices, acceptance: 0.8 };

describe('costPerTurn', () => {
  it('bills uncached, cache-written and cache-read input at their own prices', () => {
    // (20,000·(0.25·4 + 0.25·5 + 0.5·0.4) + 1,000·20) / 10^6 = (49,000 + 20,000) / 10^6
    expect(costPerTurn(task, cheapPrices)).toBeCloseTo(0.069, 12);
    // (20,000·(0.25·10 + 0.25·12.5 + 0.5·1) + 1,000·50) / 10^6 = (122,500 + 50,000) / 10^6
    expect(costPerTurn(task, dearPrices)).toBeCloseTo(0.1725, 12);
  });

  it('bills all input at the input price with no caching', () => {
    const uncached = { ...task, cacheReadShare: 0, cacheWriteShare: 0 };
    // (20,000·4 + 1,000·20) / 10^6
    expect(costPerTurn(uncached, cheapPrices)).toBeCloseTo(0.1, 12);
  });

  it('is zero with zero tokens', () => {
    expect(costPerTurn({ ...task, inputTokensPerTurn: 0, outputTokensPerTurn: 0 }, dearPrices)).toBe(0);
  });
});

describe('evaluateModel', () => {
  const result = evaluateModel(task, cheap);

  it('counts attempts and accepted tasks geometrically', () => {
    // d = 0.5 + 0.2 − 0.1 = 0.6; E[N] = 1/0.6; P = 0.5/0.6
    expect(result.status).toBe('ok');
    expect(result.perTask?.attempts).toBeCloseTo(1 / 0.6, 12);
    expect(result.perTask?.acceptedShare).toBeCloseTo(0.5 / 0.6, 12);
    // T + R·(E[N] − 1) = 10 + 4·(2/3)
    expect(result.perTask?.turns).toBeCloseTo(12 + 2 / 3, 12);
    // S + V·E[N] = 10 + 15/0.6 = 35 minutes
    expect(result.perTask?.humanMinutes).toBeCloseTo(35, 12);
  });

  it('gives turns, tokens and cost per accepted change', () => {
    const perChange = result.perAcceptedChange;
    // N_t = (10·0.6 + 4·0.5·0.8) / 0.5 = 15.2
    expect(perChange?.turns).toBeCloseTo(15.2, 12);
    // 15.2·(20,000 + 1,000)
    expect(perChange?.tokens).toBeCloseTo(319_200, 6);
    expect(perChange?.inputTokens).toBeCloseTo(304_000, 6);
    expect(perChange?.outputTokens).toBeCloseTo(15_200, 6);
    // 15.2·$0.069
    expect(perChange?.modelCost).toBeCloseTo(1.0488, 12);
    // N_h = (10·0.6 + 15) / 0.5 = 42 minutes at $2 a minute
    expect(perChange?.humanMinutes).toBeCloseTo(42, 12);
    expect(perChange?.humanCost).toBeCloseTo(84, 12);
    expect(perChange?.totalCost).toBeCloseTo(85.0488, 12);
  });

  it('splits off the rework share against a first pass accepted every time', () => {
    const perChange = result.perAcceptedChange;
    // First pass: 10·0.069 + 25·2 = 50.69; rework = 85.0488 − 50.69
    expect(perChange?.firstPassCost).toBeCloseTo(50.69, 12);
    expect(perChange?.reworkCost).toBeCloseTo(34.3588, 12);
    expect(perChange?.reworkShare).toBeCloseTo(34.3588 / 85.0488, 12);
  });

  it('gives the monthly cost of the tasks started', () => {
    // Per task: 12.667 turns·0.069 + 35 min·$2 = 0.874 + 70
    expect(result.monthly?.modelCost).toBeCloseTo(87.4, 10);
    expect(result.monthly?.humanCost).toBeCloseTo(7000, 10);
    expect(result.monthly?.totalCost).toBeCloseTo(7087.4, 10);
    expect(result.monthly?.acceptedChanges).toBeCloseTo(250 / 3, 10);
  });

  it('lists every formula of the explain panel in reading order', () => {
    expect(result.formulas.map((formula) => formula.name)).toEqual([
      'Cost of one turn',
      'Chance an attempt ends the task',
      'Attempts per task',
      'Share of tasks accepted',
      'Turns per accepted change',
      'Tokens per accepted change',
      'Model cost per accepted change',
      'Human minutes per accepted change',
      'Human cost per accepted change',
      'Cost per accepted change',
      'Share of the cost that is rework',
      'Monthly cost',
    ]);
    expect(result.formulas.at(-1)?.substituted).toBe('100·((10 + 4·(1.667 − 1))·$0.069 + (10 + 15·1.667)·$120.00/60)');
    expect(result.formulas.at(-1)?.result).toBe('$7,087.40');
  });

  it('fills every formula with the numbers used', () => {
    const turns = result.formulas.find((formula) => formula.name === 'Turns per accepted change');
    expect(turns?.symbolic).toBe('N_t = (T·d + R·(1 − a)·(1 − q)) / a');
    expect(turns?.substituted).toBe('(10·0.6 + 4·(1 − 0.5)·(1 − 0.2)) / 0.5');
    expect(turns?.result).toBe('15.2');
    const turn = result.formulas.find((formula) => formula.name === 'Cost of one turn');
    expect(turn?.substituted).toBe('(20,000·((1 − 0.5 − 0.25)·4 + 0.25·5 + 0.5·0.4) + 1,000·20) / 10^6');
    expect(turn?.result).toBe('$0.069');
    const total = result.formulas.find((formula) => formula.name === 'Cost per accepted change');
    expect(total?.substituted).toBe('$1.05 + $84.00');
    expect(total?.result).toBe('$85.05');
  });

  it('has no rework at 100% acceptance', () => {
    const perfect = evaluateModel(task, { ...cheap, acceptance: 1 });
    expect(perfect.perTask?.attempts).toBe(1);
    expect(perfect.perAcceptedChange?.turns).toBeCloseTo(10, 12);
    expect(perfect.perAcceptedChange?.totalCost).toBeCloseTo(50.69, 12);
    expect(perfect.perAcceptedChange?.reworkCost).toBe(0);
    expect(perfect.perAcceptedChange?.reworkShare).toBe(0);
  });

  it('reduces to T + R·(1 − a)/a without abandonment', () => {
    const noAbandon = evaluateModel({ ...task, abandonShare: 0 }, { ...cheap, acceptance: 0.25 });
    // 10 + 4·0.75/0.25 = 22 turns; human 10 + 15/0.25 = 70 minutes
    expect(noAbandon.perAcceptedChange?.turns).toBeCloseTo(22, 12);
    expect(noAbandon.perAcceptedChange?.humanMinutes).toBeCloseTo(70, 12);
  });

  it('says a change is never accepted at 0% acceptance, without Infinity', () => {
    const never = evaluateModel({ ...task, abandonShare: 0.25 }, { ...cheap, acceptance: 0 });
    expect(never.status).toBe('never-accepted');
    expect(never.perAcceptedChange).toBeNull();
    // Every task abandoned after 1/0.25 = 4 attempts: 10 + 4·3 = 22 turns, 10 + 15·4 = 70 minutes.
    expect(never.perTask?.attempts).toBeCloseTo(4, 12);
    expect(never.perTask?.acceptedShare).toBe(0);
    expect(never.monthly?.acceptedChanges).toBe(0);
    expect(never.monthly?.totalCost).toBeCloseTo(100 * (22 * 0.069 + 70 * 2), 9);
    expect(never.message).toMatch(/no change is ever accepted/);
    expect(never.message).not.toMatch(/Infinity|NaN/);
  });

  it('says the loop never ends at 0% acceptance and 0% abandonment', () => {
    const endless = evaluateModel({ ...task, abandonShare: 0 }, { ...cheap, acceptance: 0 });
    expect(endless.status).toBe('endless');
    expect(endless.perTask).toBeNull();
    expect(endless.monthly).toBeNull();
    expect(endless.message).toMatch(/never stops/);
  });

  it('costs only human time with zero tokens', () => {
    const noTokens = evaluateModel({ ...task, inputTokensPerTurn: 0, outputTokensPerTurn: 0 }, cheap);
    expect(noTokens.perAcceptedChange?.modelCost).toBe(0);
    expect(noTokens.perAcceptedChange?.totalCost).toBeCloseTo(84, 12);
  });

  it('refuses input outside the model with a message naming it', () => {
    expect(() => evaluateModel({ ...task, cacheReadShare: 0.9, cacheWriteShare: 0.2 }, cheap)).toThrow(
      /cacheReadShare \+ cacheWriteShare must not exceed 1/,
    );
    expect(() => evaluateModel({ ...task, turnsPerAttempt: Number.NaN }, cheap)).toThrow(/turnsPerAttempt/);
    expect(() => evaluateModel(task, { ...cheap, acceptance: 1.5 })).toThrow(/m1 acceptance/);
    expect(() => evaluateModel(task, { ...cheap, acceptance: 1e-9 })).toThrow(/must be 0 or at least 0.000001/);
  });
});

describe('breakEvenAcceptance', () => {
  it('finds the acceptance at which the cheaper model matches the dearer one', () => {
    // Dear at 80%: d = 0.84, N_t = 11.3, N_h = 29.25 → 11.3·0.1725 + 58.5 = 60.44925.
    // Cheap: α = 0.069·6·0.8 + 2·10·0.8 = 16.3312; β = 0.069·5.2 + 2·17 = 34.3588.
    // a* = 34.3588 / (60.44925 − 16.3312) = 0.778792…
    const breakEven = breakEvenAcceptance(task, cheap, dear);
    expect(breakEven.status).toBe('found');
    expect(breakEven.targetCost).toBeCloseTo(60.44925, 10);
    expect(breakEven.acceptance).toBeCloseTo(34.3588 / 44.11805, 10);
    expect(breakEven.formula?.substituted).toBe('$34.36 / ($60.45 − $16.33)');
    expect(breakEven.formula?.result).toBe('77.9%');
  });

  it('finds how far the dearer model may fall and still match the cheaper one', () => {
    // α = 0.1725·4.8 + 16 = 16.828; β = 0.1725·5.2 + 34 = 34.897; a* = 34.897 / (85.0488 − 16.828)
    const breakEven = breakEvenAcceptance(task, dear, cheap);
    expect(breakEven.acceptance).toBeCloseTo(34.897 / 68.2208, 10);
  });

  it('says when even 100% acceptance cannot reach the target', () => {
    const breakEven = breakEvenAcceptance(task, { ...dear, acceptance: 1 }, { ...cheap, acceptance: 1 });
    expect(breakEven.status).toBe('unreachable');
    expect(breakEven.acceptance).toBeNull();
    expect(breakEven.message).toMatch(/Even at 100%/);
  });

  it('has no target when the target never gets a change accepted', () => {
    const breakEven = breakEvenAcceptance(task, cheap, { ...dear, acceptance: 0 });
    expect(breakEven.status).toBe('target-never-accepted');
    expect(breakEven.targetCost).toBeNull();
  });

  it('reports cost that does not depend on acceptance', () => {
    const flat: TaskProfile = {
      ...task,
      inputTokensPerTurn: 0,
      outputTokensPerTurn: 0,
      specifyMinutes: 0,
      reviewMinutes: 0,
    };
    expect(breakEvenAcceptance(flat, cheap, dear).status).toBe('any-acceptance');
  });
});

describe('compareModels', () => {
  it('evaluates each model and every ordered break-even pair', () => {
    const comparison = compareModels(task, [cheap, dear, { ...dear, key: 'm3', label: 'Third' }]);
    expect(comparison.models.map((model) => model.key)).toEqual(['m1', 'm2', 'm3']);
    expect(comparison.breakEven.map((pair) => `${pair.candidate}>${pair.target}`)).toEqual([
      'm1>m2',
      'm1>m3',
      'm2>m1',
      'm2>m3',
      'm3>m1',
      'm3>m2',
    ]);
  });
});

describe('costCurve', () => {
  it('samples the cost between the given acceptance rates and skips 0', () => {
    const curve = costCurve(task, cheapPrices, [0, 0.5, 1]);
    expect(curve).toHaveLength(2);
    expect(curve[0]?.totalCost).toBeCloseTo(85.0488, 12);
    expect(curve[1]?.totalCost).toBeCloseTo(50.69, 12);
  });

  it('spaces the grid evenly up to 1', () => {
    expect(acceptanceGrid(0.2, 4)).toEqual([0.2, 0.4, 0.6000000000000001, 0.8, 1]);
  });
});

const share = fc.double({ min: 0, max: 1, noNaN: true });
const positiveShare = fc.double({ min: MIN_NONZERO_RATE, max: 1, noNaN: true });
const rate = fc.oneof(fc.constant(0), positiveShare);
const price = fc.double({ min: 0, max: 500, noNaN: true });
const pricesArb = fc.record({
  inputPerMTok: price,
  outputPerMTok: price,
  cacheWritePerMTok: price,
  cacheReadPerMTok: price,
});
const taskArb: fc.Arbitrary<TaskProfile> = fc
  .record({
    inputTokensPerTurn: fc.integer({ min: 0, max: 2_000_000 }),
    outputTokensPerTurn: fc.integer({ min: 0, max: 200_000 }),
    turnsPerAttempt: fc.integer({ min: 1, max: 1_000 }),
    cacheReadShare: share,
    cacheWriteShare: share,
    reworkTurnsPerRejection: fc.integer({ min: 0, max: 1_000 }),
    abandonShare: rate,
    specifyMinutes: fc.double({ min: 0, max: 2_000, noNaN: true }),
    reviewMinutes: fc.double({ min: 0, max: 2_000, noNaN: true }),
    humanHourlyCost: fc.double({ min: 0, max: 2_000, noNaN: true }),
    tasksPerMonth: fc.integer({ min: 0, max: 100_000 }),
  })
  .map((profile) => {
    // Read and write shares together cover at most all of the input.
    const total = profile.cacheReadShare + profile.cacheWriteShare;
    return total > 1
      ? { ...profile, cacheReadShare: profile.cacheReadShare / total, cacheWriteShare: profile.cacheWriteShare / total / (1 + 1e-9) }
      : profile;
  });

describe('properties', () => {
  it('a higher acceptance rate never raises the cost per accepted change', () => {
    fc.assert(
      fc.property(taskArb, pricesArb, positiveShare, positiveShare, (profile, prices, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const atLow = costPerAcceptedChange(profile, prices, low) ?? 0;
        const atHigh = costPerAcceptedChange(profile, prices, high) ?? 0;
        return atHigh <= atLow * (1 + 1e-12) + 1e-9;
      }),
    );
  });

  it('every figure is finite and non-negative for valid input', () => {
    fc.assert(
      fc.property(taskArb, pricesArb, rate, (profile, prices, acceptance) => {
        const result = evaluateModel(profile, { key: 'm1', label: 'Model', prices, acceptance });
        const figures = [
          result.costPerTurn,
          ...Object.values(result.perTask ?? {}),
          ...Object.values(result.perAcceptedChange ?? {}),
          ...Object.values(result.monthly ?? {}),
        ];
        return figures.every((figure) => Number.isFinite(figure) && figure >= 0);
      }),
    );
  });

  it('the monthly cost equals accepted changes times the cost per accepted change', () => {
    fc.assert(
      fc.property(taskArb, pricesArb, positiveShare, (profile, prices, acceptance) => {
        const result = evaluateModel(profile, { key: 'm1', label: 'Model', prices, acceptance });
        const monthly = result.monthly?.totalCost ?? 0;
        const rebuilt = (result.monthly?.acceptedChanges ?? 0) * (result.perAcceptedChange?.totalCost ?? 0);
        return Math.abs(monthly - rebuilt) <= 1e-9 * Math.max(1, monthly);
      }),
    );
  });

  it('break-even lies where the two cost curves cross', () => {
    fc.assert(
      fc.property(taskArb, pricesArb, pricesArb, positiveShare, (profile, pricesA, pricesB, acceptanceB) => {
        const candidate: ModelScenario = { key: 'a', label: 'A', prices: pricesA, acceptance: 0.5 };
        const target: ModelScenario = { key: 'b', label: 'B', prices: pricesB, acceptance: acceptanceB };
        const breakEven = breakEvenAcceptance(profile, candidate, target);
        if (breakEven.status !== 'found' || breakEven.acceptance === null || breakEven.targetCost === null) return true;
        const atBreakEven = costPerAcceptedChange(profile, pricesA, breakEven.acceptance) ?? 0;
        const tolerance = 1e-9 * Math.max(1, breakEven.targetCost);
        const crosses = Math.abs(atBreakEven - breakEven.targetCost) <= tolerance;
        // Below the break-even the candidate costs more, above it less.
        const below = costPerAcceptedChange(profile, pricesA, breakEven.acceptance * 0.9) ?? 0;
        const above = costPerAcceptedChange(profile, pricesA, Math.min(1, breakEven.acceptance * 1.1)) ?? 0;
        return crosses && below >= breakEven.targetCost - tolerance && above <= breakEven.targetCost + tolerance;
      }),
    );
  });
});
