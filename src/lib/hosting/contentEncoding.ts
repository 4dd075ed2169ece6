export type ContentEncoding = 'br' | 'gzip';

/** Quality values by coding ("br;q=0.5, gzip" → br 0.5, gzip 1), lower-cased; an unparsable q counts as 0. */
function qualities(acceptEncoding: string): Map<string, number> {
  const parsed = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [coding, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!coding) continue;
    const q = params.find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    parsed.set(coding, Number.isFinite(value) ? value : 0);
  }
  return parsed;
}

/**
 * The encoding to send for an Accept-Encoding header (RFC 9110 §12.5.3):
 * brotli or gzip, whichever the client rates higher (brotli on a tie, as
 * Cloudflare and Netlify prefer it); `*` stands for any coding not named;
 * undefined means send the bytes as they are.
 */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding | undefined {
  if (!acceptEncoding) return undefined;
  const q = qualities(acceptEncoding);
  const rate = (coding: ContentEncoding) => q.get(coding) ?? q.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).reduce((a, b) => (rate(b) > rate(a) ? b : a));
  return rate(best) > 0 ? best : undefined;
}
