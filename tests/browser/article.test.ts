import { describe, expect, it } from 'vitest';
import { htmlPages, readText } from '../support/builtSite';
import { pageTypes } from '../support/pageTypes';
import { copyFirstCodeBlock, sharedPageChecks, withPage } from './pageChecks';

/** An article with display math, where the self-hosted KaTeX stylesheet must load. */
function mathArticle(): string {
  const page = htmlPages().find((p) => /^posts\/[^/]+\/index\.html$/.test(p) && readText(p).includes('class="katex-display"'));
  if (!page) throw new Error('No article with display math in the built site.');
  return `/${page.replace(/index\.html$/, '')}`;
}

describe('article page', () => {
  sharedPageChecks(pageTypes.article);

  it('copies a code block to the clipboard with the copy button', async () => {
    await withPage(
      pageTypes.article(),
      async ({ page, consoleErrors }) => {
        const { clipboard, code, label } = await copyFirstCodeBlock(page);
        expect(code.trim()).not.toBe('');
        expect(clipboard.trim()).toBe(code.trim());
        expect(label).toBe('Copied');
        expect(consoleErrors).toEqual([]);
      },
      { clipboard: true },
    );
  });

  it('has a table of contents whose every entry points at a heading on the page', async () => {
    await withPage(pageTypes.article(), async ({ page }) => {
      const targets = await page.locator('nav[aria-label="On this page"] a').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
      expect(targets.length).toBeGreaterThan(0);
      for (const target of new Set(targets)) {
        expect(target).toMatch(/^#./);
        expect(await page.locator(`:is(h2, h3)[id="${decodeURIComponent(target.slice(1))}"]`).count(), target).toBe(1);
      }
    });
  });

  it('folds the contents above the article on a phone and shows them open beside it on a wide screen', async () => {
    await withPage(pageTypes.article(), async ({ page }) => {
      const visibleToc = page.locator('details[data-toc]:visible');
      expect(await visibleToc.count()).toBe(1);
      expect(await visibleToc.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    }, { viewport: { width: 390, height: 844 } });
    await withPage(pageTypes.article(), async ({ page }) => {
      const visibleToc = page.locator('details[data-toc]:visible');
      expect(await visibleToc.count()).toBe(1);
      expect(await visibleToc.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    });
  });

  it('describes itself as a BlogPosting in JSON-LD', async () => {
    await withPage(pageTypes.article(), async ({ page }) => {
      const json = await page.locator('script[type="application/ld+json"]').first().textContent();
      const data = JSON.parse(json ?? '{}') as Record<string, unknown>;
      expect(data['@type']).toBe('BlogPosting');
      expect(data.headline).toBe((await page.locator('main h1').first().innerText()).trim());
    });
  });

  it('renders math with the self-hosted KaTeX stylesheet and fonts', async () => {
    await withPage(mathArticle(), async ({ page, failedRequests }) => {
      const math = page.locator('.katex-display .katex').first();
      await math.scrollIntoViewIfNeeded();
      const fontFamily = await math.evaluate((el) => getComputedStyle(el).fontFamily);
      expect(fontFamily).toContain('KaTeX_Main');
      // The MathML copy is for screen readers only: KaTeX's stylesheet hides it visually.
      expect(await page.locator('.katex-mathml').first().evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
      expect(failedRequests).toEqual([]);
    });
  });
});
