/**
 * The browser side of the stored inputs (src/lib/kafka/attribution/storedInputs): one IndexedDB record pair per
 * input (a small meta record and the text), written in a transaction of its own so one input that does not fit
 * stops no other, and a channel that tells the other open tabs what changed.
 */
import { createStore, entries, getMany, type UseStore } from 'idb-keyval';
import { decideWrite, nextMeta, readMessage, readMeta, type InputBase, type InputKey, type InputMeta, type StorageMessage, type StoredInput } from '../../lib/kafka/attribution/storedInputs';

const DATABASE = 'kafka-cost-attribution';
const CHANNEL = 'kafka-cost-attribution';
/** Where tabs without BroadcastChannel leave their messages; the `storage` event carries them. */
const MESSAGE_KEY = 'kafka-cost-attribution:message';
/** The whole scenario as one localStorage item, as this page stored it before the per-input records. */
const LEGACY_KEY = 'kafka-cost-attribution:scenario';
/** How many times the inputs were forgotten; a tab that knows a smaller number may not write. */
const FORGOTTEN = 'forgotten';

const metaKey = (key: InputKey) => `meta:${key}`;
const textKey = (key: InputKey) => `text:${key}`;

let store: UseStore | undefined;
function inputs(): UseStore {
  store ??= createStore(DATABASE, 'inputs');
  return store;
}

export interface StoredState {
  records: StoredInput[];
  forgetGeneration: number;
}

/** Every input stored in this browser with its meta record; a text without a readable meta is left out. */
export async function readAll(): Promise<StoredState> {
  const all = new Map((await entries(inputs())).map(([key, value]) => [String(key), value as unknown]));
  const records: StoredInput[] = [];
  for (const [key, value] of all) {
    const meta = readMeta(value);
    const text = meta && key === metaKey(meta.key) ? all.get(textKey(meta.key)) : undefined;
    if (meta && typeof text === 'string') records.push({ ...meta, value: text });
  }
  return { records, forgetGeneration: generationOf(all.get(FORGOTTEN)) };
}

export async function readOne(key: InputKey): Promise<StoredInput | undefined> {
  const [meta, text] = await getMany([metaKey(key), textKey(key)], inputs());
  const read = readMeta(meta);
  return read && typeof text === 'string' ? { ...read, value: text } : undefined;
}

function generationOf(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

export type WriteResult = { kind: 'saved'; meta: InputMeta } | { kind: 'conflict' } | { kind: 'forgotten'; generation: number } | { kind: 'failed'; error: unknown };

/** Stores one input if no other tab saved it since `base` and nothing was forgotten since the tab last heard. */
export async function writeInput(key: InputKey, value: string, base: InputBase, tab: string, forgetGeneration: number): Promise<WriteResult> {
  try {
    return await inputs()('readwrite', (objects) => checkedWrite(objects, key, value, base, tab, forgetGeneration));
  } catch (error) {
    return { kind: 'failed', error };
  }
}

// The check and the write share one transaction, so no other tab's write can land between them.
function checkedWrite(objects: IDBObjectStore, key: InputKey, value: string, base: InputBase, tab: string, forgetGeneration: number): Promise<WriteResult> {
  return new Promise((resolve, reject) => {
    let result: WriteResult = { kind: 'conflict' };
    const stored = objects.get(metaKey(key));
    const forgotten = objects.get(FORGOTTEN);
    forgotten.onsuccess = () => {
      const generation = generationOf(forgotten.result);
      const decision = decideWrite(readMeta(stored.result), base, forgetGeneration, generation);
      if (decision !== 'write') {
        result = decision === 'forgotten' ? { kind: 'forgotten', generation } : { kind: 'conflict' };
        return;
      }
      const meta = nextMeta(key, base, tab, Date.now());
      try {
        objects.put(meta, metaKey(key));
        objects.put(value, textKey(key));
        result = { kind: 'saved', meta };
      } catch (error) {
        objects.transaction.abort();
        reject(error as Error);
      }
    };
    objects.transaction.oncomplete = () => resolve(result);
    objects.transaction.onabort = () => reject(objects.transaction.error ?? new DOMException('The write was aborted', 'AbortError'));
  });
}

/** Removes every input and counts one more forget; returns the new count. */
export async function forgetAll(): Promise<number> {
  removeLegacy();
  return inputs()('readwrite', (objects) => {
    return new Promise<number>((resolve, reject) => {
      let generation = 0;
      const current = objects.get(FORGOTTEN);
      current.onsuccess = () => {
        generation = generationOf(current.result) + 1;
        objects.clear();
        objects.put(generation, FORGOTTEN);
      };
      objects.transaction.oncomplete = () => resolve(generation);
      objects.transaction.onabort = () => reject(objects.transaction.error ?? new DOMException('The forget was aborted', 'AbortError'));
    });
  });
}

function removeLegacy(): void {
  try {
    localStorage.removeItem(LEGACY_KEY);
  } catch {
    // Storage may be disabled; nothing is stored there then.
  }
}

/** The scenario file text this page kept in localStorage before the per-input records, if any. */
export function readLegacy(): string | null {
  try {
    return localStorage.getItem(LEGACY_KEY);
  } catch {
    return null;
  }
}

export interface TabChannel {
  send(message: StorageMessage): void;
  close(): void;
}

/** A BroadcastChannel to the other tabs of this site, or the `storage` event where there is none. */
export function openChannel(receive: (message: StorageMessage) => void): TabChannel {
  const deliver = (data: unknown) => {
    const message = readMessage(data);
    if (message) receive(message);
  };
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent) => deliver(event.data);
    return {
      send: (message) => channel.postMessage(message),
      close: () => channel.close(),
    };
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key === MESSAGE_KEY && event.newValue) deliver(parseJson(event.newValue));
  };
  window.addEventListener('storage', onStorage);
  return {
    // The nonce makes every message a change, so the storage event fires even for a repeated one.
    send: (message) => localStorage.setItem(MESSAGE_KEY, JSON.stringify({ ...message, nonce: Math.random() })),
    close: () => window.removeEventListener('storage', onStorage),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
