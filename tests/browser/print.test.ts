import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPngSize } from '../../src/lib/og/pngSize';
import { pageTypes } from '../support/pageTypes';
import { withPage } from './pageChecks';

const screenshots = mkdtempSync(join(tmpdir(), 'print-screenshots-'));

describe('an article printed', () => {
  it('drops the navigation, shows link addresses, wraps code, and is saved as a screenshot', async () => {
    await withPage(pageTypes.article(), async ({ page }) => {
      await page.emulateMedia({ media: 'print' });

      // The article stays; navigation goes.
      expect(await page.locator('main h1').first().isVisible()).toBe(true);
      expect(await page.locator('article .prose').first().isVisible()).toBe(true);
      for (const selector of ['.site-header', 'nav[aria-label="Main"]', 'form[role="search"]', '[data-theme-toggle]', '.site-footer', '.toc', '.copy-code']) {
        const matches = page.locator(selector);
        const count = await matches.count();
        for (let i = 0; i < count; i++) expect(await matches.nth(i).isVisible(), `${selector} #${i} prints`).toBe(false);
      }
      expect(await page.locator('.copy-code').count(), 'the article has copy buttons to hide').toBeGreaterThan(0);

      // Each link in the text prints its absolute address after it, unless the text already is the address.
      const links = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('.prose a[href]:not([href^="#"]):not(.heading-link)')].map((a) => ({
          href: a.href,
          text: (a.textContent ?? '').trim(),
          after: getComputedStyle(a, '::after').content,
        })),
      );
      expect(links.length, 'the article has links in its text').toBeGreaterThan(0);
      for (const link of links) {
        if (link.text === link.href) expect(link.after).toBe('none');
        else expect(link.after, link.text).toBe(`" (${link.href})"`);
      }

      // No code block is wider than the page: long lines wrap.
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('.prose pre')]
          .filter((pre) => pre.scrollWidth > pre.clientWidth + 1)
          .map((pre) => (pre.textContent ?? '').slice(0, 60)),
      );
      expect(await page.locator('.prose pre').count()).toBeGreaterThan(0);
      expect(clipped).toEqual([]);

      const file = join(screenshots, 'article-print.png');
      await page.screenshot({ path: file, fullPage: true });
      const { width, height } = readPngSize(readFileSync(file), file);
      expect(width).toBe(1280);
      expect(height).toBeGreaterThan(900);
      console.info(`print screenshot: ${file}`);
    });
  });

  it('keeps the text column full width once the sidebar is gone', async () => {
    await withPage(pageTypes.article(), async ({ page }) => {
      await page.emulateMedia({ media: 'print' });
      const widths = await page.evaluate(() => ({
        main: document.querySelector('main')?.clientWidth ?? 0,
        article: document.querySelector('article')?.clientWidth ?? 0,
      }));
      expect(widths.article).toBeGreaterThan(widths.main * 0.95);
    });
  });
});

describe('a dark-theme reader printing', () => {
  it('prints in the light theme and gets the dark theme back afterwards', async () => {
    await withPage(
      pageTypes.article(),
      async ({ page }) => {
        const dark = () => page.evaluate(() => document.documentElement.classList.contains('dark'));
        expect(await dark()).toBe(true);
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
        expect(await dark()).toBe(false);
        await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
        expect(await dark()).toBe(true);
      },
      { colorScheme: 'dark' },
    );
  });
});

describe('a calculator printed', () => {
  it('keeps its inputs and results and drops its buttons', async () => {
    await withPage(pageTypes.toolPage(), async ({ page }) => {
      await page.waitForLoadState('networkidle');
      await page.emulateMedia({ media: 'print' });
      const islands = page.locator('astro-island');
      expect(await islands.count(), 'the tool page has a calculator island').toBeGreaterThan(0);
      expect(await islands.first().isVisible()).toBe(true);
      const fields = page.locator('astro-island :is(input, select, textarea)');
      expect(await fields.count()).toBeGreaterThan(0);
      expect(await fields.first().isVisible()).toBe(true);
      const buttons = page.locator('astro-island button');
      for (let i = 0; i < (await buttons.count()); i++) expect(await buttons.nth(i).isVisible()).toBe(false);
    });
  });
});
