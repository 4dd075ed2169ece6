import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRawValues } from '../../src/lib/inputs/validateFields';
import { sizeCluster } from '../../src/lib/kafka/sizing/sizeCluster';
import { sizingSpec } from '../../src/lib/kafka/sizing/sizingFields';
import { openPage, type OpenedPage } from './harness';

const TOOL = '/tools/kafka-sizing/';
const POST = '/posts/kafka-sizing-without-hand-waving/';

let opened: OpenedPage | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

async function open(path: string): Promise<OpenedPage> {
  opened = await openPage(path);
  await opened.page.waitForSelector('astro-island[component-url*="KafkaSizing"]:not([ssr])');
  return opened;
}

/** What the model recommends for these raw inputs (the island must show the same). */
/** The starting inputs the post gives its embedded calculator (its worked example). */
function embedInputsOf(postFile: string, tool: string): Record<string, string> {
  const source = readFileSync(new URL(`../../content/posts/${postFile}`, import.meta.url), 'utf8');
  const inputs = source.match(new RegExp(`<CalculatorEmbed tool="${tool}" inputs="([^"]+)"`))?.[1];
  if (!inputs) throw new Error(`${postFile} embeds no ${tool} calculator with inputs`);
  return Object.fromEntries(new URLSearchParams(inputs));
}

function expectedBrokers(raw: Record<string, string>): number {
  const { values, errors } = parseRawValues(sizingSpec, raw);
  expect(errors).toEqual([]);
  return sizeCluster(values).brokers;
}

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`).first();
const brokersShown = (page: Page) => page.getByTestId('sizing-brokers').first();

async function typeInto(page: Page, name: string, text: string) {
  await field(page, name).fill(text);
}

describe('Kafka sizing tool page', () => {
  it('recalculates as an input changes and keeps only non-default inputs in the URL', async () => {
    const { page, consoleErrors } = await open(TOOL);
    await expect.poll(() => brokersShown(page).textContent()).toBe(String(expectedBrokers({})));
    await typeInto(page, 'write-peak', '300');
    await typeInto(page, 'retention-hours', '6');
    const expected = expectedBrokers({ 'write-peak': '300', 'retention-hours': '6' });
    await expect.poll(() => brokersShown(page).textContent()).toBe(String(expected));
    await expect.poll(() => new URL(page.url()).search).toBe('?write-peak=300&retention-hours=6');
    expect(consoleErrors).toEqual([]);
  });

  it('loads the inputs from the URL into the form and the result', async () => {
    const raw = { 'write-peak': '250', fanout: '3', instance: 'm7g.4xlarge', 'retention-hours': '12', failure: 'broker' };
    const { page, consoleErrors } = await open(`${TOOL}?${new URLSearchParams(raw)}`);
    await expect.poll(() => field(page, 'write-peak').inputValue()).toBe('250');
    expect(await field(page, 'fanout').inputValue()).toBe('3');
    expect(await field(page, 'instance').inputValue()).toBe('m7g.4xlarge');
    expect(await field(page, 'failure').inputValue()).toBe('broker');
    await expect.poll(() => brokersShown(page).textContent()).toBe(String(expectedBrokers(raw)));
    expect(consoleErrors).toEqual([]);
  });

  it('ignores unknown and invalid URL parameters with a notice, as text', async () => {
    const { page, consoleErrors } = await open(`${TOOL}?rf=abc&%3Cb%3Ebold%3C%2Fb%3E=1&fanout=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&zones=2`);
    const notice = page.getByText('Some link parameters were ignored:').locator('..');
    await notice.waitFor();
    expect((await notice.innerText()).split('\n').filter(Boolean)).toEqual([
      'Some link parameters were ignored:',
      'Ignored parameter “rf”: Replication factor must be a number; got “abc”.',
      'Ignored unknown parameter “<b>bold</b>”.',
      'Ignored parameter “fanout”: Read fan-out must be a number; got “<img src=x onerror=alert(1)>”.',
      'Dismiss',
    ]);
    expect(await page.locator('img[src="x"], b:text("bold")').count()).toBe(0);
    expect(await field(page, 'rf').inputValue()).toBe('3');
    expect(await field(page, 'fanout').inputValue()).toBe('1');
    expect(await field(page, 'zones').inputValue()).toBe('2');
    expect(consoleErrors).toEqual([]);
  });

  it('shows invalid input at the field, keeps the last result marked stale, and never prints NaN', async () => {
    const { page, consoleErrors } = await open(TOOL);
    await typeInto(page, 'write-peak', '400');
    const lastGood = String(expectedBrokers({ 'write-peak': '400' }));
    await expect.poll(() => brokersShown(page).textContent()).toBe(lastGood);
    for (const [name, text, message] of [
      ['write-peak', '-5', 'Peak write rate must be at least 0.01 MB/s'],
      ['write-peak', 'abc', 'Peak write rate must be a number; got “abc”'],
      ['write-peak', '', 'Peak write rate is required'],
      ['brokers', '2', 'The replication factor (3) cannot exceed the broker count (2)'],
    ] as const) {
      await typeInto(page, 'write-peak', '400');
      await typeInto(page, name, text);
      const input = field(page, name);
      await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
      const errorId = describedBy.split(' ')[0] ?? '';
      expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe(message);
      expect(await page.getByTestId('sizing-summary').first().getAttribute('data-stale')).toBe('true');
      expect(await brokersShown(page).textContent()).toBe(lastGood);
      expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
      await typeInto(page, name, '');
    }
    await expect.poll(() => page.getByTestId('sizing-summary').first().getAttribute('data-stale')).toBe('false');
    expect(consoleErrors).toEqual([]);
  });

  it('bills by the broker type, takes gp3 volumes per broker, and refuses Express input that breaks its rules', async () => {
    const { page, consoleErrors } = await open(TOOL);
    await expect.poll(() => page.getByTestId('sizing-billing').first().textContent()).toBe('self-managed');
    await field(page, 'instance').selectOption('kafka.m7g.2xlarge');
    await expect.poll(() => page.getByTestId('sizing-billing').first().textContent()).toBe('Amazon MSK');
    await expect.poll(() => brokersShown(page).textContent()).toBe(String(expectedBrokers({ instance: 'kafka.m7g.2xlarge' })));
    await field(page, 'instance').selectOption('m7g.2xlarge');
    await typeInto(page, 'retention-hours', '2000');
    await typeInto(page, 'volumes', '4');
    const raw = { 'retention-hours': '2000', volumes: '4' };
    await expect.poll(() => brokersShown(page).textContent()).toBe(String(expectedBrokers(raw)));
    await expect.poll(() => new URL(page.url()).search).toBe('?retention-hours=2000&volumes=4');
    await field(page, 'instance').selectOption('express.m7g.large');
    await typeInto(page, 'zones', '2');
    const zones = field(page, 'zones');
    await expect.poll(() => zones.getAttribute('aria-invalid')).toBe('true');
    const errorId = ((await zones.getAttribute('aria-describedby')) ?? '').split(' ')[0] ?? '';
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toContain('MSK Express runs only in 3 Availability Zones, not 2');
    expect(await field(page, 'zones').inputValue()).toBe('2');
    expect(consoleErrors).toEqual([]);
  });

  it('works from the keyboard alone, with a visible focus outline', async () => {
    const { page, consoleErrors } = await open(TOOL);
    let reached = false;
    for (let press = 0; press < 80 && !reached; press += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('name') === 'write-peak');
    }
    expect(reached).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('500');
    await page.keyboard.press('Tab');
    await expect.poll(() => brokersShown(page).textContent()).toBe(String(expectedBrokers({ 'write-peak': '500' })));
    // A preset button, reached and pressed from the keyboard, adds a history entry the back button undoes.
    const preset = page.getByRole('button', { name: 'Log pipeline: 300 MB/s, 1 consumer group, 1 day' });
    await preset.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => field(page, 'write-peak').inputValue()).toBe('300');
    await page.goBack();
    await expect.poll(() => field(page, 'write-peak').inputValue()).toBe('500');
    expect(consoleErrors).toEqual([]);
  });

  it('has no axe violation in either theme, with every panel open, a link notice and a field error', async () => {
    const { page, consoleErrors } = await open(`${TOOL}?fanout=3&bogus=1`);
    await page.getByText('Some link parameters were ignored:').waitFor();
    await typeInto(page, 'rf', '9');
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => details.setAttribute('open', '')));
    const violations = async () => {
      const results = await new AxeBuilder({ page }).include('main').analyze();
      return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}) at ${node.target.join(' ')}: ${node.failureSummary}`));
    };
    const light = await violations();
    await page.locator('[data-theme-toggle]').first().click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    const dark = await violations();
    expect({ light, dark }).toEqual({ light: [], dark: [] });
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it('without JavaScript shows the method and says the calculator needs JavaScript', async () => {
    opened = await openPage(TOOL, { javaScriptEnabled: false });
    const text = await opened.page.locator('body').innerText();
    expect(text).toContain('The calculator needs JavaScript.');
    expect(text).toContain('Brokers needed per constraint');
    expect(text).toContain('N / (N − ceil(N / Z))');
  });
});

describe('Kafka sizing embedded in a post', () => {
  it('starts from the post\'s worked example, hydrates when scrolled into view, leaves the post URL alone and links to the full calculator with the inputs', async () => {
    const example = embedInputsOf('kafka-sizing-without-hand-waving.mdx', 'kafka-sizing');
    opened = await openPage(POST);
    const { page, consoleErrors } = opened;
    // client:visible: the island hydrates only once it is on screen.
    await page.locator('astro-island[component-url*="KafkaSizing"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('astro-island[component-url*="KafkaSizing"]:not([ssr])');
    expect(await brokersShown(page).textContent()).toBe(String(expectedBrokers(example)));
    await typeInto(page, 'write-peak', '321');
    await expect.poll(() => brokersShown(page).textContent()).toBe(String(expectedBrokers({ ...example, 'write-peak': '321' })));
    expect(new URL(page.url()).search).toBe('');
    const href = await page.getByRole('link', { name: 'Open in the full calculator →' }).getAttribute('href');
    expect(href).toMatch(/\/tools\/kafka-sizing\/\?/);
    expect(Object.fromEntries(new URLSearchParams(href?.split('?')[1]))).toEqual({ ...example, 'write-peak': '321' });
    expect(consoleErrors).toEqual([]);
  });
});
