import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../lib/errors.ts';
import { readForm } from '../../lib/form.ts';
import { currentLocale } from '../../ui/locale.ts';
import { paths } from '../../ui/paths.ts';
import { SIGNUP_WINDOW_MS } from './newsletter.deps.ts';
import { parseToken, signupErrors, signupSchema, signupValues } from './newsletter.schema.ts';
import { CheckEmailPage, SignupPage, TooManySignupsPage } from './newsletter.view.tsx';
import { ConfirmedPage, ConfirmPage, LinkProblemPage, UnsubscribedPage, UnsubscribePage } from './newsletter-links.view.tsx';

const smallBody = bodyLimit({
  maxSize: 16 * 1024,
  onError: () => {
    throw new AppError(413, 'too_large', 'That was more than this form can take. Please try again.');
  },
});

/** RFC 8058: a mail provider's one-click unsubscribe is a POST of exactly this field to the List-Unsubscribe URL. */
async function isOneClick(c: Context): Promise<boolean> {
  if (!c.req.query('token')) return false;
  const body = await readForm(c);
  return body['List-Unsubscribe'] === 'One-Click';
}

/**
 * Newsletter sign-up, confirmation and unsubscribe. Every form works without JavaScript; every POST
 * (except the one-click unsubscribe a mail provider sends, which has no Origin) must come from our own pages.
 */
export function newsletterRoutes(deps: Pick<Deps, 'config' | 'newsletter'>) {
  const app = new Hono();
  const { service, signupLimiter } = deps.newsletter;
  const publicOrigin = new URL(deps.config.publicUrl).origin;
  // Our own pages, whether reached at PUBLIC_URL or (behind no proxy, in development) at the address served.
  const sameOrigin = csrf({ origin: (origin, c) => origin === publicOrigin || origin === new URL(c.req.url).origin });
  const sameOriginUnlessOneClick: MiddlewareHandler = async (c, next) => ((await isOneClick(c)) ? next() : sameOrigin(c, next));

  app.get(paths.newsletter.signUp(), (c) =>
    c.render(<SignupPage values={{ email: '', first_name: '', consent: false }} errors={{}} />),
  );

  app.post(paths.newsletter.signUp(), smallBody, sameOrigin, async (c) => {
    const key = deps.newsletter.clientKey(c);
    if (await signupLimiter.isLimited(key)) {
      c.status(429);
      c.header('Retry-After', String(await signupLimiter.retryAfterSeconds(key)));
      return c.render(<TooManySignupsPage minutes={Math.ceil(SIGNUP_WINDOW_MS / 60_000)} />);
    }
    const body = await readForm(c);
    if (typeof body.website === 'string' && body.website.trim() !== '') {
      // A bot filled in the hidden field. It gets the same answer as everyone, and nothing is kept or sent.
      await signupLimiter.hit(key);
      return c.redirect(paths.newsletter.checkEmail(), 303);
    }
    const parsed = signupSchema.safeParse(body);
    if (!parsed.success) {
      c.status(400);
      return c.render(<SignupPage values={signupValues(body)} errors={signupErrors(parsed.error)} />);
    }
    await signupLimiter.hit(key);
    await service.subscribe(parsed.data, currentLocale());
    return c.redirect(paths.newsletter.checkEmail(), 303);
  });

  app.get(paths.newsletter.checkEmail(), (c) => c.render(<CheckEmailPage />));

  app.get(paths.newsletter.confirm(), async (c) => {
    const token = parseToken(c.req.query('token'));
    const state = token ? await service.checkConfirmToken(token) : 'invalid';
    if (token && state === 'valid') return c.render(<ConfirmPage token={token} />);
    c.status(state === 'expired' ? 410 : 400);
    return c.render(<LinkProblemPage link="confirm" state={state === 'expired' ? 'expired' : 'invalid'} />);
  });

  app.post(paths.newsletter.confirm(), smallBody, sameOrigin, async (c) => {
    const token = parseToken((await readForm(c)).token);
    const state = token ? await service.confirm(token) : 'invalid';
    if (state === 'valid') return c.redirect(paths.newsletter.confirmed(), 303);
    c.status(state === 'expired' ? 410 : 400);
    return c.render(<LinkProblemPage link="confirm" state={state} />);
  });

  app.get(paths.newsletter.confirmed(), (c) => c.render(<ConfirmedPage />));

  app.get(paths.newsletter.unsubscribe(), async (c) => {
    const token = parseToken(c.req.query('token'));
    if (token && (await service.checkUnsubscribeToken(token)) === 'valid') return c.render(<UnsubscribePage token={token} />);
    c.status(400);
    return c.render(<LinkProblemPage link="unsubscribe" state="invalid" />);
  });

  app.post(paths.newsletter.unsubscribe(), smallBody, sameOriginUnlessOneClick, async (c) => {
    const oneClick = await isOneClick(c);
    const token = parseToken(oneClick ? c.req.query('token') : (await readForm(c)).token);
    const state = token ? await service.unsubscribe(token) : 'invalid';
    if (state !== 'valid') {
      c.status(400);
      return c.render(<LinkProblemPage link="unsubscribe" state="invalid" />);
    }
    // RFC 8058 asks for no redirect in answer to a one-click POST; people using the form get the usual 303.
    if (oneClick) return c.render(<UnsubscribedPage />);
    return c.redirect(paths.newsletter.unsubscribed(), 303);
  });

  app.get(paths.newsletter.unsubscribed(), (c) => c.render(<UnsubscribedPage />));

  return app;
}
