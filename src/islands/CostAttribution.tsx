/**
 * The Kafka cost attribution calculator: paste a bill and what the cluster tools print, map topics
 * to teams, pick policies, and get per-team and per-topic lines that add up to the bill exactly.
 * A thin view over src/lib/kafka: parsing and allocation run in a Web Worker (see
 * CostAttribution/attributionSession), so the page stays responsive with 50,000 topics.
 * Nothing leaves the browser; each input is kept in IndexedDB (CostAttribution/storedScenario) until the reader forgets it.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { parseScenario, serializeScenario, SOURCE_SLOTS, type Scenario, type SlotKey, type SourceKind } from '../lib/kafka/attribution/scenarioFile';
import { AttributionClient } from './CostAttribution/attributionClient';
import type { AttributionView } from './CostAttribution/attributionSession';
import { formatMoney } from './CostAttribution/formatMoney';
import { PolicyPanel } from './CostAttribution/PolicyPanel';
import { ResultsView } from './CostAttribution/ResultsView';
import { RulesEditor } from './CostAttribution/RulesEditor';
import { SourceField, type SourceStatus } from './CostAttribution/SourceField';
import { StorageNotices } from './CostAttribution/StorageNotices';
import { useStoredScenario } from './CostAttribution/storedScenario';
import { downloadFile } from './shared/downloadFile';

const PARSE_DELAY_MS = 250;
const ALLOCATE_DELAY_MS = 100;

type SlotId = 'bill' | SlotKey;

interface SlotResult {
  status: SourceStatus;
  warnings: string[];
  /** Bumped on every successful parse, so the allocation reruns when an input's content changes. */
  generation: number;
}

const EMPTY_SLOT: SlotResult = { status: { state: 'empty' }, warnings: [], generation: 0 };

/** Every input's text, bill first, in the order the worker should parse them; absent inputs are left out. */
function slotTexts(scenario: Scenario): [SlotId, SourceKind, string][] {
  const texts: [SlotId, SourceKind, string | undefined][] = [
    ['bill', 'bill', scenario.bill],
    ...SOURCE_SLOTS.map((slot): [SlotId, SourceKind, string | undefined] => [slot.key, slot.kind, scenario.sources[slot.key]]),
  ];
  return texts.filter((entry): entry is [SlotId, SourceKind, string] => entry[2] !== undefined);
}

type Allocation = { state: 'idle' } | { state: 'working'; previous?: AttributionView } | { state: 'done'; view: AttributionView } | { state: 'error'; message: string; ruleLine?: number | undefined };

export default function CostAttribution({ embedded = false }: { embedded?: boolean }) {
  const id = useId();
  const [scenario, setScenario] = useState<Scenario | undefined>();
  const [slots, setSlots] = useState<Partial<Record<SlotId, SlotResult>>>({});
  const [allocation, setAllocation] = useState<Allocation>({ state: 'idle' });
  const [notice, setNotice] = useState('');
  const client = useRef<AttributionClient>();
  const versions = useRef<Partial<Record<SlotId, number>>>({});
  const allocationVersion = useRef(0);
  const parsedTexts = useRef<Partial<Record<SlotId, string>>>({});

  useEffect(() => {
    client.current = new AttributionClient();
    return () => client.current?.close();
  }, []);

  const loadExample = async () => {
    const { exampleScenario } = await import('./CostAttribution/exampleScenario');
    setScenario(exampleScenario);
    setNotice('Loaded the example: a self-managed three-zone cluster. Replace any input with your own.');
  };
  const storage = useStoredScenario(scenario, setScenario, { onNotice: setNotice, onNothingStored: () => void loadExample() });

  const setSlot = (slot: SlotId, change: (current: SlotResult) => SlotResult) => setSlots((all) => ({ ...all, [slot]: change(all[slot] ?? EMPTY_SLOT) }));

  const parseSlot = (slot: SlotId, kind: SourceKind, text: string) => {
    const version = (versions.current[slot] ?? 0) + 1;
    versions.current[slot] = version;
    const current = () => versions.current[slot] === version;
    if (text.trim() === '') {
      void client.current!.send({ type: 'forget', slot });
      setSlot(slot, (old) => ({ ...EMPTY_SLOT, generation: old.generation + 1 }));
      return;
    }
    setSlot(slot, (old) => ({ ...old, status: { state: 'parsing', progress: 0 } }));
    void client.current!
      .send({ type: 'parse', slot, kind, text }, (fraction) => {
        if (current()) setSlot(slot, (old) => ({ ...old, status: { state: 'parsing', progress: fraction } }));
      })
      .then((response) => {
        if (!current()) return;
        if (response.type === 'parsed') {
          setSlot(slot, (old) => ({
            status: { state: 'ok', formatName: response.formatName, summary: response.summary, warnings: response.warnings },
            warnings: response.warnings,
            generation: old.generation + 1,
          }));
        } else if (response.type === 'error') {
          setSlot(slot, (old) => ({ status: { state: 'error', message: response.message }, warnings: [], generation: old.generation + 1 }));
        }
      });
  };

  // The effects below read the latest parser and usage list through refs, so they rerun only when an input changes.
  const parseSlotRef = useRef(parseSlot);
  parseSlotRef.current = parseSlot;
  useEffect(() => {
    if (!scenario) return;
    // Only inputs whose text differs from what was last sent are parsed again.
    const timers = slotTexts(scenario)
      .filter(([slot, , text]) => parsedTexts.current[slot] !== text)
      .map(([slot, kind, text]) =>
        setTimeout(() => {
          parsedTexts.current[slot] = text;
          parseSlotRef.current(slot, kind, text);
        }, PARSE_DELAY_MS),
      );
    return () => timers.forEach(clearTimeout);
  }, [scenario]);

  const billReady = slots.bill?.status.state === 'ok';
  const usageSlots = SOURCE_SLOTS.filter((slot) => slots[slot.key]?.status.state === 'ok').map((slot) => ({ slot: slot.key, label: slot.label }));
  const usageKey = usageSlots.map((slot) => slot.slot).join(',');
  const usageSlotsRef = useRef(usageSlots);
  usageSlotsRef.current = usageSlots;
  const generations = (['bill', ...SOURCE_SLOTS.map((slot) => slot.key)] as SlotId[]).map((slot) => slots[slot]?.generation ?? 0).join(',');
  const rules = scenario?.rules;
  const policies = scenario?.policies;
  const brokenKey = SOURCE_SLOTS.filter((slot) => slots[slot.key]?.status.state === 'error').map((slot) => slot.key).join(',');
  useEffect(() => {
    if (rules === undefined || policies === undefined || !billReady) {
      setAllocation({ state: 'idle' });
      return;
    }
    // A usage input that cannot be read keeps the last result (marked stale), never one that leaves it out.
    if (brokenKey !== '') {
      allocationVersion.current++;
      setAllocation((old) => (old.state !== 'working' ? old : old.previous ? { state: 'done', view: old.previous } : { state: 'idle' }));
      return;
    }
    const version = ++allocationVersion.current;
    setAllocation((old) => ({ state: 'working', ...(old.state === 'done' ? { previous: old.view } : old.state === 'working' && old.previous ? { previous: old.previous } : {}) }));
    const timer = setTimeout(() => {
      void client.current!.send({ type: 'allocate', billSlot: 'bill', usageSlots: usageSlotsRef.current, rules, policies }).then((response) => {
        if (version !== allocationVersion.current) return;
        if (response.type === 'allocated') setAllocation({ state: 'done', view: response.view });
        else if (response.type === 'error') setAllocation({ state: 'error', message: response.message, ruleLine: response.ruleLine });
      });
    }, ALLOCATE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [generations, billReady, usageKey, brokenKey, rules, policies]);

  if (!scenario) {
    return <p class="text-muted">Loading the calculator…</p>;
  }

  const update = (change: Partial<Scenario>) => setScenario({ ...scenario, ...change });
  const setSource = (key: SlotKey, text: string) => update({ sources: { ...scenario.sources, [key]: text } });
  const brokenSlots = SOURCE_SLOTS.filter((slot) => slots[slot.key]?.status.state === 'error');
  const view = allocation.state === 'done' ? allocation.view : allocation.state === 'working' ? allocation.previous : undefined;
  const parseWarnings = (['bill', ...SOURCE_SLOTS.map((slot) => slot.key)] as SlotId[]).flatMap((slot) => slots[slot]?.warnings ?? []);
  const exportFile = async (format: 'csv' | 'json') => {
    const response = await client.current!.send({ type: 'export', format, extraWarnings: parseWarnings });
    if (response.type !== 'export') return;
    if (format === 'csv') downloadFile('kafka-cost-lines.csv', response.text, 'text/csv');
    else downloadFile('kafka-cost-attribution.json', response.text, 'application/json');
  };
  const loadLines = async (object: string) => {
    const response = await client.current!.send({ type: 'lines', object });
    return response.type === 'lines' ? response.lines : [];
  };

  const forget = () => {
    versions.current = {};
    setSlots({});
    storage.forget();
  };

  const loadScenarioFile = (file: File | undefined) => {
    if (!file) return;
    void file.text().then((text) => {
      const loaded = parseScenario(text);
      if ('error' in loaded) {
        setNotice(`${file.name}: ${loaded.error}`);
        return;
      }
      setScenario(loaded);
      setNotice(`Loaded the scenario from ${file.name}.`);
    });
  };

  const H = embedded ? 'h3' : 'h2';
  const [firstSlot, ...moreSlots] = SOURCE_SLOTS;
  return (
    <div class="rounded-lg border border-border bg-bg p-4 text-fg">
      <div class="flex flex-wrap gap-2 text-sm">
        <button type="button" class="rounded border border-border px-3 py-1" onClick={() => void loadExample()}>
          Load the example
        </button>
        <button type="button" class="rounded border border-border px-3 py-1" onClick={() => downloadFile('kafka-cost-scenario.json', serializeScenario(scenario), 'application/json')}>
          Save scenario to a file
        </button>
        <label class="cursor-pointer rounded border border-border px-3 py-1 focus-within:outline focus-within:outline-2">
          Load a scenario file
          <input type="file" accept=".json,application/json" class="sr-only" onChange={(event) => loadScenarioFile(event.currentTarget.files?.[0])} />
        </label>
        <button type="button" class="rounded border border-border px-3 py-1 text-danger" onClick={forget}>
          Forget my data
        </button>
      </div>
      <p class="mt-2 text-sm text-muted">Everything stays in this browser: nothing you paste is uploaded. Each input is kept in this browser’s storage so a reload keeps it, and other open tabs of this page see your changes.</p>
      <p role="status" class="mt-1 text-sm">
        {notice}
      </p>
      <StorageNotices storage={storage} />

      <H class="mt-4 text-xl font-semibold">1. The bill</H>
      <SourceField
        id={`${id}-bill`}
        label="Bill for the period"
        hint="A bill CSV (pool,amount[,capacity]; pools: compute, ingress, egress, local-storage, tiered-storage, cross-zone, partitions, fixed, adjustments) or Confluent Costs API JSON. A capacity (e.g. 12TB of provisioned disk) turns on the idle line."
        value={scenario.bill}
        status={slots.bill?.status ?? EMPTY_SLOT.status}
        onInput={(text) => update({ bill: text })}
        rows={5}
      />

      <H class="mt-6 text-xl font-semibold">2. Usage per topic</H>
      <SourceField id={`${id}-${firstSlot.key}`} label={firstSlot.label} hint={firstSlot.hint} value={scenario.sources[firstSlot.key]} status={slots[firstSlot.key]?.status ?? EMPTY_SLOT.status} onInput={(text) => setSource(firstSlot.key, text)} />
      <details class="mt-3" open={moreSlots.some((slot) => scenario.sources[slot.key] !== '')}>
        <summary class="cursor-pointer font-semibold">More usage sources (cluster tools, Prometheus, Confluent, CloudWatch)</summary>
        {moreSlots.map((slot) => (
          <SourceField key={slot.key} id={`${id}-${slot.key}`} label={slot.label} hint={slot.hint} value={scenario.sources[slot.key]} status={slots[slot.key]?.status ?? EMPTY_SLOT.status} onInput={(text) => setSource(slot.key, text)} rows={4} />
        ))}
      </details>

      <H class="mt-6 text-xl font-semibold">3. Teams</H>
      <div class="mt-2">
        <RulesEditor
          id={`${id}-rules`}
          rules={scenario.rules}
          topics={view?.topics ?? []}
          stale={allocation.state === 'working'}
          slowRule={allocation.state === 'error' && allocation.ruleLine !== undefined ? allocation.message : undefined}
          onInput={(text) => update({ rules: text })}
          onDownload={() => downloadFile('topic-rules.txt', scenario.rules, 'text/plain')}
        />
      </div>

      <H class="mt-6 text-xl font-semibold">4. Policies</H>
      <div class="mt-2">
        <PolicyPanel id={`${id}-policy`} policies={scenario.policies} onChange={(policies) => update({ policies })} />
      </div>

      <H class="mt-6 text-xl font-semibold">5. Line items</H>
      <div role="status" aria-live="polite" class="mt-2">
        {allocation.state === 'idle' && brokenSlots.length === 0 && (
          <p>{slots.bill?.status.state === 'error' ? 'The bill above cannot be read yet; the line items appear once it is fixed.' : 'Paste or load a bill to see the allocation.'}</p>
        )}
        {allocation.state === 'working' && <p>Allocating…</p>}
        {allocation.state === 'error' && <p class="font-semibold text-danger">Cannot allocate: {allocation.message}</p>}
        {allocation.state === 'done' && (
          <p>
            Allocated {formatMoney(allocation.view.totalCents)} to {allocation.view.teams.length} teams and {allocation.view.topics.length} topics.
          </p>
        )}
        {brokenSlots.length > 0 && (
          <p class="mt-1 rounded bg-warn-soft p-2 text-fg">
            {brokenSlots.map((slot) => slot.label).join(', ')} cannot be read: {view ? 'the results below are the last valid ones, kept until it is fixed or cleared.' : 'the line items appear once it is fixed or cleared.'}
          </p>
        )}
      </div>
      {view && (
        <div class={allocation.state === 'working' ? 'opacity-60' : undefined}>
          <div class="mt-3 flex flex-wrap gap-2 text-sm">
            <button type="button" class="rounded bg-accent px-3 py-1 font-semibold text-accent-fg" onClick={() => void exportFile('csv')}>
              Download CSV
            </button>
            <button type="button" class="rounded border border-border px-3 py-1" onClick={() => void exportFile('json')}>
              Download JSON
            </button>
          </div>
          <ResultsView id={`${id}-results`} view={view} stale={brokenSlots.length > 0} warnings={[...parseWarnings, ...view.warnings]} loadLines={loadLines} />
        </div>
      )}
    </div>
  );
}
