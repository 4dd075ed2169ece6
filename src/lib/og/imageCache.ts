import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validatePng } from './pngSize';

export interface CachedImage {
  png: Uint8Array<ArrayBuffer>;
  /** True when `render` ran; false when the image came from the cache. */
  rendered: boolean;
}

export interface OgImageCacheStats {
  hits: number;
  renders: number;
}

/**
 * Rendered card images on disk, one file per input hash. An image whose
 * inputs did not change is read back instead of rendered; a missing or
 * damaged file is rendered again. Writes go through a temporary file and a
 * rename, so parallel builds sharing the folder never read half a file. A hit
 * refreshes the file's time, so `prune` removes only images no recent build used.
 */
export class OgImageCache {
  readonly stats: OgImageCacheStats = { hits: 0, renders: 0 };

  constructor(readonly dir: string) {}

  fileFor(key: string): string {
    if (!/^[0-9a-f]{16,128}$/.test(key)) throw new Error(`OG image cache key "${key}" is not a lower-case hex digest`);
    return join(this.dir, `${key}.png`);
  }

  async getOrRender(key: string, render: () => Promise<Uint8Array<ArrayBuffer>>): Promise<CachedImage> {
    const file = this.fileFor(key);
    const cached = await readValidPng(file);
    if (cached) {
      this.stats.hits += 1;
      const now = new Date();
      // Only prune's bookkeeping: a file that cannot be touched is still a valid hit.
      await utimes(file, now, now).catch(() => undefined);
      return { png: cached, rendered: false };
    }
    const png = await render();
    validatePng(png, `rendered image for cache key ${key}`);
    this.stats.renders += 1;
    await mkdir(this.dir, { recursive: true });
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, png);
    await rename(temporary, file);
    return { png, rendered: true };
  }

  /** Deletes cached images (and stray temporary files) untouched for longer than `maxAgeMs`; returns how many went. */
  async prune(maxAgeMs: number, now = Date.now()): Promise<number> {
    let entries: string[];
    try {
      entries = await readdir(this.dir);
    } catch {
      return 0;
    }
    let removed = 0;
    for (const entry of entries.filter((name) => name.endsWith('.png') || name.endsWith('.tmp'))) {
      const file = join(this.dir, entry);
      const info = await stat(file).catch(() => undefined);
      if (info && now - info.mtimeMs > maxAgeMs) {
        await unlink(file).catch(() => undefined);
        removed += 1;
      }
    }
    return removed;
  }
}

async function readValidPng(file: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch {
    return undefined;
  }
  try {
    validatePng(bytes, file);
    return bytes;
  } catch {
    return undefined;
  }
}
