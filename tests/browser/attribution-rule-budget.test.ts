import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RULE_BUDGET_MS } from '../../src/lib/kafka/attribution/ruleBudget';
import { withPage } from './pageChecks';

const TOOL = '/tools/kafka-cost-attribution/';
/** The example scenario's bill (src/lib/kafka/parsers/fixtures/bill.csv). */
const EXAMPLE_TOTAL = '$16,100.00';
/** `^(a+)+$` backtracks on this name for 52 s in Node 24's V8 (measured 2026-12-04); each extra a doubles it. */
const RUNAWAY_TOPIC = `${'a'.repeat(30)}-`;
const RUNAWAY_RULE = 'regex:^(a+)+$ => x';
const FIXED_RULE = 'regex:^(a+)-$ => a-team';
/** Time past the budget for the allocation delay, the worker restart and the render, on a loaded 2-core machine. */
const MARGIN_MS = 3000;

async function exampleAllocated(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
  await page.getByTestId('reconciliation').waitFor();
  await expect.poll(() => page.getByTestId('reconciliation').innerText()).toContain(`= bill ${EXAMPLE_TOTAL}`);
}

function teamRow(page: Page, team: string) {
  return page.locator('table[id$="-teams"] tbody tr').filter({ has: page.getByRole('button', { name: team, exact: true }) });
}

describe('a runaway regex rule', () => {
  it('is stopped after the budget and flagged by line, while the page stays responsive; the fixed rule then allocates', async () => {
    await withPage(TOOL, async ({ page, consoleErrors, failedRequests }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await exampleAllocated(page);
      const usage = page.getByRole('textbox', { name: 'Usage per topic' });
      await usage.fill(`${await usage.inputValue()}${RUNAWAY_TOPIC},1000000000,1000000000,,,,1,3,1,\n`);
      await page.getByText(/^Test the rules against your \d+ topics$/).click();
      const tester = page.getByRole('table', { name: 'Which rule maps each topic' });
      await expect.poll(() => tester.getByText(RUNAWAY_TOPIC).count()).toBe(1);

      const rules = page.getByRole('textbox', { name: 'Topic-to-team rules' });
      const before = await rules.inputValue();
      const typed = `${before}${before.endsWith('\n') ? '' : '\n'}${RUNAWAY_RULE}`;
      const line = typed.split('\n').length;
      const started = Date.now();
      await rules.fill(typed);

      // The worker is now deep in the regex; the page still handles a keystroke at once.
      await page.waitForTimeout(800);
      const filter = page.getByRole('searchbox', { name: 'Filter topics' });
      const keystroke = Date.now();
      await filter.press('a');
      expect(await filter.inputValue()).toBe('a');
      expect(Date.now() - keystroke).toBeLessThan(1000);

      const problems = page.locator(`[id="${(await rules.getAttribute('aria-describedby'))!.split(' ')[1]}"]`);
      await expect.poll(() => problems.innerText(), { timeout: RULE_BUDGET_MS + MARGIN_MS }).toContain(`rules line ${line}: its regex ran longer than ${RULE_BUDGET_MS / 1000} s`);
      expect(Date.now() - started).toBeLessThan(RULE_BUDGET_MS + MARGIN_MS);
      expect(await rules.getAttribute('aria-invalid')).toBe('true');
      expect(await rules.inputValue()).toBe(typed);
      expect(await page.getByText(`Cannot allocate: rules line ${line}:`).count()).toBe(1);

      // The restarted worker holds every input again: the fixed rule maps the topic and the books balance.
      await rules.fill(typed.replace(RUNAWAY_RULE, FIXED_RULE));
      await expect.poll(() => teamRow(page, 'a-team').count()).toBe(1);
      await expect.poll(() => page.getByTestId('reconciliation').innerText()).toContain(`= bill ${EXAMPLE_TOTAL}`);
      expect(await problems.innerText()).not.toContain('ran longer');
      await page.getByText(/^Test the rules against your \d+ topics$/).click();
      await expect.poll(() => page.getByRole('table', { name: 'Which rule maps each topic' }).getByRole('row').filter({ hasText: RUNAWAY_TOPIC }).innerText()).toMatch(
        new RegExp(`a-team\\s+regex rule \\(line ${line}\\)`),
      );
      // Worker exists here, so the page never loads the session's main-thread fallback.
      expect(requested.filter((url) => /attributionSession/.test(url))).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(failedRequests).toEqual([]);
    });
  }, 60_000);

  it('without Worker, the calculator runs on the main thread, loaded on demand (where no budget can apply)', async () => {
    await withPage(TOOL, async ({ page, context, consoleErrors }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await context.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
      await page.reload();
      expect(await page.evaluate(() => typeof Worker)).toBe('undefined');
      await exampleAllocated(page);
      expect(requested.filter((url) => /attributionSession/.test(url))).toHaveLength(1);
      expect(consoleErrors).toEqual([]);
    });
  });
});

