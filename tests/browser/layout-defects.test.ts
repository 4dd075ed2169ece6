import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sweepPaths } from '../support/pageTypes';
import { withPage } from './pageChecks';

const PHONE_AND_TABLET = [320, 360, 390, 768];
const DESKTOP = [1024, 1280, 1366, 1920];
const COST_TOOL = '/tools/kafka-cost-attribution/';
const COST_ARTICLE = '/posts/which-topic-is-costing-us/';

/** Scrolls through the page so client:visible islands load, then waits until every island has hydrated. */
async function hydrateAll(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  const islands = page.locator('astro-island[client="visible"]');
  for (let i = 0; i < (await islands.count()); i += 1) await islands.nth(i).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function resize(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  // Two frames: one for the resize, one for what ResizeObserver callbacks re-render.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The page's scroll width and, when it is wider than the viewport, the outermost elements that stick out. */
function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    const clipped = (el: Element) => {
      for (let parent = el.parentElement; parent; parent = parent.parentElement) {
        if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(parent).overflowX)) return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > viewport + 0.5 && !clipped(el))
      .filter((el, _, all) => !all.some((other) => other !== el && other.contains(el)))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { viewport, scrollWidth, culprits };
  });
}

describe('nothing scrolls sideways on a phone or a tablet, with islands hydrated', () => {
  const paths = () => [...sweepPaths(), '/search/?q=kafka'];
  it.each(paths())('%s is as wide as the viewport at 320, 360, 390 and 768 px', async (path) => {
    await withPage(
      path,
      async ({ page }) => {
        await hydrateAll(page);
        for (const width of PHONE_AND_TABLET) {
          await resize(page, width);
          const overflow = await horizontalOverflow(page);
          expect({ width, ...overflow }).toEqual({ width, viewport: width, scrollWidth: width, culprits: [] });
        }
      },
      { viewport: { width: 390, height: 844 } },
    );
  }, 90_000);
});

/**
 * The outermost fieldsets of the calculators: the pairs whose boxes intersect, and
 * the controls that stick out of their own fieldset (and so run under the next one).
 */
function overlappingFieldsets(page: Page) {
  return page.evaluate(() => {
    const fieldsets = [...document.querySelectorAll('astro-island fieldset')].filter((el) => el.parentElement?.closest('fieldset') === null);
    const boxes = fieldsets
      .map((el) => ({ el, name: el.querySelector('legend')?.textContent?.trim() ?? '', box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0);
    const overlaps: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        const intersects = a.box.left < b.box.right - 0.5 && b.box.left < a.box.right - 0.5 && a.box.top < b.box.bottom - 0.5 && b.box.top < a.box.bottom - 0.5;
        if (intersects) overlaps.push(`${a.name} × ${b.name}`);
      }),
    );
    for (const { el, name, box } of boxes) {
      for (const control of el.querySelectorAll('input, select, textarea, button, label')) {
        const inner = control.getBoundingClientRect();
        if (inner.width > 0 && inner.right > box.right + 0.5) overlaps.push(`${control.tagName.toLowerCase()} sticks out of ${name} by ${Math.round(inner.right - box.right)} px`);
      }
    }
    return { count: boxes.length, overlaps };
  });
}

describe('the cost attribution policies grid', () => {
  it.each([COST_TOOL, COST_ARTICLE])('%s: no two fieldsets overlap at 1024, 1280, 1366 and 1920 px', async (path) => {
    await withPage(path, async ({ page }) => {
      await hydrateAll(page);
      for (const width of DESKTOP) {
        await resize(page, width);
        // An embed in an article hydrates when it scrolls into view; on a loaded machine its panel may lag the resize.
        await expect.poll(async () => (await overlappingFieldsets(page)).count, { timeout: 15_000 }).toBeGreaterThan(2);
        const { overlaps } = await overlappingFieldsets(page);
        expect({ width, overlaps }).toEqual({ width, overlaps: [] });
      }
    });
  }, 60_000);
});

/** The smallest rendered size, in CSS px, of any text in a chart drawn by the shared chart components. */
function smallestChartLabel(page: Page) {
  return page.evaluate(() => {
    const sizes = [...document.querySelectorAll('svg[data-chart] text')].map((text) => {
      const matrix = (text as SVGTextElement).getScreenCTM();
      const scale = matrix ? Math.hypot(matrix.a, matrix.b) : 1;
      return { text: text.textContent ?? '', px: parseFloat(getComputedStyle(text).fontSize) * scale };
    });
    const smallest = sizes.reduce((min, size) => (size.px < min.px ? size : min), { text: '', px: Infinity });
    return { labels: sizes.length, smallest: smallest.text, px: Math.round(smallest.px * 10) / 10 };
  });
}

describe('chart labels stay readable at every width', () => {
  const chartPages = ['/tools/kafka-sizing/', '/tools/ai-rework-cost/', '/posts/kafka-sizing-without-hand-waving/'];
  it.each(chartPages)('%s draws every chart label at 12 CSS px or more from 320 to 1920 px', async (path) => {
    await withPage(
      path,
      async ({ page }) => {
        await hydrateAll(page);
        for (const width of [...PHONE_AND_TABLET, ...DESKTOP]) {
          await resize(page, width);
          const label = await smallestChartLabel(page);
          expect(label.labels).toBeGreaterThan(0);
          expect({ width, ...label, readable: label.px >= 12 }).toMatchObject({ width, readable: true });
        }
      },
      { viewport: { width: 390, height: 844 } },
    );
  }, 60_000);
});
