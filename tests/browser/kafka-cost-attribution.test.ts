import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withPage } from './pageChecks';

const TOOL = '/tools/kafka-cost-attribution/';
const POST = '/posts/which-topic-is-costing-us/';
/** The example scenario's bill (src/lib/kafka/parsers/fixtures/bill.csv): 9200 + 1440 + 330 + 4120 + 260 + 1500 − 750. */
const EXAMPLE_TOTAL = '$16,100.00';
const EXAMPLE_TOTAL_CENTS = 1_610_000n;

async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
}

/** Waits until the example (loaded on a first visit) is parsed and allocated. */
async function exampleAllocated(page: Page): Promise<void> {
  await hydrated(page);
  await page.getByTestId('reconciliation').waitFor();
  await expect.poll(() => page.getByTestId('reconciliation').innerText()).toContain(`= bill ${EXAMPLE_TOTAL}`);
}

/** A CSV amount ("-36.5", "240") as cents, without floating-point arithmetic. */
function toCents(amount: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!match) throw new Error(`not an amount: ${amount}`);
  const cents = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}

function teamRow(page: Page, team: string) {
  return page.locator('table[id$="-teams"] tbody tr').filter({ has: page.getByRole('button', { name: team, exact: true }) });
}

describe('Kafka cost attribution calculator', () => {
  it('loads the example, changes a policy, and downloads a CSV that sums to the bill', async () => {
    await withPage(TOOL, async ({ page, consoleErrors, failedRequests }) => {
      await exampleAllocated(page);
      await expect.poll(() => page.getByTestId('reconciliation').innerText()).toContain('exact to the cent');
      expect(await teamRow(page, 'Unallocated').count()).toBe(1);

      await page.getByRole('radio', { name: 'Redistribute to mapped teams' }).check();
      await expect.poll(() => teamRow(page, 'Unallocated').locator('td').nth(1).innerText()).toBe('$0.00');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
      const csv = readFileSync((await download.path())!, 'utf8').trim().split(/\r?\n/);
      expect(csv[0]).toBe('pool,topic,team,driver,driver_value,share,amount,method');
      const header = csv[0]!.split(',');
      const amountColumn = header.indexOf('amount');
      // Every field before "amount" in these rows is unquoted, so a plain split finds it.
      const total = csv.slice(1).reduce((sum, row) => sum + toCents(row.split(',')[amountColumn]!), 0n);
      expect(total).toBe(EXAMPLE_TOTAL_CENTS);
      expect(csv.some((row) => row.includes('unallocated-redistributed'))).toBe(true);
      expect(consoleErrors).toEqual([]);
      expect(failedRequests).toEqual([]);
    });
  });

  it('splits fixed costs by a fixed % per team, naming the line of a bad share and keeping what was typed', async () => {
    await withPage(TOOL, async ({ page, consoleErrors }) => {
      await exampleAllocated(page);
      await page.getByRole('combobox', { name: 'Fixed / shared' }).selectOption('team-percent');
      const shares = page.getByRole('textbox', { name: /Fixed % per team/ });
      await shares.fill('payments = 60\nsearch = lots\nfinance = 40');
      await expect.poll(() => shares.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => page.getByText('line 2: expected "team = percent"').count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByText(/Cannot allocate: fixed % per team: line 2/).count()).toBe(1);
      expect(await shares.inputValue()).toBe('payments = 60\nsearch = lots\nfinance = 40');

      await shares.fill('payments = 60\nfinance = 40');
      await expect.poll(() => teamRow(page, 'finance').count()).toBe(1);
      // finance has no topic: its 40% of the $1,500.00 fixed pool, $600.00, is a line of its own, which then takes
      // its share of the -$750.00 credit by pre-adjustment total: 600 × 750 / 16,850 = 26.71. The books still balance.
      await expect.poll(() => teamRow(page, 'finance').locator('td').nth(1).innerText()).toBe('$573.29');
      await expect.poll(() => page.getByTestId('reconciliation').innerText()).toContain(`= bill ${EXAMPLE_TOTAL}`);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('shows a located message for garbage, keeps what was typed, and keeps it over a reload', async () => {
    await withPage(TOOL, async ({ page, consoleErrors }) => {
      await exampleAllocated(page);
      const bill = page.getByRole('textbox', { name: 'Bill for the period' });
      await bill.fill('pool,amount\ncompute,lots of money\n');
      await expect.poll(() => bill.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await bill.getAttribute('aria-describedby'))!.split(' ');
      const status = page.locator(`[id="${describedBy[1]}"]`);
      await expect.poll(() => status.innerText()).toContain('line 2, column amount: expected an amount such as 1234.56, got "lots of money"');
      expect(await bill.inputValue()).toBe('pool,amount\ncompute,lots of money\n');
      expect(await page.getByText('The bill above cannot be read yet').isVisible()).toBe(true);
      expect(await page.getByRole('textbox', { name: 'Usage per topic' }).inputValue()).toContain('payments.orders');

      // The scenario is saved after a short pause; a reload brings the typed text back.
      await page.waitForTimeout(800);
      await page.reload();
      await hydrated(page);
      const restored = page.getByRole('textbox', { name: 'Bill for the period' });
      await expect.poll(() => restored.inputValue()).toBe('pool,amount\ncompute,lots of money\n');

      await page.getByRole('button', { name: 'Forget my data' }).click();
      await expect.poll(() => page.getByRole('textbox', { name: 'Bill for the period' }).inputValue()).toBe('');
      await page.waitForTimeout(800);
      expect((await page.evaluate(() => localStorage.getItem('kafka-cost-attribution:scenario'))) ?? '').not.toContain('lots of money');
      expect(consoleErrors).toEqual([]);
    });
  });

  it('works from the keyboard alone: a policy by arrow keys, a drill-down by Enter', async () => {
    await withPage(TOOL, async ({ page, consoleErrors }) => {
      await exampleAllocated(page);
      await page.getByRole('radio', { name: 'Spread over the other topics' }).focus();
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: 'Charge to a Platform line' }).isChecked()).toBe(true);
      // Internal topics now carry cost: Platform holds __consumer_offsets and friends.
      await expect.poll(() => teamRow(page, 'Platform').locator('td').nth(1).innerText()).not.toBe('$0.00');

      const team = page.getByRole('button', { name: 'analytics', exact: true });
      await team.focus();
      await page.keyboard.press('Enter');
      expect(await team.getAttribute('aria-expanded')).toBe('true');
      const topic = page.getByRole('button', { name: 'clickstream.raw', exact: true }).first();
      await topic.focus();
      await page.keyboard.press('Enter');
      const detail = page.getByRole('table', { name: 'Where each cent of clickstream.raw comes from' });
      await detail.waitFor();
      // One line per pool the topic is charged in, each with its formula.
      expect(await detail.locator('tbody tr').count()).toBeGreaterThan(3);
      expect(await detail.locator('tbody tr').first().innerText()).toMatch(/× \d+ \/ \d+ = \$/);

      // Tab reaches the next control after the focused one (no keyboard trap in the tables).
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
      expect(consoleErrors).toEqual([]);
    });
  });

  it('parses a 20 MB kafka-log-dirs file off the main thread and keeps the page responsive', async () => {
    await withPage(TOOL, async ({ page, consoleErrors }) => {
      await exampleAllocated(page);
      const replicas: string[] = [];
      for (let p = 0; p < 260_000; p++) replicas.push(`{"partition":"bulk.topic-${p % 5000}-${Math.floor(p / 5000)}","size":${1000 + p},"offsetLag":0,"isFuture":false}`);
      const body = `{"brokers":[{"broker":1,"logDirs":[{"partitions":[${replicas.join(',')}],"error":null,"logDir":"/data"}]}],"version":1}`;
      const paste = `Querying brokers for log directories information\nReceived log directory information from brokers 1\n${body}\n`;
      expect(paste.length).toBeGreaterThan(20_000_000);
      await page.getByText('More usage sources').click();
      const field = page.getByRole('textbox', { name: 'More cluster tool output' });
      const fileInput = page.locator('div').filter({ has: field }).last().locator('input[type=file]');
      await fileInput.setInputFiles({ name: 'log-dirs.txt', mimeType: 'text/plain', buffer: Buffer.from(paste) });
      // While the worker parses, the main thread still answers.
      expect(await page.evaluate(() => 1 + 1)).toBe(2);
      const status = page.locator(`[id="${(await field.getAttribute('aria-describedby'))!.split(' ')[1]}"]`);
      await expect.poll(() => status.innerText(), { timeout: 60_000 }).toContain('kafka-log-dirs.sh --describe: 5000 topics');
      await expect.poll(() => page.getByTestId('reconciliation').innerText(), { timeout: 30_000 }).toContain(`= bill ${EXAMPLE_TOTAL}`);
      expect(consoleErrors).toEqual([]);
    });
  }, 120_000);

  it('has no axe violations with results showing, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await withPage(
        TOOL,
        async ({ page }) => {
          await exampleAllocated(page);
          await page.getByRole('button', { name: 'payments', exact: true }).click();
          const results = await new AxeBuilder({ page }).include('[data-pagefind-ignore="all"]').analyze();
          const violations = results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} at ${node.target.join(' ')}`));
          expect(violations, colorScheme).toEqual([]);
        },
        { colorScheme },
      );
    }
  });

  it('without JavaScript shows the method and says the calculator needs JavaScript', async () => {
    await withPage(
      TOOL,
      async ({ page }) => {
        expect(await page.locator('main').innerText()).toContain('This calculator needs JavaScript');
        expect(await page.getByRole('heading', { name: 'Rounding to the cent' }).isVisible()).toBe(true);
      },
      { javaScriptEnabled: false },
    );
  });

  it('embedded in a post, hydrates when scrolled to and never rewrites the post URL', async () => {
    await withPage(POST, async ({ page, consoleErrors }) => {
      const before = page.url();
      const island = page.locator('astro-island[component-url*="CostAttribution"]');
      await island.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => !document.querySelector('astro-island[component-url*="CostAttribution"]')?.hasAttribute('ssr'));
      await island.getByTestId('reconciliation').waitFor();
      await island.getByRole('radio', { name: 'Charge to Platform' }).first().check();
      expect(page.url()).toBe(before);
      expect(consoleErrors).toEqual([]);
    });
  });
});
