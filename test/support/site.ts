import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { buildTestDirectory } from './directory.ts';
import { type RunningServer, SHARED_SITE_ENV, startServer } from './server.ts';

export interface SiteInBrowser {
  server: RunningServer;
  browser: Browser;
}

/**
 * The real server and Debian's Chromium for a browser test file or suite: ready before its tests, let go
 * after them. Read `server` and `browser` inside tests (they are set once `before` has run).
 *
 * In the test runner's browser tier, a file that needs no settings of its own (`env` empty) shares the one
 * site and the one Chromium the runner started, so the tier does not start a server and a browser per file.
 * Such a file must not depend on what another file did to the site (every page it reads is the same for
 * everyone); one that does passes its own `env` and gets a server of its own.
 */
export function useSiteInBrowser(env: Record<string, string> = {}): SiteInBrowser {
  const site = {} as SiteInBrowser;
  const shared = Object.keys(env).length === 0 ? process.env[SHARED_SITE_ENV] : undefined;
  before(async () => {
    if (shared) {
      const url = new URL(shared);
      site.server = { url: shared, port: Number(url.port), output: () => '', stop: async () => {} };
    } else {
      await buildTestDirectory();
      site.server = await startServer(env);
    }
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}
