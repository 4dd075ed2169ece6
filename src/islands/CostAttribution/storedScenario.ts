/**
 * Keeps the calculator's scenario in this browser, one input at a time: restores it on load, saves an input a
 * moment after it changes, takes what other tabs save, warns where both tabs edited the same input, and
 * forgets everything in every tab. The decisions are in src/lib/kafka/attribution/storedInputs.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { EMPTY_SCENARIO, parseScenario, type Scenario } from '../../lib/kafka/attribution/scenarioFile';
import {
  canonicalInput,
  decideIncoming,
  INPUT_KEYS,
  inputLabel,
  restoredText,
  saveProblemText,
  scenarioInputs,
  withInput,
  type InputBase,
  type InputKey,
  type StorageMessage,
  type StoredInput,
} from '../../lib/kafka/attribution/storedInputs';
import { forgetAll, openChannel, readAll, readLegacy, readOne, writeInput, type StoredState, type TabChannel } from './inputStore';

/** Long enough that typing is one save, short enough that a reload right after typing keeps it. */
const SAVE_DELAY_MS = 400;

type ScenarioUpdate = (change: (current: Scenario | undefined) => Scenario | undefined) => void;

interface StorageView {
  setScenario: ScenarioUpdate;
  notice: (text: string) => void;
  nothingStored: () => void;
  changed: (conflicts: InputKey[], problems: SaveProblem[]) => void;
}

export interface SaveProblem {
  key: InputKey;
  text: string;
}

function newTabId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function emptyBases(): Record<InputKey, InputBase> {
  const values = scenarioInputs(EMPTY_SCENARIO);
  return Object.fromEntries(INPUT_KEYS.map((key) => [key, { revision: 0, value: values[key] }])) as Record<InputKey, InputBase>;
}

function errorName(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.name : String(error);
}

class ScenarioStorage {
  private readonly tab = newTabId();
  private bases = emptyBases();
  private forgetGeneration = 0;
  private latest: Scenario | undefined;
  private lastSeen: Partial<Record<InputKey, string>> = {};
  private readonly timers = new Map<InputKey, ReturnType<typeof setTimeout>>();
  /** Each input's writes run one after the other, so a write always starts from the revision the last one saved. */
  private readonly writes = new Map<InputKey, Promise<void>>();
  private conflicts: Partial<Record<InputKey, StoredInput>> = {};
  private problems: Partial<Record<InputKey, string>> = {};
  private channel: TabChannel | undefined;
  private restored: Promise<void> = Promise.resolve();
  private ready = false;
  private readonly flush = () => this.flushAll();

  constructor(private readonly view: StorageView) {}

  start(): void {
    this.channel = openChannel((message) => void this.receive(message));
    this.restored = this.restore();
    window.addEventListener('pagehide', this.flush);
  }

  stop(): void {
    this.channel?.close();
    this.timers.forEach(clearTimeout);
    window.removeEventListener('pagehide', this.flush);
  }

  /** Called with every new scenario: an input whose text changed is saved a moment later, on its own. */
  observe(scenario: Scenario | undefined): void {
    this.latest = scenario;
    if (!scenario || !this.ready) return;
    const values = scenarioInputs(scenario);
    for (const key of INPUT_KEYS) {
      if (values[key] === this.lastSeen[key]) continue;
      this.lastSeen[key] = values[key];
      this.schedule(key, SAVE_DELAY_MS);
    }
  }

  keepMine(key: InputKey): void {
    const theirs = this.conflicts[key];
    if (!theirs) return;
    delete this.conflicts[key];
    this.bases[key] = { revision: theirs.revision, value: this.bases[key].value };
    this.publish();
    this.schedule(key, 0);
  }

  loadTheirs(key: InputKey): void {
    const theirs = this.conflicts[key];
    if (!theirs) return;
    delete this.conflicts[key];
    this.take(theirs);
  }

  async forget(): Promise<void> {
    this.clearLocal();
    try {
      this.forgetGeneration = await forgetAll();
      this.channel?.send({ type: 'forgotten', generation: this.forgetGeneration, tab: this.tab });
      this.view.notice('Your inputs were removed from this browser, from the page and from the other open tabs.');
    } catch (error) {
      this.view.notice(`Your inputs were removed from the page, but the browser refused to delete the stored copy (${errorName(error)}).`);
    }
  }

  private async restore(): Promise<void> {
    let stored: StoredState = { records: [], forgetGeneration: 0 };
    let unavailable = '';
    try {
      stored = await readAll();
    } catch (error) {
      unavailable = ` This browser does not let the page keep inputs (${errorName(error)}); use “Save scenario to a file” to keep them.`;
    }
    this.forgetGeneration = stored.forgetGeneration;
    this.ready = true;
    if (stored.records.length > 0) this.restoreRecords(stored.records);
    else if (this.restoreLegacy()) return;
    else if (stored.forgetGeneration > 0) {
      this.view.setScenario(() => EMPTY_SCENARIO);
      this.view.notice('Nothing is stored in this browser since your data was forgotten. Paste your own inputs or load the example.');
    } else this.view.nothingStored();
    if (unavailable) this.view.notice(unavailable.trim());
  }

  private restoreRecords(records: StoredInput[]): void {
    let scenario = EMPTY_SCENARIO;
    const unreadable: string[] = [];
    for (const record of records) {
      const next = withInput(scenario, record.key, record.value);
      const canonical = canonicalInput(record.key, record.value);
      if ('error' in next || typeof canonical !== 'string') {
        unreadable.push(`${inputLabel(record.key)} could not be read back (${'error' in next ? next.error : ''}) and was reset`);
        continue;
      }
      scenario = next;
      this.bases[record.key] = { revision: record.revision, value: canonical };
    }
    this.view.setScenario(() => scenario);
    this.view.notice([restoredText(records, Date.now()), ...unreadable.map((text) => `${text}.`)].join(' '));
  }

  /** The whole scenario this page kept in localStorage before it stored each input on its own. */
  private restoreLegacy(): boolean {
    const text = readLegacy();
    const legacy = text ? parseScenario(text) : undefined;
    if (!legacy || 'error' in legacy) return false;
    this.view.setScenario(() => legacy);
    this.view.notice('Restored the inputs this page saved in this browser before it kept each input on its own.');
    return true;
  }

  private schedule(key: InputKey, delay: number): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.queueWrite(key);
      }, delay),
    );
  }

  private flushAll(): void {
    for (const [key, timer] of this.timers) {
      clearTimeout(timer);
      this.queueWrite(key);
    }
    this.timers.clear();
  }

  private queueWrite(key: InputKey): void {
    const previous = this.writes.get(key) ?? Promise.resolve();
    this.writes.set(
      key,
      previous.then(() => this.write(key)),
    );
  }

  private async write(key: InputKey): Promise<void> {
    if (!this.latest || this.conflicts[key]) return;
    const value = scenarioInputs(this.latest)[key];
    const base = this.bases[key];
    if (value === base.value) {
      // Back to what is stored: nothing is left unsaved there.
      if (this.problems[key]) {
        delete this.problems[key];
        this.publish();
      }
      return;
    }
    const generation = this.forgetGeneration;
    const result = await writeInput(key, value, base, this.tab, generation);
    // A forget while the write was on its way wins: what was written is already cleared.
    if (generation !== this.forgetGeneration) return;
    switch (result.kind) {
      case 'saved':
        this.bases[key] = { revision: result.meta.revision, value };
        delete this.problems[key];
        this.channel?.send({ type: 'changed', meta: result.meta });
        break;
      case 'conflict':
        await this.conflictWithStored(key);
        break;
      case 'forgotten':
        this.forgottenElsewhere(result.generation);
        break;
      case 'failed':
        this.problems[key] = saveProblemText(key, result.error);
        break;
    }
    this.publish();
  }

  /** Another tab saved this input first: the same text is no conflict (two tabs that loaded the example). */
  private async conflictWithStored(key: InputKey): Promise<void> {
    const theirs = await readOne(key);
    if (!theirs || !this.latest) return;
    const canonical = canonicalInput(key, theirs.value);
    if (canonical === scenarioInputs(this.latest)[key]) this.bases[key] = { revision: theirs.revision, value: canonical };
    else this.conflicts[key] = theirs;
  }

  private async receive(message: StorageMessage): Promise<void> {
    await this.restored;
    if (message.type === 'forgotten') {
      this.forgottenElsewhere(message.generation);
      return;
    }
    if (message.meta.tab === this.tab) return;
    const theirs = await readOne(message.meta.key);
    if (!theirs || !this.latest) return;
    const key = theirs.key;
    const decision = decideIncoming(theirs, this.bases[key], scenarioInputs(this.latest)[key], this.tab);
    if (decision === 'take' && !this.conflicts[key]) this.take(theirs);
    else if (decision !== 'ignore') {
      this.conflicts[key] = theirs;
      this.publish();
    }
  }

  /** Loads another tab's text for one input: it becomes this tab's base, so it is not saved back. */
  private take(theirs: StoredInput): void {
    const canonical = canonicalInput(theirs.key, theirs.value);
    const latest = this.latest;
    const next = latest && withInput(latest, theirs.key, theirs.value);
    if (typeof canonical !== 'string' || !next || 'error' in next) {
      this.view.notice(`Another tab saved ${inputLabel(theirs.key)}, but it cannot be read here; this tab keeps its own.`);
      return;
    }
    clearTimeout(this.timers.get(theirs.key));
    this.timers.delete(theirs.key);
    this.bases[theirs.key] = { revision: theirs.revision, value: canonical };
    this.lastSeen[theirs.key] = canonical;
    this.latest = next;
    this.view.setScenario((current) => (current ? withInputOrSame(current, theirs) : current));
    this.publish();
  }

  private forgottenElsewhere(generation: number): void {
    if (generation <= this.forgetGeneration) return;
    this.forgetGeneration = generation;
    this.clearLocal();
    this.view.notice('Your inputs were forgotten in another tab; this tab cleared them too.');
  }

  /** Empties the page and everything this tab knew of the stored inputs, without touching the store. */
  private clearLocal(): void {
    this.timers.forEach(clearTimeout);
    this.timers.clear();
    this.bases = emptyBases();
    this.lastSeen = Object.fromEntries(INPUT_KEYS.map((key) => [key, this.bases[key].value]));
    this.conflicts = {};
    this.problems = {};
    this.latest = EMPTY_SCENARIO;
    this.view.setScenario(() => EMPTY_SCENARIO);
    this.publish();
  }

  private publish(): void {
    const conflicts = INPUT_KEYS.filter((key) => this.conflicts[key]);
    const problems = INPUT_KEYS.flatMap((key) => (this.problems[key] ? [{ key, text: this.problems[key] }] : []));
    this.view.changed(conflicts, problems);
  }
}

function withInputOrSame(scenario: Scenario, input: StoredInput): Scenario {
  const next = withInput(scenario, input.key, input.value);
  return 'error' in next ? scenario : next;
}

export interface StoredScenario {
  /** Inputs another tab saved while this one had edits of its own there: the reader chooses which to keep. */
  conflicts: InputKey[];
  problems: SaveProblem[];
  keepMine: (key: InputKey) => void;
  loadTheirs: (key: InputKey) => void;
  forget: () => void;
}

export interface StorageEvents {
  onNotice: (text: string) => void;
  /** Nothing stored and never forgotten: a first visit. */
  onNothingStored: () => void;
}

export function useStoredScenario(scenario: Scenario | undefined, setScenario: ScenarioUpdate, events: StorageEvents): StoredScenario {
  const [conflicts, setConflicts] = useState<InputKey[]>([]);
  const [problems, setProblems] = useState<SaveProblem[]>([]);
  const storage = useRef<ScenarioStorage>();
  const latestEvents = useRef(events);
  latestEvents.current = events;
  useEffect(() => {
    const started = new ScenarioStorage({
      setScenario,
      notice: (text) => latestEvents.current.onNotice(text),
      nothingStored: () => latestEvents.current.onNothingStored(),
      changed: (nextConflicts, nextProblems) => {
        setConflicts(nextConflicts);
        setProblems(nextProblems);
      },
    });
    storage.current = started;
    started.start();
    return () => started.stop();
    // A state setter never changes, so the store starts once per mount.
  }, [setScenario]);
  useEffect(() => storage.current?.observe(scenario), [scenario]);
  return {
    conflicts,
    problems,
    keepMine: (key) => storage.current?.keepMine(key),
    loadTheirs: (key) => storage.current?.loadTheirs(key),
    forget: () => void storage.current?.forget(),
  };
}
