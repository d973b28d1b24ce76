import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import { safeJsonText } from '../lib/json.ts';
import type { Assets } from './assets.ts';
import { esc } from './escape.ts';
import { HelplineLink } from './helpline-link.tsx';
import { CRISIS_988, EMERGENCY_911, QUICK_EXIT_URL, SAMHSA_HELPLINE } from './helplines.ts';
import { BytesOut, Encoded, type HtmlOut, joinBytes, TextOut } from './html-out.ts';
import { currentLocale, LOCALES, type Locale } from './locale.ts';
import { memoHtml } from './memo.ts';
import { fill, messages, rich } from './messages/index.ts';
import { classesAndIds, PAGE_CSS_SLOT, pageCssWritten, pageTokens } from './page-css.ts';
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
  /**
   * Every class and id on the elements of the page's content, when the content knows them (a results page):
   * with the frame's own, known per template, the page's CSS is then chosen without a pass over the page (see
   * src/ui/page-css.ts). They must be all of them: a class left out loses its rules.
   */
  contentTokens?: Set<string> | undefined;
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
function LanguageSwitch(props: { path: string; search: string; href?: string | undefined }) {
  const locale = currentLocale();
  const other: Locale = locale === 'en' ? 'es' : 'en';
  const twin = alternatesOf(props.path)[other] ?? (other === 'es' ? '/es/guias' : '/guides');
  const m = messages().layout.language;
  return (
    <nav class="language-switch no-print" aria-label={m.label}>
      <a href={props.href ?? `${twin}${props.search}`} hreflang={other} lang={other}>
        {m.switchTo}
        <span class="visually-hidden">{m.switchToHidden}</span>
      </a>
    </nav>
  );
}

/** `<link rel="alternate" hreflang>` for each language the page exists in, and x-default (English). */
function Alternates(props: { twins: Record<Locale, string | null>; publicUrl: string }) {
  const twins = props.twins;
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

/** What a page's frame is made of for one request: the values the layout writes that change from request to request. */
interface FrameValues {
  nonce: string | undefined;
  publicUrl: string;
  /** The request's path, without the query. */
  path: string;
  /** The request's query with its `?`, or ''. */
  search: string;
  assets: Assets;
  /** The page's CSS, when the layout chooses it (see PageMeta.contentTokens); else the slot fillPageCss fills. */
  pageCss?: string | undefined;
  /** The page's twins in each language (twinsOf). */
  twins?: Record<Locale, string | null>;
}

/** The values of this request the frame writes. */
function frameValues(c: Context): FrameValues {
  return {
    nonce: c.get('secureHeadersNonce') as string | undefined,
    publicUrl: (c.get('publicUrl') as string | undefined) ?? '',
    path: c.req.path,
    search: searchOf(c.req.url),
    // Read once when the app was made (src/deps.ts); a page never touches the disk.
    assets: c.get('assets') as Assets,
  };
}

/** The page frame every HTML page shares: help lines, quick exit, navigation, footer. */
export function Layout(props: PageMeta & { children?: Child }) {
  const c = useRequestContext();
  const values = frameValues(c);
  if (!layoutRendering.fromTemplates) {
    return <LayoutView {...props} {...values} jsonLdText={(props.jsonLd ?? []).map(jsonForScript)} />;
  }
  const template = frameTemplate(props, values);
  const before = new TextOut();
  const after = new TextOut();
  writeFrame(template, props, values, before, after);
  if (values.pageCss !== undefined) pageCssWritten.add(c);
  return (
    <>
      {raw(before.value)}
      {props.children}
      {raw(after.value)}
    </>
  );
}

/**
 * A whole page as UTF-8 bytes, its content written (to `content`) before the frame around it, with the page's
 * CSS chosen from the classes and ids the content declares (`props.contentTokens`): the same bytes as the page
 * rendered through Layout, with the frame's pieces and the CSS encoded once (see ./html-out.ts). Undefined when
 * the layout is rendered through JSX or pages are scanned for their classes (the switches the tests use to
 * compare): the caller then renders the page through Layout.
 */
export function pageBytes(
  c: Context,
  props: PageMeta & { contentTokens: Set<string> },
  content: BytesOut,
): Uint8Array | undefined {
  if (!layoutRendering.fromTemplates || !pageTokens.declared) return undefined;
  const values = frameValues(c);
  const template = frameTemplate(props, values);
  const before = new BytesOut();
  const after = new BytesOut();
  before.encoded(DOCTYPE);
  writeFrame(template, props, values, before, after);
  return joinBytes(before, content, after);
}

/** What the renderer writes before every page (src/app.tsx). */
const DOCTYPE = new Encoded('<!DOCTYPE html>');

/** `?…` of a URL, '' when it has none (as `new URL(url).search`, without parsing the whole URL). */
function searchOf(url: string): string {
  if (url.indexOf('#') >= 0) return new URL(url).search;
  const q = url.indexOf('?');
  if (q < 0) return '';
  const search = url.slice(q);
  // Characters new URL() keeps as they are in a query; anything else (a space, a quote, "#", a letter
  // outside ASCII, a lone "?") goes through it, which percent-encodes or drops them.
  return /^\?[\w\-.~%&=+,:;@!$*()/?]+$/.test(search) ? search : new URL(url).search;
}

/**
 * Whether the layout is written from its templates (below) or rendered through JSX in full, as it was before.
 * Both give the same bytes (src/ui/layout.test.ts renders every page both ways); the switch is there for that
 * test.
 */
export const layoutRendering = { fromTemplates: true };

/**
 * The frame of a page, rendered once per kind of page (language, which optional parts it has, its section,
 * scripts and styles) with a marker in place of each value that changes from request to request, and cut at
 * the markers. A request then only joins the pieces with its own values, escaped as JSX would escape them:
 * rendering the whole frame through JSX was about half the time spent on a results page's markup. The markers
 * are characters from Unicode's private use area, which JSX does not escape; the values are spliced into the
 * pieces, never searched for markers, so no text a person typed can stand in for one.
 */
interface Template {
  /** The frame's text, with a slot between each two pieces; the page's content goes in slot `main`. */
  pieces: Encoded[];
  /** For each slot, which value goes there. */
  slots: Slot[];
  main: number;
  /** The slot of the page's CSS. */
  cssSlot: number;
  /** The classes and ids of the frame's elements (no value filled in a slot is a class or an id). */
  tokens: Set<string>;
}

type Slot = (props: PageMeta, values: FrameValues, twins: Record<Locale, string | null>) => string;

const MARK = '\uE000';
const MARK_END = '\uE001';
const MARKER = /\uE000(\d+|main)\uE001/g;

/** Templates per Assets (an app's public/ files are part of the frame), then per kind of page. */
const templates = new WeakMap<Assets, Map<string, Template>>();

/** The template of this kind of page (made on first use). */
function frameTemplate(props: PageMeta, values: FrameValues): Template {
  const key = [
    currentLocale(),
    props.hasErrors ? 1 : 0,
    props.description ? 1 : 0,
    props.canonicalPath ? 1 : 0,
    props.noindex ? 1 : 0,
    props.jsonLd?.length ?? 0,
    props.section ?? '',
    (props.scripts ?? []).join(','),
    (props.styles ?? []).join(','),
    props.compactHeader ? 1 : 0,
    props.siteStyles ?? '',
    values.nonce === undefined ? 0 : 1,
    twinsOf(values).en === null ? 0 : 1,
    twinsOf(values).es === null ? 0 : 1,
  ].join('|');
  let perKind = templates.get(values.assets);
  if (perKind === undefined) {
    perKind = new Map();
    templates.set(values.assets, perKind);
  }
  let template = perKind.get(key);
  if (template === undefined) {
    template = makeTemplate(props, values, twinsOf(values));
    perKind.set(key, template);
  }
  return template;
}

/** The page's twins in each language, found once per request. */
function twinsOf(values: FrameValues): Record<Locale, string | null> {
  values.twins ??= alternatesOf(values.path);
  return values.twins;
}

/**
 * The frame's text before and after the page's content, for this request. When the content declares its
 * classes and ids, the frame adds its own and writes the page's CSS in its slot itself: the renderer then has
 * no page to scan (src/ui/page-css.ts).
 */
function writeFrame(template: Template, props: PageMeta, values: FrameValues, before: HtmlOut, after: HtmlOut): void {
  const twins = twinsOf(values);
  let css: Encoded | undefined;
  if (props.contentTokens && pageTokens.declared) {
    for (const token of template.tokens) props.contentTokens.add(token);
    css = values.assets.pageCss.encodedForTokens(props.contentTokens);
    values.pageCss = css.text;
  }
  const { pieces, slots, main, cssSlot } = template;
  for (let i = 0; i < slots.length; i++) {
    const out = i <= main ? before : after;
    out.encoded(pieces[i] as Encoded);
    if (i === main) continue;
    if (i === cssSlot && css !== undefined) out.encoded(css);
    else out.text((slots[i] as Slot)(props, values, twins));
  }
  after.encoded(pieces[slots.length] as Encoded);
}

function makeTemplate(props: PageMeta, values: FrameValues, twins: Record<Locale, string | null>): Template {
  const slots: Slot[] = [];
  /** A marker for a value, which goes in escaped (`raw`: as it is, for text JSX writes unescaped). */
  const mark = (value: Slot, how: 'escaped' | 'raw' = 'escaped'): string => {
    slots.push(how === 'raw' ? value : (p, v, t) => esc(value(p, v, t)));
    return `${MARK}${slots.length - 1}${MARK_END}`;
  };
  const nonce = values.nonce === undefined ? undefined : mark((_, v) => v.nonce as string);
  const publicUrl = mark((_, v) => v.publicUrl);
  const markedTwins: Record<Locale, string | null> = {
    en: twins.en === null ? null : mark((_, __, t) => t.en as string),
    es: twins.es === null ? null : mark((_, __, t) => t.es as string),
  };
  const other: Locale = currentLocale() === 'en' ? 'es' : 'en';
  const css = mark((_, v) => v.pageCss ?? PAGE_CSS_SLOT, 'raw');
  const cssMark = slots.length - 1;
  const view = (
    <LayoutView
      title={mark((p) => p.title)}
      description={props.description ? mark((p) => p.description as string) : undefined}
      canonicalPath={props.canonicalPath ? mark((p) => p.canonicalPath as string) : undefined}
      hasErrors={props.hasErrors}
      noindex={props.noindex}
      jsonLdText={(props.jsonLd ?? []).map((_, i) => mark((p) => jsonForScript(p.jsonLd?.[i]), 'raw'))}
      section={props.section}
      scripts={props.scripts}
      styles={props.styles}
      compactHeader={props.compactHeader}
      siteStyles={props.siteStyles}
      nonce={nonce}
      publicUrl={publicUrl}
      path=""
      search=""
      twins={markedTwins}
      switchHref={mark((_, v, t) => `${t[other] ?? (other === 'es' ? '/es/guias' : '/guides')}${v.search}`)}
      pageCssText={css}
      assets={values.assets}
    >
      {raw(`${MARK}main${MARK_END}`)}
    </LayoutView>
  );
  const text = String(view);
  // The slots in the order they come in the text, the content's own (which is not filled in here) included.
  const pieces: string[] = [];
  const order: Slot[] = [];
  let main = -1;
  let cssSlot = -1;
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    pieces.push(text.slice(last, m.index));
    if (m[1] === 'main') {
      if (main >= 0) throw new Error('The layout holds its content twice.');
      main = order.length;
      order.push(() => '');
    } else {
      if (Number(m[1]) === cssMark) cssSlot = order.length;
      order.push(slots[Number(m[1])] as Slot);
    }
    last = (m.index as number) + m[0].length;
  }
  pieces.push(text.slice(last));
  if (main < 0) throw new Error('The layout lost its content.');
  return {
    pieces: pieces.map((piece) => new Encoded(piece)),
    slots: order,
    main,
    cssSlot,
    tokens: classesAndIds(pieces.join(' ')),
  };
}

/** The frame itself, from plain values (no request): rendered through JSX, or once per kind of page (above). */
function LayoutView(
  props: PageMeta &
    FrameValues & {
      /** The page's structured data, as JSON for a `<script>` (jsonForScript). */
      jsonLdText: string[];
      /** Set when rendering a template: the twins and the language switch's link as markers. */
      twins?: Record<Locale, string | null>;
      switchHref?: string;
      /** Set when rendering a template: the marker of the page's CSS (or its slot). */
      pageCssText?: string;
      children?: Child;
    },
) {
  const { nonce, publicUrl, assets } = props;
  const asset = (name: string) => assets.url(name);
  const m = messages().layout;
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
        <Alternates twins={props.twins ?? alternatesOf(props.path)} publicUrl={publicUrl} />
        <meta name="referrer" content="no-referrer" />
        <meta name="theme-color" content="#00546b" />
        <link rel="icon" href={asset('favicon.svg')} type="image/svg+xml" />
        {/* The page draws from this HTML alone: site.css trimmed to the page's rules (src/ui/page-css.ts). */}
        {props.siteStyles === 'linked' ? (
          <link rel="stylesheet" href={asset('site.css')} />
        ) : (
          <style
            nonce={nonce}
            dangerouslySetInnerHTML={{ __html: drawsInBrowser ? assets.firstScreenCss : (props.pageCssText ?? PAGE_CSS_SLOT) }}
          />
        )}
        {(props.styles ?? []).map((name) => (
          <link rel="stylesheet" href={asset(name)} />
        ))}
        {props.jsonLdText.map((json) => (
          <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: json }} />
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
        <LanguageSwitch path={props.path} search={props.search} href={props.switchHref} />
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
