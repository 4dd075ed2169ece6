/**
 * The Kafka cost attribution calculator: paste a bill and what the cluster tools print, map topics
 * to teams, pick policies, and get per-team and per-topic lines that add up to the bill exactly.
 * A thin view over src/lib/kafka: parsing runs in a Web Worker, allocation on the main thread.
 * Nothing leaves the browser; the scenario is kept in localStorage until the reader forgets it.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { allocateCosts } from '../lib/kafka/attribution/allocateCosts';
import { attributionToJson, lineItemsToCsv } from '../lib/kafka/attribution/exportResult';
import type { AttributionResult, BillPool, TopicUsage } from '../lib/kafka/attribution/model';
import { parseMappingRules } from '../lib/kafka/attribution/teamMapping';
import { mergeUsage } from '../lib/kafka/parsers/mergeUsage';
import { formatMoney } from './CostAttribution/formatMoney';
import { ParseClient } from './CostAttribution/parseClient';
import type { SourceKind } from './CostAttribution/parseProtocol';
import { PolicyPanel } from './CostAttribution/PolicyPanel';
import { ResultsView } from './CostAttribution/ResultsView';
import { RulesEditor } from './CostAttribution/RulesEditor';
import { EMPTY_SCENARIO, parseScenario, serializeScenario, SOURCE_SLOTS, toPolicies, type Scenario, type SlotKey } from './CostAttribution/scenario';
import { SourceField, type SourceStatus } from './CostAttribution/SourceField';

const STORAGE_KEY = 'kafka-cost-attribution:scenario';
const PARSE_DELAY_MS = 250;

type SlotId = 'bill' | SlotKey;

interface SlotResult {
  status: SourceStatus;
  topics?: TopicUsage[];
  bill?: BillPool[];
  warnings: string[];
}

const EMPTY_SLOT: SlotResult = { status: { state: 'empty' }, warnings: [] };

export default function CostAttribution({ embedded = false }: { embedded?: boolean }) {
  const id = useId();
  const [scenario, setScenario] = useState<Scenario | undefined>();
  const [slots, setSlots] = useState<Partial<Record<SlotId, SlotResult>>>({});
  const [notice, setNotice] = useState('');
  const [saveProblem, setSaveProblem] = useState('');
  const client = useRef<ParseClient>();
  const versions = useRef<Partial<Record<SlotId, number>>>({});

  useEffect(() => {
    client.current = new ParseClient();
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(STORAGE_KEY);
    } catch {
      saved = null;
    }
    const restored = saved ? parseScenario(saved) : undefined;
    if (restored && !('error' in restored)) setScenario(restored);
    else void loadExample();
    return () => client.current?.close();
  }, []);

  const loadExample = async () => {
    const { exampleScenario } = await import('./CostAttribution/exampleScenario');
    setScenario(exampleScenario);
    setNotice('Loaded the example: a self-managed three-zone cluster. Replace any input with your own.');
  };

  useEffect(() => {
    if (!scenario) return;
    const timer = setTimeout(() => {
      try {
        localStorage.setItem(STORAGE_KEY, serializeScenario(scenario));
        setSaveProblem('');
      } catch {
        setSaveProblem('Not saved in this browser: the inputs are larger than local storage allows. Use “Save scenario to a file”.');
      }
    }, 500);
    return () => clearTimeout(timer);
  }, [scenario]);

  const parseSlot = (slot: SlotId, kind: SourceKind, text: string) => {
    const version = (versions.current[slot] ?? 0) + 1;
    versions.current[slot] = version;
    const current = () => versions.current[slot] === version;
    if (text.trim() === '') {
      setSlots((all) => ({ ...all, [slot]: EMPTY_SLOT }));
      return;
    }
    setSlots((all) => ({ ...all, [slot]: { ...(all[slot] ?? EMPTY_SLOT), status: { state: 'parsing', progress: 0 } } }));
    void client.current!
      .parse(kind, text, (fraction) => {
        if (current()) setSlots((all) => ({ ...all, [slot]: { ...(all[slot] ?? EMPTY_SLOT), status: { state: 'parsing', progress: fraction } } }));
      })
      .then((response) => {
        if (!current()) return;
        let next: SlotResult;
        if (response.type === 'usage') {
          next = { status: { state: 'ok', formatName: response.formatName, summary: `${response.topics.length} topics`, warnings: response.warnings }, topics: response.topics, warnings: response.warnings };
        } else if (response.type === 'bill') {
          const total = response.bill.reduce((sum, row) => sum + row.amountCents, 0n);
          next = { status: { state: 'ok', formatName: response.formatName, summary: `${response.bill.length} pools, ${formatMoney(total)}`, warnings: response.warnings }, bill: response.bill, warnings: response.warnings };
        } else if (response.type === 'error') {
          next = { status: { state: 'error', message: response.message }, warnings: [] };
        } else {
          return;
        }
        setSlots((all) => ({ ...all, [slot]: next }));
      });
  };

  const texts: [SlotId, SourceKind, string | undefined][] = [
    ['bill', 'bill', scenario?.bill],
    ...SOURCE_SLOTS.map((slot): [SlotId, SourceKind, string | undefined] => [slot.key, slot.kind, scenario?.sources[slot.key]]),
  ];
  for (const [slot, kind, text] of texts) {
    // One effect per input, always the same ones in the same order (SOURCE_SLOTS is constant),
    // so each input is re-parsed only when its own text changes.
    useEffect(() => {
      if (text === undefined) return;
      const timer = setTimeout(() => parseSlot(slot, kind, text), PARSE_DELAY_MS);
      return () => clearTimeout(timer);
    }, [text]);
  }

  const usageTopics = useMemo(() => {
    const sources = SOURCE_SLOTS.flatMap((slot) => {
      const topics = slots[slot.key]?.status.state === 'ok' ? slots[slot.key]?.topics : undefined;
      return topics ? [{ label: slot.label, topics }] : [];
    });
    return mergeUsage(sources);
  }, [slots]);

  const computed = useMemo((): { result: AttributionResult; warnings: string[] } | { error: string } | undefined => {
    const bill = slots.bill?.status.state === 'ok' ? slots.bill.bill : undefined;
    if (!scenario || !bill) return undefined;
    try {
      const result = allocateCosts({ bill, topics: usageTopics.topics, rules: parseMappingRules(scenario.rules).rules, policies: toPolicies(scenario.policies) });
      const parseWarnings = (['bill', ...SOURCE_SLOTS.map((s) => s.key)] as SlotId[]).flatMap((slot) => slots[slot]?.warnings ?? []);
      return { result, warnings: [...parseWarnings, ...usageTopics.warnings, ...result.warnings] };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [slots, usageTopics, scenario?.rules, scenario?.policies]);

  if (!scenario) {
    return <p class="text-muted">Loading the calculator…</p>;
  }

  const update = (change: Partial<Scenario>) => setScenario({ ...scenario, ...change });
  const setSource = (key: SlotKey, text: string) => update({ sources: { ...scenario.sources, [key]: text } });
  const brokenSlots = SOURCE_SLOTS.filter((slot) => slots[slot.key]?.status.state === 'error');
  const result = computed && 'result' in computed ? computed.result : undefined;

  const forget = () => {
    try {
      localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Storage may be disabled; there is nothing stored then.
    }
    versions.current = {};
    setSlots({});
    setScenario(EMPTY_SCENARIO);
    setNotice('Your inputs were removed from this browser and from the page.');
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
        <button type="button" class="rounded border border-border px-3 py-1" onClick={() => download('kafka-cost-scenario.json', serializeScenario(scenario), 'application/json')}>
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
      <p class="mt-2 text-sm text-muted">Everything stays in this browser: nothing you paste is uploaded. Inputs are kept in local storage so a reload keeps them.</p>
      <p role="status" class="mt-1 text-sm">
        {notice}
        {saveProblem && <span class="text-danger"> {saveProblem}</span>}
      </p>

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
          topics={usageTopics.topics}
          internalPatterns={scenario.policies.internalPatterns}
          onInput={(text) => update({ rules: text })}
          onDownload={() => download('topic-rules.txt', scenario.rules, 'text/plain')}
        />
      </div>

      <H class="mt-6 text-xl font-semibold">4. Policies</H>
      <div class="mt-2">
        <PolicyPanel id={`${id}-policy`} policies={scenario.policies} onChange={(policies) => update({ policies })} />
      </div>

      <H class="mt-6 text-xl font-semibold">5. Line items</H>
      <div role="status" aria-live="polite" class="mt-2">
        {computed === undefined && (
          <p>{slots.bill?.status.state === 'error' ? 'The bill above cannot be read yet; the line items appear once it is fixed.' : 'Paste or load a bill to see the allocation.'}</p>
        )}
        {computed && 'error' in computed && <p class="font-semibold text-danger">Cannot allocate: {computed.error}</p>}
        {result && (
          <p>
            Allocated {formatMoney(result.totalCents)} to {result.teams.length} teams and {result.topics.length} topics.
          </p>
        )}
        {brokenSlots.length > 0 && (
          <p class="mt-1 rounded bg-warn-soft p-2 text-fg">These results leave out {brokenSlots.map((slot) => slot.label).join(', ')} until the error there is fixed.</p>
        )}
      </div>
      {result && computed && 'result' in computed && (
        <>
          <div class="mt-3 flex flex-wrap gap-2 text-sm">
            <button type="button" class="rounded bg-accent px-3 py-1 font-semibold text-accent-fg" onClick={() => download('kafka-cost-lines.csv', lineItemsToCsv(result), 'text/csv')}>
              Download CSV
            </button>
            <button type="button" class="rounded border border-border px-3 py-1" onClick={() => download('kafka-cost-attribution.json', `${JSON.stringify({ ...attributionToJson(result), warnings: computed.warnings }, null, 2)}\n`, 'application/json')}>
              Download JSON
            </button>
          </div>
          <ResultsView id={`${id}-results`} result={result} warnings={computed.warnings} />
        </>
      )}
    </div>
  );
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
