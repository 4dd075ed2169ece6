import { createHash } from 'node:crypto';
import { OG_TEMPLATE_VERSION, ogCardTree, type OgCard } from './ogCard';
import type { ThemeTokens } from './themeTokens';

/** What besides the card's own text decides the pixels: the fonts and colours it is drawn with. */
export interface RenderContext {
  /** Digest of the font files' bytes (see `digestBytes`). */
  fontDigest: string;
  theme: ThemeTokens;
  /** Versions of the layout and raster packages, e.g. "satori@0.63.2 @resvg/resvg-js@2.6.2". */
  engine: string;
}

/** Hex SHA-256 of a list of byte arrays, each length-prefixed so ["ab","c"] and ["a","bc"] differ. */
export function digestBytes(parts: ReadonlyArray<Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(`${part.byteLength}:`);
    hash.update(part);
  }
  return hash.digest('hex');
}

/**
 * Cache key of a card image: a hash of the template version, the fonts, the
 * rendering packages' versions and the card's element tree, which holds every
 * drawn text (title, description, tags, date), size and colour. A change to
 * any of them, layout edits included, gives a new key; the same inputs give
 * the same key on any machine.
 */
export function ogCardHash(card: OgCard, context: RenderContext): string {
  const inputs = {
    template: OG_TEMPLATE_VERSION,
    font: context.fontDigest,
    engine: context.engine,
    tree: ogCardTree(card, context.theme),
  };
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}
