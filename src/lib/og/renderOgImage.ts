import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { digestBytes, ogCardHash, type RenderContext } from './cardHash';
import { OgImageCache } from './imageCache';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH, ogCardTree, type OgCard } from './ogCard';
import { parseThemeTokens } from './themeTokens';

/**
 * Inter from @fontsource/inter, read from node_modules: nothing is downloaded
 * during a build. satori reads WOFF (not WOFF2); latin-ext covers the accented
 * names latin lacks.
 */
const FONT_DIR = 'node_modules/@fontsource/inter/files';
const FONT_FILES = [
  { file: 'inter-latin-400-normal.woff', weight: 400 },
  { file: 'inter-latin-700-normal.woff', weight: 700 },
  { file: 'inter-latin-ext-400-normal.woff', weight: 400 },
  { file: 'inter-latin-ext-700-normal.woff', weight: 700 },
] as const;

/** The stylesheet whose light-theme tokens colour the cards. */
const THEME_STYLESHEET = 'src/styles/global.css';

/** The packages that turn a tree into pixels: an upgrade may change the pixels, so their versions are part of the key. */
const ENGINE_PACKAGES = ['satori', '@resvg/resvg-js'] as const;

/** Cached images no build has asked for in this long are deleted, so the folder does not grow for ever. */
const CACHE_MAX_AGE_MS = 30 * 24 * 3_600_000;

/** Git-ignored (node_modules/) and kept between builds; OG_CACHE_DIR points it elsewhere (the benchmark does). */
export function ogCacheDir(root: string): string {
  return process.env.OG_CACHE_DIR ?? join(root, 'node_modules/.cache/og');
}

/** What every card is drawn with: fonts, and the key inputs that come with them. */
interface RenderAssets {
  context: RenderContext;
  satoriFonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>;
}

async function loadRenderAssets(root: string): Promise<RenderAssets> {
  const paths = FONT_FILES.map(({ file }) => join(root, FONT_DIR, file));
  const reads = await Promise.allSettled(paths.map((path) => readFile(path)));
  // Name every missing file, in a fixed order, whichever read failed first.
  const missing = paths.filter((_, i) => reads[i]?.status === 'rejected');
  if (missing.length > 0) {
    throw new Error(`OG images: font file ${missing.join(', ')} is missing; is @fontsource/inter installed?`);
  }
  const data = reads.map((read) => (read as PromiseFulfilledResult<Buffer>).value);
  const css = await readFile(join(root, THEME_STYLESHEET), 'utf8');
  const engine = await Promise.all(
    ENGINE_PACKAGES.map(async (name) => {
      const manifest = JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      return `${name}@${manifest.version}`;
    }),
  );
  return {
    context: { fontDigest: digestBytes(data), theme: parseThemeTokens(css, THEME_STYLESHEET), engine: engine.join(' ') },
    satoriFonts: FONT_FILES.map(({ weight }, i) => ({ name: 'Inter', data: data[i], weight, style: 'normal' })),
  };
}

/** Draws one card to a PNG: satori lays it out as SVG with text as paths, resvg rasterises it. */
async function drawCard(card: OgCard, assets: RenderAssets): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(ogCardTree(card, assets.context.theme), {
    width: OG_IMAGE_WIDTH,
    height: OG_IMAGE_HEIGHT,
    fonts: assets.satoriFonts,
  });
  // satori already turned every glyph into a path: scanning system fonts would only cost time.
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png);
}

export interface OgImageRenderer {
  cache: OgImageCache;
  /** The card's PNG, from the cache when its inputs are unchanged. */
  render(card: OgCard): Promise<Uint8Array<ArrayBuffer>>;
}

export interface OgImageRendererOptions {
  /** Project root: fonts, stylesheet and the default cache folder are found from here. */
  root: string;
  /** Defaults to `ogCacheDir(root)`. */
  cacheDir?: string;
  /** Receives one line per image actually rendered (not for cache hits). */
  log?: (line: string) => void;
}

/** A renderer for the project at `root`: fonts and colours load once, images are cached by input hash. */
export function createOgImageRenderer({ root, cacheDir, log = console.info }: OgImageRendererOptions): OgImageRenderer {
  const cache = new OgImageCache(cacheDir ?? ogCacheDir(root));
  let assets: Promise<RenderAssets> | undefined;
  let pruning: Promise<number> | undefined;
  return {
    cache,
    async render(card) {
      assets ??= loadRenderAssets(root);
      const loaded = await assets;
      pruning ??= cache.prune(CACHE_MAX_AGE_MS);
      await pruning;
      const key = ogCardHash(card, loaded.context);
      const started = performance.now();
      const result = await cache.getOrRender(key, () => drawCard(card, loaded));
      // The benchmark reads these lines: what a rebuild re-rendered and what it cost.
      if (result.rendered) log(`[og-image] rendered ${key.slice(0, 12)} in ${Math.round(performance.now() - started)} ms "${card.title}"`);
      return result.png;
    },
  };
}
