import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** KB as the budgets and benchmarks count them: 1000 bytes. */
export const KB = 1000;

/** gzip size in bytes at zlib's default level, as a static host would serve it. */
export function gzipped(content: string | Buffer): number {
  return gzipSync(content).length;
}

/** A built site: its folder and the base path its URLs carry ("/" or "/blog/"). */
export interface BuiltSite {
  dir: string;
  base: string;
}

export function builtSite(dir = process.env.DIST_DIR ?? 'dist', base = process.env.DIST_BASE ?? '/'): BuiltSite {
  return { dir, base: `/${base.replace(/^\/|\/$/g, '')}/`.replace('//', '/') };
}

/** The file in the built site for a same-site URL path ("/_astro/x.js", or under the base path). */
export function siteFile(site: BuiltSite, urlPath: string): string {
  const path = urlPath.split(/[?#]/)[0] ?? '';
  if (!path.startsWith(site.base)) throw new Error(`${urlPath} is outside the base path ${site.base}`);
  const file = join(site.dir, decodeURIComponent(path.slice(site.base.length)));
  if (!existsSync(file)) throw new Error(`${urlPath} is referenced but not in ${site.dir}`);
  return file;
}

// Static imports only: dynamic import() and workers load on demand, not with the page.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']((?:\.{1,2}\/|\/)[^"']+\.m?js)["']/g;

/** Every JS file the entries pull in through static imports, the entries included (URL paths). */
export function moduleClosure(site: BuiltSite, entries: Array<{ url: string; code?: string }>): Set<string> {
  const seen = new Set<string>();
  const visit = (url: string, code: string) => {
    for (const match of code.matchAll(STATIC_IMPORT)) {
      const target = new URL(match[1] ?? '', `http://site${url}`).pathname;
      if (seen.has(target)) continue;
      seen.add(target);
      visit(target, readFileSync(siteFile(site, target), 'utf8'));
    }
  };
  for (const entry of entries) {
    if (entry.code === undefined) {
      if (seen.has(entry.url)) continue;
      seen.add(entry.url);
      visit(entry.url, readFileSync(siteFile(site, entry.url), 'utf8'));
    } else {
      visit(entry.url, entry.code);
    }
  }
  return seen;
}

/** Gzipped bytes of the files behind these URL paths, added up. */
export function gzippedSize(site: BuiltSite, urls: Iterable<string>): number {
  let bytes = 0;
  for (const url of urls) bytes += gzipped(readFileSync(siteFile(site, url)));
  return bytes;
}

/**
 * What hydrating a calculator island downloads: its component and the framework
 * renderer with their static imports, found on the given page of the built site.
 */
export function islandJs(
  site: BuiltSite,
  page: string,
  component: string,
): { componentUrl: string; files: number; bytes: number } | { missing: string } {
  const file = join(site.dir, page);
  if (!existsSync(file)) return { missing: `no ${file}; build first (or set DIST_DIR)` };
  const html = readFileSync(file, 'utf8');
  const island = new RegExp(`<astro-island[^>]*component-url="([^"]*${component}[^"]*)"[^>]*renderer-url="([^"]*)"`).exec(html);
  if (!island?.[1] || !island[2]) return { missing: `no ${component} island on ${page}` };
  const closure = moduleClosure(site, [{ url: island[1] }, { url: island[2] }]);
  return { componentUrl: island[1], files: closure.size, bytes: gzippedSize(site, closure) };
}
