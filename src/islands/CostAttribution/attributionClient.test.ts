import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RULE_BUDGET_MS, slowRuleMessage } from '../../lib/kafka/attribution/ruleBudget';
import { DEFAULT_POLICY_STATE } from '../../lib/kafka/attribution/scenarioFile';
import { AttributionClient } from './attributionClient';
import type { SessionRequest, SessionResponse } from './attributionSession';

/** A stand-in Worker: records what the page posts and lets the test answer for the worker. */
class FakeWorker {
  static started: FakeWorker[] = [];
  readonly posted: SessionRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<SessionResponse>) => void) | null = null;

  constructor() {
    FakeWorker.started.push(this);
  }

  postMessage(request: SessionRequest): void {
    this.posted.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  answer(response: SessionResponse): void {
    this.onmessage?.({ data: response } as MessageEvent<SessionResponse>);
  }
}

const ALLOCATE = { type: 'allocate', billSlot: 'bill', usageSlots: [{ slot: 'usage', label: 'Usage' }], rules: 'regex:^(a+)+$ => a', policies: DEFAULT_POLICY_STATE } as const;

describe('AttributionClient with a worker', () => {
  beforeEach(() => {
    FakeWorker.started = [];
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('stops a rule line past its budget: names the line, restarts the worker and sends it every input and open request again', async () => {
    const client = new AttributionClient();
    const [first] = FakeWorker.started;
    const bill = client.send({ type: 'parse', slot: 'bill', kind: 'bill', text: 'pool,amount\ncompute,1\n' });
    first!.answer({ id: 1, type: 'parsed', formatName: 'Bill CSV', summary: '1 pools, $1.00', warnings: [] });
    await bill;
    void client.send({ type: 'parse', slot: 'usage', kind: 'usage', text: 'old' });
    void client.send({ type: 'forget', slot: 'usage' });
    const allocation = client.send(ALLOCATE);
    const lines = client.send({ type: 'lines', object: 'orders' });
    first!.answer({ id: 2, type: 'parsed', formatName: 'Usage CSV', summary: '1 topics', warnings: [] });
    first!.answer({ id: 3, type: 'done' });
    first!.answer({ id: 4, type: 'rule', line: 1 });
    first!.answer({ id: 4, type: 'rule', line: 3 });

    vi.advanceTimersByTime(RULE_BUDGET_MS - 1);
    expect(FakeWorker.started).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(await allocation).toEqual({ id: 4, type: 'error', message: slowRuleMessage(3), ruleLine: 3 });
    expect(first!.terminated).toBe(true);
    const second = FakeWorker.started[1]!;
    // The bill as last parsed, then the request still waiting; the forgotten usage is not sent again.
    expect(second.posted.map((request) => [request.id, request.type])).toEqual([
      [1, 'parse'],
      [5, 'lines'],
    ]);
    second.answer({ id: 5, type: 'lines', lines: [] });
    expect(await lines).toEqual({ id: 5, type: 'lines', lines: [] });
  });

  it('gives each rule line the whole budget and stops watching once the regex rules are done', async () => {
    const client = new AttributionClient();
    const [worker] = FakeWorker.started;
    const allocation = client.send(ALLOCATE);
    worker!.answer({ id: 1, type: 'rule', line: 1 });
    vi.advanceTimersByTime(RULE_BUDGET_MS - 100);
    worker!.answer({ id: 1, type: 'rule', line: 2 });
    vi.advanceTimersByTime(RULE_BUDGET_MS - 100);
    worker!.answer({ id: 1, type: 'rule', line: undefined });
    vi.advanceTimersByTime(10 * RULE_BUDGET_MS);
    expect(FakeWorker.started).toHaveLength(1);
    worker!.answer({ id: 1, type: 'error', message: 'the bill has not been read' });
    expect(await allocation).toEqual({ id: 1, type: 'error', message: 'the bill has not been read' });
  });

  it('passes parse progress on and never loads the main-thread session', async () => {
    const client = new AttributionClient();
    const [worker] = FakeWorker.started;
    const fractions: number[] = [];
    const parsed = client.send({ type: 'parse', slot: 'bill', kind: 'bill', text: 'x' }, (fraction) => fractions.push(fraction));
    worker!.answer({ id: 1, type: 'progress', fraction: 0.5 });
    worker!.answer({ id: 1, type: 'error', message: 'bad' });
    expect(await parsed).toEqual({ id: 1, type: 'error', message: 'bad' });
    expect(fractions).toEqual([0.5]);
    expect(worker!.posted).toHaveLength(1);
  });
});

describe('AttributionClient without Worker', () => {
  it('runs the session on the main thread, with no budget', async () => {
    expect(typeof Worker).toBe('undefined');
    const client = new AttributionClient();
    const parsed = await client.send({ type: 'parse', slot: 'bill', kind: 'bill', text: 'pool,amount\ncompute,2.50\n' });
    expect(parsed).toMatchObject({ type: 'parsed', summary: '1 pools, $2.50' });
    expect(await client.send({ ...ALLOCATE, usageSlots: [], rules: 'regex:^c => c' })).toMatchObject({ type: 'allocated' });
  });
});
