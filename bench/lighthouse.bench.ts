/**
 * Lighthouse (the npm package) with Debian's Chromium on the home page, an
 * article and a calculator page, mobile and desktop: the four category scores
 * and LCP, TBT, CLS and total bytes. Goal: 100 in every category. Runs
 * against a built site (DIST_DIR, default dist/; DIST_BASE, default /) served
 * on 127.0.0.1, gzip-encoded as a static host serves it; each figure is the
 * median of LIGHTHOUSE_RUNS runs (default 3).
 * Run alone: `npx tsx bench/lighthouse.bench.ts`.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, defaultConfig, type Config, type Flags } from 'lighthouse';
import { distDir, serveStatic } from '../tests/support/staticServer';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/chromium';

// Lighthouse wants the new headless mode; /dev/shm is small in containers.
const CHROME_FLAGS = [...CHROMIUM_ARGS.filter((flag) => flag !== '--headless'), '--headless=new', '--disable-dev-shm-usage'];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const KB = 1000;

interface Figures {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
  /** Audits that cost points outside performance: "category: audit id". */
  failing: string[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** The pages to measure, each the first that exists in the built site. */
function pages(dir: string): Array<{ name: string; path: string }> {
  const pick = (name: string, candidates: string[]) => {
    const path = candidates.find((p) => existsSync(join(dir, p, 'index.html')));
    if (path === undefined) throw new Error(`No ${name} in ${dir}: looked for ${candidates.map((p) => `${p}index.html`).join(', ')}`);
    return { name, path: `/${path}` };
  };
  return [
    pick('home', ['']),
    pick('article', ['posts/kafka-sizing-without-hand-waving/', 'posts/terminal-setup-for-coding-agents/']),
    pick('calculator', ['tools/kafka-sizing/', 'tools/kafka-cost-attribution/', 'tools/ai-rework-cost/']),
  ];
}

/** A throw-away copy of the site with a gzip twin beside every text file, so the server can send what hosts send. */
function compressedCopy(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'lighthouse-site-'));
  cpSync(dir, copy, { recursive: true });
  for (const name of readdirSync(copy, { recursive: true, encoding: 'utf8' })) {
    if (/\.(html|css|js|mjs|svg|json|xml|txt)$/.test(name)) writeFileSync(join(copy, `${name}.gz`), gzipSync(readFileSync(join(copy, name))));
  }
  return copy;
}

async function measure(url: string, port: number, config: Config): Promise<Figures> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
  const result = await lighthouse(url, flags, config);
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse could not load ${url}: ${runtimeError.code} ${runtimeError.message}`);
  const score = (id: string) => Math.round((categories[id]?.score ?? NaN) * 100);
  const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
    (categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}: ${ref.id}`),
  );
  const value = (id: string) => audits[id]?.numericValue ?? NaN;
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    totalBytes: value('total-byte-weight'),
    failing,
  };
}

function medianFigures(runs: Figures[]): Figures {
  const of = (pick: (f: Figures) => number) => median(runs.map(pick));
  return {
    scores: {
      performance: of((f) => f.scores.performance),
      accessibility: of((f) => f.scores.accessibility),
      'best-practices': of((f) => f.scores['best-practices']),
      seo: of((f) => f.scores.seo),
    },
    lcpMs: of((f) => f.lcpMs),
    tbtMs: of((f) => f.tbtMs),
    cls: of((f) => f.cls),
    totalBytes: of((f) => f.totalBytes),
    failing: [...new Set(runs.flatMap((f) => f.failing))],
  };
}

async function main(): Promise<void> {
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`LIGHTHOUSE_RUNS must be a whole number ≥ 1, got "${process.env.LIGHTHOUSE_RUNS}"`);
  const dir = distDir();
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`No built site in ${dir}: run \`npm run build\` first (or set DIST_DIR).`);
  const targets = pages(dir);
  const copy = compressedCopy(dir);
  const site = await serveStatic(copy, process.env.DIST_BASE ?? '/', { precompressed: true });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  const rows: string[] = [];
  const below100: string[] = [];
  const failingAudits: string[] = [];
  try {
    for (const { name, path } of targets) {
      for (const [formFactor, config] of [['mobile', defaultConfig], ['desktop', desktopConfig]] as const) {
        const url = new URL(path.slice(1), site.url).href;
        const runs: Figures[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measure(url, chrome.port, config));
        const f = medianFigures(runs);
        rows.push(
          `| ${name} (${path}) | ${formFactor} | ${f.scores.performance} | ${f.scores.accessibility} | ${f.scores['best-practices']} | ${f.scores.seo} | ${Math.round(f.lcpMs)} | ${Math.round(f.tbtMs)} | ${f.cls.toFixed(3)} | ${(f.totalBytes / KB).toFixed(1)} |`,
        );
        for (const category of CATEGORIES) if (f.scores[category] < 100) below100.push(`${name} ${formFactor} ${category} ${f.scores[category]}`);
        if (f.failing.length) failingAudits.push(`${name} ${formFactor}: ${f.failing.join(', ')}`);
      }
    }
  } finally {
    await chrome.kill();
    await site.close();
    rmSync(copy, { recursive: true, force: true });
  }
  console.log(`Lighthouse ${RUNS === 1 ? '(one run each)' : `(median of ${RUNS} runs each)`}, simulated throttling, gzip-encoded responses, Chromium at ${CHROMIUM}. Goal: 100 in every category.\n`);
  console.log('| Page | Form factor | Performance | Accessibility | Best practices | SEO | LCP (ms) | TBT (ms) | CLS | Total (KB) |');
  console.log('| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: |');
  for (const row of rows) console.log(row);
  console.log(below100.length ? `\nBelow 100: ${below100.join('; ')}.` : '\nEvery category scores 100 on every page and form factor.');
  if (failingAudits.length) console.log(`\nAudits losing points outside performance:\n${failingAudits.map((line) => `- ${line}`).join('\n')}`);
}

await main();
