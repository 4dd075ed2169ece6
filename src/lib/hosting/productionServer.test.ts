import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProductionServer, type RunningServer } from './productionServer';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request (node's fetch would decompress and follow redirects). */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const page = `<!doctype html><title>Home</title>${'<p>words</p>'.repeat(200)}`;
let dir: string;
let site: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'production-server-'));
  mkdirSync(join(dir, 'posts'));
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, 'posts', 'index.html'), '<title>Posts</title>');
  writeFileSync(join(dir, '404.html'), '<title>Not found</title>');
  writeFileSync(join(dir, 'logo.png'), Buffer.from([137, 80, 78, 71]));
  writeFileSync(join(dir, '_headers'), '/*\n  X-Frame-Options: DENY\n/posts/*\n  Cache-Control: max-age=60\n');
  site = await startProductionServer({ root: dir, base: '/blog/', host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('startProductionServer', () => {
  it('listens under the base path', () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/blog\/$/);
  });

  it('serves a page with its _headers rules, typed, with an ETag that answers 304', async () => {
    const reply = await get(site.url);
    expect(reply.status).toBe(200);
    expect(reply.headers['x-frame-options']).toBe('DENY');
    expect(reply.headers['cache-control']).toBeUndefined();
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body.toString()).toBe(page);
    const again = await get(site.url, { 'If-None-Match': String(reply.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('applies path rules matched without the base path', async () => {
    const reply = await get(`${site.url}posts/`);
    expect(reply.headers['cache-control']).toBe('max-age=60');
  });

  it('compresses with brotli or gzip as the client asks, and never images', async () => {
    const br = await get(site.url, { 'Accept-Encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    const gzip = await get(site.url, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(page);
    const png = await get(`${site.url}logo.png`, { 'Accept-Encoding': 'gzip, br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['content-type']).toBe('image/png');
  });

  it('sends 404.html with status 404 and the _headers rules, inside and outside the base', async () => {
    for (const url of [`${site.url}missing/`, new URL('/elsewhere/', site.url).href, `${site.url}_headers`]) {
      const reply = await get(url);
      expect(reply.status, url).toBe(404);
      expect(reply.body.toString()).toBe('<title>Not found</title>');
      expect(reply.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('redirects a directory without its slash, keeping the query, and the bare base', async () => {
    const reply = await get(`${site.url}posts?page=2`);
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe('/blog/posts/?page=2');
    expect((await get(new URL('/blog', site.url).href)).headers.location).toBe('/blog/');
  });

  it('answers HEAD without a body and other methods with 405', async () => {
    const head = await get(site.url, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(page)));
    expect(head.body.length).toBe(0);
    const post = await get(site.url, {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});

describe('startProductionServer errors', () => {
  it('says which address it could not listen on', async () => {
    const port = Number(new URL(site.url).port);
    await expect(startProductionServer({ root: dir, host: '127.0.0.1', port })).rejects.toThrow(`Cannot listen on 127.0.0.1:${port}`);
  });

  it('refuses a malformed _headers file at start, naming the line', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'production-server-bad-'));
    writeFileSync(join(bad, '_headers'), '/*\n  not a header\n');
    try {
      await expect(startProductionServer({ root: bad, host: '127.0.0.1', port: 0 })).rejects.toThrow('_headers line 2');
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
