/**
 * The cost attribution calculator in the browser with a usage CSV of ATTRIBUTION_ISLAND_TOPICS
 * topics (default 1,000,000), loaded as a reader's file pick would: the time until the worker has
 * read it, the time until the allocation is shown, whether a progress bar showed meanwhile, and
 * the reconciliation it ends with. Measures DIST_DIR (default dist/), so build first. Prints
 * figures; no assertions. Run: `npm run bench -- attribution-island`.
 */
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/support/chromium';
import { distDir, serveStatic } from '../tests/support/staticServer';

const TOPICS = Number(process.env['ATTRIBUTION_ISLAND_TOPICS'] ?? 1_000_000);
const TIMEOUT_S = 900;

/** Generates the usage CSV in the page and hands it to the usage field's file input; returns its size. */
function loadUsageFile(page: Page, topics: number): Promise<number> {
  const field = page.getByRole('textbox', { name: 'Usage per topic' });
  return page
    .locator('div')
    .filter({ has: field })
    .last()
    .locator('input[type=file]')
    .evaluate((element, count) => {
      const rows = ['topic,bytes_in,bytes_out,retained_bytes,replicated_bytes,remote_bytes,partitions,rf,consumer_groups,owner'];
      for (let i = 0; i < count; i++) rows.push(`team-${i % 50}.topic-${i},${1000 + (i % 977)},${3000 + (i % 311)},${50000 + i},${150000 + 3 * i},0,${1 + (i % 12)},3,${i % 4},`);
      const text = `${rows.join('\n')}\n`;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'usage.csv', { type: 'text/csv' }));
      (element as HTMLInputElement).files = transfer.files;
      element.dispatchEvent(new Event('change', { bubbles: true }));
      return text.length;
    }, topics);
}

async function statuses(page: Page): Promise<string[]> {
  return (await page.locator('[role=status]').allInnerTexts()).filter((text) => text.trim() !== '');
}

async function main(): Promise<void> {
  const site = await serveStatic(distDir());
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(new URL('tools/kafka-cost-attribution/', site.url).href);
    await page.getByRole('button', { name: 'Load the example' }).click();
    await page.getByTestId('reconciliation').waitFor();
    const started = performance.now();
    const bytes = await loadUsageFile(page, TOPICS);
    let readAt: number | undefined;
    let progressSeen = false;
    for (let waited = 0; waited < TIMEOUT_S; waited += 1) {
      await page.waitForTimeout(1000);
      progressSeen ||= (await page.locator('progress').count()) > 0;
      const now = await statuses(page);
      if (readAt === undefined && now.some((text) => text.startsWith('✓ Usage CSV'))) readAt = performance.now();
      if (now.some((text) => text.startsWith('Cannot read'))) throw new Error(`the usage file was refused: ${now.join(' | ')}`);
      if (readAt !== undefined && now.some((text) => text.startsWith('Allocated'))) {
        const seconds = (at: number) => ((at - started) / 1000).toFixed(0);
        console.log(`Usage CSV of ${TOPICS.toLocaleString('en-US')} topics (${(bytes / 1e6).toFixed(1)} MB), loaded as a file in Chromium:`);
        console.log(`read by the worker after ${seconds(readAt)} s, allocated and shown after ${seconds(performance.now())} s; progress bar shown: ${progressSeen ? 'yes' : 'no'}`);
        console.log(`${now.find((text) => text.startsWith('Allocated'))} ${await page.getByTestId('reconciliation').innerText()}`);
        console.log(`page errors: ${errors.length === 0 ? 'none' : errors.join('; ')}`);
        return;
      }
    }
    throw new Error(`no allocation after ${TIMEOUT_S} s`);
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
