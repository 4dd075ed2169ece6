export type Resolution =
  | { kind: 'file'; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'notFound' };

/** "/blog/" or "blog" → "/blog"; "/" or "" → "" (the prefix every site path starts with). */
export function basePrefix(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
}

// What a static host keeps to itself: its configuration files are read at deploy, never served.
const HOST_FILES = new Set(['_headers', '_redirects']);

function isSafe(relative: string): boolean {
  return !relative.includes('\0') && !relative.includes('\\') && !relative.split('/').includes('..');
}

/** The request path under the base, decoded, without its leading slash; undefined when it is outside the base or not decodable. */
function relativePath(pathname: string, prefix: string): string | undefined {
  if (prefix && !pathname.startsWith(`${prefix}/`)) return undefined;
  try {
    return decodeURIComponent(pathname.slice(prefix.length + 1));
  } catch {
    return undefined;
  }
}

/**
 * What a request path answers with in a built site, the way Cloudflare Pages
 * and Netlify answer for Astro's directory build: "/x/" serves x/index.html,
 * "/x" redirects to "/x/" when that is a directory page (so both work, as
 * trailingSlash 'ignore' promises), "/x" serves x.html or the file x itself,
 * and the base path itself redirects to "/base/". `isFile` says whether a
 * path relative to the site directory is a file.
 */
export function resolvePath(pathname: string, prefix: string, isFile: (relative: string) => boolean): Resolution {
  if (prefix && pathname === prefix) return { kind: 'redirect', location: `${prefix}/` };
  const relative = relativePath(pathname, prefix);
  if (relative === undefined || !isSafe(relative) || HOST_FILES.has(relative)) return { kind: 'notFound' };
  if (relative === '' || relative.endsWith('/')) {
    const index = `${relative}index.html`;
    return isFile(index) ? { kind: 'file', file: index } : { kind: 'notFound' };
  }
  if (isFile(relative)) return { kind: 'file', file: relative };
  if (isFile(`${relative}/index.html`)) return { kind: 'redirect', location: `${pathname}/` };
  if (isFile(`${relative}.html`)) return { kind: 'file', file: `${relative}.html` };
  return { kind: 'notFound' };
}
