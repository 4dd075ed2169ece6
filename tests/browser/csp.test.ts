import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/headersFile';
import { cspHash } from '../../src/lib/security/cspHash';
import { parseCsp } from '../../src/lib/security/securityHeaders';
import { htmlPages, readPage } from '../support/builtSite';
import { sweepPaths } from '../support/pageTypes';
import { distDir } from '../support/staticServer';
import { cspViolations, openPage, recordCspViolations } from './harness';

function quoted(hash: string): string {
  return `'${hash}'`;
}

/** The headers dist/_headers gives every path, read by the same parser the production-like server uses. */
function headersFromFile(): Record<string, string> {
  const rules = parseHeadersFile(readFileSync(join(distDir(), '_headers'), 'utf8'));
  return Object.fromEntries(headersFor(rules, new URL('https://site.test/any/path/')));
}

describe('CSP in the built files', () => {
  const pages = htmlPages();

  it.each(pages)('%s: one strict CSP meta that allows every inline script, style and style attribute it has', (file) => {
    const root = readPage(file);
    const metas = root.querySelectorAll('meta[http-equiv="content-security-policy"]');
    expect(metas).toHaveLength(1);
    const policy = parseCsp(metas[0]?.getAttribute('content') ?? '');
    const scriptSrc = policy.get('script-src') ?? [];
    const styleSrc = policy.get('style-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(styleSrc).not.toContain("'unsafe-inline'");
    expect(policy.get('object-src')).toEqual(["'none'"]);

    const inlineScripts = root
      .querySelectorAll('script:not([src])')
      .filter((s) => s.getAttribute('type') !== 'application/ld+json');
    for (const script of inlineScripts) expect(scriptSrc, `inline script: ${script.rawText.slice(0, 80)}`).toContain(quoted(cspHash(script.rawText)));
    for (const style of root.querySelectorAll('style')) {
      expect(policy.get('style-src-elem') ?? styleSrc, `<style>: ${style.rawText.slice(0, 80)}`).toContain(quoted(cspHash(style.rawText)));
    }
    const styled = root.querySelectorAll('[style]');
    if (styled.length > 0) {
      const attr = policy.get('style-src-attr') ?? [];
      expect(attr).toContain("'unsafe-hashes'");
      const missing = [...new Set(styled.map((el) => el.getAttribute('style') ?? ''))].filter((value) => !attr.includes(quoted(cspHash(value))));
      expect(missing, 'style attributes whose hash is not in style-src-attr').toEqual([]);
    }
  });

  it('dist/_headers sends the CSP with frame-ancestors and the other security headers to every path', () => {
    const headers = headersFromFile();
    const policy = parseCsp(headers['Content-Security-Policy'] ?? '');
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
  });
});

describe('CSP in the browser (meta tag and _headers policy together)', () => {
  const headerPolicy = headersFromFile()['Content-Security-Policy'];

  it.each(sweepPaths())('%s loads, runs its scripts and hydrates its islands with no CSP violation', async (path) => {
    const opened = await openPage(path);
    const { page, context, consoleErrors } = opened;
    try {
      await recordCspViolations(context);
      // The production-like server sends the _headers policy, so both policies apply, as on the hosts.
      const response = await page.reload({ waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy']).toBe(headerPolicy);
      // Bring below-the-fold islands (client:visible) into view so they hydrate, then flip the theme (runs page JS).
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.locator('[data-theme-toggle]').first().click();
      await page.waitForLoadState('networkidle');
      const violations = await cspViolations(page);
      expect(violations).toEqual([]);
      expect(consoleErrors.filter((message) => /Content Security Policy/i.test(message))).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
