import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openPage, type OpenedPage, type OpenPageOptions } from './harness';

/** Opens a page, runs the body, and always closes the context. */
export async function withPage(path: string, body: (opened: OpenedPage) => Promise<void>, options: OpenPageOptions = {}): Promise<void> {
  const opened = await openPage(path, options);
  try {
    await body(opened);
  } finally {
    await opened.close();
  }
}

async function themeState(page: Page) {
  return page.evaluate(() => ({
    dark: document.documentElement.classList.contains('dark'),
    stored: localStorage.getItem('theme'),
    background: getComputedStyle(document.body).backgroundColor,
    pressed: document.querySelector('[data-theme-toggle]')?.getAttribute('aria-pressed'),
  }));
}

/** The computed focus ring of the focused element, or of the same element once blurred. */
async function focusRing(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    const read = () => {
      const s = getComputedStyle(el);
      return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
    };
    const focused = read();
    const tag = el.tagName.toLowerCase();
    el.blur();
    const blurred = read();
    el.focus();
    return { tag, focused, blurred, outlineStyle: getComputedStyle(el).outlineStyle, outlineWidth: parseFloat(getComputedStyle(el).outlineWidth) };
  });
}

/**
 * The checks every page type shares: it renders its heading, logs no console
 * error and has no failed request, the theme toggle flips the theme and the
 * choice survives a reload, and a link reached by Tab shows a focus ring.
 */
export function sharedPageChecks(path: () => string, expectedStatus = 200): void {
  it('renders its heading with no console error or failed request', async () => {
    await withPage(path(), async ({ page, consoleErrors, failedRequests }) => {
      // Reload once the first load has settled (nothing in flight to abort), watching every response.
      await page.waitForLoadState('networkidle');
      const subresourceErrors: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400 && r.request().resourceType() !== 'document') subresourceErrors.push(`${r.url()} (${r.status()})`);
      });
      const response = await page.reload({ waitUntil: 'networkidle' });
      expect(response?.status()).toBe(expectedStatus);
      expect(await page.locator('main h1').first().isVisible()).toBe(true);
      expect((await page.locator('main h1').first().innerText()).trim()).not.toBe('');
      expect(subresourceErrors).toEqual([]);
      // Chromium logs the 404 page's own status as a console error; that one is the point of the page.
      const documentStatus = /status of 404 \(Not Found\)/;
      expect(expectedStatus === 404 ? consoleErrors.filter((m) => !documentStatus.test(m)) : consoleErrors).toEqual([]);
      expect(failedRequests).toEqual([]);
    });
  });

  it('switches theme with the toggle and keeps the choice after a reload', async () => {
    await withPage(path(), async ({ page }) => {
      const light = await themeState(page);
      expect(light).toMatchObject({ dark: false, stored: null, pressed: 'false' });
      await page.locator('[data-theme-toggle]').first().click();
      // The new background may arrive through a colour transition: wait for it rather than read it mid-way.
      await page.waitForFunction((before) => getComputedStyle(document.body).backgroundColor !== before, light.background);
      const dark = await themeState(page);
      expect(dark).toMatchObject({ dark: true, stored: 'dark', pressed: 'true' });
      await page.reload({ waitUntil: 'load' });
      expect(await themeState(page)).toMatchObject({ dark: true, stored: 'dark', pressed: 'true', background: dark.background });
      await page.locator('[data-theme-toggle]').first().click();
      await page.reload({ waitUntil: 'load' });
      expect(await themeState(page)).toMatchObject({ dark: false, stored: 'light', background: light.background });
    });
  });

  it('shows a visible focus ring on a link reached with the keyboard', async () => {
    await withPage(path(), async ({ page }) => {
      // The first Tab lands on the skip link, the second on the site title link.
      for (const _ of [1, 2]) await page.keyboard.press('Tab');
      const ring = await focusRing(page);
      expect(ring?.tag).toBe('a');
      expect(ring?.outlineStyle).not.toBe('none');
      expect(ring?.outlineWidth).toBeGreaterThanOrEqual(2);
      expect(ring?.focused).not.toBe(ring?.blurred);
    });
  });
}

/** Clicks the first code block's copy button and returns what landed on the clipboard and the block's text. */
export async function copyFirstCodeBlock(page: Page): Promise<{ clipboard: string; code: string; label: string }> {
  const frame = page.locator('[data-code-frame]').first();
  await frame.scrollIntoViewIfNeeded();
  const button = frame.locator('button.copy-code');
  await button.click();
  const code = await frame.locator('pre code').innerText();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  return { clipboard, code, label: (await button.innerText()).trim() };
}
