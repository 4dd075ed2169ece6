import { describe, expect, it } from 'vitest';
import { pageTypes } from '../support/pageTypes';
import { sharedPageChecks, withPage } from './pageChecks';

describe('tool page', () => {
  sharedPageChecks(pageTypes.toolPage);

  it('hydrates its calculator island, which offers labelled inputs', async () => {
    await withPage(pageTypes.toolPage(), async ({ page, consoleErrors }) => {
      const island = page.locator('astro-island').first();
      await island.scrollIntoViewIfNeeded();
      // Astro removes the ssr attribute once the island has hydrated.
      await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
      const inputs = island.locator('input, select, textarea');
      expect(await inputs.count()).toBeGreaterThan(0);
      const unlabelled = await inputs.evaluateAll((els) =>
        els.filter((el) => (el as HTMLInputElement).labels?.length === 0 && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby')).length,
      );
      expect(unlabelled).toBe(0);
      expect(consoleErrors).toEqual([]);
    });
  });
});
