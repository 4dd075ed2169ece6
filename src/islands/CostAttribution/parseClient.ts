/**
 * Sends pastes to the parse worker and resolves with the result; progress arrives on a callback.
 * Without Worker support the same parse runs on the main thread, loaded on demand.
 */
import type { ParseResponse, SourceKind } from './parseProtocol';

type Pending = { resolve: (response: ParseResponse) => void; onProgress: (fraction: number) => void };

export class ParseClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor() {
    if (typeof Worker === 'undefined') return;
    this.worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<ParseResponse>) => {
      const response = event.data;
      const pending = this.pending.get(response.id);
      if (!pending) return;
      if (response.type === 'progress') {
        pending.onProgress(response.fraction);
        return;
      }
      this.pending.delete(response.id);
      pending.resolve(response);
    };
  }

  async parse(kind: SourceKind, text: string, onProgress: (fraction: number) => void): Promise<ParseResponse> {
    const id = this.nextId++;
    if (!this.worker) {
      const { handleParseRequest } = await import('./parseProtocol');
      return handleParseRequest({ id, kind, text }, onProgress);
    }
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, onProgress });
      this.worker!.postMessage({ id, kind, text });
    });
  }

  close(): void {
    this.worker?.terminate();
    this.pending.clear();
  }
}
