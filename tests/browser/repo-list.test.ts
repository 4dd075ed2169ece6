import { describe, expect, it } from 'vitest';
import { pageTypes } from '../support/pageTypes';
import { sharedPageChecks, withPage } from './pageChecks';

describe('repository list', () => {
  sharedPageChecks(pageTypes.repoList);

  it('links to a page for each repository', async () => {
    await withPage(pageTypes.repoList(), async ({ page }) => {
      const links = await page.locator('main a[href*="/repos/"]').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
      const repoPages = links.filter((href) => /\/repos\/[^/]+\/$/.test(href));
      expect(repoPages.length).toBeGreaterThan(0);
    });
  });
});
