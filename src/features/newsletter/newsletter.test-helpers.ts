/**
 * Helpers shared by this feature's tests (not a test file itself: the runner only picks up *.test.ts).
 */
import { createTestApp } from '../../../test/support/app.ts';
import type { NewsletterOptions } from './newsletter.deps.ts';

/** The Origin a browser sends with a form on our own pages, as `app.request()` sees them. */
export const OWN_ORIGIN = 'http://localhost';

/** A clock a test can move forward. */
export function testClock(start = new Date('2030-01-15T12:00:00Z')) {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

/** The whole app, like createTestApp, with newsletter options of the test's choosing (a clock, fast polling). */
export async function createNewsletterTestApp(env: Record<string, string> = {}, options: NewsletterOptions = {}) {
  const made = createTestApp(env, { newsletter: options });
  return { ...made, db: await made.deps.appDb.ready() };
}

/** A same-origin form POST, as a browser sends it. */
export interface Requestable {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

export function postForm(app: Requestable, path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: OWN_ORIGIN, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Polls until `check` returns something truthy, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T> | T, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The path and query of an absolute link from an email, for app.request(). */
export const pathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};
