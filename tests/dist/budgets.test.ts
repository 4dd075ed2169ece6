import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlPages, readPage } from '../support/builtSite';
import { distDir } from '../support/staticServer';

interface Budgets {
  plainArticleKb: number;
  plainArticleScriptsKb: number;
  calculatorIslandJsKb: number;
  siteCssKb: number;
}

const budgets = JSON.parse(readFileSync(join(import.meta.dirname, '../budgets.json'), 'utf8')) as Budgets;
const base = `/${(process.env.DIST_BASE ?? '/').replace(/^\/|\/$/g, '')}/`.replace('//', '/');
const KB = 1000;

/** gzip size in bytes at zlib's default level. */
function gzipped(content: string | Buffer): number {
  return gzipSync(content).length;
}

/** dist/ file for a same-site URL path ("/_astro/x.js", or under the base path). */
function distFile(urlPath: string): string {
  const path = urlPath.split(/[?#]/)[0] ?? '';
  if (!path.startsWith(base)) throw new Error(`${urlPath} is outside the base path ${base}`);
  const file = join(distDir(), decodeURIComponent(path.slice(base.length)));
  if (!existsSync(file)) throw new Error(`${urlPath} is referenced but not in dist`);
  return file;
}

// Static imports only: dynamic import() and workers load on demand, not with the page.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']((?:\.{1,2}\/|\/)[^"']+\.m?js)["']/g;

/** Every JS file a module pulls in through static imports, itself included (URL paths). */
function moduleClosure(entries: Array<{ url: string; code?: string }>): Set<string> {
  const seen = new Set<string>();
  const visit = (url: string, code: string) => {
    for (const match of code.matchAll(STATIC_IMPORT)) {
      const target = new URL(match[1] ?? '', `http://site${url}`).pathname;
      if (seen.has(target)) continue;
      seen.add(target);
      visit(target, readFileSync(distFile(target), 'utf8'));
    }
  };
  for (const entry of entries) {
    if (entry.code === undefined) {
      if (seen.has(entry.url)) continue;
      seen.add(entry.url);
      visit(entry.url, readFileSync(distFile(entry.url), 'utf8'));
    } else {
      visit(entry.url, entry.code);
    }
  }
  return seen;
}

function stylesheets(root: HTMLElement): string[] {
  return root
    .querySelectorAll('link[rel="stylesheet"]')
    .map((el) => el.getAttribute('href') ?? '')
    .filter((href) => href.startsWith('/'));
}

/** The page's own scripts: external module scripts plus inline ones (JSON-LD is data, not script). */
function pageScripts(page: string, root: HTMLElement): Array<{ url: string; code?: string }> {
  const pageUrl = `${base}${page}`;
  return root
    .querySelectorAll('script')
    .filter((s) => s.getAttribute('type') !== 'application/ld+json')
    .map((s) => (s.getAttribute('src') ? { url: s.getAttribute('src') ?? '' } : { url: pageUrl, code: s.rawText }));
}

const sizeOf = (urls: Iterable<string>) => [...urls].reduce((sum, url) => sum + gzipped(readFileSync(distFile(url))), 0);
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const report: string[] = [];

afterAll(() => {
  console.log(`Page weight (gzip):\n${report.map((line) => `  ${line}`).join('\n')}`);
});

const articles = htmlPages().filter((p) => /^posts\/(?!\d+\/)[^/]+\/index\.html$/.test(p));
const plainArticles = articles.filter((p) => readPage(p).querySelectorAll('astro-island').length === 0);

describe('page weight budgets (tests/budgets.json)', () => {
  it('has plain articles (without a calculator) to measure', () => {
    expect(plainArticles.length).toBeGreaterThan(0);
  });

  it.each(plainArticles)(`%s ships at most ${budgets.plainArticleKb} KB of HTML+CSS+JS, and only small page scripts`, (page) => {
    const root = readPage(page);
    const html = gzipped(readFileSync(join(distDir(), page)));
    const css = sizeOf(stylesheets(root));
    const scripts = pageScripts(page, root);
    const inline = scripts.reduce((sum, s) => sum + (s.code === undefined ? 0 : gzipped(s.code)), 0);
    const js = inline + sizeOf(moduleClosure(scripts));
    report.push(`${page}: HTML ${kb(html)} + CSS ${kb(css)} + JS ${kb(js)} = ${kb(html + css + js)} (budget ${budgets.plainArticleKb} KB, JS ${budgets.plainArticleScriptsKb} KB)`);
    expect(html + css + js).toBeLessThanOrEqual(budgets.plainArticleKb * KB);
    expect(js).toBeLessThanOrEqual(budgets.plainArticleScriptsKb * KB);
  });

  const islands = new Map<string, { renderer: string; page: string }>();
  for (const page of htmlPages()) {
    for (const island of readPage(page).querySelectorAll('astro-island')) {
      const component = island.getAttribute('component-url') ?? '';
      if (!islands.has(component)) islands.set(component, { renderer: island.getAttribute('renderer-url') ?? '', page });
    }
  }

  it.each([...islands])(`calculator island %s ships at most ${budgets.calculatorIslandJsKb} KB of JS`, (component, { renderer, page }) => {
    // What hydrating it downloads: the component and the framework renderer with their static imports.
    const js = sizeOf(moduleClosure([{ url: component }, ...(renderer ? [{ url: renderer }] : [])]));
    report.push(`island ${component} (first on ${page}): JS ${kb(js)} (budget ${budgets.calculatorIslandJsKb} KB)`);
    expect(js).toBeLessThanOrEqual(budgets.calculatorIslandJsKb * KB);
  });

  it(`ships at most ${budgets.siteCssKb} KB of CSS across the whole site`, () => {
    const css = new Set(htmlPages().flatMap((page) => stylesheets(readPage(page))));
    const total = sizeOf(css);
    report.push(`site CSS: ${[...css].join(', ')} = ${kb(total)} (budget ${budgets.siteCssKb} KB)`);
    expect(total).toBeLessThanOrEqual(budgets.siteCssKb * KB);
  });
});
