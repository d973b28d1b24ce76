import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Deps } from '../../deps.ts';
import type { ContentPage } from '../../ui/content-pages.tsx';
import { HelplineBox } from '../../ui/helpline-box.tsx';
import { Layout } from '../../ui/layout.tsx';
import { currentLocale } from '../../ui/locale.ts';
import { messages, rich } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import { CrisisPage } from './crisis.view.tsx';
import { HowItWorksPage } from './how-it-works.view.tsx';
import { sameSize } from './same-size.ts';
import { nextScreen, parseSubmission, type Screen, screenTitle } from './self-check.flow.ts';
import type { CrisisSection } from './self-check.rules.ts';
import { SelfCheckScreen } from './self-check.view.tsx';

/** Room for every answer many times over; anything bigger is not our form. */
const MAX_BODY_BYTES = 32 * 1024;

/** No browser, proxy or back-forward cache may keep a copy: a page here can show answers about drug use. */
const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  // `sameSize` has already said "no-store, no-transform" for the padded answers to the form; keep that.
  if (!c.res.headers.get('Cache-Control')?.includes('no-store')) c.res.headers.set('Cache-Control', 'no-store');
};

/** The form's fields as lists of strings; undefined if anything else (a file upload) was sent. */
function formFields(body: Record<string, unknown>): Record<string, string[]> | undefined {
  const fields: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(body)) {
    const values = Array.isArray(value) ? value : [value];
    if (!values.every((v): v is string => typeof v === 'string')) return undefined;
    fields[name] = values;
  }
  return fields;
}

/** POSTed answers are padded to one size, uncompressed (sameSize): their pages link site.css whole (see Layout). */
type SiteStyles = 'inline' | 'linked';

function renderScreen(c: Context, screen: Exclude<Screen, { kind: 'crisis' }>, siteStyles: SiteStyles = 'inline') {
  // A question answered in a way we cannot use ("None of these" and another answer) is shown again with an
  // error summary, but still with status 200: the status must not say anything about the answers.
  const hasErrors = screen.kind === 'step' && screen.errors.length > 0;
  return c.render(
    <Layout
      title={screenTitle(screen)}
      description={messages().selfCheck.description}
      canonicalPath={screen.kind === 'intro' ? paths.selfCheck() : undefined}
      noindex={screen.kind !== 'intro'}
      hasErrors={hasErrors}
      section="self-check"
      scripts={[currentLocale() === 'es' ? 'self-check.es.js' : 'self-check.js']}
      styles={['self-check.css']}
      siteStyles={siteStyles}
    >
      <div id="self-check" data-module="self-check">
        <SelfCheckScreen screen={screen} />
      </div>
    </Layout>,
  );
}

/**
 * The crisis page (content/pages/crisis.md). `first` is the danger ticked on the safety screen, without
 * JavaScript: the crisis page itself, with that part first, as the answer to this same POST. Not a redirect to
 * /crisis: a 303 and its Location would tell every access log that someone reported a danger at that moment.
 */
function renderCrisis(c: Context, page: ContentPage, first?: CrisisSection, siteStyles: SiteStyles = 'inline') {
  return c.render(
    <Layout
      title={page.meta.title}
      description={page.meta.description}
      canonicalPath={first ? undefined : paths.crisis()}
      noindex={Boolean(first)}
      section="crisis"
      styles={['self-check.css']}
      siteStyles={siteStyles}
    >
      <CrisisPage page={page} first={first} />
    </Layout>,
  );
}

/** A changed or unreadable form: say so kindly, keep nothing, and offer a fresh start. */
function cannotRead(c: Context, status: 400 | 413) {
  const m = messages().selfCheck.cannotRead;
  c.status(status);
  return c.render(
    <Layout title={m.title} noindex section="self-check" styles={['self-check.css']}>
      <h1>{m.title}</h1>
      <p>{m.body}</p>
      <p>
        <a class="button" href={paths.selfCheck()}>
          {m.startOver}
        </a>
      </p>
      <p>{rich(m.danger, { crisis: (words) => <a href={paths.crisis()}>{words}</a> })}</p>
      <HelplineBox />
    </Layout>,
  );
}

/**
 * The self-check questionnaire, /crisis and "How the self-check works".
 *
 * Without JavaScript, every step is a POST to /self-check that carries the answers so far in hidden fields:
 * they never appear in a URL, are never stored and never logged. Every readable submission gets the same
 * status (200), the same headers and a body of the same length (`sameSize`), whatever was answered, so
 * neither our request log nor a proxy's can tell a danger answer from any other. With JavaScript,
 * public/self-check.js runs the same flow in the browser and nothing is sent at all.
 */
export function selfCheckRoutes(deps: Pick<Deps, 'pages'>) {
  const app = new Hono();
  // In the page's language (content/pages/es/ for Spanish), looked up per request.
  const crisis = () => deps.pages.get('crisis');
  const howItWorks = () => deps.pages.get('how-it-works');
  crisis();
  howItWorks();
  app.use(paths.selfCheck(), noStore);
  app.use('/self-check/*', noStore);
  app.use(paths.crisis(), noStore);

  app.get(paths.selfCheck(), (c) => renderScreen(c, { kind: 'intro' }));

  app.post(
    paths.selfCheck(),
    sameSize(),
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => cannotRead(c, 413) }),
    async (c) => {
      let body: Record<string, unknown>;
      try {
        body = await c.req.parseBody({ all: true });
      } catch {
        return cannotRead(c, 400);
      }
      const fields = formFields(body);
      const parsed = fields ? parseSubmission(fields) : undefined;
      if (!parsed?.ok) return cannotRead(c, 400);
      const screen = nextScreen(parsed.submission);
      if (screen.kind === 'crisis') return renderCrisis(c, crisis(), screen.section, 'linked');
      return renderScreen(c, screen, 'linked');
    },
  );

  app.get(paths.howSelfCheckWorks(), (c) => {
    const page = howItWorks();
    return c.render(
      <Layout
        title={page.meta.title}
        description={page.meta.description}
        canonicalPath={paths.howSelfCheckWorks()}
        section="self-check"
        styles={['self-check.css']}
      >
        <HowItWorksPage page={page} />
      </Layout>,
    );
  });

  app.get(paths.crisis(), (c) => renderCrisis(c, crisis()));

  return app;
}
