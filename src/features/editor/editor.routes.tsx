import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { REPORT_KINDS, REPORT_STATES, type ReportKind, type ReportState } from '../../db/app-schema.ts';
import { correctionFromRow } from '../../db/corrections.repository.ts';
import type { Deps } from '../../deps.ts';
import { isoDay } from '../../domain/corrections.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { paths } from '../../ui/paths.ts';
import { AuditPage } from './audit.view.tsx';
import { type EditorSession, newToken, normaliseEmail, SESSION_MS, sameSecret, TOKEN_PATTERN } from './auth.service.ts';
import { AccountPage, LoginPage, SetupDonePage, SetupLinkProblemPage, SetupPage } from './auth.view.tsx';
import {
  type CorrectionValues,
  correctionValues,
  parseCorrection,
  parseEvidence,
  valuesFromReport,
} from './correction.schema.ts';
import { CorrectionPage } from './correction.view.tsx';
import { PASSWORD_MAX, PASSWORD_MIN } from './passwords.ts';
import { type QueueFilters, QueuePage } from './queue.view.tsx';
import type { Decision } from './review.service.ts';
import { ReportReviewPage } from './review.view.tsx';
import { newTotpSecret, totpUri } from './totp.ts';

/** The session cookie, and the one that guards the sign-in and setup forms before there is a session. */
export const SESSION_COOKIE = 'ot_editor';
export const FORM_COOKIE = 'ot_editor_form';

type EditorEnv = { Variables: { session: EditorSession } };
type Form = Record<string, string | File | (string | File)[]>;

/** Every /editor form body, read once with repeated fields kept (checkboxes), with a kind 400 if unreadable. */
async function editorForm(c: Context): Promise<Form> {
  try {
    return await c.req.parseBody({ all: true });
  } catch {
    throw new AppError(400, 'bad_form', 'We could not read that form. Please go back and try again.');
  }
}

const field = (form: Form, name: string, max = 1000): string => {
  const v = form[name];
  return typeof v === 'string' ? v.slice(0, max) : '';
};

const forbidden = () =>
  new AppError(403, 'forbidden', 'This form has expired or did not come from our site. Go back, reload the page and try again.');

const DECISION_PROBLEMS: Record<Exclude<Decision, 'done'>, string> = {
  'not-open': 'Someone has already decided this. Reload the page to see what changed.',
  'no-facility': 'This listing is no longer in the directory, so it cannot be corrected.',
  'not-found': 'There is no such report or correction.',
  'bad-target': 'Choose another open report about the same listing to merge into.',
};

/**
 * The editors' pages, all under /editor: sign-in, setup, the queue, a report with its listing and sources,
 * corrections and the audit log. Only signed-in editors get past `requireEditor`: anonymous GETs go to the
 * sign-in page and anything else is refused. Every POST must come from our own origin and carry the form's
 * token (the session's; before sign-in, the one in the short-lived form cookie). The session cookie is only
 * ever sent to /editor (Path=/editor, HttpOnly, SameSite=Strict, Secure over HTTPS); no public page sets one.
 */
export function editorRoutes(deps: Pick<Deps, 'editor' | 'config'>) {
  const app = new Hono<EditorEnv>();
  const { auth, review } = deps.editor;
  const today = () => isoDay(deps.editor.now());
  const publicOrigin = new URL(deps.config.publicUrl).origin;
  const sameOrigin = csrf({ origin: (origin, c) => origin === publicOrigin || origin === new URL(c.req.url).origin });
  const limitBody = bodyLimit({
    maxSize: 64 * 1024,
    onError: () => {
      throw new AppError(413, 'too_large', 'That was more than this form can take.');
    },
  });
  const cookie = (c: Context) =>
    ({
      path: '/editor',
      httpOnly: true,
      sameSite: 'Strict',
      secure: deps.editor.httpsOnly || new URL(c.req.url).protocol === 'https:',
    }) as const;

  /** The pre-session form token: kept in a cookie for /editor only and echoed by the form (double submit). */
  const formToken = (c: Context): string => {
    const existing = getCookie(c, FORM_COOKIE);
    if (existing && TOKEN_PATTERN.test(existing)) return existing;
    const token = newToken();
    setCookie(c, FORM_COOKIE, token, { ...cookie(c), maxAge: 60 * 60 });
    return token;
  };
  const checkFormToken = (c: Context, form: Form) => {
    const expected = getCookie(c, FORM_COOKIE);
    const sent = field(form, 'csrf', 100);
    if (!expected || !sameSecret(expected, sent)) throw forbidden();
  };

  app.use('/editor', async (c, next) => {
    await next();
    c.res.headers.set('X-Robots-Tag', 'noindex, nofollow');
  });
  app.use('/editor/*', async (c, next) => {
    await next();
    c.res.headers.set('X-Robots-Tag', 'noindex, nofollow');
  });

  // ---- Before sign-in ----

  // Always the form, even for a browser with a session: signing in (as anyone) ends the session it came with.
  app.get('/editor/login', (c) => c.render(<LoginPage email="" errors={{}} csrf={formToken(c)} />));

  app.post('/editor/login', limitBody, sameOrigin, async (c) => {
    const form = await editorForm(c);
    checkFormToken(c, form);
    const email = field(form, 'email', 254);
    const again = (status: 400 | 403 | 429, errors: Record<string, string>, notice?: string) => {
      c.status(status);
      return c.render(<LoginPage email={email} errors={errors} csrf={formToken(c)} notice={notice} />);
    };
    const key = deps.editor.clientKey(c);
    if (await deps.editor.loginLimiter.isLimited(key)) {
      c.header('Retry-After', String(await deps.editor.loginLimiter.retryAfterSeconds(key)));
      return again(429, {}, 'There have been too many sign-in attempts from your connection. Wait 15 minutes and try again.');
    }
    await deps.editor.loginLimiter.hit(key);
    if (email.trim() === '' || field(form, 'password') === '') {
      return again(400, {
        ...(email.trim() === '' ? { email: 'Enter your email address' } : {}),
        ...(field(form, 'password') === '' ? { password: 'Enter your password' } : {}),
      });
    }
    const result = await auth.signIn({
      email,
      password: field(form, 'password', PASSWORD_MAX),
      code: field(form, 'code', 20),
      previous: getCookie(c, SESSION_COOKIE),
    });
    if (!result.ok) {
      if (result.reason === 'locked') {
        return again(403, {}, 'This account is locked for 15 minutes after too many failed sign-ins. Wait, then try again.');
      }
      if (result.reason === 'code-needed') return again(400, { code: 'Enter the 6-digit code from your authenticator app' });
      return again(400, { email: 'The email address, password or code is not right' });
    }
    setCookie(c, SESSION_COOKIE, result.token, { ...cookie(c), maxAge: SESSION_MS / 1000 });
    deleteCookie(c, FORM_COOKIE, cookie(c));
    return c.redirect(paths.editor.queue(), 303);
  });

  app.get('/editor/setup', async (c) => {
    const token = c.req.query('token') ?? '';
    const editor = await auth.checkSetupToken(token);
    if (!editor) {
      c.status(400);
      return c.render(<SetupLinkProblemPage />);
    }
    return c.render(<SetupPage token={token} email={editor.email} errors={{}} csrf={formToken(c)} />);
  });

  app.post('/editor/setup', limitBody, sameOrigin, async (c) => {
    const form = await editorForm(c);
    checkFormToken(c, form);
    const token = field(form, 'token', 100);
    const editor = await auth.checkSetupToken(token);
    if (!editor) {
      c.status(400);
      return c.render(<SetupLinkProblemPage />);
    }
    const password = field(form, 'password', PASSWORD_MAX + 1);
    const errors: Record<string, string> = {};
    if (password.length < PASSWORD_MIN) errors.password = `Use at least ${PASSWORD_MIN} characters`;
    else if (password.length > PASSWORD_MAX) errors.password = `Use at most ${PASSWORD_MAX} characters`;
    else if (normaliseEmail(password) === editor.email) errors.password = 'Do not use your email address as your password';
    else if (field(form, 'confirm', PASSWORD_MAX + 1) !== password) errors.confirm = 'Type the same password twice';
    if (Object.keys(errors).length > 0) {
      c.status(400);
      return c.render(<SetupPage token={token} email={editor.email} errors={errors} csrf={formToken(c)} />);
    }
    if (!(await auth.setUp(token, password))) {
      c.status(400);
      return c.render(<SetupLinkProblemPage />);
    }
    return c.render(<SetupDonePage />);
  });

  // ---- Everything else: signed-in editors only ----

  const requireEditor: MiddlewareHandler<EditorEnv> = async (c, next) => {
    if (c.req.path === paths.editor.login() || c.req.path === paths.editor.setup()) return next();
    const session = await auth.session(getCookie(c, SESSION_COOKIE));
    if (!session) {
      if (c.req.method === 'GET' || c.req.method === 'HEAD') return c.redirect(paths.editor.login(), 303);
      throw new AppError(403, 'sign_in', 'Sign in first.');
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      await sameOrigin(c, async () => {});
      if (!sameSecret(session.csrf, field(await editorForm(c), 'csrf', 100))) throw forbidden();
    }
    c.set('session', session);
    return next();
  };
  app.use('/editor', requireEditor);
  app.use('/editor/*', limitBody, requireEditor);

  const decided = (c: Context, result: Decision, to: string) => {
    if (result === 'done') return c.redirect(to, 303);
    throw new AppError(result === 'not-found' ? 404 : 409, result, DECISION_PROBLEMS[result]);
  };
  const idParam = (c: Context) => {
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id) || id < 1) throw notFound('report');
    return id;
  };

  app.get('/editor', async (c) => {
    const q = (name: string) => c.req.query(name) ?? '';
    const filters: QueueFilters = {
      state:
        q('state') === 'all' || (REPORT_STATES as readonly string[]).includes(q('state'))
          ? (q('state') as QueueFilters['state'])
          : 'open',
      kind: (REPORT_KINDS as readonly string[]).includes(q('kind')) ? (q('kind') as ReportKind) : 'all',
      sort: q('sort') === 'most-reported' ? 'most-reported' : 'newest',
      page: Math.min(10_000, Math.max(1, Math.floor(Number(q('page')) || 1))),
    };
    const [{ total, items }, conflicts] = await Promise.all([
      review.queue({
        states: filters.state === 'all' ? [] : [filters.state as ReportState],
        kinds: filters.kind === 'all' ? [] : [filters.kind],
        sort: filters.sort,
        page: filters.page,
      }),
      review.conflicts(),
    ]);
    return c.render(<QueuePage items={items} total={total} filters={filters} conflicts={conflicts} csrf={c.var.session.csrf} />);
  });

  /** A report beside its listing; with errors, a 400 that keeps what the editor typed. */
  async function reviewPage(
    c: Context<EditorEnv>,
    id: number,
    form: { values?: CorrectionValues; errors?: Record<string, string>; reason?: string } = {},
  ) {
    const detail = await review.report(id);
    if (!detail) throw notFound('report');
    const errors = form.errors ?? {};
    if (Object.keys(errors).length > 0) c.status(400);
    return c.render(
      <ReportReviewPage
        detail={detail}
        legend={await deps.editor.legend()}
        values={form.values ?? valuesFromReport(detail.report.kind, detail.report.value, today())}
        errors={errors}
        {...(form.reason === undefined ? {} : { reason: form.reason })}
        csrf={c.var.session.csrf}
      />,
    );
  }

  app.get('/editor/reports/:id', (c) => reviewPage(c, idParam(c)));

  app.post('/editor/reports/:id/accept', async (c) => {
    const id = idParam(c);
    const values = correctionValues(await editorForm(c));
    const parsed = parseCorrection(values, today());
    if (!parsed.ok) return reviewPage(c, id, { values, errors: parsed.errors });
    return decided(c, await review.accept(id, c.var.session.editor, parsed.correction), paths.editor.report(id));
  });

  app.post('/editor/reports/:id/reject', async (c) => {
    const id = idParam(c);
    const reason = field(await editorForm(c), 'reason', 600).trim();
    if (reason === '' || reason.length > 500) {
      const why = reason === '' ? 'Say why you are rejecting the report' : 'Keep the reason to 500 characters or fewer';
      return reviewPage(c, id, { errors: { reason: why }, reason });
    }
    return decided(c, await review.reject(id, c.var.session.editor, reason), paths.editor.report(id));
  });

  app.post('/editor/reports/:id/merge', async (c) => {
    const id = idParam(c);
    const into = Number(field(await editorForm(c), 'into', 20));
    if (!Number.isSafeInteger(into) || into < 1) throw new AppError(400, 'bad-target', DECISION_PROBLEMS['bad-target']);
    return decided(c, await review.merge(id, into, c.var.session.editor), paths.editor.report(into));
  });

  const correctionPage = async (
    c: Context<EditorEnv>,
    id: number,
    values = { evidence: '', checkedOn: today(), reason: '' },
    errors = {},
  ) => {
    const row = await review.correction(id);
    if (!row) throw notFound('correction');
    const conflict = (await review.conflicts()).find((x) => x.conflict.correction.id === id);
    return c.render(
      <CorrectionPage
        row={row.row}
        change={correctionFromRow(row.row)?.change}
        conflict={conflict}
        facilityName={row.facility?.name}
        csrf={c.var.session.csrf}
        values={values}
        errors={errors}
      />,
    );
  };

  app.get('/editor/corrections/:id', (c) => correctionPage(c, idParam(c)));

  app.post('/editor/corrections/:id/keep', async (c) => {
    const id = idParam(c);
    const form = await editorForm(c);
    const values = { evidence: field(form, 'evidence', 40), checkedOn: field(form, 'checked_on', 20), reason: '' };
    const errors: Record<string, string> = {};
    const { evidence, checkedOn } = parseEvidence(values, today(), errors);
    if (!evidence || Object.keys(errors).length > 0) {
      c.status(400);
      return correctionPage(c, id, values, errors);
    }
    return decided(c, await review.keep(id, c.var.session.editor, { evidence, checkedOn }), paths.editor.queue());
  });

  app.post('/editor/corrections/:id/withdraw', async (c) => {
    const id = idParam(c);
    const reason = field(await editorForm(c), 'reason', 600).trim();
    if (reason === '' || reason.length > 500) {
      c.status(400);
      return correctionPage(
        c,
        id,
        { evidence: '', checkedOn: today(), reason },
        { reason: 'Say why, in 500 characters or fewer' },
      );
    }
    return decided(c, await review.withdraw(id, c.var.session.editor, reason), paths.editor.queue());
  });

  app.get('/editor/audit', async (c) => {
    const page = Math.min(10_000, Math.max(1, Math.floor(Number(c.req.query('page')) || 1)));
    const { rows, total } = await review.audit(page);
    return c.render(<AuditPage rows={rows} total={total} page={page} csrf={c.var.session.csrf} />);
  });

  const accountPage = (c: Context<EditorEnv>, errors: Record<string, string> = {}, saved?: string, secret = newTotpSecret()) => {
    const { editor, csrf: token } = c.var.session;
    return c.render(
      <AccountPage
        email={editor.email}
        totpOn={Boolean(editor.totp_secret)}
        csrf={token}
        secret={secret}
        uri={totpUri(secret, editor.email)}
        errors={errors}
        saved={saved}
      />,
    );
  };

  app.get('/editor/account', (c) => accountPage(c));

  app.post('/editor/account/totp-on', async (c) => {
    const form = await editorForm(c);
    const secret = field(form, 'secret', 64);
    if (!/^[A-Z2-7]{32}$/.test(secret)) throw forbidden();
    if (!(await auth.enableTotp(c.var.session.editor, secret, field(form, 'code', 20)))) {
      c.status(400);
      return accountPage(c, { code: 'Enter the 6-digit code your app shows now' }, undefined, secret);
    }
    c.var.session.editor.totp_secret = secret;
    return accountPage(c, {}, 'The sign-in code is on. You will need it next time you sign in.');
  });

  app.post('/editor/account/totp-off', async (c) => {
    if (!(await auth.disableTotp(c.var.session.editor, field(await editorForm(c), 'password', PASSWORD_MAX)))) {
      c.status(400);
      return accountPage(c, { password: 'Enter your password' });
    }
    c.var.session.editor.totp_secret = null;
    return accountPage(c, {}, 'The sign-in code is off.');
  });

  app.post('/editor/logout', async (c) => {
    await auth.signOut(getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, cookie(c));
    return c.redirect(paths.editor.login(), 303);
  });

  return app;
}
