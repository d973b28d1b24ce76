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
  // Only requests to another host are routed to this process: Playwright matches a pattern (unlike a function)
  // where it runs, so our own pages' requests go on there without a round trip to this process and back.
  const ours = ownHost.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await context.route(new RegExp(`^(?![a-z][a-z0-9+.-]*://${ours}(?:[/?#]|$)|data:)`, 'i'), (route) => {
    foreignRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  return { page, context, foreignRequests };
}

/**
 * axe-core's WCAG 2.x A and AA rules (it hangs with JavaScript off, so use a JavaScript-on page).
 *
 * Legacy mode runs axe.run() in the page itself (and any frames, where it is injected too) instead of running
 * each frame apart and putting the results together in a second, blank page: the same rules and results for our
 * pages, for about half the browser's work. Only violations are listed in full (`resultTypes`); the passes,
 * which nothing reads, are cut to one element each.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    // options() replaces what withTags() sets, so it comes first.
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .setLegacyMode(true)
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * The pages a browser journey shares out between tests that may run side by side (`describe(…, { concurrency:
 * IN_PARALLEL })`): each test has a context of its own, so none sees another's cookies, history or requests.
 * Two at a time keeps Chromium busy on two cores while one page waits for the server.
 */
export const IN_PARALLEL = 2;

/**
 * Runs `check` on every URL in `urls` with `lanes` pages at once (each in a context of its own, opened with
 * `options`), in the order given within each lane, and returns what every check found, in the order of `urls`.
 * For the tests that check a long list of pages the same way (axe, lang, requests to other hosts).
 */
export async function checkPages(
  browser: Browser,
  baseUrl: string,
  urls: string[],
  check: (opened: TestPage, url: string) => Promise<string[]>,
  options: { javaScript?: boolean; width?: number; height?: number; lanes?: number } = {},
): Promise<string[]> {
  const found: string[][] = urls.map(() => []);
  let next = 0;
  const lane = async () => {
    const opened = await openPage(browser, baseUrl, options);
    try {
      for (let i = next++; i < urls.length; i = next++) found[i] = await check(opened, urls[i] as string);
    } finally {
      await opened.context.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.lanes ?? IN_PARALLEL, urls.length) }, lane));
  return found.flat();
}
