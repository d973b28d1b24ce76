/**
 * @module guide.jsonld
 * schema.org structured data for a guide: a MedicalWebPage (with `reviewedBy` only when a clinician really
 * has reviewed it) and, when the guide has questions, an FAQPage.
 */
import { SITE_NAME } from '../../ui/layout.tsx';
import type { Guide } from './guides.repository.ts';

export const guideUrl = (publicUrl: string, slug: string) => `${publicUrl}/guides/${slug}`;

/**
 * Front matter does not say whether the author is a person or a team, and "Open Treatment editorial team"
 * is not a Person. A name that reads as a group is published as an Organization.
 */
function author(a: { name: string; role: string }): object {
  const isGroup = /\b(?:team|staff|editors|editorial|group)\b/i.test(a.name) || a.name.includes(SITE_NAME);
  return isGroup
    ? { '@type': 'Organization', name: a.name, description: a.role }
    : { '@type': 'Person', name: a.name, jobTitle: a.role };
}

export function guideJsonLd(guide: Guide, publicUrl: string): object[] {
  const { meta } = guide;
  const url = guideUrl(publicUrl, meta.slug);
  const reviewer = meta.medicalReviewer;
  const page: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: meta.title,
    headline: meta.title,
    description: meta.summary,
    url,
    inLanguage: guide.meta.lang === 'es' ? 'es-US' : 'en-US',
    lastReviewed: meta.lastReviewed,
    author: author(meta.author),
    publisher: { '@type': 'Organization', name: SITE_NAME, url: publicUrl },
    citation: guide.references.map((r) => ({
      '@type': 'CreativeWork',
      name: r.title,
      publisher: { '@type': 'Organization', name: r.publisher },
      datePublished: r.date,
      url: r.url,
    })),
  };
  if (reviewer.status === 'reviewed') {
    page.reviewedBy = { '@type': 'Person', name: reviewer.name, honorificSuffix: reviewer.credentials };
  }
  const data: object[] = [page];
  if (meta.faq.length > 0) {
    data.push({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      url,
      mainEntity: meta.faq.map((entry) => ({
        '@type': 'Question',
        name: entry.question,
        acceptedAnswer: { '@type': 'Answer', text: entry.answer },
      })),
    });
  }
  return data;
}
