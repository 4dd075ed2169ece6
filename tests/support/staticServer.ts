import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

export interface StaticSite {
  /** Origin plus base path, with a trailing slash: http://127.0.0.1:PORT/blog/ */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Send `<file>.gz` beside a file gzip-encoded when the client accepts it, as hosts compress (the Lighthouse bench). */
  precompressed?: boolean;
}

/**
 * Serves a built site on 127.0.0.1 the way a static host would: files from the
 * directory under the base path, and 404.html with status 404 for everything else.
 */
export async function serveStatic(dir: string, base = '/', options: ServeOptions = {}): Promise<StaticSite> {
  const root = resolve(dir);
  const prefix = `/${base.replace(/^\/|\/$/g, '')}`.replace(/^\/$/, '');
  const files = sirv(root, { dev: true, etag: true, extensions: ['html'], gzip: options.precompressed ?? false });
  const notFound = () => readFileSync(join(root, '404.html'));
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const send404 = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound());
    };
    if (prefix && !(url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`))) return send404();
    req.url = url.slice(prefix.length) || '/';
    files(req, res, send404);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server did not get a TCP port');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** The built site the end-to-end tests run against: DIST_DIR (default dist/) under DIST_BASE (default /). */
export function distDir(): string {
  return resolve(process.env.DIST_DIR ?? 'dist');
}
