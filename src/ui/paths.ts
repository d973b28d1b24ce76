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

/** `#id` when an id is given. */
const at = (anchor: string | undefined) => (anchor ? `#${anchor}` : '');

/** `?query` when the query has anything in it. */
const withQuery = (path: string, query: URLSearchParams | string | undefined) => {
  const qs = query === undefined ? '' : String(query);
  return qs ? `${path}?${qs}` : path;
};

export const paths = {
  home: () => '/',
  /** The treatment search; `query` as built by the search vocabulary (src/domain/search-query.ts). */
  find: (query?: URLSearchParams | string) => withQuery('/find', query),
  facility: (id: string) => `/facilities/${encodeURIComponent(id)}`,
  /** "Something wrong with this listing?": the form, and the page that thanks the person who sent it. */
  report: (id: string) => `/facilities/${encodeURIComponent(id)}/report`,
  reportSent: (id: string) => `/facilities/${encodeURIComponent(id)}/report/sent`,
  /** What to do right now; `section` is one of the page's parts (`overdose`, `medical`, `suicide`, `poison`, …). */
  crisis: (section?: string) => `/crisis${at(section)}`,
  guides: () => '/guides',
  /** A guide the code names: the slug must be in `GUIDE_SLUGS`. */
  guide: (slug: GuideSlug, section?: string) => `/guides/${slug}${at(section)}`,
  /** A guide as loaded from content (indexes, related guides, the sitemap). */
  guideOf: (guide: { meta: { slug: string } }) => `/guides/${encodeURIComponent(guide.meta.slug)}`,
  selfCheck: () => '/self-check',
  howSelfCheckWorks: (section?: string) => `/self-check/how-it-works${at(section)}`,
  newsletter: {
    signUp: () => '/newsletter',
    checkEmail: () => '/newsletter/check-your-email',
    confirm: () => '/newsletter/confirm',
    confirmed: () => '/newsletter/confirmed',
    unsubscribe: () => '/newsletter/unsubscribe',
    unsubscribed: () => '/newsletter/unsubscribed',
  },
  about: {
    data: (section?: string) => `/about/data${at(section)}`,
    privacy: (section?: string) => `/about/privacy${at(section)}`,
    accessibility: () => '/about/accessibility',
    editorialPolicy: (section?: 'medical-review' | 'sponsors' | 'funding' | 'ranking' | 'corrections') =>
      `/about/editorial-policy${at(section)}`,
  },
  api: {
    docs: () => '/api',
    openApi: () => '/api/openapi.json',
    /** An API path under /api/v1, such as `facilities?near=21201`. */
    v1: (rest: string) => `/api/v1/${rest}`,
  },
  openData: {
    hsdsDocs: () => '/open-data/hsds',
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

/** The guides in `GUIDE_SLUGS` that the loaded content does not have. */
export function missingGuides(loaded: Iterable<string>): GuideSlug[] {
  const have = new Set(loaded);
  return GUIDE_SLUGS.filter((slug) => !have.has(slug));
}
