import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withPage } from './pageChecks';

const TOOL = '/tools/ai-rework-cost/';
const POST = '/posts/ai-assisted-development-model-tendencies/';

async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
}

function field(page: Page, name: string) {
  return page.locator(`[name="${name}"]`);
}

function headline(page: Page) {
  return page.getByTestId('ai-rework-headline');
}

/** The drawn path of each model's cost curve. */
function curves(page: Page): Promise<string[]> {
  return page.getByTestId('ai-rework-chart').locator('svg[role="img"] g[clip-path] path').evaluateAll((paths) =>
    paths.map((path) => path.getAttribute('d') ?? ''),
  );
}

describe('AI rework cost calculator', () => {
  it('starts from the worked example of the post, priced from the catalog', async () => {
    await withPage(TOOL, async ({ page, consoleErrors, failedRequests }) => {
      await hydrated(page);
      // Sonnet 5.5 at 50%: 24 turns × $0.0485 + 40 minutes at $100/h; Opus 4.7 at 80%: 15 × $0.13 + 28.75 minutes.
      expect(await headline(page).innerText()).toContain('Claude Sonnet 5.5 $67.83 · Claude Opus 4.7 $49.87');
      expect(await page.locator('main').innerText()).toContain('Claude Sonnet 5.5 matches Claude Opus 4.7');
      expect(consoleErrors).toEqual([]);
      expect(failedRequests).toEqual([]);
    });
  });

  it('changing a preset updates the chart and the URL', async () => {
    await withPage(TOOL, async ({ page, consoleErrors }) => {
      await hydrated(page);
      const before = await curves(page);
      expect(before).toHaveLength(2);
      const preset = page.getByRole('button', { name: 'Exploratory' });
      await preset.click();
      await expect.poll(() => preset.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => new URL(page.url()).searchParams.get('turns')).toBe('25');
      expect(new URL(page.url()).searchParams.get('review-minutes')).toBe('25');
      await expect.poll(() => curves(page)).not.toEqual(before);
      expect(await field(page, 'turns').inputValue()).toBe('25');
      // The back button returns to the inputs before the preset.
      await page.goBack();
      await expect.poll(() => field(page, 'turns').inputValue()).toBe('12');
      expect(consoleErrors).toEqual([]);
    });
  });

  it('copies a link to the inputs and downloads JSON and CSV of inputs and results', async () => {
    await withPage(
      `${TOOL}?m2-accept=75`,
      async ({ page, consoleErrors }) => {
        await hydrated(page);
        await expect.poll(() => field(page, 'm2-accept').inputValue()).toBe('75');
        await page.getByRole('button', { name: 'Copy link' }).click();
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/tools\/ai-rework-cost\/\?m2-accept=75$/);

        const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
        const document = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
          inputs: Record<string, unknown>;
          result: { comparison: { models: { perAcceptedChange: { totalCost: number } }[] } };
        };
        expect(document.inputs['m2-accept']).toBe(75);
        // Opus 4.7 at 75%: 16 turns × $0.13 + (10 + 15/0.75) minutes at $100/h.
        expect(document.result.comparison.models[1]?.perAcceptedChange.totalCost).toBeCloseTo(16 * 0.13 + 3000 / 60, 9);

        const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
        const rows = readFileSync((await csv.path())!, 'utf8').split(/\r?\n/);
        expect(rows[0]).toBe('section,name,value,unit');
        expect(rows).toContain('input,m2-accept,75,%');
        expect(rows).toContain('result,prices.0.prices.inputPerMTok.perMTok,2,');
        expect(rows.some((row) => row.startsWith('result,models.1.perAcceptedChange.totalCost,52.08'))).toBe(true);
        expect(consoleErrors).toEqual([]);
      },
      { clipboard: true },
    );
  });

  it('loads its inputs from the URL and shows the matching result', async () => {
    await withPage(`${TOOL}?m1-accept=60&evil=%3Cscript%3E`, async ({ page, consoleErrors }) => {
      await hydrated(page);
      await expect.poll(() => field(page, 'm1-accept').inputValue()).toBe('60');
      // Sonnet 5.5 at 60%: 20 turns × $0.0485 + (10 + 15/0.6) minutes at $100/h = $0.97 + $58.33.
      await expect.poll(() => headline(page).innerText()).toContain('Claude Sonnet 5.5 $59.30');
      expect(await page.locator('main').innerText()).toContain('Ignored unknown parameter “evil”.');
      expect(consoleErrors).toEqual([]);
    });
  });

  it('shows the message at the field for invalid input, keeps the last result, and never prints NaN', async () => {
    await withPage(TOOL, async ({ page, consoleErrors }) => {
      await hydrated(page);
      const turns = field(page, 'turns');
      await turns.fill('twelve');
      await expect.poll(() => turns.getAttribute('aria-invalid')).toBe('true');
      const errorId = (await turns.getAttribute('aria-describedby'))!.split(' ')[0]!;
      expect(await page.locator(`[id="${errorId}"]`).innerText()).toBe('Turns per attempt must be a number; got “twelve”');
      expect(await headline(page).innerText()).toContain('Showing the last valid inputs');
      expect(await headline(page).innerText()).toContain('$67.83');
      // The address bar carries what was typed, so a reload or a shared link loses nothing.
      expect(new URL(page.url()).searchParams.get('turns')).toBe('twelve');

      const cacheWrite = field(page, 'cache-write');
      await turns.fill('12');
      await cacheWrite.fill('40');
      await expect.poll(() => cacheWrite.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('main').innerText()).toContain('cannot add up to more than 100%');

      await cacheWrite.fill('0');
      await field(page, 'm1-accept').fill('0');
      await expect.poll(() => page.locator('main').innerText()).toContain('the rework loop never stops');
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/NaN|Infinity/);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('asks for a price a vendor does not publish, at that price field', async () => {
    await withPage(TOOL, async ({ page }) => {
      await hydrated(page);
      const summary = (name: string) => page.locator('summary').filter({ hasText: name });
      await summary('Model 3 (optional)').click();
      await field(page, 'm3').selectOption('gemini-3-1-pro');
      const cacheWrite = field(page, 'm3-cache-write-price');
      await expect.poll(() => cacheWrite.getAttribute('aria-invalid')).toBe('true');
      expect(await summary('Model 3 prices').innerText()).toContain('1 to fix');
      await summary('Model 3 prices').click();
      await cacheWrite.fill('2');
      await expect.poll(() => headline(page).innerText()).toContain('Gemini 3.1 Pro (preview) $');
    });
  });

  it('works from the keyboard alone', async () => {
    await withPage(TOOL, async ({ page, consoleErrors }) => {
      await hydrated(page);
      await page.getByRole('button', { name: 'Literal, instruction-following' }).focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('turns')).toBe('25');
      await field(page, 'm2-accept').focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('90');
      await expect.poll(() => new URL(page.url()).searchParams.get('m2-accept')).toBe('90');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
      expect(consoleErrors).toEqual([]);
    });
  });

  // Two full axe runs over a long page: slow on a shared two-core machine.
  it('has no axe violations, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await withPage(
        TOOL,
        async ({ page }) => {
          await hydrated(page);
          await page.locator('summary').filter({ hasText: 'Explain: every formula with your numbers' }).click();
          await page.locator('summary').filter({ hasText: 'The chart as a table' }).click();
          const results = await new AxeBuilder({ page }).include('main').analyze();
          const violations = results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} at ${node.target.join(' ')}`));
          expect(violations, colorScheme).toEqual([]);
        },
        { colorScheme },
      );
    }
  }, 120_000);

  it('fits a phone screen with three models and every panel open', async () => {
    await withPage(
      `${TOOL}?m3=gpt-5-5`,
      async ({ page }) => {
        await hydrated(page);
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
        // Wide tables scroll inside their own box; nothing else may push the page sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
      },
      { viewport: { width: 390, height: 844 } },
    );
  });

  it('without JavaScript shows the method and says the calculator needs JavaScript', async () => {
    await withPage(
      TOOL,
      async ({ page }) => {
        expect(await page.locator('main').innerText()).toContain('The calculator needs JavaScript');
        expect(await page.getByRole('heading', { name: 'Break-even acceptance' }).isVisible()).toBe(true);
        expect(await page.locator('.katex').count()).toBeGreaterThan(10);
      },
      { javaScriptEnabled: false },
    );
  });

  it('embedded in a post, never rewrites the post URL and links to the full calculator with the inputs', async () => {
    await withPage(POST, async ({ page, consoleErrors }) => {
      const before = page.url();
      const island = page.locator('astro-island[component-url*="AiReworkCost"]');
      await island.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => !document.querySelector('astro-island[component-url*="AiReworkCost"]')?.hasAttribute('ssr'));
      await island.locator('[name="m1-accept"]').fill('70');
      const open = island.getByRole('link', { name: 'Open in the full calculator' });
      // The embed starts from the post's example (two custom-priced models); the link carries those and the change.
      await expect.poll(() => open.getAttribute('href')).toMatch(/\/tools\/ai-rework-cost\/\?.*m1-accept=70/);
      const query = Object.fromEntries(new URLSearchParams((await open.getAttribute('href'))?.split('?')[1]));
      expect(query).toMatchObject({ m1: 'custom', 'm1-accept': '70', 'm1-input-price': '3', m2: 'custom', 'm2-input-price': '6' });
      expect(page.url()).toBe(before);
      expect(consoleErrors).toEqual([]);
    });
  });
});
