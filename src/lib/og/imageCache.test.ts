import { mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OgImageCache } from './imageCache';

/** A structurally complete PNG of the given size (IHDR, IDAT, IEND with CRCs), as validatePng requires. */
function fakePng(width: number, height: number): Uint8Array<ArrayBuffer> {
  const chunk = (type: string, data: number[]) => {
    const body = Uint8Array.from([...type].map((c) => c.charCodeAt(0)).concat(data));
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(body, 4);
    view.setUint32(8 + data.length, crc32(body));
    return [...out];
  };
  const be32 = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
    ...chunk('IHDR', [...be32(width), ...be32(height), 8, 2, 0, 0, 0]),
    ...chunk('IDAT', [1, 2, 3]),
    ...chunk('IEND', []),
  ]);
}

const KEY_A = 'a'.repeat(64);
const KEY_B = 'b'.repeat(64);

describe('OgImageCache', () => {
  let dir: string;
  let calls: number;
  const render = (png: Uint8Array<ArrayBuffer>) => async () => {
    calls += 1;
    return png;
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'og-cache-test-'));
    calls = 0;
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('renders a missing image once, stores it under its key, and reads it back after that', async () => {
    const cache = new OgImageCache(join(dir, 'nested'));
    const first = await cache.getOrRender(KEY_A, render(fakePng(1200, 630)));
    expect(first.rendered).toBe(true);
    expect(await readdir(join(dir, 'nested'))).toEqual([`${KEY_A}.png`]);

    const second = await cache.getOrRender(KEY_A, render(fakePng(1, 1)));
    expect(second.rendered).toBe(false);
    expect(second.png).toEqual(fakePng(1200, 630));
    expect(calls).toBe(1);
    expect(cache.stats).toEqual({ hits: 1, renders: 1 });
  });

  it('survives a new process: a fresh cache over the same folder renders nothing for unchanged keys', async () => {
    await new OgImageCache(dir).getOrRender(KEY_A, render(fakePng(2, 2)));
    const rebuilt = new OgImageCache(dir);
    await rebuilt.getOrRender(KEY_A, render(fakePng(2, 2)));
    await rebuilt.getOrRender(KEY_B, render(fakePng(3, 3)));
    expect(rebuilt.stats).toEqual({ hits: 1, renders: 1 });
    expect(calls).toBe(2);
  });

  it('renders again over a damaged file', async () => {
    const cache = new OgImageCache(dir);
    // An intact header over a cut-off body: a build killed mid-write by something other than this cache.
    await writeFile(cache.fileFor(KEY_A), fakePng(7, 7).subarray(0, 40));
    const result = await cache.getOrRender(KEY_A, render(fakePng(5, 5)));
    expect(result.rendered).toBe(true);
    expect(new Uint8Array(await readFile(cache.fileFor(KEY_A)))).toEqual(fakePng(5, 5));
  });

  it('prunes images no build has used for longer than the limit, and a hit counts as use', async () => {
    const DAY = 86_400_000;
    const cache = new OgImageCache(dir);
    await cache.getOrRender(KEY_A, render(fakePng(1, 1)));
    await cache.getOrRender(KEY_B, render(fakePng(2, 2)));
    const longAgo = new Date(Date.now() - 40 * DAY);
    await utimes(cache.fileFor(KEY_A), longAgo, longAgo);
    await utimes(cache.fileFor(KEY_B), longAgo, longAgo);
    await writeFile(join(dir, 'notes.txt'), 'not ours');
    await utimes(join(dir, 'notes.txt'), longAgo, longAgo);

    await cache.getOrRender(KEY_B, render(fakePng(9, 9)));
    expect((await stat(cache.fileFor(KEY_B))).mtimeMs).toBeGreaterThan(Date.now() - DAY);

    expect(await cache.prune(30 * DAY)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual([`${KEY_B}.png`, 'notes.txt']);
    expect(await new OgImageCache(join(dir, 'missing')).prune(DAY)).toBe(0);
  });

  it('refuses keys that are not hex digests and renders that are not PNGs, and caches neither', async () => {
    const cache = new OgImageCache(dir);
    expect(() => cache.fileFor('../escape')).toThrow('OG image cache key "../escape" is not a lower-case hex digest');
    await expect(cache.getOrRender(KEY_A, render(new Uint8Array(new TextEncoder().encode('<svg/>'))))).rejects.toThrow(
      `rendered image for cache key ${KEY_A}: 6 bytes is too short for a PNG header`,
    );
    expect(await readdir(dir)).toEqual([]);
  });
});
