import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import { safeJsonText } from '../lib/json.ts';
import type { Assets } from './assets.ts';
import { HelplineLink } from './helpline-link.tsx';
import { CRISIS_988, EMERGENCY_911, QUICK_EXIT_URL, SAMHSA_HELPLINE } from './helplines.ts';
import { currentLocale, LOCALES, type Locale } from './locale.ts';
import { memoHtml } from './memo.ts';
import { fill, messages, rich } from './messages/index.ts';
import { PAGE_CSS_SLOT } from './page-css.ts';
import { alternatesOf, paths } from './paths.ts';

export interface PageMeta {
  /** The page's own title; the site name is added after it. */
  title: string;
  description?: string;
  /** Path of the canonical URL, such as /guides/detox. Omit for pages that should not be indexed. */
  canonicalPath?: string;
  /** Prefix the title with "Error: " so screen reader users hear that the form needs attention. */
  hasErrors?: boolean;
  /** noindex for pages that depend on private input (search results, self-check steps). */
  noindex?: boolean;
  /** Structured data (schema.org) to embed as JSON-LD. */
  jsonLd?: unknown[];
  /** Which top-level section to mark as current in the navigation. */
  section?: 'find' | 'guides' | 'self-check' | 'crisis' | undefined;
  /** Extra script files from public/, loaded with this response's nonce. */
  scripts?: string[];
  /** Extra stylesheets from public/, for styles only one feature needs. */
  styles?: string[];
  /** A smaller header on narrow screens, so results come first on a phone (help lines and Quick exit stay). */
  compactHeader?: boolean;
  /**
   * How site.css reaches the page. 'inline' (the default): the rules the page can use, in <head> (see
   * src/ui/page-css.ts; a page with a script that draws new screens inlines the first-screen part of site.css
   * and links the rest at the end of <body>), so the page draws in one round trip. 'linked': the whole file linked from
   * <head>, for responses padded to a fixed size and sent uncompressed (the self-check's answers, see
   * same-size.ts): there, inline styles would cross the network in full on every screen, and would push the
   * largest screen past the fixed size, while a linked file comes from the cache after the first page.
   */
  siteStyles?: 'inline' | 'linked';
}

export const SITE_NAME = messages('en').layout.siteName;

/** Scripts that draw whole screens in the browser, with markup the server's page did not have. */
const DRAWS_IN_BROWSER = new Set(['self-check.js', 'self-check.es.js']);

/** The main navigation, in the page's language. */
function navItems(): { href: string; label: string; section: PageMeta['section'] }[] {
  const nav = messages().layout.nav;
  return [
    { href: paths.find(), label: nav.find, section: 'find' },
    { href: paths.guides(), label: nav.guides, section: 'guides' },
    { href: paths.selfCheck(), label: nav.selfCheck, section: 'self-check' },
    { href: paths.crisis(), label: nav.crisis, section: 'crisis' },
  ];
}

/**
 * The same page in the other language, keeping the query (a search stays the same search). Links are only
 * made to a twin that exists; an English guide with no Spanish version yet switches to the Spanish guides index.
 */
function LanguageSwitch(props: { path: string; search: string }) {
  const locale = currentLocale();
  const other: Locale = locale === 'en' ? 'es' : 'en';
  const twin = alternatesOf(props.path)[other] ?? (other === 'es' ? '/es/guias' : '/guides');
  const m = messages().layout.language;
  return (
    <nav class="language-switch no-print" aria-label={m.label}>
      <a href={`${twin}${props.search}`} hreflang={other} lang={other}>
        {m.switchTo}
        <span class="visually-hidden">{m.switchToHidden}</span>
      </a>
    </nav>
  );
}

/** `<link rel="alternate" hreflang>` for each language the page exists in, and x-default (English). */
function Alternates(props: { path: string; publicUrl: string }) {
  const twins = alternatesOf(props.path);
  return (
    <>
      {LOCALES.map((locale) => {
        const twin = twins[locale];
        return twin ? <link rel="alternate" hreflang={locale} href={`${props.publicUrl}${twin}`} /> : null;
      })}
      {twins.en ? <link rel="alternate" hreflang="x-default" href={`${props.publicUrl}${twins.en}`} /> : null}
    </>
  );
}

/** JSON for a <script type="application/ld+json"> block: `<` escaped so no text can close the tag. */
export const jsonForScript = safeJsonText;

export function HelplineStrip() {
  const m = messages().layout.strip;
  return (
    <div class="helpline-strip no-print">
      <div class="wrap">
        <span>
          {m.needHelp} <HelplineLink line={SAMHSA_HELPLINE} />
          <span class="visually-hidden">{fill(m.needHelpHidden, { name: SAMHSA_HELPLINE.name })}</span>
        </span>
        <span>
          {m.crisis} <HelplineLink line={CRISIS_988} />
        </span>
        <span class="emergency">
          {m.emergency} <HelplineLink line={EMERGENCY_911} />
        </span>
        <span class="quick-exit">
          <a href={QUICK_EXIT_URL} rel="noreferrer" data-quick-exit="">
            {m.quickExit}
            <span class="visually-hidden">{m.quickExitHidden}</span>
          </a>
        </span>
      </div>
    </div>
  );
}

function Footer() {
  const m = messages().layout.footer;
  const links = [
    [paths.about.data(), m.aboutData],
    [paths.about.privacy(), m.privacy],
    [paths.about.accessibility(), m.accessibility],
    [paths.about.editorialPolicy(), m.editorialPolicy],
    [paths.api.docs(), m.api],
    [paths.newsletter.signUp(), m.newsletter],
  ];
  return (
    <footer class="site-footer">
      <div class="wrap">
        <nav aria-label={m.label}>
          <ul>
            {links.map(([href, label]) => (
              <li>
                <a href={href}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p class="small">{m.notAdvice}</p>
        <p class="small">{rich(m.attribution, { data: (words) => <a href={paths.about.data()}>{words}</a> })}</p>
      </div>
    </footer>
  );
}

/** The page frame every HTML page shares: help lines, quick exit, navigation, footer. */
export function Layout(props: PageMeta & { children?: Child }) {
  const c = useRequestContext();
  const nonce = c.get('secureHeadersNonce') as string | undefined;
  const publicUrl = (c.get('publicUrl') as string | undefined) ?? '';
  // Read once when the app was made (src/deps.ts); a page never touches the disk.
  const assets = c.get('assets') as Assets;
  const asset = (name: string) => assets.url(name);
  const m = messages().layout;
  const path = c.req.path;
  const search = new URL(c.req.url).search;
  // A script that draws new screens needs rules the server's page does not use: the first-screen part of
  // site.css inline, the rest linked after the content (src/ui/site-css.ts).
  const drawsInBrowser = (props.scripts ?? []).some((s) => DRAWS_IN_BROWSER.has(s));
  const title = `${props.hasErrors ? m.errorPrefix : ''}${props.title}${m.titleSeparator}${SITE_NAME}`;
  return (
    <html lang={currentLocale()}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.canonicalPath ? <link rel="canonical" href={`${publicUrl}${props.canonicalPath}`} /> : null}
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        <Alternates path={path} publicUrl={publicUrl} />
        <meta name="referrer" content="no-referrer" />
        <meta name="theme-color" content="#00546b" />
        <link rel="icon" href={asset('favicon.svg')} type="image/svg+xml" />
        {/* The page draws from this HTML alone: site.css trimmed to the page's rules (src/ui/page-css.ts). */}
        {props.siteStyles === 'linked' ? (
          <link rel="stylesheet" href={asset('site.css')} />
        ) : (
          <style nonce={nonce} dangerouslySetInnerHTML={{ __html: drawsInBrowser ? assets.firstScreenCss : PAGE_CSS_SLOT }} />
        )}
        {(props.styles ?? []).map((name) => (
          <link rel="stylesheet" href={asset(name)} />
        ))}
        {(props.jsonLd ?? []).map((data) => (
          <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />
        ))}
      </head>
      <body class={props.compactHeader ? 'compact-header' : undefined}>
        {memoHtml(`layout:header:${props.section ?? ''}`, () => (
          <>
            <a class="skip-link" href="#main">
              {m.skipLink}
            </a>
            <header>
              <HelplineStrip />
              <div class="site-header no-print">
                <div class="wrap">
                  <a class="site-name" href={paths.home()}>
                    {SITE_NAME}
                  </a>
                  <nav class="site-nav" aria-label={m.nav.label}>
                    <ul>
                      {navItems().map((item) => (
                        <li>
                          <a href={item.href} aria-current={props.section === item.section ? 'page' : undefined}>
                            {item.label}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </nav>
                </div>
              </div>
            </header>
          </>
        ))}
        <LanguageSwitch path={path} search={search} />
        <main id="main" tabindex={-1}>
          <div class="wrap">{props.children}</div>
        </main>
        {memoHtml('layout:footer', () => (
          <Footer />
        ))}
        {props.siteStyles !== 'linked' && drawsInBrowser ? <link rel="stylesheet" href={asset('site-rest.css')} /> : null}
        {/* Small scripts come in the page itself (see Assets.inlineScript): no round trip before the page has loaded. */}
        {['site.js', ...(props.scripts ?? [])].map((name) => {
          const text = assets.inlineScript(name);
          return text === undefined ? (
            <script src={asset(name)} nonce={nonce} defer />
          ) : (
            <script nonce={nonce} dangerouslySetInnerHTML={{ __html: text }} />
          );
        })}
      </body>
    </html>
  );
}
