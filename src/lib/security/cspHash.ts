import { createHash } from 'node:crypto';

/**
 * The CSP source expression that allows exactly this inline script, style
 * element or (with 'unsafe-hashes') style attribute: the base64 SHA-256 of its
 * text, as the CSP spec defines it (https://www.w3.org/TR/CSP3/#grammardef-hash-source).
 */
export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
