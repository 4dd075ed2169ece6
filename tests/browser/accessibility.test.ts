import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { representativePaths } from '../support/pageTypes';
import { withPage } from './pageChecks';

/** axe's findings, one line per failing node: rule, impact, where, and axe's own summary of what to fix. */
async function violations(page: Page): Promise<string[]> {
  // KaTeX's visual layer is aria-hidden and thousands of spans deep; its MathML twin, which
  // assistive technology reads, is still checked, and the visual layer inherits the prose colours.
  const results = await new AxeBuilder({ page }).exclude('.katex-html').analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}

// Long articles take axe several seconds per theme on two shared cores.
describe('axe-core, light and dark theme', () => {
  it.each(representativePaths())('%s has no accessibility violation at any impact in either theme', async (path) => {
    await withPage(path, async ({ page }) => {
      await page.waitForLoadState('networkidle');
      // Hydrate below-the-fold islands so their markup is checked too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(false);
      const light = await violations(page);
      // The reader's way into the dark theme: the toggle.
      await page.locator('[data-theme-toggle]').first().click();
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
      const dark = await violations(page);
      expect({ light, dark }).toEqual({ light: [], dark: [] });
    });
  }, 120_000);
});

// A phone lays things out differently: tables and equations scroll inside their regions,
// controls stack. The light theme is enough here; the colours are checked above.
describe('axe-core at phone width (390 px)', () => {
  it.each(representativePaths())('%s has no accessibility violation at 390 px', async (path) => {
    await withPage(
      path,
      async ({ page }) => {
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        expect(await violations(page)).toEqual([]);
      },
      { viewport: { width: 390, height: 844 } },
    );
  }, 120_000);
});
