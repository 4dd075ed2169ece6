import { describe, expect, it } from 'vitest';
import { pageTypes } from '../support/pageTypes';
import { withPage } from './pageChecks';

/**
 * Follows the header's "Posts" link and reports whether the outgoing page handed
 * over through a view transition (`pageswap`'s viewTransition; `pagereveal` on
 * the new page is less dependable in headless Chromium). The answer travels
 * to the next page in sessionStorage.
 */
async function navigateAndReport(reducedMotion: 'reduce' | 'no-preference'): Promise<string | null> {
  let swapped: string | null = null;
  await withPage(pageTypes.article(), async ({ page, context }) => {
    await context.addInitScript(() => {
      window.addEventListener('pageswap', (event) => {
        const transition = (event as Event & { viewTransition: unknown }).viewTransition;
        sessionStorage.setItem('swapped-with-transition', String(transition != null));
      });
    });
    await page.emulateMedia({ reducedMotion });
    await page.reload({ waitUntil: 'load' });
    await Promise.all([page.waitForURL(/\/posts\/$/), page.locator('nav[aria-label="Main"] a[href$="/posts/"]').click()]);
    swapped = await page.evaluate(() => sessionStorage.getItem('swapped-with-transition'));
  });
  return swapped;
}

describe('navigation between pages', () => {
  it('cross-fades with a native view transition when motion is welcome', async () => {
    expect(await navigateAndReport('no-preference')).toBe('true');
  });

  it('changes pages without a transition for readers who ask for reduced motion', async () => {
    expect(await navigateAndReport('reduce')).toBe('false');
  });

  it('uses no client-side router', async () => {
    await withPage(pageTypes.article(), async ({ page }) => {
      expect(await page.locator('meta[name="astro-view-transitions-enabled"]').count()).toBe(0);
    });
  });

  it('prefetches an internal link on hover, and never an external one', async () => {
    await withPage(pageTypes.article(), async ({ page }) => {
      await page.waitForLoadState('load');
      const internal = page.locator('nav[aria-label="Main"] a[href$="/talks/"]');
      const href = new URL((await internal.getAttribute('href')) ?? '', page.url()).href;
      await internal.hover();
      await page.waitForFunction(
        (target) => [...document.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].some((l) => l.href === target),
        href,
        { timeout: 5_000 },
      );
      await page.locator('footer a[href^="http"]').first().hover();
      await page.waitForTimeout(300);
      const prefetched = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].map((l) => l.href));
      expect(prefetched).toEqual([href]);
    });
  });
});
