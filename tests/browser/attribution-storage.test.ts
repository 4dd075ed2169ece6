import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, type OpenedPage } from './harness';

const TOOL = '/tools/kafka-cost-attribution/';
const tabErrors = new WeakMap<Page, string[]>();

/** A little longer than the island's save delay and one IndexedDB write. */
const SAVED = 900;

async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
  await page.getByRole('textbox', { name: 'Bill for the period' }).waitFor();
}

/** Another tab of the same browser profile (same storage), opened on the tool once the first has saved. */
async function secondTab(opened: OpenedPage, prepare?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await opened.context.newPage();
  tabErrors.set(page, errorsOf(page));
  await prepare?.(page);
  await page.goto(opened.url(TOOL));
  await hydrated(page);
  return page;
}

/** A first visit: the example is loaded and saved. */
async function firstTab(): Promise<OpenedPage> {
  const opened = await openPage(TOOL);
  await hydrated(opened.page);
  await expect.poll(() => opened.page.getByRole('textbox', { name: 'Usage per topic' }).inputValue()).toContain('payments.orders');
  await opened.page.waitForTimeout(SAVED);
  return opened;
}

const bill = (page: Page) => page.getByRole('textbox', { name: 'Bill for the period' });
const rules = (page: Page) => page.getByRole('textbox', { name: 'Topic-to-team rules' });

/** Puts a file generated in the page into a source field's "Load a file" input, as a reader's file pick would. */
async function loadGeneratedFile(page: Page, label: string, megabytes: number): Promise<number> {
  const field = page.getByRole('textbox', { name: label });
  const input = page.locator('div').filter({ has: field }).last().locator('input[type=file]');
  return input.evaluate((element, size) => {
    const line = 'this is a large paste that no parser reads, kept whole by the store\n';
    const text = line.repeat(Math.ceil((size * 1e6) / line.length));
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'large.txt', { type: 'text/plain' }));
    (element as HTMLInputElement).files = transfer.files;
    element.dispatchEvent(new Event('change', { bubbles: true }));
    return text.length;
  }, megabytes);
}

/** axe violations in the calculator, as "rule at selector" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('[data-pagefind-ignore="all"]').analyze();
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} at ${node.target.join(' ')}`));
}

async function withContext(body: (opened: OpenedPage) => Promise<void>): Promise<void> {
  const opened = await firstTab();
  try {
    await body(opened);
  } finally {
    await opened.close();
  }
}

/** A tab that neither hears nor tells the other tabs anything, as a tab frozen in the background would. */
async function deaf(page: Page): Promise<void> {
  await page.addInitScript(() => {
    class Silent {
      onmessage: unknown = null;
      postMessage(): void {}
      close(): void {}
    }
    Object.defineProperty(window, 'BroadcastChannel', { value: Silent });
    const listen = window.addEventListener.bind(window);
    window.addEventListener = ((type: string, ...rest: Parameters<typeof listen> extends [unknown, ...infer R] ? R : never) => {
      if (type !== 'storage') listen(type, ...rest);
    }) as typeof window.addEventListener;
  });
}

/** console.error messages and uncaught errors of a page the harness did not open. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

describe('Kafka cost attribution storage', () => {
  it('keeps both tabs’ edits to different inputs, each tab showing the other’s', async () => {
    await withContext(async (opened) => {
      const first = opened.page;
      const second = await secondTab(opened);
      await bill(first).fill('pool,amount\ncompute,100.00\n');
      await rules(second).fill('payments.* = payments\n');
      await expect.poll(() => bill(second).inputValue()).toBe('pool,amount\ncompute,100.00\n');
      await expect.poll(() => rules(first).inputValue()).toBe('payments.* = payments\n');

      await first.reload();
      await hydrated(first);
      expect(await bill(first).inputValue()).toBe('pool,amount\ncompute,100.00\n');
      expect(await rules(first).inputValue()).toBe('payments.* = payments\n');
      expect(await first.getByTestId('storage-conflict').count()).toBe(0);
      expect(opened.consoleErrors).toEqual([]);
      expect(tabErrors.get(second)).toEqual([]);
    });
  });

  it('warns a tab whose unsaved edit another tab overwrote, and keeps its text until the reader chooses', async () => {
    await withContext(async (opened) => {
      const first = opened.page;
      const second = await secondTab(opened);
      await bill(first).fill('pool,amount\ncompute,100.00\n');
      await first.waitForTimeout(150);
      await bill(second).fill('pool,amount\ncompute,200.00\n');

      const warning = second.getByTestId('storage-conflict');
      await expect.poll(() => warning.innerText()).toContain('Another tab changed the bill; keep yours or load theirs.');
      expect(await axeViolations(second)).toEqual([]);
      await second.waitForTimeout(SAVED);
      expect(await bill(second).inputValue()).toBe('pool,amount\ncompute,200.00\n');
      expect(await bill(first).inputValue()).toBe('pool,amount\ncompute,100.00\n');

      await warning.getByRole('button', { name: 'Keep yours' }).click();
      await expect.poll(() => bill(first).inputValue()).toBe('pool,amount\ncompute,200.00\n');
      expect(await second.getByTestId('storage-conflict').count()).toBe(0);
      expect(await first.getByTestId('storage-conflict').count()).toBe(0);
      expect(opened.consoleErrors).toEqual([]);
    });
  }, 90_000);

  it('forgets in every tab, refuses a stale tab’s later write, and stays forgotten over a reload', async () => {
    await withContext(async (opened) => {
      const first = opened.page;
      const second = await secondTab(opened);
      const stale = await secondTab(opened, deaf);
      expect(await bill(stale).inputValue()).toContain('compute');

      await first.getByRole('button', { name: 'Forget my data' }).click();
      await expect.poll(() => bill(second).inputValue()).toBe('');
      expect(await rules(second).inputValue()).toBe('');
      await expect.poll(() => second.getByText('Your inputs were forgotten in another tab; this tab cleared them too.').count()).toBe(1);

      // The stale tab never heard of the forget; its next save is refused and it clears itself instead.
      expect(await bill(stale).inputValue()).toContain('compute');
      await rules(stale).fill('orders = payments\n');
      await expect.poll(() => bill(stale).inputValue()).toBe('');
      await stale.waitForTimeout(SAVED);

      await first.reload();
      await hydrated(first);
      await expect.poll(() => first.getByText('Nothing is stored in this browser since your data was forgotten.', { exact: false }).count()).toBe(1);
      expect(await bill(first).inputValue()).toBe('');
      expect(await rules(first).inputValue()).toBe('');
      expect(await first.getByRole('textbox', { name: 'Usage per topic' }).inputValue()).toBe('');
      expect(opened.consoleErrors).toEqual([]);
    });
  });

  it('saves the other inputs when one write fails for quota, and names the one that did not save', async () => {
    await withContext(async (opened) => {
      const page = await secondTab(opened, (tab) =>
        tab.addInitScript(() => {
          const put = IDBObjectStore.prototype.put;
          IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
            if (key === 'text:bill') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return put.call(this, value, key);
          };
        }),
      );
      await bill(page).fill('pool,amount\ncompute,300.00\n');
      await rules(page).fill('payments.* = payments\n');
      const problem = page.getByTestId('storage-problem');
      await expect.poll(() => problem.innerText()).toContain('The bill is not saved in this browser: the browser’s storage for this site is full (QuotaExceededError).');
      expect(await problem.count()).toBe(1);
      await page.waitForTimeout(SAVED);

      // The first tab has no failing store: it shows the rules the other tab saved, and its own bill.
      await opened.page.reload();
      await hydrated(opened.page);
      expect(await rules(opened.page).inputValue()).toBe('payments.* = payments\n');
      expect(await bill(opened.page).inputValue()).not.toContain('300.00');
    });
  });

  it('keeps a 20 MB load over a keystroke and a reload, saying which version it restored', async () => {
    await withContext(async ({ page, consoleErrors }) => {
      await page.getByText('More usage sources').click();
      const label = 'Retained bytes per topic';
      const length = await loadGeneratedFile(page, label, 20);
      const field = page.getByRole('textbox', { name: label });
      const size = `${(length / 1e6).toFixed(1)} MB loaded`;
      await expect.poll(() => field.getAttribute('placeholder'), { timeout: 20_000 }).toContain(size);

      await field.focus();
      await page.keyboard.type('x');
      await page.keyboard.press('Control+V');
      expect(await field.inputValue()).toBe('');
      expect(await field.getAttribute('placeholder')).toContain(size);
      await page.waitForTimeout(2 * SAVED);

      await page.reload();
      await hydrated(page);
      // The section holding it opens by itself, since one of its inputs is not empty.
      await expect.poll(() => field.getAttribute('placeholder'), { timeout: 20_000 }).toContain(size);
      const notice = page.getByText(/^Restored from this browser: /);
      await expect.poll(() => notice.innerText()).toMatch(/Retained bytes per topic \(version 1, saved at \d\d:\d\d\)/);
      expect(await notice.innerText()).toMatch(/the bill \(version 1, saved at \d\d:\d\d\)/);
      expect(await axeViolations(page)).toEqual([]);

      // Replace is the way to change it: the field empties for the new text, and a keystroke then is the new input.
      await page.getByRole('button', { name: 'Replace' }).click();
      await page.keyboard.type('y');
      expect(await field.inputValue()).toBe('y');
      expect(consoleErrors).toEqual([]);
    });
  }, 120_000);

  it('keeps the whole text of a large paste that arrives in two input events', async () => {
    await withContext(async ({ page, consoleErrors }) => {
      const field = page.getByRole('textbox', { name: 'Usage per topic' });
      const length = await field.evaluate(async (element) => {
        const textarea = element as HTMLTextAreaElement;
        const line = 'a paste the browser delivers in parts, each part an input event of its own\n';
        textarea.focus();
        textarea.value = line.repeat(27_000);
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
        textarea.value += line.repeat(3_000);
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
        return textarea.value.length;
      });
      // Past the size the field stops showing once the reader leaves it, after the first event already.
      expect(length).toBe(30_000 * 75);
      await bill(page).focus();
      await expect.poll(() => field.getAttribute('placeholder')).toContain(`${(length / 1e6).toFixed(1)} MB loaded`);
      expect(consoleErrors).toEqual([]);
    });
  }, 90_000);

  it('keeps the last valid result, marked stale, while a usage input cannot be read', async () => {
    await withContext(async ({ page, consoleErrors }) => {
      await page.getByTestId('reconciliation').waitFor();
      const before = await page.getByTestId('reconciliation').innerText();
      await page.getByRole('textbox', { name: 'Usage per topic' }).fill('topic,bytes_in\norders,lots\n');
      await expect.poll(() => page.getByTestId('stale').count()).toBe(1);
      expect(await page.getByTestId('reconciliation').innerText()).toBe(before);
      expect(await page.getByText('Usage per topic cannot be read: the results below are the last valid ones').count()).toBe(1);
      expect(consoleErrors).toEqual([]);
    });
  });
});
