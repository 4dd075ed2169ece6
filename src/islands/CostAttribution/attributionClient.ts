/**
 * The page's side of the attribution worker: each call sends one request and resolves with its
 * answer; parse progress arrives on a callback. Without Worker support the same session runs on
 * the main thread, loaded on demand.
 */
import type { AttributionSession, SessionRequest, SessionResponse } from './attributionSession';

type Pending = { resolve: (response: SessionResponse) => void; onProgress?: ((fraction: number) => void) | undefined };
type RequestBody = SessionRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class AttributionClient {
  private worker: Worker | undefined;
  private local: Promise<AttributionSession> | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor() {
    if (typeof Worker === 'undefined') return;
    this.worker = new Worker(new URL('./attributionWorker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<SessionResponse>) => {
      const response = event.data;
      const pending = this.pending.get(response.id);
      if (!pending) return;
      if (response.type === 'progress') {
        pending.onProgress?.(response.fraction);
        return;
      }
      this.pending.delete(response.id);
      pending.resolve(response);
    };
  }

  async send(body: RequestBody, onProgress?: (fraction: number) => void): Promise<SessionResponse> {
    const request = { ...body, id: this.nextId++ } as SessionRequest;
    if (!this.worker) {
      this.local ??= import('./attributionSession').then(({ AttributionSession }) => new AttributionSession());
      return (await this.local).handle(request, onProgress ?? (() => undefined));
    }
    return new Promise((resolve) => {
      this.pending.set(request.id, { resolve, onProgress });
      this.worker!.postMessage(request);
    });
  }

  close(): void {
    this.worker?.terminate();
    this.pending.clear();
  }
}
