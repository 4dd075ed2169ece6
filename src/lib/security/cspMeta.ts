/**
 * A meta CSP applies only to what the parser meets after it, and Chromium
 * ignores it entirely outside <head>. Astro appends it at the end of <head>;
 * this moves it to straight after <meta charset>, before any other element.
 */
const CSP_META_ELEMENT = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i;
// Astro prints the policy in this one form; attribute values escape only & " '.
const CSP_META_CONTENT = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const CHARSET_META = /<meta charset="[^"]*"\s*\/?>/i;

export function moveCspMetaFirst(html: string, file: string): string {
  const csp = CSP_META_ELEMENT.exec(html);
  if (!csp) throw new Error(`${file} has no content-security-policy meta tag; is security.csp on?`);
  const withoutCsp = html.slice(0, csp.index) + html.slice(csp.index + csp[0].length);
  const charset = CHARSET_META.exec(withoutCsp);
  if (!charset) throw new Error(`${file} has no <meta charset>; the CSP meta must follow it at the top of <head>`);
  const insertAt = charset.index + charset[0].length;
  return withoutCsp.slice(0, insertAt) + csp[0] + withoutCsp.slice(insertAt);
}

function decodeAttribute(value: string): string {
  return value.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function encodeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The policy in a page's CSP meta, decoded; undefined when the page has none. */
export function cspMetaPolicy(html: string): string | undefined {
  const match = CSP_META_CONTENT.exec(html);
  return match ? decodeAttribute(match[2]!) : undefined;
}

/** The page with its CSP meta policy replaced by `transform` of it. */
export function rewriteCspMetaPolicy(html: string, transform: (policy: string) => string): string {
  return html.replace(CSP_META_CONTENT, (_whole, start: string, policy: string, end: string) => start + encodeAttribute(transform(decodeAttribute(policy))) + end);
}
