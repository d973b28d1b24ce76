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

/** The tier's shared site as a RunningServer that stopping leaves running, when there is one and `env` is empty. */
function sharedServer(env: Record<string, string>): RunningServer | undefined {
  const shared = Object.keys(env).length === 0 ? process.env[SHARED_SITE_ENV] : undefined;
  if (!shared) return undefined;
  return { url: shared, port: Number(new URL(shared).port), output: () => '', stop: async () => {} };
}

/** A server of this file's own, on the shared test directory. */
async function ownServer(env: Record<string, string>): Promise<RunningServer> {
  await buildTestDirectory();
  return startServer(env);
}

/**
 * The real server for a test file or suite that needs no browser: ready before its tests, stopped after them.
 * Like `useSiteInBrowser`, a file that needs no settings of its own shares the browser tier's running site.
 */
export function useSite(env: Record<string, string> = {}): { server: RunningServer } {
  const site = {} as { server: RunningServer };
  before(async () => {
    site.server = sharedServer(env) ?? (await ownServer(env));
  });
  after(async () => {
    await site.server?.stop();
  });
  return site;
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
  before(async () => {
    site.server = sharedServer(env) ?? (await ownServer(env));
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
