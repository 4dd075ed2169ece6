/**
 * A meta CSP applies only to what the parser meets after it, and Chromium
 * ignores it entirely outside <head>. Astro appends it at the end of <head>;
 * this moves it to straight after <meta charset>, before any other element.
 */
const CSP_META_ELEMENT = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i;
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
