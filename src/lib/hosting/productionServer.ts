import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chooseEncoding, type ContentEncoding } from './contentEncoding';
import { headersFor, parseHeadersFile, type HeaderRule } from './headersFile';
import { contentTypeFor, isCompressible } from './mediaTypes';
import { basePrefix, resolvePath } from './resolvePath';

export interface ProductionServerOptions {
  /** The built site (dist/). */
  root: string;
  /** The base path the site was built for (SITE_BASE): "/" or "/blog/". */
  base?: string;
  /** Send a `<file>.br` or `<file>.gz` found beside a file instead of compressing it on the fly. */
  precompressed?: boolean;
}

export interface ListenOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
}

export interface RunningServer {
  /** Origin plus base path, with a trailing slash: http://127.0.0.1:4321/blog/ */
  url: string;
  close(): Promise<void>;
}

interface Body {
  bytes: Buffer;
  encoding?: ContentEncoding;
}

interface Site {
  root: string;
  prefix: string;
  rules: HeaderRule[];
  precompressed: boolean;
  /** Compressed files by path, encoding and modification time: each is compressed once. */
  compressed: Map<string, Buffer>;
}

function readRules(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
}

function isFileIn(root: string): (relative: string) => boolean {
  return (relative) => statSync(join(root, relative), { throwIfNoEntry: false })?.isFile() ?? false;
}

const EXTENSION: Record<ContentEncoding, string> = { br: '.br', gzip: '.gz' };

function compress(bytes: Buffer, encoding: ContentEncoding): Buffer {
  // Brotli at quality 5, about what CDNs use on the fly; 11 (the default) is too slow per request.
  return encoding === 'br' ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(bytes);
}

function encodedBody(site: Site, path: string, mtimeMs: number, encoding: ContentEncoding): Buffer {
  const twin = `${path}${EXTENSION[encoding]}`;
  if (site.precompressed && existsSync(twin)) return readFileSync(twin);
  const key = `${path}\0${encoding}\0${mtimeMs}`;
  let bytes = site.compressed.get(key);
  if (!bytes) {
    bytes = compress(readFileSync(path), encoding);
    site.compressed.set(key, bytes);
  }
  return bytes;
}

function fileBody(site: Site, path: string, mtimeMs: number, contentType: string, req: IncomingMessage): Body {
  const encoding = isCompressible(contentType) ? chooseEncoding(req.headers['accept-encoding']) : undefined;
  return encoding ? { bytes: encodedBody(site, path, mtimeMs, encoding), encoding } : { bytes: readFileSync(path) };
}

/** The path _headers patterns are matched against: the request path without the base, as if the site were at the host's root. */
function siteUrl(site: Site, requestUrl: URL): URL {
  const { pathname } = requestUrl;
  const sitePath = site.prefix && pathname.startsWith(`${site.prefix}/`) ? pathname.slice(site.prefix.length) : pathname;
  return new URL(sitePath, requestUrl);
}

function sendFile(site: Site, req: IncomingMessage, res: ServerResponse, requestUrl: URL, file: string | undefined): void {
  const status = file === undefined ? 404 : 200;
  const path = join(site.root, file ?? '404.html');
  const stat = statSync(path, { throwIfNoEntry: false });
  for (const [name, value] of headersFor(site.rules, siteUrl(site, requestUrl))) res.setHeader(name, value);
  if (!stat) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found\n');
    return;
  }
  const contentType = contentTypeFor(path);
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  res.setHeader('Content-Type', contentType);
  if (isCompressible(contentType)) res.setHeader('Vary', 'Accept-Encoding');
  if (status === 200) res.setHeader('ETag', etag);
  if (status === 200 && req.headers['if-none-match'] === etag) {
    res.writeHead(304).end();
    return;
  }
  const body = fileBody(site, path, stat.mtimeMs, contentType, req);
  if (body.encoding) res.setHeader('Content-Encoding', body.encoding);
  res.writeHead(status, { 'Content-Length': body.bytes.length });
  res.end(req.method === 'HEAD' ? undefined : body.bytes);
}

function handle(site: Site, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('405 Method Not Allowed\n');
    return;
  }
  const requestUrl = new URL(req.url ?? '/', 'http://localhost');
  const resolution = resolvePath(requestUrl.pathname, site.prefix, isFileIn(site.root));
  if (resolution.kind === 'redirect') {
    res.writeHead(301, { Location: `${resolution.location}${requestUrl.search}` }).end();
    return;
  }
  sendFile(site, req, res, requestUrl, resolution.kind === 'file' ? resolution.file : undefined);
}

/**
 * A node:http server over a built site that answers as Cloudflare Pages and
 * Netlify do: the rules of its `_headers` file on every response, brotli or
 * gzip by Accept-Encoding, 404.html with status 404, directory pages at "/x/"
 * with "/x" redirected there, and everything under the base path. `_headers`
 * is read once, as hosts read it at deploy.
 */
export function createProductionServer(options: ProductionServerOptions): Server {
  const site: Site = {
    root: resolve(options.root),
    prefix: basePrefix(options.base ?? '/'),
    rules: readRules(resolve(options.root)),
    precompressed: options.precompressed ?? false,
    compressed: new Map(),
  };
  return createServer((req, res) => {
    try {
      handle(site, req, res);
    } catch (error) {
      console.error(`${req.method} ${req.url} failed:`, error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('500 Internal Server Error\n');
    }
  });
}

/** Starts the production server on host:port and resolves once it listens. */
export async function startProductionServer(options: ProductionServerOptions & ListenOptions): Promise<RunningServer> {
  const server = createProductionServer(options);
  await new Promise<void>((done, fail) => {
    server.once('error', (error) => fail(new Error(`Cannot listen on ${options.host}:${options.port}: ${error.message}`)));
    server.listen(options.port, options.host, done);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the server did not get a TCP port');
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}${basePrefix(options.base ?? '/')}/`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
