import { z } from 'zod';
import type { ClinicalReview } from '../../ui/clinical-review.tsx';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-26');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

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
    medicalReviewer: z.discriminatedUnion('status', [
      z.object({ status: z.literal('reviewed'), name: z.string().min(2), credentials: z.string().min(2), date: isoDate }),
      z.object({ status: z.literal('pending') }),
    ]) satisfies z.ZodType<ClinicalReview>,
    lastReviewed: isoDate,
    nextReview: isoDate,
    factChecked: isoDate,
    references: z
      .array(
        z.object({
          id: slug,
          title: z.string().min(3),
          publisher: z.string().min(2),
          /** Year, or full date, of publication. */
          date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a year like 2023 or a date like 2023-03-29'),
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
  })
  .strict()
  .refine((g) => g.nextReview > g.lastReviewed, { message: 'nextReview must be after lastReviewed', path: ['nextReview'] });

export type GuideFrontMatter = z.infer<typeof guideFrontMatter>;
