import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/projectCopy';
import { serveStatic, type StaticSite } from '../support/staticServer';
import { openPage } from './harness';

/**
 * Search on a site built for and served under /blog/. The build comes from
 * SEARCH_BASE_DIST_DIR when set (a `SITE_BASE=/blog/` build made beforehand);
 * otherwise this file builds one in a throw-away copy of the project.
 */
const base = '/blog/';
let copy: ProjectCopy | undefined;
let site: StaticSite;

beforeAll(async () => {
  let dir = process.env.SEARCH_BASE_DIST_DIR ? resolve(process.env.SEARCH_BASE_DIST_DIR) : '';
  if (!dir) {
    copy = copyProject('search-base-path-');
    const build = copy.astro(['build'], { SITE_BASE: base });
    if (build.status !== 0) throw new Error(`The ${base} build failed:\n${build.output.slice(-3000)}`);
    dir = join(copy.dir, 'dist');
  }
  if (!existsSync(join(dir, 'pagefind', 'pagefind.js'))) throw new Error(`No search index in ${dir}/pagefind: is it a built site?`);
  site = await serveStatic(dir, base);
}, 300_000);

afterAll(async () => {
  await site?.close();
  copy?.remove();
});

/** Opens a path of the /blog/ site in the shared browser, recording console errors and failed requests. */
const openUnderBase = (path: string) => openPage(path, { siteRoot: site.url });

describe(`search under the base path ${base}`, () => {
  it('finds pages from /search/ and every result link stays under the base', async () => {
    const { page, consoleErrors, failedRequests, close } = await openUnderBase('/search/?q=kafka');
    await page.waitForFunction(() => /results? for “kafka”/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(1);
    for (const href of hrefs) expect(href.startsWith(base)).toBe(true);

    const first = page.locator('#search-results > li h3 a').first();
    const target = new URL((await first.getAttribute('href')) as string, page.url()).pathname;
    await Promise.all([page.waitForURL((url) => url.pathname === target), first.click()]);
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    expect(failedRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('loads the index from under the base when the dialog opens, with deep links under the base', async () => {
    const opened = await openUnderBase('/about/');
    const requests: string[] = [];
    opened.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await opened.page.keyboard.press('/');
    await opened.page.keyboard.type('partitions');
    await opened.page.waitForFunction(() => /results? for “partitions”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(requests).toContain(`${base}pagefind/pagefind.js`);
    expect(requests.filter((path) => path.includes('/pagefind/')).every((path) => path.startsWith(`${base}pagefind/`))).toBe(true);
    const hrefs = await opened.page
      .locator('[data-search-results] a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(hrefs.some((href) => href.includes('#'))).toBe(true);
    for (const href of hrefs) expect(href.startsWith(base)).toBe(true);
    // The page around the dialog is a /blog/ build too: its own site links carry the base.
    const siteLinks = await opened.page.locator('a[href^="/"], link[href^="/"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
    expect(siteLinks.filter((href) => !href.startsWith(base))).toEqual([]);
    expect(await opened.page.locator('[data-search-full]').getAttribute('href')).toBe(`${base}search/?q=partitions`);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.failedRequests).toEqual([]);
    await opened.close();
  });
});
