/**
 * Response headers for static hosts that read a `_headers` file (Netlify,
 * Cloudflare Pages). The CSP header is the union of every page's meta policy
 * plus what a meta tag cannot carry (frame-ancestors); browsers enforce the
 * header and the page's own meta together, so each page stays as strict as its meta.
 */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Content-Type-Options', 'nosniff'],
  // Features the site never uses; clipboard-write stays allowed for the copy buttons.
  ['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()'],
  // One year of HTTPS only, for this host alone: subdomains may belong to other sites.
  ['Strict-Transport-Security', 'max-age=31536000'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  // For browsers without frame-ancestors; a meta CSP cannot forbid framing at all.
  ['X-Frame-Options', 'DENY'],
];

/** Directives only a header can deliver: browsers ignore them in a meta tag. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

export type CspPolicy = Map<string, string[]>;

/** Parses "a x y; b z" into directive → sources, in order; a repeated directive keeps its first value, as browsers do. */
export function parseCsp(policy: string): CspPolicy {
  const parsed: CspPolicy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !parsed.has(name.toLowerCase())) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

export function serialiseCsp(policy: CspPolicy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Hashes of empty content. Astro lists the empty hash for elements whose code
 * is in a file; in a policy it would only let an injected empty element run.
 */
const EMPTY_CONTENT_HASHES = new Set([
  "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
  "'sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb'",
  "'sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=='",
]);

export function withoutEmptyContentHashes(policy: string): string {
  const parsed = parseCsp(policy);
  for (const [name, sources] of parsed) {
    const kept = sources.filter((source) => !EMPTY_CONTENT_HASHES.has(source));
    // A directive left with no source would allow nothing, as the empty hash did.
    parsed.set(name, kept.length > 0 || sources.length === 0 ? kept : ["'none'"]);
  }
  return serialiseCsp(parsed);
}

// Where a browser looks when a directive is missing (CSP3 §6.8.3 "directive fallback list").
const FALLBACK: Record<string, string[]> = {
  'script-src-elem': ['script-src', 'default-src'],
  'script-src-attr': ['script-src', 'default-src'],
  'style-src-elem': ['style-src', 'default-src'],
  'style-src-attr': ['style-src', 'default-src'],
  'script-src': ['default-src'],
  'style-src': ['default-src'],
  'img-src': ['default-src'],
  'font-src': ['default-src'],
  'connect-src': ['default-src'],
  'media-src': ['default-src'],
  'object-src': ['default-src'],
  'manifest-src': ['default-src'],
  'worker-src': ['child-src', 'script-src', 'default-src'],
  'frame-src': ['child-src', 'default-src'],
  'child-src': ['default-src'],
};

function effectiveSources(policy: CspPolicy, directive: string): string[] | undefined {
  for (const name of [directive, ...(FALLBACK[directive] ?? [])]) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}

/**
 * One policy that allows everything any of the given policies allows, and no
 * more: per directive, the union of each page's effective sources (its own
 * value or the one it falls back to). A directive some page leaves fully open
 * (no value and no fallback) is left out, so the union never blocks that page.
 */
export function mergeCspPolicies(policies: string[]): string {
  const parsed = policies.map(parseCsp);
  const names = new Set(parsed.flatMap((policy) => [...policy.keys()]));
  const merged: CspPolicy = new Map();
  for (const name of names) {
    const perPage = parsed.map((policy) => effectiveSources(policy, name));
    const defined = perPage.filter((sources): sources is string[] => sources !== undefined);
    if (defined.length < perPage.length) continue;
    const union = new Set(defined.flat());
    // 'none' means nothing only when it stands alone.
    if (union.size > 1) union.delete("'none'");
    merged.set(name, [...union]);
  }
  return serialiseCsp(merged);
}

/**
 * The union policy with style attributes left to each page's meta tag: the
 * union of every page's KaTeX attribute hashes grows with the content (over
 * 10 KB for a handful of math posts), past what hosts accept in one header
 * (Cloudflare Pages: 2,000 characters a line). Both policies are enforced, so
 * a page still allows only the attribute hashes its own meta lists; scripts
 * and style elements keep their exact hashes here too.
 */
export function headerPolicy(mergedPolicy: string): string {
  const policy = parseCsp(mergedPolicy);
  if (policy.has('style-src-attr')) policy.set('style-src-attr', ["'unsafe-inline'"]);
  return serialiseCsp(policy);
}

/** A `_headers` file: every path gets the static headers and the site-wide CSP. */
export function headersFile(csp: string): string {
  const policy = [csp, ...HEADER_ONLY_DIRECTIVES].filter(Boolean).join('; ');
  const lines = ['/*', `  Content-Security-Policy: ${policy}`, ...STATIC_SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`)];
  return `${lines.join('\n')}\n`;
}
