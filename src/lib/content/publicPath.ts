/**
 * A site path that content points to under public/ ("/slides/deck.pdf"),
 * decoded and checked before use: `%2e%2e` is `..` once decoded, so the check
 * for climbing out of public/ runs on the decoded segments, and a malformed
 * escape is a message, not a bare URIError.
 */
export type PublicPath = { ok: true; file: string } | { ok: false; problem: string };

export function resolvePublicPath(value: string): PublicPath {
  if (!value.startsWith('/') || value.startsWith('//')) return { ok: false, problem: `"${value}" is not a site path starting with a single "/"` };
  const encoded = value.split(/[?#]/)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(encoded);
  } catch {
    return { ok: false, problem: `"${value}" has a malformed percent-escape` };
  }
  const segments = decoded.split(/[/\\]/);
  if (segments.includes('..')) return { ok: false, problem: `"${value}" climbs out of public/ with ".."` };
  if (decoded.includes('\0')) return { ok: false, problem: `"${value}" contains a NUL character` };
  return { ok: true, file: segments.filter((segment) => segment !== '' && segment !== '.').join('/') };
}
