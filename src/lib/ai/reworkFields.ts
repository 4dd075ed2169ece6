/**
 * The AI rework cost calculator's inputs, in the shared field-spec format: one
 * definition drives the form, the URL query, validation and the exports.
 *
 * Shares are entered as percentages and prices in US dollars per million
 * tokens. A model's four price fields are optional: left empty they take the
 * price catalog's figure for the chosen model, so a shared link only carries
 * the prices the reader changed.
 */
import type { CalculatorSpec, DefaultSource, FieldError, FieldValues } from '../inputs/fieldSpec';
import { catalogModelById, priceCatalog, type CatalogModel } from './priceCatalog';
import { MIN_NONZERO_RATE, type ModelPrices, type ModelScenario, type TaskProfile } from './reworkModel';

const POST_EXAMPLE = {
  label: "The worked example in the post 'AI-assisted development is a game of model tendencies'",
  url: '/posts/ai-assisted-development-model-tendencies/',
};
const ASSUMPTION = { label: 'Illustrative assumption, not a measurement: replace it with your own figure' };
const CATALOG = { label: 'Price catalog (src/lib/ai/priceCatalog.ts): each figure with its vendor page and read date' };

const catalogOptions = priceCatalog.map((model) => ({ value: model.id, label: model.name, group: model.vendor }));
const modelOptions = [...catalogOptions, { value: 'custom', label: 'Custom (enter every price)', group: 'Other' }] as const;
const optionalModelOptions = [{ value: 'none', label: 'None' }, ...modelOptions] as const;

const PRICE_MAX = 1_000;
const MIN_NONZERO_PERCENT = (MIN_NONZERO_RATE * 100).toPrecision(1);

function priceFields<Slot extends 'm1' | 'm2' | 'm3'>(slot: Slot, group: string) {
  const price = (suffix: string, what: string) => ({
    name: `${slot}-${suffix}-price` as const,
    kind: 'number' as const,
    label: `${what} price`,
    unit: '$/M tokens',
    min: 0,
    max: PRICE_MAX,
    optional: true as const,
    help: `${what} price per million tokens. Leave empty to use the catalog price of the chosen model.`,
    group,
    source: CATALOG,
  });
  return [
    price('input', 'Input'),
    price('output', 'Output'),
    price('cache-write', 'Cache-write'),
    price('cache-read', 'Cache-read'),
  ] as const;
}

const TRADE_OFF: DefaultSource = { label: 'A cheaper and a dearer model from one vendor show the rework trade-off' };

function modelField<Slot extends 'm1' | 'm2' | 'm3', Options extends readonly { readonly value: string }[]>(
  slot: Slot,
  group: string,
  options: Options,
  fallback: Options[number]['value'],
  help: string,
  source: DefaultSource,
) {
  return { name: slot, kind: 'enum' as const, label: 'Model', options, default: fallback, help, group, source };
}

function acceptField<Slot extends 'm1' | 'm2' | 'm3'>(slot: Slot, group: string, fallback: number, source: DefaultSource) {
  return {
    name: `${slot}-accept` as const,
    kind: 'number' as const,
    label: 'First-pass acceptance',
    unit: '%',
    min: 0,
    max: 100,
    default: fallback,
    help: 'Share of attempts a reviewer accepts; the model assumes reworked attempts are accepted as often.',
    group,
    source,
  };
}

export const reworkFields = [
  modelField('m1', 'Model 1', modelOptions, 'claude-sonnet-5-5', 'The first model to compare.', TRADE_OFF),
  acceptField('m1', 'Model 1', 50, POST_EXAMPLE),
  ...priceFields('m1', 'Model 1 prices'),
  modelField('m2', 'Model 2', modelOptions, 'claude-opus-4-7', 'The second model to compare.', TRADE_OFF),
  acceptField('m2', 'Model 2', 80, POST_EXAMPLE),
  ...priceFields('m2', 'Model 2 prices'),
  modelField('m3', 'Model 3 (optional)', optionalModelOptions, 'none', 'An optional third model.', { label: 'Two models by default' }),
  acceptField('m3', 'Model 3 (optional)', 65, ASSUMPTION),
  ...priceFields('m3', 'Model 3 prices'),
  {
    name: 'input-tokens',
    kind: 'integer',
    label: 'Input tokens per turn',
    unit: 'tokens',
    min: 0,
    max: 10_000_000,
    default: 50_000,
    help: 'Tokens the agent sends on each turn: instructions, conversation so far, file contents, tool output.',
    group: 'Each agent turn',
    source: POST_EXAMPLE,
  },
  {
    name: 'output-tokens',
    kind: 'integer',
    label: 'Output tokens per turn',
    unit: 'tokens',
    min: 0,
    max: 1_000_000,
    default: 1_500,
    help: 'Tokens the model writes on each turn, thinking included.',
    group: 'Each agent turn',
    source: POST_EXAMPLE,
  },
  {
    name: 'cache-read',
    kind: 'number',
    label: 'Input read from the prompt cache',
    unit: '%',
    min: 0,
    max: 100,
    default: 70,
    help: 'Share of the input served from the prompt cache, billed at the cache-read price.',
    group: 'Each agent turn',
    source: POST_EXAMPLE,
  },
  {
    name: 'cache-write',
    kind: 'number',
    label: 'Input written to the prompt cache',
    unit: '%',
    min: 0,
    max: 100,
    default: 0,
    help: 'Share of the input written to the cache, billed at the cache-write price. The rest is ordinary input.',
    group: 'Each agent turn',
    source: POST_EXAMPLE,
  },
  {
    name: 'turns',
    kind: 'integer',
    label: 'Turns per attempt',
    unit: 'turns',
    min: 1,
    max: 10_000,
    default: 12,
    help: 'Agent turns from the prompt to a change ready for review.',
    group: 'Each task',
    source: POST_EXAMPLE,
  },
  {
    name: 'rework-turns',
    kind: 'integer',
    label: 'Extra turns per rejected attempt',
    unit: 'turns',
    min: 0,
    max: 10_000,
    default: 12,
    help: 'Turns a rejected attempt costs before the next review: the rework round.',
    group: 'Each task',
    source: POST_EXAMPLE,
  },
  {
    name: 'abandon',
    kind: 'number',
    label: 'Rejected attempts abandoned',
    unit: '%',
    min: 0,
    max: 100,
    default: 0,
    help: 'Share of rejected attempts after which the task is dropped instead of reworked.',
    group: 'Each task',
    source: POST_EXAMPLE,
  },
  {
    name: 'spec-minutes',
    kind: 'number',
    label: 'Minutes to specify a task',
    unit: 'min',
    min: 0,
    max: 10_000,
    default: 10,
    help: 'Human time to write the prompt or task, once per task.',
    group: 'People',
    source: POST_EXAMPLE,
  },
  {
    name: 'review-minutes',
    kind: 'number',
    label: 'Minutes to review an attempt',
    unit: 'min',
    min: 0,
    max: 10_000,
    default: 15,
    help: 'Human time to review one attempt, accepted or not.',
    group: 'People',
    source: POST_EXAMPLE,
  },
  {
    name: 'hourly-cost',
    kind: 'number',
    label: 'Human cost per hour',
    unit: '$/h',
    min: 0,
    max: 10_000,
    default: 100,
    help: 'Loaded cost of an engineering hour: salary plus overhead.',
    group: 'People',
    source: POST_EXAMPLE,
  },
  {
    name: 'tasks-month',
    kind: 'integer',
    label: 'Tasks started per month',
    unit: 'tasks',
    min: 0,
    max: 10_000_000,
    default: 100,
    help: 'Tasks handed to the agent each month, for the monthly cost.',
    group: 'Volume',
    source: ASSUMPTION,
  },
] as const;

export type ReworkValues = FieldValues<typeof reworkFields>;
type ModelSlot = 'm1' | 'm2' | 'm3';
const modelSlots: readonly ModelSlot[] = ['m1', 'm2', 'm3'];

const priceParts = [
  { suffix: 'input', key: 'inputPerMTok', catalogKey: 'input', what: 'input' },
  { suffix: 'output', key: 'outputPerMTok', catalogKey: 'output', what: 'output' },
  { suffix: 'cache-write', key: 'cacheWritePerMTok', catalogKey: 'cacheWrite', what: 'cache-write' },
  { suffix: 'cache-read', key: 'cacheReadPerMTok', catalogKey: 'cacheRead', what: 'cache-read' },
] as const;

function slotNumber(slot: ModelSlot): string {
  return slot.slice(1);
}

function priceValue(values: ReworkValues, slot: ModelSlot, suffix: (typeof priceParts)[number]['suffix']): number | undefined {
  const byName = values as Record<string, unknown>;
  const value = byName[`${slot}-${suffix}-price`];
  return typeof value === 'number' ? value : undefined;
}

/** The catalog entry chosen for a slot, or undefined for custom / none. */
function chosenCatalogModel(values: ReworkValues, slot: ModelSlot): CatalogModel | undefined {
  return catalogModelById(values[slot]);
}

/** A model slot's effective prices: typed-in figures first, the catalog's otherwise; null where neither exists. */
export function effectivePrices(values: ReworkValues, slot: ModelSlot): Record<keyof ModelPrices, number | null> {
  const catalog = chosenCatalogModel(values, slot);
  const prices = {} as Record<keyof ModelPrices, number | null>;
  for (const part of priceParts) {
    prices[part.key] = priceValue(values, slot, part.suffix) ?? catalog?.[part.catalogKey].perMTok ?? null;
  }
  return prices;
}

function activeSlots(values: ReworkValues): ModelSlot[] {
  return modelSlots.filter((slot) => values[slot] !== 'none');
}

function modelLabel(values: ReworkValues, slot: ModelSlot): string {
  const catalog = chosenCatalogModel(values, slot);
  return catalog ? catalog.name : `Custom model ${slotNumber(slot)}`;
}

/** Rules that span fields: cache shares, prices with no figure, acceptance too small to compute. */
function reworkCrossChecks(values: ReworkValues): FieldError[] {
  const errors: FieldError[] = [];
  if (values['cache-read'] + values['cache-write'] > 100) {
    errors.push({
      field: 'cache-write',
      message: `Input read from (${values['cache-read']}%) and written to (${values['cache-write']}%) the cache cannot add up to more than 100%`,
    });
  }
  const abandon = values.abandon / 100;
  if (abandon > 0 && abandon < MIN_NONZERO_RATE) {
    errors.push({ field: 'abandon', message: `Rejected attempts abandoned must be 0% or at least ${MIN_NONZERO_PERCENT}%` });
  }
  for (const slot of activeSlots(values)) {
    const acceptance = values[`${slot}-accept`] / 100;
    if (acceptance > 0 && acceptance < MIN_NONZERO_RATE) {
      errors.push({
        field: `${slot}-accept`,
        message: `Model ${slotNumber(slot)} first-pass acceptance must be 0% or at least ${MIN_NONZERO_PERCENT}%`,
      });
    }
    const catalog = chosenCatalogModel(values, slot);
    const prices = effectivePrices(values, slot);
    for (const part of priceParts) {
      if (prices[part.key] !== null) continue;
      const why = catalog
        ? `${catalog.name} has no public ${part.what} price (${catalog[part.catalogKey].note ?? 'see the catalog'})`
        : `model ${slotNumber(slot)} is custom`;
      errors.push({ field: `${slot}-${part.suffix}-price`, message: `Enter a ${part.what} price: ${why}` });
    }
  }
  return errors;
}

export const reworkSpec: CalculatorSpec<typeof reworkFields> = {
  fields: reworkFields,
  crossChecks: reworkCrossChecks,
};

/** The task profile in the model's units (shares as fractions). */
export function taskProfileFrom(values: ReworkValues): TaskProfile {
  return {
    inputTokensPerTurn: values['input-tokens'],
    outputTokensPerTurn: values['output-tokens'],
    turnsPerAttempt: values.turns,
    cacheReadShare: values['cache-read'] / 100,
    cacheWriteShare: values['cache-write'] / 100,
    reworkTurnsPerRejection: values['rework-turns'],
    abandonShare: values.abandon / 100,
    specifyMinutes: values['spec-minutes'],
    reviewMinutes: values['review-minutes'],
    humanHourlyCost: values['hourly-cost'],
    tasksPerMonth: values['tasks-month'],
  };
}

/**
 * The models to compare, in the model's units. Meant for values that passed
 * `reworkSpec` validation, which refuses a price with no figure; anything else
 * gets the same message here rather than a silent zero.
 */
export function modelScenariosFrom(values: ReworkValues): ModelScenario[] {
  return activeSlots(values).map((slot) => {
    const prices = effectivePrices(values, slot);
    const required = (key: keyof ModelPrices): number => {
      const value = prices[key];
      if (value !== null) return value;
      const part = priceParts.find((candidate) => candidate.key === key);
      throw new RangeError(`Enter a ${part?.what ?? key} price for model ${slotNumber(slot)} (${slot}-${part?.suffix ?? key}-price)`);
    };
    return {
      key: slot,
      label: modelLabel(values, slot),
      prices: {
        inputPerMTok: required('inputPerMTok'),
        outputPerMTok: required('outputPerMTok'),
        cacheWritePerMTok: required('cacheWritePerMTok'),
        cacheReadPerMTok: required('cacheReadPerMTok'),
      },
      acceptance: values[`${slot}-accept`] / 100,
    };
  });
}
