import { describe, expect, it } from 'vitest';
import { pageTypes } from '../support/pageTypes';
import { sharedPageChecks, withPage } from './pageChecks';

describe('talk page', () => {
  sharedPageChecks(pageTypes.talk);

  it('shows the event, date and abstract and links back to all talks', async () => {
    await withPage(pageTypes.talk(), async ({ page }) => {
      expect(await page.locator('main time[datetime]').count()).toBeGreaterThan(0);
      expect(await page.locator('main h2', { hasText: 'Abstract' }).isVisible()).toBe(true);
      expect((await page.locator('main .prose').first().innerText()).trim().length).toBeGreaterThan(100);
      expect(await page.locator('main a[href$="/talks/"]').count()).toBeGreaterThan(0);
    });
  });
});
