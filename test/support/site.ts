import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { buildTestDirectory } from './directory.ts';
import { type RunningServer, startServer } from './server.ts';

export interface SiteInBrowser {
  server: RunningServer;
  browser: Browser;
}

/**
 * The real server and Debian's Chromium for a browser test file or suite: started before its tests, stopped
 * after them. Read `server` and `browser` inside tests (they are set once `before` has run).
 */
export function useSiteInBrowser(env: Record<string, string> = {}): SiteInBrowser {
  const site = {} as SiteInBrowser;
  before(async () => {
    await buildTestDirectory();
    site.server = await startServer(env);
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}
