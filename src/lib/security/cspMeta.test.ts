import { describe, expect, it } from 'vitest';
import { cspMetaPolicy, moveCspMetaFirst, rewriteCspMetaPolicy } from './cspMeta';

const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">`;

describe('moveCspMetaFirst', () => {
  it('puts the CSP meta straight after <meta charset>, before every other head element', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"> <title>T</title><script type="application/ld+json">{}</script>${csp}</head><body></body></html>`;
    expect(moveCspMetaFirst(html, 'index.html')).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8">${csp} <title>T</title><script type="application/ld+json">{}</script></head><body></body></html>`,
    );
  });

  it('keeps a page whose meta is already first as it is', () => {
    const html = `<html><head><meta charset="utf-8">${csp}<title>T</title></head></html>`;
    expect(moveCspMetaFirst(html, 'a.html')).toBe(html);
  });

  it('names the file when the meta or the charset is missing', () => {
    expect(() => moveCspMetaFirst('<html><head><meta charset="utf-8"></head></html>', 'posts/x/index.html')).toThrow(
      'posts/x/index.html has no content-security-policy meta tag',
    );
    expect(() => moveCspMetaFirst(`<html><head>${csp}</head></html>`, '404.html')).toThrow('404.html has no <meta charset>');
  });
});

describe('rewriteCspMetaPolicy', () => {
  it('hands the decoded policy to the transform and writes it back encoded', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="script-src 'self' &quot;x&quot; a&amp;b"></head>`;
    expect(cspMetaPolicy(html)).toBe(`script-src 'self' "x" a&b`);
    const rewritten = rewriteCspMetaPolicy(html, (policy) => policy.replace("'self'", "'none'"));
    expect(rewritten).toBe(`<head><meta http-equiv="content-security-policy" content="script-src 'none' &quot;x&quot; a&amp;b"></head>`);
  });
});
