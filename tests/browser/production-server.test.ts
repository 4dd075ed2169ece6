import { describe, expect, inject, it } from 'vitest';
import { parseCsp } from '../../src/lib/security/securityHeaders';
import { pageTypes } from '../support/pageTypes';
import { cspViolations, openPage, recordCspViolations } from './harness';

/** One page of every type, as served by the server `npm start` runs (the e2e global setup). */
const pages: Array<[string, () => string, number]> = [
  ['home', pageTypes.home, 200],
  ['a post', pageTypes.article, 200],
  ['a tool page', pageTypes.toolPage, 200],
  ['tags', () => '/tags/', 200],
  ['talks', () => '/talks/', 200],
  ['repos', pageTypes.repoList, 200],
  ['search, with a query', () => '/search/?q=kafka', 200],
  ['404', pageTypes.notFound, 404],
];

describe('the production-like server (npm start, and every e2e test)', () => {
  it('compresses pages as hosts do', async () => {
    const response = await fetch(inject('siteUrl'), { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(await response.text()).toMatch(/^<!DOCTYPE html>/i);
  });

  it.each(pages)('%s: sends the CSP header, keeps the meta CSP, and the page loads with no CSP violation', async (_name, path, status) => {
    const opened = await openPage(path());
    const { page, context, consoleErrors } = opened;
    try {
      await recordCspViolations(context);
      const response = await page.reload({ waitUntil: 'networkidle' });
      expect(response?.status()).toBe(status);
      const header = parseCsp((await response?.headerValue('content-security-policy')) ?? '');
      expect(header.get('frame-ancestors')).toEqual(["'none'"]);
      expect(header.get('script-src')).toContain("'self'");
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
      // Below-the-fold islands (client:visible) hydrate once scrolled to.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      if (path().startsWith('/search/')) {
        await page.waitForFunction(() => /results? for “kafka”/.test(document.querySelector('#search-status')?.textContent ?? ''));
      }
      expect(await cspViolations(page)).toEqual([]);
      expect(consoleErrors.filter((message) => /Refused to|Content Security Policy/i.test(message))).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
