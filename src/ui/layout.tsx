import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import { safeJsonText } from '../lib/json.ts';
import { asset } from './assets.ts';
import { CRISIS_988, EMERGENCY_911, QUICK_EXIT_URL, SAMHSA_HELPLINE } from './helplines.ts';
import { memoHtml } from './memo.ts';
import { siteCss } from './site-css.ts';

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
}

export const SITE_NAME = 'Open Treatment';

const NAV: { href: string; label: string; section: PageMeta['section'] }[] = [
  { href: '/find', label: 'Find treatment', section: 'find' },
  { href: '/guides', label: 'Guides', section: 'guides' },
  { href: '/self-check', label: 'Self-check', section: 'self-check' },
  { href: '/crisis', label: 'Crisis help', section: 'crisis' },
];

/** JSON for a <script type="application/ld+json"> block: `<` escaped so no text can close the tag. */
export const jsonForScript = safeJsonText;

export function HelplineStrip() {
  return (
    <div class="helpline-strip no-print">
      <div class="wrap">
        <span>
          Need help now? <a href={`tel:${SAMHSA_HELPLINE.tel}`}>{SAMHSA_HELPLINE.display}</a>
          <span class="visually-hidden"> ({SAMHSA_HELPLINE.name}, free and private, 24 hours)</span>
        </span>
        <span>
          Crisis: call or text <a href={`tel:${CRISIS_988.tel}`}>988</a>
        </span>
        <span class="emergency">
          In an emergency call <a href={`tel:${EMERGENCY_911.tel}`}>911</a>
        </span>
        <span class="quick-exit">
          <a href={QUICK_EXIT_URL} rel="noreferrer" data-quick-exit="">
            Quick exit<span class="visually-hidden"> (leave this site now; press Escape twice)</span>
          </a>
        </span>
      </div>
    </div>
  );
}

function Footer() {
  return (
    <footer class="site-footer">
      <div class="wrap">
        <nav aria-label="About this site">
          <ul>
            <li>
              <a href="/about/data">About our data</a>
            </li>
            <li>
              <a href="/about/privacy">Privacy</a>
            </li>
            <li>
              <a href="/about/accessibility">Accessibility</a>
            </li>
            <li>
              <a href="/about/editorial-policy">How we write and fund this site</a>
            </li>
            <li>
              <a href="/api">Open data and API</a>
            </li>
            <li>
              <a href="/newsletter">Get email updates</a>
            </li>
          </ul>
        </nav>
        <p class="small">
          Open Treatment gives information, not medical advice. It does not diagnose anyone or place anyone in treatment. It
          stores nothing about you unless you sign up for our newsletter or send us a report about a listing.
        </p>
        <p class="small">
          Facility data from SAMHSA (public domain). Contains data from GeoNames (www.geonames.org), licensed CC BY 4.0. See{' '}
          <a href="/about/data">About our data</a>.
        </p>
      </div>
    </footer>
  );
}

/** The page frame every HTML page shares: help lines, quick exit, navigation, footer. */
export function Layout(props: PageMeta & { children?: Child }) {
  const c = useRequestContext();
  const nonce = c.get('secureHeadersNonce') as string | undefined;
  const publicUrl = (c.get('publicUrl') as string | undefined) ?? '';
  const title = `${props.hasErrors ? 'Error: ' : ''}${props.title} – ${SITE_NAME}`;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.canonicalPath ? <link rel="canonical" href={`${publicUrl}${props.canonicalPath}`} /> : null}
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        <meta name="referrer" content="no-referrer" />
        <meta name="theme-color" content="#00546b" />
        <link rel="icon" href={asset('favicon.svg')} type="image/svg+xml" />
        {/* The first screen draws from this HTML alone; the rest of site.css is linked at the end of <body>. */}
        <style nonce={nonce} dangerouslySetInnerHTML={{ __html: siteCss().firstScreen }} />
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
              Skip to main content
            </a>
            <header>
              <HelplineStrip />
              <div class="site-header no-print">
                <div class="wrap">
                  <a class="site-name" href="/">
                    {SITE_NAME}
                  </a>
                  <nav class="site-nav" aria-label="Main">
                    <ul>
                      {NAV.map((item) => (
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
        <main id="main" tabindex={-1}>
          <div class="wrap">{props.children}</div>
        </main>
        {memoHtml('layout:footer', () => (
          <Footer />
        ))}
        <link rel="stylesheet" href={asset('site-rest.css')} />
        <script src={asset('site.js')} nonce={nonce} defer />
        {(props.scripts ?? []).map((name) => (
          <script src={asset(name)} nonce={nonce} defer />
        ))}
      </body>
    </html>
  );
}
