import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlPages, readPage } from '../support/builtSite';
import { distDir } from '../support/staticServer';
import { builtSite, gzipped, gzippedSize, KB, moduleClosure, siteFile } from '../support/bundleSize';

interface Budgets {
  plainArticleKb: number;
  plainArticleScriptsKb: number;
  preloadedFontKb: number;
  calculatorIslandJsKb: number;
  /** Per-island budgets by component name, each with its reason in the source field. */
  islandJsKbOverrides?: Record<string, number>;
  siteCssKb: number;
}

const budgets = JSON.parse(readFileSync(join(import.meta.dirname, '../budgets.json'), 'utf8')) as Budgets;
const site = builtSite(distDir());

function stylesheets(root: HTMLElement): string[] {
  return root
    .querySelectorAll('link[rel="stylesheet"]')
    .map((el) => el.getAttribute('href') ?? '')
    .filter((href) => href.startsWith('/'));
}

/** Fonts the page preloads: fetched with the first screen, so they count towards the first load. */
function preloadedFonts(root: HTMLElement): string[] {
  return root.querySelectorAll('link[rel="preload"][as="font"]').map((el) => el.getAttribute('href') ?? '');
}

/** woff2 is already compressed (Brotli inside): hosts send it as it is, so its size on disk is what travels. */
const fileSize = (urls: Iterable<string>) => [...urls].reduce((sum, url) => sum + statSync(siteFile(site, url)).size, 0);

/** The page's own scripts: external module scripts plus inline ones (JSON-LD is data, not script). */
function pageScripts(page: string, root: HTMLElement): Array<{ url: string; code?: string }> {
  const pageUrl = `${site.base}${page}`;
  return root
    .querySelectorAll('script')
    .filter((s) => s.getAttribute('type') !== 'application/ld+json')
    .map((s) => (s.getAttribute('src') ? { url: s.getAttribute('src') ?? '' } : { url: pageUrl, code: s.rawText }));
}

const sizeOf = (urls: Iterable<string>) => gzippedSize(site, urls);
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

  it.each(plainArticles)(`%s ships at most ${budgets.plainArticleKb} KB of HTML+CSS+JS+preloaded font, and only small page scripts`, (page) => {
    const root = readPage(page);
    const html = gzipped(readFileSync(join(distDir(), page)));
    const css = sizeOf(stylesheets(root));
    const scripts = pageScripts(page, root);
    const inline = scripts.reduce((sum, s) => sum + (s.code === undefined ? 0 : gzipped(s.code)), 0);
    const js = inline + sizeOf(moduleClosure(site, scripts));
    const fonts = preloadedFonts(root);
    const font = fileSize(fonts);
    const total = html + css + js + font;
    report.push(`${page}: HTML ${kb(html)} + CSS ${kb(css)} + JS ${kb(js)} + font ${kb(font)} = ${kb(total)} (budget ${budgets.plainArticleKb} KB, font ${budgets.preloadedFontKb} KB, JS ${budgets.plainArticleScriptsKb} KB)`);
    expect(fonts.length).toBeGreaterThan(0);
    expect(font).toBeLessThanOrEqual(budgets.preloadedFontKb * KB);
    expect(total).toBeLessThanOrEqual(budgets.plainArticleKb * KB);
    expect(js).toBeLessThanOrEqual(budgets.plainArticleScriptsKb * KB);
  });

  const islands = new Map<string, { renderer: string; page: string }>();
  for (const page of htmlPages()) {
    for (const island of readPage(page).querySelectorAll('astro-island')) {
      const component = island.getAttribute('component-url') ?? '';
      if (!islands.has(component)) islands.set(component, { renderer: island.getAttribute('renderer-url') ?? '', page });
    }
  }

  /** An island's budget: its own override (by component name, e.g. KafkaSizing), else the shared one. */
  const islandBudgetKb = (component: string): number => {
    const name = /\/([A-Za-z]+)\.[^/]*\.js$/.exec(component)?.[1] ?? '';
    return new Map(Object.entries(budgets.islandJsKbOverrides ?? {})).get(name) ?? budgets.calculatorIslandJsKb;
  };

  it.each([...islands])('calculator island %s ships no more JS than its budget', (component, { renderer, page }) => {
    // What hydrating it downloads: the component and the framework renderer with their static imports.
    const js = sizeOf(moduleClosure(site, [{ url: component }, ...(renderer ? [{ url: renderer }] : [])]));
    const budget = islandBudgetKb(component);
    report.push(`island ${component} (first on ${page}): JS ${kb(js)} (budget ${budget} KB)`);
    expect(js).toBeLessThanOrEqual(budget * KB);
  });

  it(`ships at most ${budgets.siteCssKb} KB of CSS across the whole site`, () => {
    const css = new Set(htmlPages().flatMap((page) => stylesheets(readPage(page))));
    const total = sizeOf(css);
    report.push(`site CSS: ${[...css].join(', ')} = ${kb(total)} (budget ${budgets.siteCssKb} KB)`);
    expect(total).toBeLessThanOrEqual(budgets.siteCssKb * KB);
  });
});
