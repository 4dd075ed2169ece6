/**
 * The AI rework cost calculator island: a thin view over src/lib/ai. Inputs,
 * validation, URL state and exports come from the shared calculator pieces;
 * this file arranges them around the rework results, chart and explain panel.
 */
import { useMemo } from 'preact/hooks';
import { formatDollars } from '../lib/calculators/format';
import { reworkFields, reworkSpec } from '../lib/ai/reworkFields';
import { reworkPresets, type ReworkPreset } from '../lib/ai/reworkPresets';
import { calculateReworkCost, reworkChart, type ReworkReport } from '../lib/ai/reworkReport';
import { formatFieldValue } from '../lib/inputs/fieldSpec';
import { inputsAndResultsCsv, inputsAndResultsJson } from '../lib/inputs/exportResults';
import { ReworkCostChart } from './AiReworkCost/ReworkCostChart';
import { ReworkExplain } from './AiReworkCost/ReworkExplain';
import { ReworkResults } from './AiReworkCost/ReworkResults';
import { ExportButtons } from './shared/ExportButtons';
import { SchemaForm } from './shared/SchemaForm';
import { UrlNotices } from './shared/UrlNotices';
import { useCalculatorInputs } from './shared/useCalculatorInputs';

export interface AiReworkCostProps {
  /** Keep the inputs in the page URL: true on the tool page, false when embedded in a post. */
  syncUrl?: boolean;
  /** URL of the tool page, with the site's base path: the share link and "open in the full calculator" point there. */
  toolHref: string;
  /** Query string of starting inputs (a post's worked example), e.g. "m1-accept=0.6". */
  initialQuery?: string;
}

function presetRaw(preset: ReworkPreset): Record<string, string> {
  return Object.fromEntries(Object.entries(preset.values).map(([name, value]) => [name, formatFieldValue(value)]));
}

function isActive(preset: ReworkPreset, raw: Readonly<Record<string, string>>): boolean {
  return Object.entries(presetRaw(preset)).every(([name, value]) => raw[name]?.trim() === value);
}

function headline(report: ReworkReport): string {
  const parts = report.comparison.models.map((model) =>
    model.perAcceptedChange
      ? `${model.label} ${formatDollars(model.perAcceptedChange.totalCost)}`
      : `${model.label}: no accepted change`,
  );
  return `Cost per accepted change, rework included: ${parts.join(' · ')}`;
}

/** The prices used and the numbers, without the formula strings, for the CSV's one-value-per-row layout. */
function csvResult(report: ReworkReport) {
  return {
    units: report.units,
    prices: report.models,
    models: report.comparison.models.map(({ formulas: _formulas, ...model }) => model),
    breakEven: report.comparison.breakEven.map(({ formula: _formula, ...pair }) => pair),
    warnings: report.warnings,
  };
}

export default function AiReworkCost({ syncUrl = false, toolHref, initialQuery }: AiReworkCostProps) {
  const inputs = useCalculatorInputs(reworkSpec, syncUrl, initialQuery);
  const stale = Object.keys(inputs.errors).length > 0;
  const report = useMemo(() => calculateReworkCost(inputs.values), [inputs.values]);
  const chart = useMemo(() => reworkChart(report), [report]);
  const toolLink = `${toolHref}${inputs.query ? `?${inputs.query}` : ''}`;
  // Absolute only when copied: `location` exists in the browser, not while the island is server-rendered.
  const absoluteToolLink = () => new URL(toolLink, location.href).href;

  return (
    <div class="@container space-y-6 rounded-lg border border-border bg-bg p-4 text-fg">
      <p class="text-lg font-semibold" aria-live="polite" data-testid="ai-rework-headline">
        {headline(report)}
        {stale && <span class="block text-sm font-normal text-warn">Showing the last valid inputs: fix the marked field.</span>}
      </p>

      <UrlNotices notices={inputs.notices} onDismiss={inputs.dismissNotices} look="compact" />

      {/* Side by side where the container is wide (the tool page), stacked in a post's column. */}
      <div class="grid grid-cols-[minmax(0,1fr)] gap-6 @4xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div class="space-y-4">
          <fieldset class="min-w-0 rounded border border-border p-3">
            <legend class="px-1 font-semibold">Working style</legend>
            <p class="text-sm text-muted">
              Presets set how the task runs, not the models: they describe ways of working, not measurements of any vendor's model.
            </p>
            <div class="mt-2 flex flex-wrap gap-2">
              {reworkPresets.map((preset) => (
                <button
                  key={preset.id}
                  type="button"
                  class="rounded border border-border bg-surface px-3 py-1.5 text-left text-sm font-medium hover:border-accent aria-pressed:border-accent aria-pressed:text-accent"
                  aria-pressed={isActive(preset, inputs.raw)}
                  aria-describedby={`ai-rework-preset-${preset.id}`}
                  onClick={() => inputs.applyValues(presetRaw(preset))}
                >
                  {preset.name}
                </button>
              ))}
            </div>
            <ul class="mt-2 space-y-1 text-xs text-muted">
              {reworkPresets.map((preset) => (
                <li key={preset.id} id={`ai-rework-preset-${preset.id}`}>
                  <strong class="text-fg">{preset.name}:</strong> {preset.description}
                </li>
              ))}
            </ul>
          </fieldset>

          <SchemaForm
            fields={reworkFields}
            raw={inputs.raw}
            errors={inputs.errors}
            onChange={inputs.setField}
            collapsedGroups={['Model 1 prices', 'Model 2 prices', 'Model 3 (optional)', 'Model 3 prices']}
          />
        </div>
        <div class="space-y-6">
          <ReworkResults report={report} stale={stale} />

          <section aria-label="Chart of cost per accepted change" data-testid="ai-rework-chart">
            <h3 class="text-lg font-semibold">
              Cost per accepted change by first-pass acceptance
            </h3>
            <ReworkCostChart chart={chart} report={report} />
          </section>

          <ReworkExplain report={report} />

          <div class="flex flex-wrap items-start justify-between gap-4">
            <ExportButtons
              link={absoluteToolLink}
              json={() => inputsAndResultsJson(inputs.values, report)}
              csv={() => inputsAndResultsCsv(reworkSpec, inputs.values, csvResult(report))}
              fileBase="ai-rework-cost"
            />
            {!syncUrl && (
              <a href={toolLink} class="font-semibold underline">
                Open in the full calculator →
              </a>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
