/**
 * @module sitemap
 * /sitemap.xml: every public page in English and Spanish, and every guide in each language, with absolute addresses from PUBLIC_URL. Pages that
 * depend on private input (search results, self-check steps) are not listed.
 */
import { prefixed } from '../../ui/locale.ts';
import { paths } from '../../ui/paths.ts';
import type { Guide } from './guides.repository.ts';

/** The site's public pages, in the order a visitor meets them. Guides are added from the content. */
export const PUBLIC_PAGES: readonly string[] = [
  paths.home(),
  paths.find(),
  paths.guides(),
  paths.selfCheck(),
  paths.howSelfCheckWorks(),
  paths.crisis(),
  paths.newsletter.signUp(),
  paths.about.data(),
  paths.about.privacy(),
  paths.about.accessibility(),
  paths.about.editorialPolicy(),
  paths.api.docs(),
];

/** The public pages' Spanish twins. */
export const SPANISH_PAGES: readonly string[] = PUBLIC_PAGES.map((path) =>
  path === paths.guides() ? '/es/guias' : prefixed(path, 'es'),
);

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export function buildSitemap(publicUrl: string, guides: readonly Guide[]): string {
  const guideEntries = (lang: 'en' | 'es') =>
    guides.filter((g) => g.meta.lang === lang).map((g) => ({ path: paths.guideOf(g), lastmod: g.meta.lastReviewed }));
  const entries: { path: string; lastmod?: string }[] = [
    ...PUBLIC_PAGES.map((path) => ({ path })),
    ...guideEntries('en'),
    // The same pages in Spanish (/es/…; the guides index is /es/guias), then the Spanish guides.
    ...SPANISH_PAGES.map((path) => ({ path })),
    ...guideEntries('es'),
  ];
  const urls = entries.map(
    (e) =>
      `  <url>\n    <loc>${escapeXml(publicUrl + e.path)}</loc>\n${e.lastmod ? `    <lastmod>${e.lastmod}</lastmod>\n` : ''}  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
