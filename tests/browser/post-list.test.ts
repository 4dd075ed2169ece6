import { describe, expect, it } from 'vitest';
import { pageTypes } from '../support/pageTypes';
import { sharedPageChecks, withPage } from './pageChecks';

describe('post list', () => {
  sharedPageChecks(pageTypes.postList);

  it('lists posts newest first, each linking to its article', async () => {
    await withPage(pageTypes.postList(), async ({ page }) => {
      const dates = await page.locator('main article time[datetime]').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
      expect(dates.length).toBeGreaterThan(0);
      expect([...dates].sort().reverse()).toEqual(dates);
      const links = await page.locator('main article h2 a, main article h3 a').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
      expect(links.length).toBe(dates.length);
      for (const href of links) expect(href).toMatch(/\/posts\/[^/]+\/$/);
    });
  });
});
