import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium';

let browser: Promise<Browser> | undefined;

// playwright-core gives every launch a fresh temporary --user-data-dir of its own
// and deletes it on close, so no profile leaks between runs.
function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return browser;
}

afterAll(async () => {
  const running = browser;
  browser = undefined;
  if (running) await (await running).close();
});

export interface OpenPageOptions {
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
  /** Grant clipboard access (the copy-button tests read it back). */
  clipboard?: boolean;
  /** URL of another served site to open the path on (a base-path build), instead of the built dist. */
  siteRoot?: string;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Absolute URL of a site path, with the base path applied. */
  url(path: string): string;
  /** console.error messages and uncaught page errors seen so far. */
  consoleErrors: string[];
  /** Requests that failed or answered 4xx/5xx (the deliberate 404 page aside). */
  failedRequests: string[];
  close(): Promise<void>;
}

/** The built site's URL for a path such as "/posts/" (the site may be served under a base path). */
export function siteUrl(path = '/', root: string = inject('siteUrl')): string {
  return new URL(path.replace(/^\//, ''), root).href;
}

/** Opens a site path in a fresh browser context and records console errors and failed requests. */
export async function openPage(path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const b = await sharedBrowser();
  const context = await b.newContext({
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  const url = (sitePath: string) => siteUrl(sitePath, options.siteRoot);
  if (options.clipboard) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('/')).origin });
  }
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('requestfailed', (request) => failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !path.includes('does-not-exist')) failedRequests.push(`${response.url()} (${response.status()})`);
  });
  await page.goto(url(path));
  return { page, context, url, consoleErrors, failedRequests, close: () => context.close() };
}

interface ViolationWindow {
  cspViolations: string[];
}

/** From the next navigation on, every page of the context records its CSP violations (read them with cspViolations). */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as ViolationWindow;
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`);
    });
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as ViolationWindow).cspViolations);
}
