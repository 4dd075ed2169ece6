/**
 * From validated field values to everything the island, the exports and the
 * explain panel show: each model's prices with where they came from, the
 * comparison, the chart series and the assumptions.
 */
import { catalogModelById, type PriceFigure } from './priceCatalog';
import {
  acceptanceGrid,
  compareModels,
  costCurve,
  costPerAcceptedChange,
  type Comparison,
  type CurvePoint,
  type ModelPrices,
  type ModelScenario,
  type TaskProfile,
} from './reworkModel';
import { modelScenariosFrom, taskProfileFrom, type ReworkValues } from './reworkFields';

export interface PriceOrigin {
  perMTok: number;
  /** "entered" when the reader typed the price, "catalog" when it is the catalog's. */
  origin: 'entered' | 'catalog';
  sourceUrl: string | null;
  readOn: string | null;
  note: string | null;
}

export interface ReportedModel {
  key: string;
  label: string;
  catalogId: string | null;
  acceptance: number;
  prices: Record<keyof ModelPrices, PriceOrigin>;
}

export interface ReworkReport {
  units: { prices: string; costs: string; shares: string; month: string };
  task: TaskProfile;
  models: ReportedModel[];
  comparison: Comparison;
  /** What a careful reviewer of these inputs would point out; the numbers are still computed. */
  warnings: string[];
  assumptions: string[];
}

export const reworkAssumptions: readonly string[] = [
  'Every attempt ends in a human review that accepts it with the first-pass acceptance rate; reworked attempts are assumed to be accepted as often as first passes (reworks with good feedback often do better, so this errs towards a higher cost).',
  'A rejected attempt is abandoned with the abandonment rate, otherwise reworked for the extra turns and reviewed again: the number of attempts is geometric.',
  'Every turn sends the same number of input and output tokens, split between cache reads, cache writes and ordinary input by the shares given.',
  'Prices are list prices per million tokens for standard requests: no batch discount, long-prompt surcharge, data-residency uplift or cache storage fee.',
  'Human time is specifying once per task and reviewing once per attempt, at one hourly cost.',
  'The monthly cost covers the tasks started in a month, abandoned ones included.',
];

const priceKeys = [
  ['inputPerMTok', 'input', 'input'],
  ['outputPerMTok', 'output', 'output'],
  ['cacheWritePerMTok', 'cache-write', 'cacheWrite'],
  ['cacheReadPerMTok', 'cache-read', 'cacheRead'],
] as const;

function reportModel(values: ReworkValues, scenario: ModelScenario): ReportedModel {
  const byName = values as Record<string, unknown>;
  const catalog = catalogModelById(String(byName[scenario.key]));
  const prices = {} as Record<keyof ModelPrices, PriceOrigin>;
  for (const [key, suffix, catalogKey] of priceKeys) {
    const entered = typeof byName[`${scenario.key}-${suffix}-price`] === 'number';
    const figure: PriceFigure | undefined = catalog?.[catalogKey];
    prices[key] = {
      perMTok: scenario.prices[key],
      origin: entered ? 'entered' : 'catalog',
      sourceUrl: entered ? null : (figure?.sourceUrl ?? null),
      readOn: entered ? null : (figure?.readOn ?? null),
      note: entered ? null : (figure?.note ?? null),
    };
  }
  return {
    key: scenario.key,
    label: scenario.label,
    catalogId: catalog?.id ?? null,
    acceptance: scenario.acceptance,
    prices,
  };
}

/** The largest context window among the listed models, in tokens. */
const LARGEST_CONTEXT_TOKENS = 1_000_000;

function reworkWarnings(values: ReworkValues, task: TaskProfile, scenarios: readonly ModelScenario[]): string[] {
  const byName = values as Record<string, unknown>;
  const warnings: string[] = [];
  const input = task.inputTokensPerTurn;
  if (input > LARGEST_CONTEXT_TOKENS) {
    warnings.push(
      `${input.toLocaleString('en-US')} input tokens per turn is more than any listed model's context window ` +
        `(${LARGEST_CONTEXT_TOKENS.toLocaleString('en-US')} tokens): no single turn can send that much.`,
    );
  }
  for (const scenario of scenarios) {
    const tier = catalogModelById(String(byName[scenario.key]))?.longPrompt;
    if (tier && input > tier.aboveTokens) {
      warnings.push(
        `${scenario.label}: ${tier.note} Turns here send ${input.toLocaleString('en-US')} tokens, over that line; ` +
          'the calculator uses the standard prices unless you enter the higher ones.',
      );
    }
    if (scenario.acceptance === 1) {
      warnings.push(`${scenario.label}: at 100% first-pass acceptance there is no rework at all; few review logs show that.`);
    }
  }
  if (task.reworkTurnsPerRejection > task.turnsPerAttempt) {
    warnings.push(
      'A rework round takes more turns than a first attempt: if that is because the agent starts over, consider counting it as a new task.',
    );
  }
  return warnings;
}

/** The whole calculation for values that passed `reworkSpec` validation. */
export function calculateReworkCost(values: ReworkValues): ReworkReport {
  const task = taskProfileFrom(values);
  const scenarios = modelScenariosFrom(values);
  return {
    units: {
      prices: 'US$ per million tokens',
      costs: 'US$',
      shares: 'fractions from 0 to 1',
      month: 'the tasks started in one month',
    },
    task,
    models: scenarios.map((scenario) => reportModel(values, scenario)),
    comparison: compareModels(task, scenarios),
    warnings: reworkWarnings(values, task, scenarios),
    assumptions: [...reworkAssumptions],
  };
}

export interface ChartSeries {
  key: string;
  label: string;
  points: CurvePoint[];
  /** The model's own acceptance and cost, when it has one. */
  current: CurvePoint | null;
}

export interface ChartMarker {
  candidate: string;
  target: string;
  acceptance: number;
  totalCost: number;
}

export interface ReworkChart {
  fromAcceptance: number;
  maxCost: number;
  series: ChartSeries[];
  breakEven: ChartMarker[];
}

function pricesOf(model: ReportedModel): ModelPrices {
  return {
    inputPerMTok: model.prices.inputPerMTok.perMTok,
    outputPerMTok: model.prices.outputPerMTok.perMTok,
    cacheWritePerMTok: model.prices.cacheWritePerMTok.perMTok,
    cacheReadPerMTok: model.prices.cacheReadPerMTok.perMTok,
  };
}

/** Cost per accepted change of one reported model at any acceptance rate; null for an unknown key or 0%. */
export function reportedCostAt(report: ReworkReport, key: string, acceptance: number): number | null {
  const model = report.models.find((candidate) => candidate.key === key);
  return model ? costPerAcceptedChange(report.task, pricesOf(model), acceptance) : null;
}

const CHART_STEPS = 60;
const DEFAULT_CHART_FROM = 0.2;
const LOWEST_CHART_FROM = 0.05;

/**
 * Cost per accepted change against first-pass acceptance for each model, from
 * a left edge low enough to show every model's own point and every break-even
 * (but not so low that 1/a swamps the picture) up to 100%.
 */
export function reworkChart(report: ReworkReport): ReworkChart {
  const interesting = [
    ...report.models.map((model) => model.acceptance).filter((acceptance) => acceptance > 0),
    ...report.comparison.breakEven.flatMap((pair) => (pair.acceptance === null ? [] : [pair.acceptance])),
  ];
  const lowest = Math.min(DEFAULT_CHART_FROM, ...interesting);
  const fromAcceptance = Math.max(LOWEST_CHART_FROM, Math.floor(lowest * 20) / 20);
  const grid = acceptanceGrid(fromAcceptance, CHART_STEPS);
  const series = report.models.map((model) => {
    const prices = pricesOf(model);
    const currentCost = costPerAcceptedChange(report.task, prices, model.acceptance);
    return {
      key: model.key,
      label: model.label,
      points: costCurve(report.task, prices, grid),
      current:
        currentCost === null || model.acceptance < fromAcceptance
          ? null
          : { acceptance: model.acceptance, totalCost: currentCost },
    };
  });
  const breakEven = report.comparison.breakEven.flatMap((pair) =>
    pair.status === 'found' && pair.acceptance !== null && pair.targetCost !== null && pair.acceptance >= fromAcceptance
      ? [{ candidate: pair.candidate, target: pair.target, acceptance: pair.acceptance, totalCost: pair.targetCost }]
      : [],
  );
  const maxCost = Math.max(0, ...series.flatMap((line) => line.points.map((point) => point.totalCost)));
  return { fromAcceptance, maxCost, series, breakEven };
}
