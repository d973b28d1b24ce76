import { z } from 'zod';
import { isoDate, medicalReviewer, publicationDate, slug } from '../../ui/front-matter.ts';

/**
 * The front matter every guide in content/guides/*.md must have. A guide that breaks it fails `npm test`
 * with the file and field named.
 *
 * In the body, cite a reference with `{{ref:ID}}`, where ID is one of the guide's `references[].id`; the
 * page numbers them in order of first use and links each to the list at the end.
 */
export const guideFrontMatter = z
  .object({
    title: z.string().min(5).max(90),
    /** One or two plain sentences; used as the meta description and on the guides index. */
    summary: z.string().min(40).max(300),
    slug,
    /** Position on the guides index, lowest first. */
    order: z.number().int().min(1),
    author: z.object({ name: z.string().min(2), role: z.string().min(2) }),
    /**
     * Who checked the guide's medical facts (see REVIEWING.md). We never invent a reviewer: until a named
     * clinician has reviewed a guide, it says so (status "pending") in one line on the page.
     */
    medicalReviewer,
    lastReviewed: isoDate,
    nextReview: isoDate,
    factChecked: isoDate,
    references: z
      .array(
        z.object({
          id: slug,
          title: z.string().min(3),
          publisher: z.string().min(2),
          date: publicationDate,
          url: z.url({ protocol: /^https$/ }),
          retrieved: isoDate,
        }),
      )
      .min(1),
    /**
     * Statements that stop being true on a known date, such as a temporary federal rule. Each says, in a sentence
     * a reader could be shown, what the guide states (`what`), the last day it is known to hold (`expires`), and
     * the reference it comes from (`source`, one of `references[].id`). The guide's `nextReview` must be on or
     * before every `expires`, so the guide is checked again before the statement can lapse; the loader refuses a
     * guide that breaks this, and `npm run content -- check` also fails once an `expires` date has passed.
     */
    expiringFacts: z.array(z.object({ what: z.string().min(10), expires: isoDate, source: slug })).default([]),
    faq: z.array(z.object({ question: z.string().min(5), answer: z.string().min(10) })).default([]),
    related: z.array(slug).default([]),
    /**
     * `false` where an advertisement would be out of place: the overdose guide and the guide for families. On
     * other guides the sponsor box (when one is configured) comes after the article and the help lines.
     */
    sponsor: z.boolean().default(true),
    /** The guide's language: `es` for a Spanish guide (content/guides/es/, served at /es/guias/<slug>). */
    lang: z.enum(['en', 'es']).default('en'),
    /** A Spanish guide: the `slug` of the English guide it follows. */
    translationOf: slug.optional(),
    /**
     * A Spanish guide: the English guide's `lastReviewed` date this version follows. `npm run content -- check`
     * flags the Spanish guide once the English one has been reviewed again since.
     */
    englishReviewed: isoDate.optional(),
  })
  .strict()
  .refine((g) => g.nextReview > g.lastReviewed, { message: 'nextReview must be after lastReviewed', path: ['nextReview'] })
  .refine((g) => g.lang !== 'es' || g.translationOf, {
    message: 'is missing: a Spanish guide names the English guide it follows (its slug)',
    path: ['translationOf'],
  })
  .refine((g) => g.lang !== 'es' || g.englishReviewed, {
    message: 'is missing: a Spanish guide records the English guide\'s lastReviewed date it follows ("YYYY-MM-DD")',
    path: ['englishReviewed'],
  })
  .refine((g) => g.lang === 'es' || (!g.translationOf && !g.englishReviewed), {
    message: 'is only for Spanish guides (lang: es, in content/guides/es/)',
    path: ['translationOf'],
  });

export type GuideFrontMatter = z.infer<typeof guideFrontMatter>;
