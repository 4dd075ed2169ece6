import { describe, expect, it } from 'vitest';
import { headerPolicy, headersFile, mergeCspPolicies, parseCsp, withoutEmptyContentHashes } from './securityHeaders';

describe('parseCsp', () => {
  it('splits directives and sources, ignores empty parts and keeps the first of a repeated directive', () => {
    const policy = parseCsp("default-src 'self';  script-src 'self' 'sha256-a'; ; script-src *");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-a'"]],
    ]);
  });
});

describe('mergeCspPolicies', () => {
  it('unions the sources of each directive across pages', () => {
    const merged = mergeCspPolicies([
      "default-src 'self'; script-src 'self' 'sha256-a'",
      "default-src 'self'; script-src 'self' 'sha256-b'",
    ]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'");
  });

  it("takes a page's fallback when it lacks a directive another page has", () => {
    // Page one allows no style attribute (style-src has no 'unsafe-hashes'); page two allows one.
    const merged = mergeCspPolicies([
      "style-src 'self' 'sha256-s'",
      "style-src 'self' 'sha256-s'; style-src-attr 'unsafe-hashes' 'sha256-k'",
    ]);
    expect(parseCsp(merged).get('style-src-attr')).toEqual(["'self'", "'sha256-s'", "'unsafe-hashes'", "'sha256-k'"]);
  });

  it('drops a directive one page leaves open, so the merged policy never blocks that page', () => {
    expect(mergeCspPolicies(["img-src 'self'", "script-src 'self'"])).toBe('');
  });

  it("drops 'none' when another page allows something", () => {
    expect(mergeCspPolicies(["object-src 'none'", "object-src 'self'"])).toBe("object-src 'self'");
    expect(mergeCspPolicies(["object-src 'none'", "object-src 'none'"])).toBe("object-src 'none'");
  });
});

describe('headerPolicy', () => {
  it("leaves style attributes to the pages' meta tags and keeps every script and style-element hash", () => {
    const merged = "script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'; style-src-attr 'unsafe-hashes' 'sha256-k1' 'sha256-k2'";
    expect(headerPolicy(merged)).toBe("script-src 'self' 'sha256-a'; style-src 'self' 'sha256-s'; style-src-attr 'unsafe-inline'");
  });

  it('adds no style-src-attr when no page has one', () => {
    expect(headerPolicy("default-src 'self'")).toBe("default-src 'self'");
  });
});

describe('headersFile', () => {
  it('writes one rule for every path with the CSP, frame-ancestors and the other security headers', () => {
    const file = headersFile("default-src 'self'");
    expect(file.split('\n')).toEqual([
      '/*',
      "  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '  X-Content-Type-Options: nosniff',
      '  Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
      '  Strict-Transport-Security: max-age=31536000',
      '  Cross-Origin-Opener-Policy: same-origin',
      '  X-Frame-Options: DENY',
      '',
    ]);
  });
});

describe('withoutEmptyContentHashes', () => {
  const empty256 = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
  it('drops the hash of empty content and keeps every other source', () => {
    expect(withoutEmptyContentHashes(`script-src 'self' 'sha256-abc=' ${empty256}; style-src ${empty256} 'self'`)).toBe(
      "script-src 'self' 'sha256-abc='; style-src 'self'",
    );
  });
  it("leaves 'none' where the empty hash was the only source", () => {
    expect(withoutEmptyContentHashes(`script-src-attr ${empty256}; upgrade-insecure-requests`)).toBe("script-src-attr 'none'; upgrade-insecure-requests");
  });
});
