import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_STATE, EMPTY_SCENARIO } from './scenarioFile';
import {
  canonicalInput,
  conflictText,
  decideIncoming,
  decideWrite,
  formatSavedAt,
  INPUT_KEYS,
  nextMeta,
  readMessage,
  readMeta,
  restoredText,
  saveProblemText,
  scenarioInputs,
  withInput,
  type InputMeta,
} from './storedInputs';

const AT_1405 = new Date(2026, 11, 4, 14, 5).getTime();
const meta = (revision: number, tab = 'other'): InputMeta => ({
  key: 'bill',
  revision,
  savedAt: AT_1405,
  tab,
});

describe('scenario inputs', () => {
  it('gives every input its own text and reads each one back into a scenario', () => {
    const scenario = {
      ...EMPTY_SCENARIO,
      bill: 'pool,amount',
      rules: 'orders = payments',
      sources: { ...EMPTY_SCENARIO.sources, bytesIn: '{}' },
      policies: { ...DEFAULT_POLICY_STATE, zones: 2 },
    };
    const inputs = scenarioInputs(scenario);
    expect(Object.keys(inputs).sort()).toEqual([...INPUT_KEYS].sort());
    const rebuilt = INPUT_KEYS.reduce((current, key) => {
      const next = withInput(current, key, inputs[key]);
      if ('error' in next) throw new Error(next.error);
      return next;
    }, EMPTY_SCENARIO);
    expect(rebuilt).toEqual(scenario);
  });

  it('reads stored policies back to the text the scenario would store for them', () => {
    const reordered = JSON.stringify({
      kind: 'kafka-cost-attribution-scenario',
      version: 1,
      policies: { zones: 2, internal: 'platform' },
    });
    expect(canonicalInput('policies', reordered)).toBe(
      scenarioInputs({
        ...EMPTY_SCENARIO,
        policies: { ...DEFAULT_POLICY_STATE, zones: 2, internal: 'platform' },
      }).policies,
    );
    expect(canonicalInput('bill', ' pool,amount')).toBe(' pool,amount');
  });

  it('refuses stored policies it cannot read, saying why', () => {
    expect(withInput(EMPTY_SCENARIO, 'policies', '{"kind":"kafka-cost-attribution-scenario","policies":{"zones":"three"}}')).toEqual({
      error: 'This scenario file is damaged: policies.zones must be a whole number from 1 to 6.',
    });
  });
});

describe('decideWrite', () => {
  it('writes over the revision the tab started from', () => {
    expect(decideWrite(meta(3), { revision: 3, value: '' }, 0, 0)).toBe('write');
    expect(decideWrite(undefined, { revision: 0, value: '' }, 0, 0)).toBe('write');
  });

  it('refuses to overwrite a revision another tab saved since', () => {
    expect(decideWrite(meta(4), { revision: 3, value: '' }, 0, 0)).toBe('conflict');
  });

  it('never brings back data forgotten after the tab last heard of it', () => {
    expect(decideWrite(undefined, { revision: 3, value: '' }, 1, 2)).toBe('forgotten');
    expect(decideWrite(undefined, { revision: 0, value: '' }, 2, 2)).toBe('write');
  });

  it('numbers the next save one above its base', () => {
    expect(nextMeta('rules', { revision: 3, value: '' }, 'tab-a', AT_1405)).toEqual({ key: 'rules', revision: 4, savedAt: AT_1405, tab: 'tab-a' });
  });
});

describe('decideIncoming', () => {
  const base = { revision: 2, value: 'saved text' };

  it('takes a newer revision when the input was not edited since', () => {
    expect(decideIncoming(meta(3), base, 'saved text', 'me')).toBe('take');
  });

  it('warns instead of overwriting edits this tab has not saved', () => {
    expect(decideIncoming(meta(3), base, 'typed here', 'me')).toBe('conflict');
  });

  it('ignores its own writes and revisions it already has', () => {
    expect(decideIncoming(meta(3, 'me'), base, 'typed here', 'me')).toBe('ignore');
    expect(decideIncoming(meta(2), base, 'typed here', 'me')).toBe('ignore');
  });
});

describe('texts', () => {
  it('names the input in a conflict', () => {
    expect(conflictText('bill')).toBe('Another tab changed the bill; keep yours or load theirs.');
  });

  it('says the time of a save today and the date of an older one', () => {
    expect(formatSavedAt(AT_1405, new Date(2026, 11, 4, 18, 0).getTime())).toBe('at 14:05');
    expect(formatSavedAt(AT_1405, new Date(2026, 11, 5, 9, 0).getTime())).toBe('on 2026-12-04 at 14:05');
  });

  it('lists the restored version of each non-empty input in form order', () => {
    const records = [
      {
        key: 'rules' as const,
        revision: 2,
        savedAt: AT_1405,
        tab: 'a',
        value: 'x = y',
      },
      {
        key: 'usage' as const,
        revision: 1,
        savedAt: AT_1405,
        tab: 'a',
        value: '',
      },
      { ...meta(7), value: 'pool,amount' },
    ];
    expect(restoredText(records, AT_1405)).toBe('Restored from this browser: the bill (version 7, saved at 14:05), the topic rules (version 2, saved at 14:05).');
    expect(restoredText([], AT_1405)).toBe('Restored the empty inputs saved in this browser.');
  });

  it('names the input that was not saved and why', () => {
    expect(saveProblemText('bytesIn', new DOMException('full', 'QuotaExceededError'))).toBe(
      'Bytes in per topic is not saved in this browser: the browser’s storage for this site is full (QuotaExceededError). The other inputs still save; keep this one with “Save scenario to a file”.',
    );
    expect(saveProblemText('bill', new DOMException('no', 'InvalidStateError'))).toContain('The bill is not saved in this browser: the browser refused it (InvalidStateError)');
  });
});

describe('stored records and messages', () => {
  it('reads a meta record and refuses a damaged one', () => {
    expect(readMeta(meta(1))).toEqual(meta(1));
    expect(readMeta({ ...meta(1), key: 'constructor' })).toBeUndefined();
    expect(readMeta({ ...meta(1), revision: 0 })).toBeUndefined();
    expect(readMeta('bill')).toBeUndefined();
  });

  it('reads what another tab sent and nothing else', () => {
    expect(readMessage({ type: 'changed', meta: meta(2) })).toEqual({
      type: 'changed',
      meta: meta(2),
    });
    expect(readMessage({ type: 'forgotten', generation: 3, tab: 'a' })).toEqual({ type: 'forgotten', generation: 3, tab: 'a' });
    expect(readMessage({ type: 'forgotten', generation: '3', tab: 'a' })).toBeUndefined();
    expect(readMessage({ type: 'changed', meta: { key: 'bill' } })).toBeUndefined();
    expect(readMessage(null)).toBeUndefined();
  });
});
