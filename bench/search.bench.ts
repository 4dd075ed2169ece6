/**
 * Search figures over a built site: the size of dist/pagefind (total, the part
 * a search can download, and per indexed page), and the time from the last
 * keystroke to the first result on screen on /search/ in Debian Chromium,
 * median of 20 queries, and a relevance table: for each reader query of
 * bench/searchQueries.ts, the rank of the page that reader wants. Uses dist/ (or SEARCH_BENCH_DIST) when it holds an
 * index, otherwise builds the site in a throw-away copy of the project.
 * Run: `npx tsx bench/search.bench.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { typingPause } from '../src/lib/search/searchState';
import { readerQueries } from './searchQueries';
import { copyProject, type ProjectCopy } from '../tests/support/projectCopy';
import { serveStatic } from '../tests/support/staticServer';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/chromium';

/** Words the site's pages hold, typed one after another like a reader would. */
const queries = [
  'kafka', 'partitions', 'retention', 'brokers', 'replication', 'throughput', 'consumer', 'storage', 'network', 'chargeback',
  'attribution', 'terminal', 'agents', 'rework', 'tmux', 'latency', 'cost', 'sizing', 'topics', 'prompt',
];
/** Milliseconds between typed characters: a quick typist. */
const typingDelayMs = 40;
/** Fresh page loads measured for the first search (Pagefind and its index not yet loaded). */
const coldRuns = 5;

/** Bundles Pagefind writes that this site's search never loads (its prebuilt UIs and the highlight script). */
const unusedBundles = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

function filesUnder(dir: string): Array<{ path: string; bytes: number }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [{ path, bytes: statSync(path).size }];
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

function siteDir(): { dir: string; copy?: ProjectCopy } {
  const given = resolve(process.env.SEARCH_BENCH_DIST ?? 'dist');
  if (existsSync(join(given, 'pagefind', 'pagefind-entry.json'))) return { dir: given };
  console.log(`(no search index in ${given}: building the site in a project copy)\n`);
  const copy = copyProject('search-bench-');
  const build = copy.astro(['build']);
  if (build.status !== 0) {
    copy.remove();
    throw new Error(`The build failed:\n${build.output.slice(-3000)}`);
  }
  return { dir: join(copy.dir, 'dist'), copy };
}

function indexSize(dir: string): void {
  const bundle = join(dir, 'pagefind');
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    version: string;
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
  const files = filesUnder(bundle);
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const searchFiles = files.filter((file) => !unusedBundles.test(file.path.slice(bundle.length + 1)));
  const searchBytes = searchFiles.reduce((sum, file) => sum + file.bytes, 0);
  const folder = (name: string) => files.filter((file) => file.path.startsWith(join(bundle, name))).reduce((sum, file) => sum + file.bytes, 0);
  const indexData = folder('index') + folder('fragment') + folder('filter');
  console.log(`## Index size (Pagefind ${entry.version}, ${pages} indexed pages)\n`);
  console.log('| What | Bytes | Size |');
  console.log('|---|---:|---:|');
  console.log(`| dist/pagefind, every file | ${total} | ${kB(total)} |`);
  console.log(`| files a search can load (library, WASM, index, fragments, filters) | ${searchBytes} | ${kB(searchBytes)} |`);
  console.log(`| index + fragments + filters | ${indexData} | ${kB(indexData)} |`);
  console.log(`| per indexed page, dist/pagefind | ${Math.round(total / pages)} | ${kB(total / pages)} |`);
  console.log(`| per indexed page, index data only | ${Math.round(indexData / pages)} | ${kB(indexData / pages)} |`);
  console.log('');
}

interface BenchRecord {
  keys: number[];
  /** When the status line changed, and what it said: it changes in the same task that draws the results. */
  renders: Array<{ time: number; status: string }>;
}

/** Records keystroke times and result-status changes inside the page. */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record: BenchRecord = { keys: [], renders: [] };
    (window as unknown as { searchBench: BenchRecord }).searchBench = record;
    document.addEventListener('keydown', () => record.keys.push(performance.now()), true);
    const status = document.querySelector('#search-status');
    if (!status) throw new Error('no #search-status on the page');
    new MutationObserver(() => record.renders.push({ time: performance.now(), status: status.textContent ?? '' })).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
}

/** Types a query and returns milliseconds from its last keystroke to the first results drawn after it. */
async function timeQuery(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    const record = (window as unknown as { searchBench: BenchRecord }).searchBench;
    record.keys.length = 0;
    record.renders.length = 0;
  });
  await page.locator('#search-page-input').fill('');
  // Start from the empty state, so the status line cannot still show the previous answer.
  await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').startsWith('Type a word'));
  await page.locator('#search-page-input').pressSequentially(query, { delay: typingDelayMs });
  await page.waitForFunction(
    (q) => new RegExp(`results? for “${q}”`).test(document.querySelector('#search-status')?.textContent ?? ''),
    query,
    { timeout: 15_000 },
  );
  return page.evaluate((q) => {
    const { keys, renders } = (window as unknown as { searchBench: BenchRecord }).searchBench;
    const lastKey = keys.at(-1) ?? 0;
    const shown = renders.find((render) => render.time >= lastKey && render.status.includes(`for “${q}”`));
    if (!shown) throw new Error(`no results for "${q}" were drawn after the last keystroke`);
    return shown.time - lastKey;
  }, query);
}

async function keystrokeToResult(dir: string): Promise<void> {
  const site = await serveStatic(dir, '/');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const cold: number[] = [];
    for (let run = 0; run < coldRuns; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.url}search/`);
      await instrument(page);
      cold.push(await timeQuery(page, queries[run] as string));
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes: number[] = [];
    page.on('response', async (response) => {
      if (response.url().includes('/pagefind/')) bytes.push((await response.body().catch(() => Buffer.alloc(0))).length);
    });
    await page.goto(`${site.url}search/`);
    await instrument(page);
    await timeQuery(page, 'kafka');
    const firstSearchBytes = bytes.reduce((sum, n) => sum + n, 0);
    const warm: number[] = [];
    for (const query of queries) warm.push(await timeQuery(page, query));
    await context.close();

    console.log('## Last keystroke to first result on screen (/search/, Chromium, 127.0.0.1)\n');
    const pause = typingPause([typingDelayMs, typingDelayMs, typingDelayMs]);
    console.log(`Typed at one character every ${typingDelayMs} ms; at that speed the page waits about ${pause} ms after the last keystroke before searching (typingPause in src/lib/search/searchState.ts: 1.2 × the typical gap between keystrokes as the page sees them, 30 to 100 ms), so that pause is part of every figure.\n`);
    console.log('| Case | Queries | Median | Min | Max |');
    console.log('|---|---:|---:|---:|---:|');
    console.log(`| index loaded (after a first search) | ${warm.length} | ${ms(median(warm))} | ${ms(Math.min(...warm))} | ${ms(Math.max(...warm))} |`);
    console.log(`| first search on a fresh page (loads Pagefind, WASM, index chunks) | ${cold.length} | ${ms(median(cold))} | ${ms(Math.min(...cold))} | ${ms(Math.max(...cold))} |`);
    console.log('');
    console.log(`Downloaded from /pagefind/ for the first search ("kafka"), uncompressed: ${firstSearchBytes} bytes (${kB(firstSearchBytes)}).`);
  } finally {
    await browser.close();
    await site.close();
  }
}

/** Result paths on /search/ for a query, in the order shown (the first ten). */
async function shownPaths(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-page-input').fill(query);
  await page.waitForFunction((q) => (document.querySelector('#search-status')?.textContent ?? '').includes(`“${q}”`), query, { timeout: 15_000 });
  return page
    .locator('#search-results > li h3 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

async function relevanceTable(dir: string): Promise<void> {
  const site = await serveStatic(dir, '/');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/`);
    console.log('## Relevance: rank of the page a reader wants (/search/, best match)\n');
    console.log('| Query | Wanted page | Rank | Held to |');
    console.log('|---|---|---:|---:|');
    for (const { query, wants, within } of readerQueries) {
      const rank = (await shownPaths(page, query)).indexOf(wants) + 1;
      console.log(`| ${query} | ${wants} | ${rank === 0 ? 'not in the first 10' : rank} | ${within ?? ''} |`);
    }
    console.log('');
  } finally {
    await browser.close();
    await site.close();
  }
}

const { dir, copy } = siteDir();
try {
  console.log(`Site: ${dir}\n`);
  indexSize(dir);
  await relevanceTable(dir);
  await keystrokeToResult(dir);
} finally {
  copy?.remove();
}
