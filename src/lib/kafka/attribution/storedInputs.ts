/**
 * The calculator's inputs as stored in the browser: one record per input (the bill, each usage slot, the
 * rules, the policies), each with a revision and the tab that wrote it, so inputs save on their own and two
 * tabs never overwrite each other silently. Pure logic; the island does the IndexedDB and channel calls.
 */
import { isRecord } from '../parsers/parseError';
import { EMPTY_SCENARIO, parseScenario, serializeScenario, SOURCE_SLOTS, type Scenario, type SlotKey } from './scenarioFile';

export type InputKey = 'bill' | SlotKey | 'rules' | 'policies';

export const INPUT_KEYS: readonly InputKey[] = ['bill', ...SOURCE_SLOTS.map((slot) => slot.key), 'rules', 'policies'];

/** Who wrote an input and when: small, so it can be read before a write without reading the text. */
export interface InputMeta {
  key: InputKey;
  /** 1 for an input's first save, one more on every save after it, whichever tab saves. */
  revision: number;
  /** Milliseconds since the epoch. */
  savedAt: number;
  tab: string;
}

export interface StoredInput extends InputMeta {
  value: string;
}

/** What this tab knows of one input: the stored revision its text is based on, and that text. */
export interface InputBase {
  revision: number;
  value: string;
}

/** Each input of a scenario as the text stored for it (the policies as a scenario file holding only them). */
export function scenarioInputs(scenario: Scenario): Record<InputKey, string> {
  return {
    bill: scenario.bill,
    ...scenario.sources,
    rules: scenario.rules,
    policies: serializeScenario({
      ...EMPTY_SCENARIO,
      policies: scenario.policies,
    }),
  };
}

/** The scenario with one input replaced by its stored text, or why that text cannot be read. */
export function withInput(scenario: Scenario, key: InputKey, value: string): Scenario | { error: string } {
  if (key === 'bill') return { ...scenario, bill: value };
  if (key === 'rules') return { ...scenario, rules: value };
  if (key === 'policies') {
    const parsed = parseScenario(value);
    return 'error' in parsed ? parsed : { ...scenario, policies: parsed.policies };
  }
  return { ...scenario, sources: { ...scenario.sources, [key]: value } };
}

/**
 * An input's text as the scenario holds it once loaded: the policies are read and written again, so a tab
 * comparing what it loaded with what it holds sees no change where there is none.
 */
export function canonicalInput(key: InputKey, value: string): string | { error: string } {
  const applied = withInput(EMPTY_SCENARIO, key, value);
  return 'error' in applied ? applied : scenarioInputs(applied)[key];
}

export function inputLabel(key: InputKey): string {
  if (key === 'bill') return 'the bill';
  if (key === 'rules') return 'the topic rules';
  if (key === 'policies') return 'the policies';
  return SOURCE_SLOTS.find((slot) => slot.key === key)!.label;
}

export function isInputKey(value: unknown): value is InputKey {
  return typeof value === 'string' && (INPUT_KEYS as readonly string[]).includes(value);
}

/** A stored meta record as read back, or undefined when it is not one (an older or damaged record). */
export function readMeta(value: unknown): InputMeta | undefined {
  if (!isRecord(value) || !isInputKey(value['key'])) return undefined;
  const { revision, savedAt, tab } = value;
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 1) return undefined;
  if (typeof savedAt !== 'number' || typeof tab !== 'string') return undefined;
  return { key: value['key'], revision, savedAt, tab };
}

export type WriteDecision = 'write' | 'conflict' | 'forgotten';

/**
 * Whether a tab may store its text: not when the data was forgotten after the tab last heard of it (a stale
 * tab must not bring it back), nor when another tab saved a revision this tab's text is not based on.
 */
export function decideWrite(stored: InputMeta | undefined, base: InputBase, tabForgetGeneration: number, storedForgetGeneration: number): WriteDecision {
  if (storedForgetGeneration > tabForgetGeneration) return 'forgotten';
  if (stored && stored.revision > base.revision) return 'conflict';
  return 'write';
}

export function nextMeta(key: InputKey, base: InputBase, tab: string, now: number): InputMeta {
  return { key, revision: base.revision + 1, savedAt: now, tab };
}

export type IncomingDecision = 'ignore' | 'take' | 'conflict';

/**
 * What a tab does when another tab stored an input: take it when this tab has not edited that input since
 * its last save or load, warn when it has (its edits would otherwise be lost), ignore what it already has.
 */
export function decideIncoming(incoming: InputMeta, base: InputBase, localValue: string, tab: string): IncomingDecision {
  if (incoming.tab === tab || incoming.revision <= base.revision) return 'ignore';
  return localValue === base.value ? 'take' : 'conflict';
}

export function conflictText(key: InputKey): string {
  return `Another tab changed ${inputLabel(key)}; keep yours or load theirs.`;
}

/** "at 14:05" today, "on 2026-12-03 at 14:05" another day, in the reader's local time. */
export function formatSavedAt(savedAt: number, now: number): string {
  const saved = new Date(savedAt);
  const time = `${pad(saved.getHours())}:${pad(saved.getMinutes())}`;
  const today = new Date(now);
  const sameDay = saved.getFullYear() === today.getFullYear() && saved.getMonth() === today.getMonth() && saved.getDate() === today.getDate();
  return sameDay ? `at ${time}` : `on ${saved.getFullYear()}-${pad(saved.getMonth() + 1)}-${pad(saved.getDate())} at ${time}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The notice after a reload: which version of each non-empty input was restored, and when it was saved. */
export function restoredText(records: readonly StoredInput[], now: number): string {
  const parts = [...records]
    .filter((record) => record.value !== '')
    .sort((a, b) => INPUT_KEYS.indexOf(a.key) - INPUT_KEYS.indexOf(b.key))
    .map((record) => `${inputLabel(record.key)} (version ${record.revision}, saved ${formatSavedAt(record.savedAt, now)})`);
  return parts.length === 0 ? 'Restored the empty inputs saved in this browser.' : `Restored from this browser: ${parts.join(', ')}.`;
}

/** Why an input was not stored, naming it, so the reader knows which one a reload would lose. */
export function saveProblemText(key: InputKey, error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const why = name === 'QuotaExceededError' ? 'the browser’s storage for this site is full (QuotaExceededError)' : `the browser refused it (${name || String(error)})`;
  return `${capitalise(inputLabel(key))} is not saved in this browser: ${why}. The other inputs still save; keep this one with “Save scenario to a file”.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What tabs tell each other: an input was stored, or everything was forgotten. */
export type StorageMessage = { type: 'changed'; meta: InputMeta } | { type: 'forgotten'; generation: number; tab: string };

export function readMessage(value: unknown): StorageMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (value['type'] === 'changed') {
    const meta = readMeta(value['meta']);
    return meta && { type: 'changed', meta };
  }
  const { generation, tab } = value;
  if (value['type'] === 'forgotten' && typeof generation === 'number' && typeof tab === 'string') return { type: 'forgotten', generation, tab };
  return undefined;
}
