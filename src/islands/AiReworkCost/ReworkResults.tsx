/** The headline numbers per model side by side, the break-even sentences, and what a status means. */
import { formatDollars, formatPercent, formatQuantity } from '../../lib/calculators/format';
import type { ModelCostResult } from '../../lib/ai/reworkModel';
import type { ReworkReport } from '../../lib/ai/reworkReport';

interface Row {
  label: string;
  value: (model: ModelCostResult) => string;
  strong?: boolean;
}

const DASH = '—';

const rows: Row[] = [
  {
    label: 'Cost per accepted change',
    value: (model) => (model.perAcceptedChange ? formatDollars(model.perAcceptedChange.totalCost) : DASH),
    strong: true,
  },
  { label: '… of which model', value: (model) => (model.perAcceptedChange ? formatDollars(model.perAcceptedChange.modelCost) : DASH) },
  { label: '… of which people', value: (model) => (model.perAcceptedChange ? formatDollars(model.perAcceptedChange.humanCost) : DASH) },
  { label: 'Share that is rework', value: (model) => (model.perAcceptedChange ? formatPercent(model.perAcceptedChange.reworkShare) : DASH) },
  { label: 'Turns per accepted change', value: (model) => (model.perAcceptedChange ? formatQuantity(model.perAcceptedChange.turns) : DASH) },
  { label: 'Tokens per accepted change', value: (model) => (model.perAcceptedChange ? formatQuantity(Math.round(model.perAcceptedChange.tokens)) : DASH) },
  { label: 'Attempts per task', value: (model) => (model.perTask ? formatQuantity(model.perTask.attempts) : DASH) },
  { label: 'Tasks that end accepted', value: (model) => (model.perTask ? formatPercent(model.perTask.acceptedShare) : DASH) },
  { label: 'Cost of one turn', value: (model) => formatDollars(model.costPerTurn) },
  { label: 'Monthly cost', value: (model) => (model.monthly ? formatDollars(model.monthly.totalCost) : DASH), strong: true },
  { label: 'Accepted changes per month', value: (model) => (model.monthly ? formatQuantity(model.monthly.acceptedChanges) : DASH) },
];

export function ReworkResults({ report, stale }: { report: ReworkReport; stale: boolean }) {
  const models = report.comparison.models;
  const notes = models.filter((model) => model.message !== null);
  const breakEven = report.comparison.breakEven;
  return (
    <section aria-label="Results" class={stale ? 'opacity-60' : undefined}>
      <h3 class="text-lg font-semibold">
        Results{' '}
        {stale && <span class="rounded bg-warn-soft px-2 py-0.5 text-sm font-normal text-warn">stale: fix the marked input</span>}
      </h3>
      <div class="mt-2 overflow-x-auto">
        <table class="min-w-full border-collapse text-left text-sm">
          <caption class="sr-only">Cost per accepted change and per month for each model compared</caption>
          <thead>
            <tr class="border-b border-border">
              <th scope="col" class="py-1.5 pr-4">Per model</th>
              {models.map((model) => (
                <th key={model.key} scope="col" class="py-1.5 pr-4 text-right">
                  {model.label}
                  <span class="block font-normal text-muted">{formatPercent(model.acceptance)} first pass</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr class="border-b border-border">
              <th scope="row" class="py-1.5 pr-4 font-normal">
                Prices in use, $/M tokens
                <span class="block text-xs text-muted">input / output / cache write / cache read</span>
              </th>
              {report.models.map((model) => (
                <td key={model.key} class="py-1.5 pr-4 text-right tabular-nums">
                  {[model.prices.inputPerMTok, model.prices.outputPerMTok, model.prices.cacheWritePerMTok, model.prices.cacheReadPerMTok]
                    .map((price) => formatQuantity(price.perMTok))
                    .join(' / ')}
                </td>
              ))}
            </tr>
            {rows.map((row) => (
              <tr key={row.label} class="border-b border-border">
                <th scope="row" class={`py-1.5 pr-4 ${row.strong ? 'font-semibold' : 'font-normal'}`}>
                  {row.label}
                </th>
                {models.map((model) => (
                  <td key={model.key} class={`py-1.5 pr-4 text-right tabular-nums ${row.strong ? 'font-semibold' : ''}`}>
                    {row.value(model)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {notes.map((model) => (
        <p key={model.key} class="mt-2 rounded border border-border bg-warn-soft p-2 text-sm text-fg">
          <strong>{model.label}:</strong> {model.message}
        </p>
      ))}
      {report.warnings.length > 0 && (
        <ul class="mt-3 space-y-1 text-sm" aria-label="Warnings">
          {report.warnings.map((warning) => (
            <li key={warning} class="rounded border border-border bg-warn-soft p-2 text-fg">
              {warning}
            </li>
          ))}
        </ul>
      )}
      {breakEven.length > 0 && (
        <>
          <h4 class="mt-4 font-semibold">Break-even first-pass acceptance</h4>
          <ul class="mt-1 list-disc space-y-1 pl-5 text-sm">
            {breakEven.map((pair) => (
              <li key={`${pair.candidate}-${pair.target}`}>{pair.message}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
