/**
 * What a coding agent costs per accepted change, rework included.
 *
 * The geometric rework model. Every attempt at a task ends in a human review.
 * The review accepts the attempt with probability a (the first-pass acceptance
 * rate; rework attempts are assumed to be accepted as often as first passes,
 * which errs towards a higher cost when feedback makes reworks easier). A
 * rejected attempt is abandoned with probability q, otherwise it is reworked
 * for R more turns and reviewed again. The number of attempts is therefore
 * geometric.
 *
 * Symbols:
 *   I, O        input and output tokens per agent turn
 *   h, w        shares of the input read from / written to the prompt cache;
 *               the remaining 1 − h − w is billed as ordinary input
 *   p_in, p_out, p_cw, p_cr   prices in $ per million tokens
 *   T           turns of a first attempt;  R  extra turns per rework round
 *   S, V        human minutes to specify a task and to review one attempt
 *   H           human cost per hour;  n  tasks started per month
 *
 *   c     = (I·((1 − h − w)·p_in + w·p_cw + h·p_cr) + O·p_out) / 10^6     cost of one turn
 *   d     = a + q − a·q                 chance that an attempt ends the task
 *   E[N]  = 1 / d                       attempts per task
 *   P     = a / d                       share of tasks that end accepted
 *   turns per accepted change   N_t = (T·d + R·(1 − a)·(1 − q)) / a
 *   human minutes per accepted  N_h = (S·d + V) / a
 *   cost per accepted change    C   = N_t·c + N_h·H/60
 *   rework share                1 − (T·c + (S + V)·H/60) / C
 *
 * Both N_t and N_h have the form α + β/a with β ≥ 0, so a higher acceptance
 * rate never raises the cost, and the break-even acceptance against a target
 * cost C* is a = β / (C* − α).
 */
import { formatDollars, formatPercent, formatQuantity } from '../calculators/format';
import { expression, formula, term, type Formula, type FormulaTerm } from '../calculators/formula';

export type { Formula };

export interface ModelPrices {
  inputPerMTok: number;
  outputPerMTok: number;
  cacheWritePerMTok: number;
  cacheReadPerMTok: number;
}

/** How the team works, shared by every model compared. Shares are fractions 0–1. */
export interface TaskProfile {
  inputTokensPerTurn: number;
  outputTokensPerTurn: number;
  turnsPerAttempt: number;
  cacheReadShare: number;
  cacheWriteShare: number;
  reworkTurnsPerRejection: number;
  abandonShare: number;
  specifyMinutes: number;
  reviewMinutes: number;
  humanHourlyCost: number;
  tasksPerMonth: number;
}

export interface ModelScenario {
  /** Stable key (e.g. "m1"), used to name the model in break-even results. */
  key: string;
  label: string;
  prices: ModelPrices;
  /** First-pass acceptance rate as a fraction 0–1. */
  acceptance: number;
}

export interface PerTask {
  attempts: number;
  acceptedShare: number;
  turns: number;
  modelCost: number;
  humanMinutes: number;
  humanCost: number;
  totalCost: number;
}

export interface PerAcceptedChange {
  turns: number;
  inputTokens: number;
  outputTokens: number;
  tokens: number;
  modelCost: number;
  humanMinutes: number;
  humanCost: number;
  totalCost: number;
  /** What a first pass accepted every time would cost. */
  firstPassCost: number;
  reworkCost: number;
  reworkShare: number;
}

export interface Monthly {
  tasks: number;
  acceptedChanges: number;
  modelCost: number;
  humanCost: number;
  totalCost: number;
}

/**
 * ok: every figure exists. never-accepted: acceptance 0 with abandonment, so
 * tasks cost money but none is accepted. endless: acceptance 0 and nothing is
 * ever abandoned, so the rework loop never ends.
 */
export type ModelStatus = 'ok' | 'never-accepted' | 'endless';

export interface ModelCostResult {
  key: string;
  label: string;
  acceptance: number;
  status: ModelStatus;
  /** Plain-language explanation when status is not ok. */
  message: string | null;
  costPerTurn: number;
  perTask: PerTask | null;
  perAcceptedChange: PerAcceptedChange | null;
  monthly: Monthly | null;
  formulas: Formula[];
}

export type BreakEvenStatus = 'found' | 'any-acceptance' | 'unreachable' | 'target-never-accepted';

/** The first-pass acceptance `candidate` needs to cost no more per accepted change than `target` does now. */
export interface BreakEven {
  candidate: string;
  target: string;
  status: BreakEvenStatus;
  acceptance: number | null;
  targetCost: number | null;
  message: string;
  formula: Formula | null;
}

export interface Comparison {
  models: ModelCostResult[];
  breakEven: BreakEven[];
}

export interface CurvePoint {
  acceptance: number;
  totalCost: number;
}

const TOKENS_PER_MILLION = 1_000_000;
const MINUTES_PER_HOUR = 60;
/**
 * Smallest non-zero acceptance or abandonment rate (0.0001%). Below it the
 * expected number of attempts, 1/d, leaves the range of finite doubles.
 */
export const MIN_NONZERO_RATE = 1e-6;

function assertShare(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new RangeError(`${name} must be a share between 0 and 1, got ${String(value)}`);
  }
}

function assertRate(value: number, name: string): void {
  assertShare(value, name);
  if (value > 0 && value < MIN_NONZERO_RATE) {
    throw new RangeError(`${name} must be 0 or at least ${MIN_NONZERO_RATE}, got ${String(value)}`);
  }
}

function assertNonNegative(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number ≥ 0, got ${String(value)}`);
  }
}

/**
 * Guards the model against input the field spec should already have refused,
 * so a caller that skips validation gets a message instead of NaN.
 */
function assertScenario(task: TaskProfile, model: ModelScenario): void {
  assertNonNegative(task.inputTokensPerTurn, 'inputTokensPerTurn');
  assertNonNegative(task.outputTokensPerTurn, 'outputTokensPerTurn');
  assertNonNegative(task.turnsPerAttempt, 'turnsPerAttempt');
  assertShare(task.cacheReadShare, 'cacheReadShare');
  assertShare(task.cacheWriteShare, 'cacheWriteShare');
  if (task.cacheReadShare + task.cacheWriteShare > 1 + 1e-12) {
    throw new RangeError('cacheReadShare + cacheWriteShare must not exceed 1');
  }
  assertNonNegative(task.reworkTurnsPerRejection, 'reworkTurnsPerRejection');
  assertRate(task.abandonShare, 'abandonShare');
  assertNonNegative(task.specifyMinutes, 'specifyMinutes');
  assertNonNegative(task.reviewMinutes, 'reviewMinutes');
  assertNonNegative(task.humanHourlyCost, 'humanHourlyCost');
  assertNonNegative(task.tasksPerMonth, 'tasksPerMonth');
  assertNonNegative(model.prices.inputPerMTok, `${model.key} input price`);
  assertNonNegative(model.prices.outputPerMTok, `${model.key} output price`);
  assertNonNegative(model.prices.cacheWritePerMTok, `${model.key} cache-write price`);
  assertNonNegative(model.prices.cacheReadPerMTok, `${model.key} cache-read price`);
  assertRate(model.acceptance, `${model.key} acceptance`);
}

/** Cost of one agent turn in dollars: c. */
export function costPerTurn(task: TaskProfile, prices: ModelPrices): number {
  const uncachedShare = Math.max(0, 1 - task.cacheReadShare - task.cacheWriteShare);
  const inputPrice =
    uncachedShare * prices.inputPerMTok +
    task.cacheWriteShare * prices.cacheWritePerMTok +
    task.cacheReadShare * prices.cacheReadPerMTok;
  return (task.inputTokensPerTurn * inputPrice + task.outputTokensPerTurn * prices.outputPerMTok) / TOKENS_PER_MILLION;
}

/** d = a + q − a·q: the chance that one attempt ends the task, accepted or abandoned. */
function endChance(acceptance: number, abandonShare: number): number {
  return acceptance + abandonShare - acceptance * abandonShare;
}

/**
 * The α + β/a form of the cost per accepted change for one model: α and β in
 * dollars. Used by the curve and the break-even solution.
 */
function costShape(task: TaskProfile, prices: ModelPrices): { alpha: number; beta: number } {
  const c = costPerTurn(task, prices);
  const hourly = task.humanHourlyCost / MINUTES_PER_HOUR;
  const q = task.abandonShare;
  const T = task.turnsPerAttempt;
  const R = task.reworkTurnsPerRejection;
  const S = task.specifyMinutes;
  const V = task.reviewMinutes;
  return {
    alpha: c * (T - R) * (1 - q) + hourly * S * (1 - q),
    beta: c * (T * q + R * (1 - q)) + hourly * (S * q + V),
  };
}

/**
 * Total cost per accepted change (model + human) at a given first-pass
 * acceptance; `null` when nothing is ever accepted (acceptance 0).
 */
export function costPerAcceptedChange(task: TaskProfile, prices: ModelPrices, acceptance: number): number | null {
  if (acceptance <= 0) return null;
  const { alpha, beta } = costShape(task, prices);
  // α may be negative (rework rounds longer than a first pass); the sum never is.
  return Math.max(0, alpha + beta / acceptance);
}

/** Cost per accepted change sampled over acceptance rates, for the chart. */
export function costCurve(task: TaskProfile, prices: ModelPrices, acceptances: readonly number[]): CurvePoint[] {
  return acceptances
    .filter((acceptance) => acceptance > 0 && acceptance <= 1)
    .map((acceptance) => ({ acceptance, totalCost: costPerAcceptedChange(task, prices, acceptance) ?? 0 }));
}

/** Evenly spaced acceptance rates from `from` to 1 inclusive. */
export function acceptanceGrid(from: number, steps: number): number[] {
  const points: number[] = [];
  for (let i = 0; i <= steps; i += 1) points.push(from + ((1 - from) * i) / steps);
  return points;
}

/** A quantity term: its symbol in the symbolic text, its value in the substituted one. */
function quantityTerm(symbol: string, value: number): FormulaTerm {
  return term(symbol, formatQuantity(value));
}

/** A dollar term: its symbol in the symbolic text, its value in dollars in the substituted one. */
function dollarTerm(symbol: string, value: number): FormulaTerm {
  return term(symbol, formatDollars(value));
}

/** The model's symbols for one task profile and model, read from the inputs once. */
interface Symbols {
  a: number;
  q: number;
  T: number;
  R: number;
  S: number;
  V: number;
  /** Human cost per minute: H/60. */
  hourly: number;
  c: number;
  d: number;
}

function symbolsOf(task: TaskProfile, model: ModelScenario): Symbols {
  const a = model.acceptance;
  const q = task.abandonShare;
  return {
    a,
    q,
    T: task.turnsPerAttempt,
    R: task.reworkTurnsPerRejection,
    S: task.specifyMinutes,
    V: task.reviewMinutes,
    hourly: task.humanHourlyCost / MINUTES_PER_HOUR,
    c: costPerTurn(task, model.prices),
    d: endChance(a, q),
  };
}

function turnFormula(task: TaskProfile, prices: ModelPrices, c: number): Formula {
  const h = quantityTerm('h', task.cacheReadShare);
  const w = quantityTerm('w', task.cacheWriteShare);
  return formula(
    'Cost of one turn',
    'c',
    [
      '(', quantityTerm('I', task.inputTokensPerTurn), '·((1 − ', h, ' − ', w, ')·', quantityTerm('p_in', prices.inputPerMTok),
      ' + ', w, '·', quantityTerm('p_cw', prices.cacheWritePerMTok), ' + ', h, '·', quantityTerm('p_cr', prices.cacheReadPerMTok),
      ') + ', quantityTerm('O', task.outputTokensPerTurn), '·', quantityTerm('p_out', prices.outputPerMTok), ') / 10^6',
    ],
    formatDollars(c),
  );
}

/** Attempts, turns and human time of one task started, accepted or abandoned. */
function perTaskFigures(s: Symbols): PerTask {
  const attempts = 1 / s.d;
  const acceptedShare = s.a / s.d;
  const taskTurns = s.T + s.R * (attempts - 1);
  const taskHumanMinutes = s.S + s.V * attempts;
  return {
    attempts,
    acceptedShare,
    turns: taskTurns,
    modelCost: taskTurns * s.c,
    humanMinutes: taskHumanMinutes,
    humanCost: taskHumanMinutes * s.hourly,
    totalCost: taskTurns * s.c + taskHumanMinutes * s.hourly,
  };
}

/** A month's tasks at the per-task figures. */
function monthlyFigures(task: TaskProfile, perTask: PerTask): Monthly {
  return {
    tasks: task.tasksPerMonth,
    acceptedChanges: task.tasksPerMonth * perTask.acceptedShare,
    modelCost: task.tasksPerMonth * perTask.modelCost,
    humanCost: task.tasksPerMonth * perTask.humanCost,
    totalCost: task.tasksPerMonth * perTask.totalCost,
  };
}

/** Turns, tokens, human time and cost per accepted change, and how much of it is rework. Needs a > 0. */
function perAcceptedChangeFigures(task: TaskProfile, s: Symbols): PerAcceptedChange {
  const turns = (s.T * s.d + s.R * (1 - s.a) * (1 - s.q)) / s.a;
  const humanMinutes = (s.S * s.d + s.V) / s.a;
  const modelCost = turns * s.c;
  const humanCost = humanMinutes * s.hourly;
  const totalCost = modelCost + humanCost;
  const firstPassCost = s.T * s.c + (s.S + s.V) * s.hourly;
  // Clamped: at a = 1 rounding can leave a negative rework cost of a few ulps.
  const reworkCost = Math.max(0, totalCost - firstPassCost);
  const reworkShare = totalCost > 0 ? reworkCost / totalCost : 0;
  const tokensPerTurn = task.inputTokensPerTurn + task.outputTokensPerTurn;
  return {
    turns,
    inputTokens: turns * task.inputTokensPerTurn,
    outputTokens: turns * task.outputTokensPerTurn,
    tokens: turns * tokensPerTurn,
    modelCost,
    humanMinutes,
    humanCost,
    totalCost,
    firstPassCost,
    reworkCost,
    reworkShare,
  };
}

/** The formulas of one task: the chance an attempt ends it, attempts per task, share accepted. */
function perTaskFormulas(s: Symbols, perTask: PerTask): Formula[] {
  const a = quantityTerm('a', s.a);
  const q = quantityTerm('q', s.q);
  const d = quantityTerm('d', s.d);
  return [
    formula('Chance an attempt ends the task', 'd', [a, ' + ', q, ' − ', a, '·', q], formatQuantity(s.d)),
    formula('Attempts per task', 'E[N]', ['1 / ', d], formatQuantity(perTask.attempts)),
    formula('Share of tasks accepted', 'P', [a, ' / ', d], formatPercent(perTask.acceptedShare)),
  ];
}

function monthlyFormula(task: TaskProfile, s: Symbols, perTask: PerTask, monthly: Monthly): Formula {
  const attempts = quantityTerm('E[N]', perTask.attempts);
  return expression(
    'Monthly cost',
    [
      quantityTerm('n', task.tasksPerMonth), '·((', quantityTerm('T', s.T), ' + ', quantityTerm('R', s.R), '·(', attempts, ' − 1))·',
      dollarTerm('c', s.c), ' + (', quantityTerm('S', s.S), ' + ', quantityTerm('V', s.V), '·', attempts, ')·',
      dollarTerm('H', task.humanHourlyCost), '/60)',
    ],
    formatDollars(monthly.totalCost),
  );
}

/** The formulas per accepted change: turns, tokens, model and human cost, their sum, the rework share. */
function perAcceptedChangeFormulas(task: TaskProfile, s: Symbols, perAccepted: PerAcceptedChange): Formula[] {
  const a = quantityTerm('a', s.a);
  const q = quantityTerm('q', s.q);
  const d = quantityTerm('d', s.d);
  const T = quantityTerm('T', s.T);
  const R = quantityTerm('R', s.R);
  const S = quantityTerm('S', s.S);
  const V = quantityTerm('V', s.V);
  const c = dollarTerm('c', s.c);
  const H = dollarTerm('H', task.humanHourlyCost);
  const turns = quantityTerm('N_t', perAccepted.turns);
  const humanMinutes = quantityTerm('N_h', perAccepted.humanMinutes);
  const tokens = ['·(', quantityTerm('I', task.inputTokensPerTurn), ' + ', quantityTerm('O', task.outputTokensPerTurn), ')'];
  return [
    formula('Turns per accepted change', 'N_t', ['(', T, '·', d, ' + ', R, '·(1 − ', a, ')·(1 − ', q, ')) / ', a], formatQuantity(perAccepted.turns)),
    expression('Tokens per accepted change', [turns, ...tokens], formatQuantity(perAccepted.tokens)),
    expression('Model cost per accepted change', [turns, '·', c], formatDollars(perAccepted.modelCost)),
    formula('Human minutes per accepted change', 'N_h', ['(', S, '·', d, ' + ', V, ') / ', a], formatQuantity(perAccepted.humanMinutes)),
    expression('Human cost per accepted change', [humanMinutes, '·', H, '/60'], formatDollars(perAccepted.humanCost)),
    formula(
      'Cost per accepted change',
      'C',
      [dollarTerm('N_t·c', perAccepted.modelCost), ' + ', dollarTerm('N_h·H/60', perAccepted.humanCost)],
      formatDollars(perAccepted.totalCost),
    ),
    expression(
      'Share of the cost that is rework',
      ['1 − (', T, '·', c, ' + (', S, ' + ', V, ')·', H, '/60) / ', dollarTerm('C', perAccepted.totalCost)],
      formatPercent(perAccepted.reworkShare),
    ),
  ];
}

type ResultBase = Pick<ModelCostResult, 'key' | 'label' | 'acceptance' | 'costPerTurn'>;

/** a = 0 and q = 0: no attempt ever ends the task, so only the cost of a turn exists. */
function endlessResult(base: ResultBase, formulas: Formula[]): ModelCostResult {
  return {
    ...base,
    status: 'endless',
    message:
      'With 0% first-pass acceptance and 0% abandonment no attempt is ever accepted and no task ever ends: ' +
      'the rework loop never stops, so there is no cost per task, per accepted change or per month. ' +
      'Raise the acceptance rate or set an abandonment rate.',
    perTask: null,
    perAcceptedChange: null,
    monthly: null,
    formulas,
  };
}

/** a = 0 with abandonment: tasks end and cost money, but none is accepted. */
function neverAcceptedResult(base: ResultBase, perTask: PerTask, monthly: Monthly, formulas: Formula[]): ModelCostResult {
  return {
    ...base,
    status: 'never-accepted',
    message:
      `With 0% first-pass acceptance no change is ever accepted: every task is abandoned after ` +
      `${formatQuantity(perTask.attempts)} attempts on average, so there is no cost per accepted change. ` +
      `The spend is still real: ${formatDollars(monthly.totalCost)} a month for nothing merged.`,
    perTask,
    perAcceptedChange: null,
    monthly,
    formulas,
  };
}

/** Every figure for one model: per turn, per task, per accepted change, per month, with the formulas. */
export function evaluateModel(task: TaskProfile, model: ModelScenario): ModelCostResult {
  assertScenario(task, model);
  const s = symbolsOf(task, model);
  const formulas: Formula[] = [turnFormula(task, model.prices, s.c)];
  const base: ResultBase = { key: model.key, label: model.label, acceptance: s.a, costPerTurn: s.c };
  if (s.d === 0) return endlessResult(base, formulas);

  const perTask = perTaskFigures(s);
  const monthly = monthlyFigures(task, perTask);
  formulas.push(...perTaskFormulas(s, perTask));
  const monthlyCost = monthlyFormula(task, s, perTask, monthly);
  if (s.a === 0) return neverAcceptedResult(base, perTask, monthly, [...formulas, monthlyCost]);

  const perAcceptedChange = perAcceptedChangeFigures(task, s);
  formulas.push(...perAcceptedChangeFormulas(task, s, perAcceptedChange), monthlyCost);
  return { ...base, status: 'ok', message: null, perTask, perAcceptedChange, monthly, formulas };
}

/**
 * The first-pass acceptance `candidate` needs for its cost per accepted change
 * to equal `target`'s at target's own acceptance: a* = β / (C* − α).
 */
export function breakEvenAcceptance(task: TaskProfile, candidate: ModelScenario, target: ModelScenario): BreakEven {
  const targetCost = costPerAcceptedChange(task, target.prices, target.acceptance);
  const names = { candidate: candidate.key, target: target.key };
  if (targetCost === null) {
    return {
      ...names,
      status: 'target-never-accepted',
      acceptance: null,
      targetCost: null,
      message: `${target.label} never gets a change accepted at 0% acceptance, so there is no cost to break even with.`,
      formula: null,
    };
  }
  const { alpha, beta } = costShape(task, candidate.prices);
  const breakEvenFormula = (acceptance: number): Formula =>
    formula(
      `Break-even acceptance of ${candidate.label} against ${target.label}`,
      'a*',
      [dollarTerm('β', beta), ' / (', dollarTerm('C*', targetCost), ' − ', dollarTerm('α', alpha), ')'],
      formatPercent(acceptance),
    );
  // β = 0 only with no tokens and no human time after the first pass: cost does not depend on acceptance.
  if (beta === 0) {
    const cheaper = alpha <= targetCost;
    return {
      ...names,
      status: cheaper ? 'any-acceptance' : 'unreachable',
      acceptance: null,
      targetCost,
      message: cheaper
        ? `${candidate.label}'s cost does not depend on acceptance here and is never above ${target.label}'s ${formatDollars(targetCost)}.`
        : `${candidate.label}'s cost does not depend on acceptance here and always stays above ${target.label}'s ${formatDollars(targetCost)}.`,
      formula: null,
    };
  }
  const acceptance = targetCost > alpha ? beta / (targetCost - alpha) : Number.POSITIVE_INFINITY;
  if (acceptance < MIN_NONZERO_RATE) {
    return {
      ...names,
      status: 'any-acceptance',
      acceptance: null,
      targetCost,
      message: `${candidate.label} costs no more than ${target.label}'s ${formatDollars(targetCost)} at any acceptance rate above 0%.`,
      formula: null,
    };
  }
  if (acceptance > 1) {
    return {
      ...names,
      status: 'unreachable',
      acceptance: null,
      targetCost,
      message:
        `Even at 100% first-pass acceptance ${candidate.label} costs more per accepted change ` +
        `than ${target.label} does now (${formatDollars(targetCost)}).`,
      formula: null,
    };
  }
  return {
    ...names,
    status: 'found',
    acceptance,
    targetCost,
    message:
      `${candidate.label} matches ${target.label}'s ${formatDollars(targetCost)} per accepted change at ` +
      `${formatPercent(acceptance)} first-pass acceptance; above that it is cheaper.`,
    formula: breakEvenFormula(acceptance),
  };
}

/** Every model evaluated on the same task profile, plus break-even acceptance for each ordered pair. */
export function compareModels(task: TaskProfile, models: readonly ModelScenario[]): Comparison {
  const results = models.map((model) => evaluateModel(task, model));
  const breakEven: BreakEven[] = [];
  for (const candidate of models) {
    for (const target of models) {
      if (candidate.key !== target.key) breakEven.push(breakEvenAcceptance(task, candidate, target));
    }
  }
  return { models: results, breakEven };
}
