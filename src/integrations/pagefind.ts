import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import sirv from 'sirv';
import { buildVocabulary, pageWordsFromHtml, type PageWords } from '../lib/search/vocabulary';

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` at the end of
 * every `astro build`, through Pagefind's Node API rather than a CLI step after
 * the build:
 * - `npm run build` stays one command, and a failed index fails the build with
 *   Pagefind's own message instead of leaving a site whose search is silently empty;
 * - the index is always written beside the pages Astro just wrote, wherever the
 *   output directory is configured (and with any base path: URLs in the index
 *   are relative to the output root, the browser adds the base at query time);
 * - no second process to remember in scripts or CI.
 *
 * What gets indexed is decided in the pages: `data-pagefind-body` on the
 * article of posts, talks, repos, tool pages and about (so lists, home, tags
 * and 404 are left out), `data-pagefind-ignore` on navigation and lists, and
 * the type/date/tag marks of src/components/search/SearchIndexMeta.astro.
 *
 * Slide text: a talk with a local PDF deck shows the deck's text on its own
 * page in a collapsed "Slide text" section (src/components/search/SlideText.astro,
 * extracted with unpdf at build time), which this index then reads as part of
 * the talk. That beats a custom record pointing at the talk URL: the talk stays
 * one result instead of two, the excerpt and the "Slide text" section link
 * show words the reader can find on the page, and readers without a PDF viewer
 * (or a screen reader) get the slides as text too.
 *
 * Vocabulary: beside the index the build writes `vocabulary.json`, the words
 * of titles, headings, tags and frequent body words of the indexed pages, from
 * which the search page suggests a spelling when a query finds nothing.
 *
 * In `astro dev` there is no build output, so the dev server serves the index
 * of the last build from `<outDir>/pagefind/`; without one, the search UI
 * says that search needs `npm run build` first.
 */
export function pagefindIndex(): AstroIntegration {
  let outDir: URL | undefined;
  let base = '/';
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!outDir) return;
        const bundle = join(fileURLToPath(outDir), 'pagefind');
        if (!existsSync(bundle)) {
          logger.info('No built search index yet: search in dev needs `npm run build` once.');
          return;
        }
        const mount = `${base.replace(/\/$/, '')}/pagefind`;
        // dev: true re-reads the folder, so a build in another terminal is picked up.
        server.middlewares.use(mount, sirv(bundle, { dev: true }));
        logger.info(`Serving the last built search index from ${bundle} at ${mount}/`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({
            // KaTeX renders each formula twice (MathML for readers, HTML for the eye)
            // plus its TeX source: only the MathML reading goes into the index.
            excludeSelectors: ['.katex-html', '.katex annotation'],
          });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          const indexed = indexedPageCount(written.outputPath);
          if (indexed === 0) {
            throw new Error(`Pagefind found no page with data-pagefind-body in ${site}: the search index would be empty.`);
          }
          const vocabulary = buildVocabulary(indexedPageWords(site));
          writeFileSync(join(written.outputPath, 'vocabulary.json'), JSON.stringify(vocabulary));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(`Indexed ${indexed} of ${added.page_count} pages for search in ${seconds} s into ${written.outputPath} (${vocabulary.length} words for spelling suggestions)`);
        } finally {
          await close();
        }
      },
    },
  };
}

/** Pages in the written index, from Pagefind's entry file (addDirectory counts every HTML file it read). */
function indexedPageCount(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
}

/** The words of every built page Pagefind indexes, for the spelling vocabulary. */
function indexedPageWords(site: string): PageWords[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'))
    .flatMap((path) => pageWordsFromHtml(readFileSync(join(site, path), 'utf8')) ?? []);
}
