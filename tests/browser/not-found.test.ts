import { describe, expect, it } from 'vitest';
import { pageTypes } from '../support/pageTypes';
import { sharedPageChecks, withPage } from './pageChecks';

describe('404 page', () => {
  sharedPageChecks(pageTypes.notFound, 404);

  it('is kept out of search engines and offers a way back', async () => {
    await withPage(pageTypes.notFound(), async ({ page }) => {
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await page.locator('main a[href$="/posts/"]').count()).toBeGreaterThan(0);
      expect(await page.locator('main a[href$="/search/"]').count()).toBeGreaterThan(0);
    });
  });
});
