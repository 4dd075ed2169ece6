/**
 * The Kafka cluster sizing calculator island. On the tool page it keeps the
 * inputs in the URL; embedded in a post it leaves the post's URL alone and
 * links to the full calculator with the current inputs instead.
 */
import { useMemo } from 'preact/hooks';
import { inputsAndResultsCsv, inputsAndResultsJson } from '../lib/inputs/exportResults';
import { constraintLabels, runSizing } from '../lib/kafka/sizing/sizeCluster';
import { sizingFields, sizingSpec } from '../lib/kafka/sizing/sizingFields';
import { clusterPresets, workloadPresets, type SizingPreset } from '../lib/kafka/sizing/sizingPresets';
import { money, num, percent } from './KafkaSizing/display';
import { ExplainPanel } from './KafkaSizing/ExplainPanel';
import { SizingCharts } from './KafkaSizing/SizingCharts';
import { ExportButtons } from './shared/ExportButtons';
import { SchemaForm } from './shared/SchemaForm';
import { UrlNotices } from './shared/UrlNotices';
import { useCalculatorInputs } from './shared/useCalculatorInputs';

export interface KafkaSizingProps {
  /** True on the tool page: inputs live in the URL. False when embedded in a post. */
  syncUrl: boolean;
  /** The tool page's URL (with the site's base path), for links and "open in the full calculator". */
  toolHref: string;
  /** Query string of starting inputs, e.g. "write-peak=180&fanout=3" (a post's worked example). */
  initialQuery?: string;
}

const collapsedGroups = ['Compression and messages', 'Caps', 'Custom figures and prices'];

function PresetButtons({ title, presets, onApply }: { title: string; presets: readonly SizingPreset[]; onApply: (preset: SizingPreset) => void }) {
  return (
    <div>
      <p class="text-sm font-semibold">{title}</p>
      <div class="mt-1 flex flex-wrap gap-2">
        {presets.map((preset) => (
          <button key={preset.id} type="button" class="rounded border border-border bg-surface px-2 py-1 text-sm hover:border-accent" onClick={() => onApply(preset)}>
            {preset.label}
          </button>
        ))}
      </div>
    </div>
  );
}

export default function KafkaSizing(props: KafkaSizingProps) {
  const inputs = useCalculatorInputs(sizingSpec, props.syncUrl, props.initialQuery);
  const { values } = inputs;
  const result = useMemo(() => runSizing(values), [values]);
  const errorCount = Object.keys(inputs.errors).length;
  const stale = errorCount > 0;
  const hrefWithInputs = `${props.toolHref}${inputs.query ? `?${inputs.query}` : ''}`;
  // Absolute only on click: there is no location during the server render.
  const linkWithInputs = () => new URL(hrefWithInputs, location.href).href;
  const perBrokerCost = result.cost.monthly.brokers / result.brokers;

  return (
    <div class="@container space-y-6 text-base">
      <UrlNotices notices={inputs.notices} onDismiss={inputs.dismissNotices} heading="Some link parameters were ignored:" look="warning" />
      <div class="space-y-3">
        <PresetButtons title="Workload presets" presets={workloadPresets} onApply={(preset) => inputs.applyValues(preset.raw)} />
        <PresetButtons title="Cluster presets" presets={clusterPresets} onApply={(preset) => inputs.applyValues(preset.raw)} />
      </div>
      {/* One column (narrow page or post): summary, form, details. Wide: form left, results right. */}
      <div class="grid items-start gap-6 @4xl:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <div
          class={`min-w-0 rounded-lg border p-4 @4xl:col-start-2 @4xl:row-start-1 ${stale ? 'border-warn bg-warn-soft' : 'border-border bg-surface'}`}
          aria-live="polite"
          data-testid="sizing-summary"
          data-stale={stale ? 'true' : 'false'}
        >
          {stale && (
            <p class="mb-2 font-semibold text-warn">
              Stale: showing the last valid result. Fix {errorCount === 1 ? 'the highlighted field' : `the ${errorCount} highlighted fields`} to recalculate.
            </p>
          )}
          <p class="text-sm text-muted">{result.mode === 'size' ? 'Recommended cluster' : 'Evaluated cluster'}</p>
          <p class="text-4xl font-bold">
            <span data-testid="sizing-brokers">{result.brokers}</span> brokers
            <span class="text-lg font-normal text-muted"> of {result.brokerType.id}</span>
          </p>
          <p class="mt-1" data-testid="sizing-reason">
            {result.mode === 'size' ? result.bindingReason : `Sizing alone would recommend ${result.recommendedBrokers}. ${result.bindingReason}`}
          </p>
          <p class="mt-2 text-lg">
            <span class="font-semibold" data-testid="sizing-total">{money(result.cost.monthly.total)}</span> per month
            <span class="text-sm text-muted">
              {' '}
              ({money(perBrokerCost)} per broker; cross-zone {percent(result.cost.share.crossAz)} of the total, billed as{' '}
              <span data-testid="sizing-billing">{result.crossAz.billing === 'msk' ? 'Amazon MSK' : 'self-managed'}</span> from the {result.crossAz.billingFrom})
            </span>
          </p>
          {!values['fetch-from-follower'] && result.crossAz.withFetchFromFollower.monthlyCost < result.crossAz.monthlyCost && (
            <p class="mt-1 text-sm">
              Fetch from follower would cut cross-zone transfer to {money(result.crossAz.withFetchFromFollower.monthlyCost)} per month.
            </p>
          )}
          <p class="mt-1 text-sm text-muted">
            Largest peak write within the caps: {num(result.maxWritePeakMBps)} MB/s
            {result.maxWritePeakResource !== null && ` (set by ${constraintLabels[result.maxWritePeakResource].toLowerCase()})`}. Disk per broker: {num(result.storage.provisionedPerBrokerGB)} GB.
            Units: MB = 10⁶ bytes, GB = 10⁹ bytes, a month = {result.units.month}.
          </p>
        </div>
        <form
          class="min-w-0 @4xl:col-start-1 @4xl:row-span-2 @4xl:row-start-1"
          aria-label="Workload and cluster inputs"
          onSubmit={(event) => event.preventDefault()}
          noValidate
        >
          <SchemaForm fields={sizingFields} raw={inputs.raw} errors={inputs.errors} onChange={inputs.setField} collapsedGroups={collapsedGroups} />
        </form>
        <section class="min-w-0 space-y-6 @4xl:col-start-2" aria-label="Result details">
          {result.warnings.length > 0 && (
            <div class="rounded border border-border p-3">
              <h2 class="text-base font-semibold">Warnings</h2>
              <ul class="mt-1 list-disc space-y-1 pl-5">
                {result.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </div>
          )}
          <SizingCharts result={result} />
          <ExplainPanel result={result} />
          <details class="rounded border border-border p-3">
            <summary class="cursor-pointer font-semibold">Assumptions</summary>
            <ul class="mt-2 list-disc space-y-1 pl-5 text-sm">
              {result.assumptions.map((assumption) => (
                <li key={assumption}>{assumption}</li>
              ))}
            </ul>
          </details>
          <ExportButtons
            link={linkWithInputs}
            json={() => inputsAndResultsJson(values, result)}
            csv={() => inputsAndResultsCsv(sizingSpec, values, result)}
            fileBase="kafka-sizing"
          />
          {!props.syncUrl && (
            <p>
              <a href={hrefWithInputs} class="font-semibold">
                Open in the full calculator →
              </a>
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
