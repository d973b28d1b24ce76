/**
 * Helpers shared by the editor feature's tests (not a test file itself: the runner only picks up *.test.ts).
 */
import assert from 'node:assert/strict';
import { testConfig } from '../../../test/support/app.ts';
import { createApp } from '../../app.tsx';
import type { ReportKind } from '../../db/app-schema.ts';
import { insertReport } from '../../db/reports.repository.ts';
import { createDeps } from '../../deps.ts';
import { createLogger } from '../../lib/logger.ts';
import { createEditorDeps } from './editor.deps.ts';
import { FORM_COOKIE, SESSION_COOKIE } from './editor.routes.tsx';

export const OWN_ORIGIN = 'http://localhost';
export const PASSWORD = 'correct horse battery staple';

/** A clock a test can move. */
export function testClock(start = Date.now()) {
  let t = start;
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

/**
 * The whole app with the editors' parts on a clock of the test's choosing. Every log line is kept in `logs`.
 */
export function createEditorTestApp(env: Record<string, string> = {}, options: { now?: () => Date } = {}) {
  const config = testConfig(env);
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (line: string) => void logs.push(line) } });
  const base = createDeps(config, { logger });
  const editor = createEditorDeps({
    appDb: base.appDb,
    publicUrl: config.publicUrl,
    directory: base.directory,
    shown: base.locator,
    feed: base.corrections,
    clientKey: () => 'test-client',
    now: options.now,
  });
  const deps = { ...base, editor };
  const app = createApp(deps);
  return { app, deps, config, logs };
}

export type EditorTestApp = ReturnType<typeof createEditorTestApp>;

/** The value of a cookie set by a response, or undefined. */
export function setCookieValue(res: Response, name: string): string | undefined {
  for (const header of res.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const [key, ...rest] = (pair ?? '').split('=');
    if (key?.trim() === name) return rest.join('=');
  }
  return undefined;
}

/** The full Set-Cookie header for a cookie, to check its attributes. */
export const setCookieHeader = (res: Response, name: string): string | undefined =>
  res.headers.getSetCookie().find((h) => h.startsWith(`${name}=`));

/** A browser-like visitor: keeps the cookies the site sets (all of them are for /editor) and sends them back. */
export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(private readonly t: EditorTestApp) {}

  private cookieHeader(): Record<string, string> {
    return this.cookies.size > 0 ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {};
  }

  private keep(res: Response) {
    for (const header of res.headers.getSetCookie()) {
      const [pair, ...attrs] = header.split(';');
      const [key, ...rest] = (pair ?? '').split('=');
      const value = rest.join('=');
      if (!key) continue;
      if (value === '' || attrs.some((a) => /max-age=0/i.test(a))) this.cookies.delete(key.trim());
      else this.cookies.set(key.trim(), value);
    }
    return res;
  }

  async get(path: string) {
    return this.keep(await this.t.app.request(path, { headers: this.cookieHeader() }));
  }

  async post(path: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
    return this.keep(
      await this.t.app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: OWN_ORIGIN, ...this.cookieHeader(), ...headers },
        body: body.toString(),
      }),
    );
  }

  /** The CSRF token a page's forms carry. */
  static csrfIn(html: string): string {
    const token = html.match(/name="csrf" value="([^"]+)"/)?.[1];
    if (!token) throw new Error('no csrf field on the page');
    return token;
  }

  get session(): string | undefined {
    return this.cookies.get(SESSION_COOKIE);
  }

  get formCookie(): string | undefined {
    return this.cookies.get(FORM_COOKIE);
  }

  /** Signs in through the form, as a person would. Returns the sign-in response. */
  async signIn(email: string, password = PASSWORD, code = '') {
    const page = await this.get('/editor/login');
    const csrf = Browser.csrfIn(await page.text());
    return this.post('/editor/login', { csrf, email, password, code });
  }

  /** The CSRF token of a signed-in page. */
  async csrf(path = '/editor') {
    return Browser.csrfIn(await (await this.get(path)).text());
  }
}

/** Adds an editor and sets their password through the setup link, as the command line and the editor would. */
export async function addEditor(t: EditorTestApp, email: string, password = PASSWORD): Promise<void> {
  const added = await t.deps.editor.auth.addEditor(email);
  if ('problem' in added) throw new Error(added.problem);
  if (!(await t.deps.editor.auth.setUp(added.token, password))) throw new Error('setup failed');
}

/** A report about a listing, stored as the report form stores it (now, with no note or email, unless told). */
export async function fileReport(
  t: EditorTestApp,
  facilityId: string,
  kind: ReportKind,
  value: string | null,
  more: { at?: Date; note?: string | null; replyEmail?: string | null } = {},
): Promise<number> {
  return insertReport(await t.deps.appDb.ready(), {
    facilityId,
    kind,
    value,
    note: more.note ?? null,
    replyEmail: more.replyEmail ?? null,
    at: (more.at ?? new Date()).toISOString(),
  });
}

/** An editor added and signed in through the form, as a Browser that keeps their session. */
export async function signedInEditor(t: EditorTestApp, email = 'ed@example.org'): Promise<Browser> {
  await addEditor(t, email);
  const browser = new Browser(t);
  assert.equal((await browser.signIn(email)).status, 303);
  return browser;
}
