import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readerQueries } from '../../bench/searchQueries';
import { distDir } from '../support/staticServer';
import { openPage, siteUrl, type OpenedPage } from './harness';

/** Site paths ("/posts/x/") of the built pages Pagefind indexes: those with data-pagefind-body. */
function indexedPaths(): string[] {
  const root = distDir();
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      else if (entry.name === 'index.html' && readFileSync(path, 'utf8').includes('data-pagefind-body')) {
        found.push(`/${relative(root, dir).split(sep).join('/')}/`.replace(/^\/\/$/, '/'));
      }
    }
  };
  walk(root);
  return found.sort();
}

interface PageTexts {
  title: string;
  /** Indexed text: the data-pagefind-body region minus data-pagefind-ignore parts. */
  indexed: string;
  /** A talk's abstract. */
  abstract: string;
  /** A talk's slide text section. */
  slides: string;
}

/**
 * Reads what the index holds for each page, with the same rules Pagefind applies.
 * Parsed in a page of its own: the parsed documents' style attributes trip the
 * site's CSP in the console, which the tests below must keep clean.
 */
async function readTexts(paths: string[]): Promise<Record<string, PageTexts>> {
  const reader = await openPage('/search/');
  const urls = paths.map((path) => siteUrl(path));
  const texts = await reader.page.evaluate(async (list) => {
    const out: Record<string, { title: string; indexed: string; abstract: string; slides: string }> = {};
    for (const url of list) {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
      const slides = doc.querySelector('#slide-text')?.closest('section')?.textContent ?? '';
      const abstract = doc.querySelector('article .prose')?.textContent ?? '';
      const body = doc.querySelector('[data-pagefind-body]');
      body?.querySelectorAll('[data-pagefind-ignore], script, style').forEach((node) => node.remove());
      const title = doc.querySelector('h1')?.textContent?.trim() ?? '';
      out[url] = { title, indexed: body?.textContent ?? '', abstract, slides };
    }
    return out;
  }, urls);
  await reader.close();
  return Object.fromEntries(paths.map((path, i) => [path, texts[urls[i] as string] as PageTexts]));
}

const words = (text: string) => text.toLowerCase().match(/\p{Ll}{8,}/gu) ?? [];

/**
 * A word of `region` that no other text contains even in a related form
 * (Pagefind stems words, so "partitions" would also match "partitioning").
 */
function distinctiveWord(region: string, others: string[]): string {
  const haystack = others.join(' ').toLowerCase();
  const word = words(region).find((candidate) => !haystack.includes(candidate.slice(0, Math.max(6, candidate.length - 3))));
  if (!word) throw new Error(`No word in this text appears nowhere else: ${region.slice(0, 120)}…`);
  return word;
}

async function searchFor(page: Page, query: string): Promise<void> {
  const input = page.locator('#search-page-input');
  await input.fill(query);
  await page.waitForFunction(
    (expected) => (document.querySelector('#search-status')?.textContent ?? '').includes(expected),
    `“${query.trim().replace(/\s+/g, ' ')}”`,
  );
}

const resultLinks = (page: Page) => page.locator('#search-results > li h3 a');
const resultPaths = async (page: Page) =>
  (await resultLinks(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)));

describe('search', () => {
  let paths: string[];
  let texts: Record<string, PageTexts>;
  let searchPage: OpenedPage;

  beforeAll(async () => {
    paths = indexedPaths();
    texts = await readTexts(paths);
    searchPage = await openPage('/search/');
  });

  afterAll(async () => {
    await searchPage.close();
  });

  it('indexes posts, talks, repos, tools and about, and no list page or 404', () => {
    const kinds = new Set(paths.map((path) => path.split('/')[1]));
    expect([...kinds].sort()).toEqual(['about', 'posts', 'repos', 'talks', 'tools']);
    expect(paths).not.toContain('/');
    expect(paths).not.toContain('/posts/');
    expect(paths).not.toContain('/tags/');
    expect(paths).not.toContain('/search/');
    expect(paths.some((path) => path.startsWith('/404'))).toBe(false);
  });

  it('finds a post first by a word that appears only in it', async () => {
    const post = paths.find((path) => path.startsWith('/posts/')) as string;
    const others = paths.filter((path) => path !== post).map((path) => texts[path]?.indexed ?? '');
    const word = distinctiveWord(texts[post]?.indexed ?? '', others);
    await searchFor(searchPage.page, word);
    expect((await resultPaths(searchPage.page))[0]).toBe(new URL(siteUrl(post)).pathname);
  });

  it('ranks a post whose title holds the words above pages that only mention them', async () => {
    const { page } = searchPage;
    const post = paths.find((path) => path.startsWith('/posts/')) as string;
    await searchFor(page, texts[post]?.title ?? '');
    expect((await resultPaths(page))[0]).toBe(new URL(siteUrl(post)).pathname);
  });

  it.each(readerQueries.filter((entry) => entry.within !== undefined))(
    'puts the page a reader wants for $query within the first $within',
    async ({ query, wants, within }) => {
      await searchFor(searchPage.page, query);
      const rank = (await resultPaths(searchPage.page)).indexOf(new URL(siteUrl(wants)).pathname) + 1;
      expect(rank, `rank of ${wants}`).toBeGreaterThan(0);
      expect(rank, `rank of ${wants}`).toBeLessThanOrEqual(within as number);
    },
  );

  it('ranks no sample entry above a real page', async () => {
    const { page } = searchPage;
    for (const { query } of readerQueries) {
      await searchFor(page, query);
      const samples = await resultLinks(page).evaluateAll((links) => links.map((link) => (link.textContent ?? '').trim().endsWith('(sample)')));
      const firstSample = samples.indexOf(true);
      if (firstSample >= 0) expect(samples.slice(firstSample), `results for “${query}”`).not.toContain(false);
    }
  });

  it('finds the cost post by the synonyms it never shows, read by no one on the page', async () => {
    const { page } = searchPage;
    await searchFor(page, 'showback');
    expect(await resultPaths(page)).toContain(new URL(siteUrl('/posts/which-topic-is-costing-us/')).pathname);
    const post = await openPage('/posts/which-topic-is-costing-us/');
    expect(await post.page.evaluate(() => document.body.innerText.toLowerCase())).not.toContain('showback');
    const tree = await post.page.locator('body').ariaSnapshot();
    expect(tree.toLowerCase()).not.toContain('showback');
    await post.close();
  });

  it('leaves the calculator form and inputs table of tool pages out of the index', async () => {
    const { page } = searchPage;
    // A parameter name of the sizing form, shown on the page only in the form and the inputs table.
    await searchFor(page, 'write-peak');
    expect((await resultPaths(page)).filter((path) => path.includes('/tools/'))).toEqual([]);
  });

  it('finds a talk by a word only its abstract holds', async () => {
    const talk = paths.find((path) => path.startsWith('/talks/') && (texts[path]?.abstract ?? '') !== '') as string;
    const others = paths.filter((path) => path !== talk).map((path) => texts[path]?.indexed ?? '');
    const word = distinctiveWord(texts[talk]?.abstract ?? '', others);
    await searchFor(searchPage.page, word);
    const found = await resultPaths(searchPage.page);
    expect(found[0]).toBe(new URL(siteUrl(talk)).pathname);
    expect(await searchPage.page.locator('#search-results > li').first().textContent()).toContain('Talk');
  });

  it('finds a talk by a word that is only on its PDF slides', async () => {
    const talk = paths.find((path) => (texts[path]?.slides ?? '') !== '');
    expect(talk, 'a talk with a local PDF deck shows its slide text').toBeDefined();
    const t = texts[talk as string] as PageTexts;
    const others = [...paths.filter((path) => path !== talk).map((path) => texts[path]?.indexed ?? ''), t.indexed.replace(t.slides, '')];
    const word = distinctiveWord(t.slides, others);
    await searchFor(searchPage.page, word);
    expect((await resultPaths(searchPage.page))[0]).toBe(new URL(siteUrl(talk as string)).pathname);
  });

  it('shows type, title, date, a highlighted excerpt and section deep links', async () => {
    const { page } = searchPage;
    await searchFor(page, 'kafka');
    const first = page.locator('#search-results > li').filter({ has: page.locator('time') }).first();
    expect(await first.locator('h3 a').textContent()).not.toBe('');
    expect(await first.locator('p').first().textContent()).toMatch(/^(Post|Talk|Repo) · /);
    expect(await first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
    expect((await page.locator('#search-results mark').first().textContent())?.toLowerCase()).toContain('kafka');
    const deepLink = page.locator('#search-results li li a[href*="#"]').first();
    const href = (await deepLink.getAttribute('href')) as string;
    const anchor = decodeURIComponent(new URL(href, siteUrl()).hash.slice(1));
    const targetHtml = await page.evaluate(async (url) => (await fetch(url)).text(), new URL(href, siteUrl()).href);
    expect(targetHtml).toContain(`id="${anchor}"`);
  });

  it('narrows results with the type filter and keeps it in the URL', async () => {
    const { page } = searchPage;
    await searchFor(page, 'kafka');
    const all = await resultPaths(page);
    await page.selectOption('#search-type', 'talk');
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('among talks'));
    const talks = await resultPaths(page);
    expect(talks.length).toBeGreaterThan(0);
    expect(talks.length).toBeLessThan(all.length);
    expect(talks.every((path) => path.includes('/talks/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('type')).toBe('talk');

    // Back returns to every type, the form and results follow the URL.
    await page.goBack();
    await page.waitForFunction(() => !(document.querySelector('#search-status')?.textContent ?? '').includes('among'));
    expect(new URL(page.url()).searchParams.get('type')).toBeNull();
    expect(await page.locator('#search-type').inputValue()).toBe('');
    expect(await resultPaths(page)).toEqual(all);
  });

  it('browses every tool page with the type filter alone', async () => {
    const { page, close } = await openPage('/search/?type=tool');
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('among tools'));
    const tools = paths.filter((path) => path.startsWith('/tools/')).map((path) => new URL(siteUrl(path)).pathname);
    expect((await resultPaths(page)).sort()).toEqual(tools);
    for (const text of await page.locator('#search-results > li > p:first-child').allTextContents()) expect(text).toMatch(/^Tool/);
    await close();
  });

  it('filters by tag and sorts by date, newest first, undated pages last', async () => {
    const { page, close } = await openPage('/search/?tag=kafka&sort=date');
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('tagged #kafka'));
    expect(await page.locator('#search-sort').inputValue()).toBe('date');
    const items = page.locator('#search-results > li');
    expect(await items.count()).toBeGreaterThan(1);
    for (const text of await items.allTextContents()) expect(text).toContain('#kafka');
    const dates = await page.locator('#search-results > li > p time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    await close();
  });

  it('comes back to the same search after following a result', async () => {
    const { page, consoleErrors, close } = await openPage('/search/?q=retention&type=post');
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('“retention”'));
    const before = await resultPaths(page);
    const first = resultLinks(page).first();
    const target = new URL((await first.getAttribute('href')) as string, page.url()).pathname;
    await Promise.all([page.waitForURL((url) => url.pathname === target), first.click()]);
    await page.goBack();
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('“retention”'));
    expect(await page.locator('#search-page-input').inputValue()).toBe('retention');
    expect(await page.locator('#search-type').inputValue()).toBe('post');
    expect(await resultPaths(page)).toEqual(before);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('focuses its own input for / and Ctrl+K instead of opening the dialog', async () => {
    const { page, close } = await openPage('/search/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
    expect(await page.evaluate(() => document.querySelector<HTMLDialogElement>('#search-dialog')?.open)).toBe(false);
    await close();
  });

  it('opens a shared link with the query in the URL', async () => {
    const { page, close } = await openPage('/search/?q=partitions&type=talk');
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('“partitions”'));
    expect(await page.locator('#search-page-input').inputValue()).toBe('partitions');
    expect(await page.locator('#search-type').inputValue()).toBe('talk');
    await close();
  });

  it('shows ten results at a time, and Show more focuses the first new one', async () => {
    const { page } = searchPage;
    await searchFor(page, 'the');
    const total = Number(/^(\d+) results/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('#search-results > li').count()).toBe(10);
    await page.locator('#search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10);
    expect(await page.locator('#search-results > li').count()).toBe(Math.min(total, 20));
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.children[10]?.contains(document.activeElement))).toBe(true);
  });

  it('says so when nothing matches', async () => {
    await searchFor(searchPage.page, 'qzxvbnmwpl');
    expect(await searchPage.page.locator('#search-status').textContent()).toBe('No results for “qzxvbnmwpl”.');
    expect(await searchPage.page.locator('#search-empty').isVisible()).toBe(true);
    expect(await resultLinks(searchPage.page).count()).toBe(0);
  });

  it('suggests the nearest indexed spelling of a typo, and Enter on it runs that search', async () => {
    const { page } = searchPage;
    await searchFor(page, 'sizng');
    const suggestion = page.locator('#search-suggestion');
    await suggestion.getByRole('link', { name: 'sizing' }).waitFor();
    expect(await suggestion.textContent()).toBe('Did you mean sizing?');
    await suggestion.getByRole('link').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /results? for “sizing”/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-page-input').inputValue()).toBe('sizing');
    expect(new URL(page.url()).searchParams.get('q')).toBe('sizing');
    expect(await suggestion.isHidden()).toBe(true);
    expect((await resultPaths(page))[0]).toBe(new URL(siteUrl('/posts/kafka-sizing-without-hand-waving/')).pathname);
  });

  it('explains a bad parameter in the URL instead of failing', async () => {
    const { page, consoleErrors, close } = await openPage('/search/?q=kafka&type=video');
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('“kafka”'));
    expect(await page.locator('#search-notices').textContent()).toContain('Unknown type “video”');
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('treats odd input as text: no error, nothing injected', async () => {
    const { page, consoleErrors, failedRequests, close } = await openPage('/search/');
    const odd = [
      '<script>window.__injected = 1</script>',
      '<img src=x onerror="window.__injected = 1">',
      `"quoted" 'single' \`back\``,
      'kafka '.repeat(84).slice(0, 500),
      '🦀 streaming 🚀',
      '      ',
    ];
    for (const query of odd) {
      await page.locator('#search-page-input').fill(query);
      if (query.trim() === '') {
        await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').startsWith('Type a word'));
      } else {
        await page.waitForFunction(
          () => /results? for|No results/.test(document.querySelector('#search-status')?.textContent ?? ''),
        );
      }
      expect(await page.locator('#search-results script, #search-results img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    }
    expect(new URL(page.url()).searchParams.get('q')).toBe(null);
    await page.locator('#search-page-input').fill(odd[0] as string);
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('“<script>'));
    expect(new URL(page.url()).searchParams.get('q')).toBe(odd[0]);
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    await close();
  });

  it('has no console errors or failed requests while searching', () => {
    expect(searchPage.consoleErrors).toEqual([]);
    expect(searchPage.failedRequests).toEqual([]);
  });
});

describe('search dialog', () => {
  const searchRequests = (urls: string[]) => urls.filter((url) => /\/pagefind\/|searchDialog|searchRunner/.test(url));

  it('loads no search code on a page that is only read', async () => {
    const opened = await openPage('/about/');
    const requests: string[] = [];
    opened.page.on('request', (request) => requests.push(request.url()));
    await opened.page.reload({ waitUntil: 'networkidle' });
    expect(requests.length).toBeGreaterThan(0);
    expect(searchRequests(requests)).toEqual([]);

    await opened.page.keyboard.press('/');
    await opened.page.waitForFunction(() => document.querySelector<HTMLDialogElement>('#search-dialog')?.open === true);
    await opened.page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '');
    expect(searchRequests(requests).some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await opened.close();
  });

  it('opens with /, searches, moves through results with arrows, closes with Esc and returns focus', async () => {
    const { page, consoleErrors, close } = await openPage('/about/');
    const opener = page.locator('[data-search-open]');
    await opener.focus();
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.querySelector<HTMLDialogElement>('#search-dialog')?.open === true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');

    await page.keyboard.type('kafka');
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('“kafka”'));
    const links = page.locator('[data-search-results] [data-search-link]');
    expect(await links.count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(await links.nth(0).getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(await links.nth(1).getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');

    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector<HTMLDialogElement>('#search-dialog')?.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('opens with Ctrl+K and with the header button; Enter on a result opens it', async () => {
    const { page, close } = await openPage('/about/');
    await page.keyboard.press('Control+k');
    await page.waitForFunction(() => document.querySelector<HTMLDialogElement>('#search-dialog')?.open === true);
    await page.keyboard.press('Escape');
    await page.locator('[data-search-open]').click();
    await page.waitForFunction(() => document.querySelector<HTMLDialogElement>('#search-dialog')?.open === true);
    await page.keyboard.type('partitions');
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('“partitions”'));
    await page.keyboard.press('ArrowDown');
    const target = new URL((await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)) as string);
    await Promise.all([page.waitForURL((url) => url.pathname === target.pathname), page.keyboard.press('Enter')]);
    expect(await page.evaluate(() => document.querySelector<HTMLDialogElement>('#search-dialog')?.open)).toBe(false);
    await close();
  });

  it('keeps what is typed right after the shortcut, and says so when nothing matches', async () => {
    const { page, close } = await openPage('/');
    await page.keyboard.press('/');
    await page.keyboard.type('qzxvbnmwpl');
    expect(await page.locator('#search-dialog-input').inputValue()).toBe('qzxvbnmwpl');
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').startsWith('No results'));
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(true);
    await close();
  });

  it('fits a 375 px phone screen', async () => {
    const { page, close } = await openPage('/posts/', { viewport: { width: 375, height: 740 } });
    await page.locator('[data-search-open]').click();
    await page.waitForFunction(() => document.querySelector<HTMLDialogElement>('#search-dialog')?.open === true);
    await page.keyboard.type('kafka');
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('“kafka”'));
    const box = await page.locator('#search-dialog').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    expect(await page.locator('#search-dialog-input').isVisible()).toBe(true);
    expect(await page.locator('[data-search-close]').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.locator('[data-search-close]').click();
    expect(await page.evaluate(() => document.querySelector<HTMLDialogElement>('#search-dialog')?.open)).toBe(false);
    await close();
  });
});

/** axe's findings with results on screen, one line per failing node. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}) at ${node.target.join(' ')}`));
}

describe('search accessibility with results on screen', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation on /search/ or in the open dialog, ${colorScheme} theme`, async () => {
      const { page, close } = await openPage('/search/?q=kafka', { colorScheme });
      await page.waitForFunction(() => /results? for “kafka”/.test(document.querySelector('#search-status')?.textContent ?? ''));
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(colorScheme === 'dark');
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(siteUrl('/about/'));
      await page.keyboard.press('/');
      await page.keyboard.type('kafka');
      await page.waitForFunction(() => /results? for “kafka”/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
      expect(await axeViolations(page)).toEqual([]);
      await close();
    }, 60_000);
  }
});

describe('search without JavaScript', () => {
  it('keeps the header form, and /search/ says search needs JavaScript with links to browse', async () => {
    const { page, close } = await openPage('/about/', { javaScriptEnabled: false });
    expect(await page.locator('header form[role="search"] input[name="q"]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-open]').isVisible()).toBe(false);
    await page.locator('header form[role="search"] input[name="q"]').fill('kafka');
    await Promise.all([page.waitForURL(/\/search\/\?q=kafka$/), page.keyboard.press('Enter')]);
    expect(await page.getByText('needs JavaScript').isVisible()).toBe(true);
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    for (const path of ['/posts/', '/tags/', '/talks/', '/repos/']) expect(hrefs).toContain(new URL(siteUrl(path)).pathname);
    await close();
  });
});
