import { describe, expect, it } from 'vitest';
import { pageTypes } from '../support/pageTypes';
import { sharedPageChecks, withPage } from './pageChecks';

describe('home page', () => {
  sharedPageChecks(pageTypes.home);

  it('links to the latest posts, every calculator and the feed', async () => {
    await withPage(pageTypes.home(), async ({ page }) => {
      const latest = page.locator('section[aria-labelledby="latest"] article a[href*="/posts/"]');
      expect(await latest.count()).toBeGreaterThan(0);
      expect(await page.locator('a[href$="/tools/kafka-sizing/"]').count()).toBeGreaterThan(0);
      expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toMatch(/\/rss\.xml$/);
    });
  });
});
