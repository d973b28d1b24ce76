import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { buildTestDirectory } from './directory.ts';
import { type RunningServer, SHARED_SITE_ENV, startServer } from './server.ts';
import { type SmtpSink, startSmtpSink } from './smtp.ts';

export interface SiteInBrowser {
  server: RunningServer;
  browser: Browser;
}

export interface SiteWithMail extends SiteInBrowser {
  /** The SMTP server on loopback that the site sends its email to. */
  sink: SmtpSink;
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

/**
 * A site of its own (never the shared one) that sends its email to a real SMTP server on loopback, read through
 * `sink`, with a mail queue that polls often, for journeys that follow an email's links.
 */
export function useSiteWithMail(env: Record<string, string> = {}): SiteWithMail {
  const site = {} as SiteWithMail;
  before(async () => {
    await buildTestDirectory();
    site.sink = await startSmtpSink();
    site.server = await startServer({ SMTP_URL: site.sink.url, MAIL_QUEUE_POLL_MS: '100', ...env });
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.stop();
    await site.sink?.stop();
  });
  return site;
}
