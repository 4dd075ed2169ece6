import { resolve } from 'node:path';
import { startProductionServer, type RunningServer } from '../../src/lib/hosting/productionServer';

/** A served site: its URL (origin plus base path, with a trailing slash: http://127.0.0.1:PORT/blog/) and how to stop it. */
export type StaticSite = RunningServer;

export interface ServeOptions {
  /** Send `<file>.gz`/`<file>.br` twins found beside files instead of compressing on the fly (the Lighthouse bench). */
  precompressed?: boolean;
}

/**
 * Serves a built site on 127.0.0.1, on a free port, with the server `npm start`
 * runs (src/lib/hosting/productionServer.ts): _headers applied, brotli/gzip,
 * 404.html with status 404, everything under the base path.
 */
export function serveStatic(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticSite> {
  return startProductionServer({ root: dir, base, host: '127.0.0.1', port: 0, precompressed: options.precompressed });
}

/** The built site the end-to-end tests run against: DIST_DIR (default dist/) under DIST_BASE (default /). */
export function distDir(): string {
  return resolve(process.env.DIST_DIR ?? 'dist');
}
