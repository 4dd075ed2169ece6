import { describe, expect, it } from 'vitest';
import { openPage } from './harness';

describe('home page', () => {
  it('renders with no console errors or failed requests', async () => {
    const { page, consoleErrors, failedRequests, close } = await openPage('/');
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
    await close();
  });
});
