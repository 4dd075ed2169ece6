/**
 * The page's side of the attribution worker: each call sends one request and resolves with its
 * answer; parse progress arrives on a callback. A regex rule line that runs past RULE_BUDGET_MS
 * (the worker names each line before running it) gets its request answered with an error naming
 * the line, and the worker is replaced by a fresh one that is sent every input again.
 * Without Worker support the same session runs on the main thread, loaded on demand; no budget
 * can be enforced there, since nothing stops a regex running on the page's own thread.
 */
import { RULE_BUDGET_MS, slowRuleMessage } from '../../lib/kafka/attribution/ruleBudget';
import type { AttributionSession, SessionRequest, SessionResponse } from './attributionSession';

type Pending = { request: SessionRequest; resolve: (response: SessionResponse) => void; onProgress?: ((fraction: number) => void) | undefined };
type RequestBody = SessionRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class AttributionClient {
  private worker: Worker | undefined;
  private local: Promise<AttributionSession> | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** The last parse request per input: all a replacement worker needs to hold what the old one held. */
  private readonly parses = new Map<string, SessionRequest>();
  /** Stops the regex rule line the worker is running now, once its budget is spent. */
  private ruleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    // The worker, once started, is only ever replaced, never dropped: the main-thread session below is for browsers without Worker alone.
    if (typeof Worker !== 'undefined') this.worker = this.startWorker();
  }

  async send(body: RequestBody, onProgress?: (fraction: number) => void): Promise<SessionResponse> {
    const request = { ...body, id: this.nextId++ } as SessionRequest;
    if (!this.worker) {
      this.local ??= import('./attributionSession').then(({ AttributionSession }) => new AttributionSession());
      return (await this.local).handle(request, (progress) => (progress.type === 'progress' ? onProgress?.(progress.fraction) : undefined));
    }
    this.remember(request);
    return new Promise((resolve) => {
      this.pending.set(request.id, { request, resolve, onProgress });
      this.worker!.postMessage(request);
    });
  }

  close(): void {
    clearTimeout(this.ruleTimer);
    this.worker?.terminate();
    this.pending.clear();
  }

  private startWorker(): Worker {
    const worker = new Worker(new URL('./attributionWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SessionResponse>) => this.receive(event.data);
    return worker;
  }

  private remember(request: SessionRequest): void {
    if (request.type === 'parse') this.parses.set(request.slot, request);
    if (request.type === 'forget') this.parses.delete(request.slot);
  }

  private receive(response: SessionResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    if (response.type === 'progress') {
      pending.onProgress?.(response.fraction);
      return;
    }
    if (response.type === 'rule') {
      this.watchRule(response.id, response.line);
      return;
    }
    this.pending.delete(response.id);
    pending.resolve(response);
  }

  /** Each regex rule line gets the whole budget from the moment the worker starts on it. */
  private watchRule(id: number, line: number | undefined): void {
    clearTimeout(this.ruleTimer);
    this.ruleTimer = line === undefined ? undefined : setTimeout(() => this.stopRule(id, line), RULE_BUDGET_MS);
  }

  /** Replaces the stuck worker, gives it every input and unanswered request again, and answers the stuck request. */
  private stopRule(id: number, line: number): void {
    this.ruleTimer = undefined;
    const stuck = this.pending.get(id);
    this.pending.delete(id);
    this.worker!.terminate();
    this.worker = this.startWorker();
    // In the order they were first sent, each once: a pending parse is also an input's last parse.
    const resend = new Map<number, SessionRequest>([...this.parses.values(), ...[...this.pending.values()].map((pending) => pending.request)].map((request) => [request.id, request]));
    for (const request of [...resend.values()].sort((a, b) => a.id - b.id)) this.worker.postMessage(request);
    stuck?.resolve({ id, type: 'error', message: slowRuleMessage(line), ruleLine: line });
  }
}
