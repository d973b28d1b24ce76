/**
 * @module paths
 * Every internal URL the site links to, as typed functions, so a page is renamed in one place and a link to a
 * guide can only name a guide the code knows. Guides the code links to by name are listed in `GUIDE_SLUGS`;
 * the composition root (src/deps.ts) checks each one against content/guides when the app is made, and stops
 * with the slug named if one is missing (`missingGuides`).
 *
 * Pure data and string building: the browser bundle of the self-check uses it too.
 *
 * @example <a href={paths.guide('detox-and-withdrawal')}>…</a>
 * @example c.redirect(paths.newsletter.confirmed(), 303)
 */
import { currentLocale, type Locale, localeOfPath, prefixed, unprefixed } from './locale.ts';

/** The guides linked to by name from code (home page, self-check). Each must exist in content/guides. */
export const GUIDE_SLUGS = [
  'heroin-rehab-treatment-options',
  'medications-for-opioid-use-disorder',
  'detox-and-withdrawal',
  'overdose-signs-and-naloxone',
  'behavioral-therapies',
  'paying-for-treatment',
  'helping-someone-you-love',
  'relapse',
] as const;

export type GuideSlug = (typeof GUIDE_SLUGS)[number];

/**
 * Spanish guides have Spanish slugs (content/guides/es/<slug>.md, served at /es/guias/<slug>). The composition
 * root registers which English guide each one translates, so `paths.guide('detox-and-withdrawal')` on a Spanish
 * page goes to its Spanish version, or to the English guide while there is none yet.
 */
const spanishGuide = new Map<string, string>();
const englishGuide = new Map<string, string>();

/** Registers the Spanish guides: `{ slug: Spanish slug, translationOf: English slug }`. Replaces what was there. */
export function registerGuideTranslations(pairs: Iterable<{ slug: string; translationOf: string }>): void {
  spanishGuide.clear();
  englishGuide.clear();
  for (const pair of pairs) {
    spanishGuide.set(pair.translationOf, pair.slug);
    englishGuide.set(pair.slug, pair.translationOf);
  }
}

/** A page's path in the locale of the page being made (`/find` → `/es/find` on a Spanish page). */
const here = (path: string) => prefixed(path, currentLocale());

const GUIDES_ES = '/es/guias';

/** `#id` when an id is given. */
const at = (anchor: string | undefined) => (anchor ? `#${anchor}` : '');

/** `?query` when the query has anything in it. */
const withQuery = (path: string, query: URLSearchParams | string | undefined) => {
  const qs = query === undefined ? '' : String(query);
  return qs ? `${path}?${qs}` : path;
};

export const paths = {
  home: () => here('/'),
  /** The treatment search; `query` as built by the search vocabulary (src/domain/search-query.ts). */
  find: (query?: URLSearchParams | string) => withQuery(here('/find'), query),
  /** The search form on its own page, filled in with a search (the results page links to it). */
  changeSearch: (query?: URLSearchParams | string) => withQuery(here('/find/change'), query),
  facility: (id: string) => here(`/facilities/${encodeURIComponent(id)}`),
  /**
   * "Something wrong with this listing?": the form, and the page that thanks the person who sent it. English
   * only for now (the editors read reports in English).
   */
  report: (id: string) => here(`/facilities/${encodeURIComponent(id)}/report`),
  reportSent: (id: string) => here(`/facilities/${encodeURIComponent(id)}/report/sent`),
  /** What to do right now; `section` is one of the page's parts (`overdose`, `medical`, `suicide`, `poison`, …). */
  crisis: (section?: string) => `${here('/crisis')}${at(section)}`,
  guides: () => (currentLocale() === 'es' ? GUIDES_ES : '/guides'),
  /** A guide the code names: the slug must be in `GUIDE_SLUGS`. On a Spanish page, its Spanish version if any. */
  guide: (slug: GuideSlug, section?: string) => {
    const es = currentLocale() === 'es' ? spanishGuide.get(slug) : undefined;
    return `${es ? `${GUIDES_ES}/${es}` : `/guides/${slug}`}${es ? '' : at(section)}`;
  },
  /** A guide as loaded from content (indexes, related guides, the sitemap): Spanish guides are under /es/guias. */
  guideOf: (guide: { meta: { slug: string; lang?: string } }) =>
    `${guide.meta.lang === 'es' ? GUIDES_ES : '/guides'}/${encodeURIComponent(guide.meta.slug)}`,
  selfCheck: () => here('/self-check'),
  howSelfCheckWorks: (section?: string) => `${here('/self-check/how-it-works')}${at(section)}`,
  newsletter: {
    signUp: () => here('/newsletter'),
    checkEmail: () => here('/newsletter/check-your-email'),
    confirm: () => here('/newsletter/confirm'),
    confirmed: () => here('/newsletter/confirmed'),
    unsubscribe: () => here('/newsletter/unsubscribe'),
    unsubscribed: () => here('/newsletter/unsubscribed'),
  },
  about: {
    data: (section?: string) => `${here('/about/data')}${at(section)}`,
    privacy: (section?: string) => `${here('/about/privacy')}${at(section)}`,
    accessibility: () => here('/about/accessibility'),
    editorialPolicy: (section?: 'medical-review' | 'sponsors' | 'funding' | 'ranking' | 'corrections') =>
      `${here('/about/editorial-policy')}${at(section)}`,
  },
  api: {
    /** The API's documentation page (a page, so it has a Spanish twin); the API itself stays in English. */
    docs: () => here('/api'),
    openApi: () => '/api/openapi.json',
    /** An API path under /api/v1, such as `facilities?near=21201`. */
    v1: (rest: string) => `/api/v1/${rest}`,
  },
  openData: {
    hsdsDocs: () => here('/open-data/hsds'),
    /** An HSDS path under /api/v1/hsds, such as `services`. */
    hsds: (rest?: string) => (rest ? `/api/v1/hsds/${rest}` : '/api/v1/hsds'),
  },
  sitemap: () => '/sitemap.xml',
  /** The editors' pages (signed in only; every one but login and setup redirects to login without a session). */
  editor: {
    queue: (query?: URLSearchParams | string) => withQuery('/editor', query),
    login: () => '/editor/login',
    setup: () => '/editor/setup',
    logout: () => '/editor/logout',
    account: () => '/editor/account',
    totp: (turn: 'on' | 'off') => `/editor/account/totp-${turn}`,
    audit: (page?: number) => withQuery('/editor/audit', page && page > 1 ? `page=${page}` : undefined),
    report: (id: number, action?: 'accept' | 'reject' | 'merge') => `/editor/reports/${id}${action ? `/${action}` : ''}`,
    correction: (id: number, action?: 'keep' | 'withdraw') => `/editor/corrections/${id}${action ? `/${action}` : ''}`,
  },
} as const;

/**
 * An English path written down before any page was made (in data, such as `/crisis#overdose`), as a link on
 * the page being made: its Spanish twin on a Spanish page.
 */
export function inPageLanguage(href: string): string {
  if (currentLocale() === 'en' || !href.startsWith('/') || localeOfPath(href) === 'es') return href;
  const hash = href.indexOf('#');
  const path = hash === -1 ? href : href.slice(0, hash);
  const twin = alternatesOf(path).es;
  return twin ? `${twin}${hash === -1 ? '' : href.slice(hash)}` : href;
}

/**
 * The same page in each language, for the language switch and `hreflang`: `null` for a language the page has no
 * twin in (an English guide not yet in Spanish). `path` is the request's path, without the query.
 */
export function alternatesOf(path: string): Record<Locale, string | null> {
  if (path === GUIDES_ES || path === '/guides') return { en: '/guides', es: GUIDES_ES };
  if (path.startsWith(`${GUIDES_ES}/`)) {
    const slug = decodeURIComponent(path.slice(GUIDES_ES.length + 1));
    const en = englishGuide.get(slug);
    return { en: en ? `/guides/${encodeURIComponent(en)}` : null, es: path };
  }
  if (path.startsWith('/guides/')) {
    const es = spanishGuide.get(decodeURIComponent(path.slice('/guides/'.length)));
    return { en: path, es: es ? `${GUIDES_ES}/${encodeURIComponent(es)}` : null };
  }
  const en = localeOfPath(path) === 'es' ? unprefixed(path) : path;
  return { en, es: prefixed(en, 'es') };
}

/** The guides in `GUIDE_SLUGS` that the loaded content does not have. */
export function missingGuides(loaded: Iterable<string>): GuideSlug[] {
  const have = new Set(loaded);
  return GUIDE_SLUGS.filter((slug) => !have.has(slug));
}
