import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** How this machine allows Chromium to run: no sandbox as root, no background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];
/** Set by scripts/test.ts for the browser tier: the WebSocket address of one Chromium every test file shares. */
export const SHARED_BROWSER_ENV = 'OT_TEST_BROWSER_WS';

/**
 * Debian's Chromium: the one the test runner started for the whole browser tier when there is one (closing it
 * then only disconnects this file), else a new one.
 */
export async function launchBrowser(): Promise<Browser> {
  const shared = process.env[SHARED_BROWSER_ENV];
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Every request the page tried to make to a host other than ours. Must stay empty. */
  foreignRequests: string[];
}

/**
 * A page that records, and blocks, every request to any host but the server under test, so a test can
 * assert that no page ever talks to a third party. `javaScript: false` runs the page as a browser with
 * JavaScript turned off.
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: { javaScript?: boolean; width?: number; height?: number } = {},
): Promise<TestPage> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: options.width ?? 1024, height: options.height ?? 800 },
    baseURL: baseUrl,
  });
  const ownHost = new URL(baseUrl).host;
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.host === ownHost) return route.continue();
    foreignRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  return { page, context, foreignRequests };
}

/** axe-core's WCAG 2.x A and AA rules (it hangs with JavaScript off, so use a JavaScript-on page). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
