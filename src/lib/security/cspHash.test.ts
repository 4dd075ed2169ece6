import { describe, expect, it } from 'vitest';
import { cspHash } from './cspHash';

describe('cspHash', () => {
  it('hashes the empty string to the well-known SHA-256 digest', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it("matches the CSP spec's example for alert('Hello, world.');", () => {
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });

  it('hashes a KaTeX style attribute value as the browser sees it (checked with openssl)', () => {
    expect(cspHash('margin-right:0.2222em')).toBe('sha256-fqPmBWbrrhhovGFI68AsIjS/CG8N3tqxv+Yi9p6pmYE=');
  });

  it('hashes UTF-8 bytes, so a non-ASCII character changes the digest', () => {
    expect(cspHash('é')).not.toBe(cspHash('e'));
  });
});
