// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import {
  transformerMetaHighlight,
  transformerNotationDiff,
  transformerNotationFocus,
  transformerNotationHighlight,
} from '@shikijs/transformers';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { site } from './src/site.config.ts';
import { katexAssets } from './src/integrations/katexAssets.ts';
import { shikiPalette } from './src/integrations/shikiPalette.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { rehypeBaseLinks } from './src/lib/markdown/rehypeBaseLinks.ts';
import { remarkArticleFacts } from './src/lib/markdown/remarkArticleFacts.ts';
import { shikiCodeFrame } from './src/lib/markdown/shikiCodeFrame.ts';
import { shikiStyleToClass } from './src/lib/markdown/shikiStyleToClass.ts';
import { rehypeStyleAttributeHashes } from './src/lib/markdown/rehypeStyleAttributeHashes.ts';
import { securityHeaders } from './src/integrations/securityHeaders.ts';
import { identityWarning } from './src/integrations/identityWarning.ts';
import { contentIntegrity } from './src/integrations/contentIntegrity.ts';
import { rehypeRawHtmlPolicy } from './src/lib/markdown/rehypeRawHtmlPolicy.ts';
import { rehypeTables } from './src/lib/markdown/rehypeTables.ts';
import { isSamplePage, readSamplePagePaths } from './src/lib/content/samplePages.ts';

const base = process.env.SITE_BASE || '/';
// Sample talks and repos stand in for the author's own: no sitemap entry.
const samplePages = await readSamplePagePaths(fileURLToPath(new URL('.', import.meta.url)));
const codeThemes = /** @type {const} */ ({ light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' });

export default defineConfig({
  site: site.url,
  base,
  trailingSlash: 'ignore',
  // Astro 7 defaults to 'jsx', which deletes the spaces between inline elements
  // and glues words together in pages, feeds and the search index.
  compressHTML: true,
  // Inside the project, not node_modules/.astro: copies of the project that
  // share node_modules (tests, benchmarks) must not share a content cache.
  cacheDir: './.astro/cache',
  // Internal links load on hover or keyboard focus, so the next page is usually
  // there by the time it is clicked. Cross-document view transitions are CSS
  // only (src/styles/viewTransitions.css): no client router.
  prefetch: { prefetchAll: true, defaultStrategy: 'hover' },
  srcDir: './src',
  publicDir: './public',
  integrations: [
    katexAssets(),
    mdx(),
    preact(),
    sitemap({ filter: (page) => !isSamplePage(page, samplePages, base) }),
    pagefindIndex(),
    securityHeaders(),
    identityWarning(site),
    contentIntegrity(),
  ],
  markdown: {
    // unified, not Sätteri: KaTeX rendering at build time (rehype-katex) and
    // heading anchors come from well-kept remark/rehype plugins; Sätteri's math
    // feature only parses.
    processor: unified({
      // Single dollars stay dollars: these posts quote prices.
      remarkPlugins: [[remarkMath, { singleDollarTextMath: false }], remarkArticleFacts],
      rehypePlugins: [
        // First, while raw HTML is still raw: refuses all but a few elements in .md.
        rehypeRawHtmlPolicy,
        [rehypeBaseLinks, { base }],
        rehypeKatex,
        // After KaTeX, so display math is there to make focusable.
        rehypeTables,
        rehypeHeadingIds,
        [
          rehypeAutolinkHeadings,
          {
            behavior: 'wrap',
            test: ['h2', 'h3', 'h4'],
            properties: { className: ['heading-link'] },
          },
        ],
        // Last, so it sees KaTeX's and GFM's final style attributes.
        rehypeStyleAttributeHashes,
      ],
    }),
    shikiConfig: {
      themes: codeThemes,
      defaultColor: false,
      transformers: [
        transformerNotationHighlight(),
        transformerNotationDiff(),
        transformerNotationFocus(),
        transformerMetaHighlight(),
        shikiCodeFrame,
        shikiStyleToClass,
      ],
    },
  },
  // Strict CSP as a meta tag on every page: Astro hashes its own scripts and
  // styles; ThemeScript adds the inline theme script's hash and post pages add
  // their KaTeX/table style attributes' hashes (style-src-attr 'unsafe-hashes').
  // securityHeaders() repeats the policy in dist/_headers for static hosts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the page.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    plugins: [tailwindcss(), shikiPalette(codeThemes)],
  },
});
