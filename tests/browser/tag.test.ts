import { describe, expect, it } from 'vitest';
import { pageTypes } from '../support/pageTypes';
import { sharedPageChecks, withPage } from './pageChecks';

describe('tag page', () => {
  sharedPageChecks(pageTypes.tag);

  it('lists only posts that carry the tag', async () => {
    const path = pageTypes.tag();
    const tag = path.split('/').filter(Boolean).pop() ?? '';
    await withPage(path, async ({ page }) => {
      const cards = page.locator('main article');
      expect(await cards.count()).toBeGreaterThan(0);
      for (const card of await cards.all()) {
        const tagLinks = await card.locator('a[href*="/tags/"]').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
        expect(tagLinks.some((href) => href.endsWith(`/tags/${tag}/`)), `card links ${tagLinks.join(', ')}`).toBe(true);
      }
    });
  });
});
