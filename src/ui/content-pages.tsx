/**
 * @module content-pages
 * The site's information pages as Markdown (content/pages/<slug>.md): privacy, accessibility, the editorial
 * policy, the crisis page and "How the self-check works". Their words live there, with front matter like the
 * guides' (title, description, review dates, sources, and for clinical pages the clinical review of
 * REVIEWING.md), so an editor or a clinician can review them without reading code; the views keep only the
 * structure. Each page is rendered once, when the app is made, with the placeholders its feature offers
 * (`{{report-problem}}`, `{{call:911}}`, a table of rules…; see ./markdown.ts). Every page may also use
 * `{{sources}}` (its front matter's sources, as a list), `{{review}}` (its clinical review line) and the help
 * lines' `{{tel:ID}}` / `{{sms:ID}}`.
 *
 * Read and checked by the composition root (src/deps.ts): any problem stops the app from being made, naming
 * the file and field.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import { PageReview, SourceList } from './content-page.view.tsx';
import { HELPLINE_PLACEHOLDERS } from './content-placeholders.tsx';
import {
  type ContentProblem,
  displayPath,
  formatProblem,
  isoDate,
  isRealDate,
  medicalReviewer,
  normalise,
  publicationDate,
  schemaProblems,
  unquotedDateProblems,
} from './front-matter.ts';
import { currentLocale, type Locale } from './locale.ts';
import { runInLocale } from './locale-context.ts';
import { type Placeholders, renderMarkdown, slugify } from './markdown.ts';

export const pageFrontMatter = z
  .object({
    title: z.string().min(3).max(90),
    /** The meta description: one or two plain sentences. */
    description: z.string().min(40).max(300),
    /** The lead paragraph under the title, if the page has one. */
    summary: z.string().min(20).max(400).optional(),
    lastReviewed: isoDate,
    nextReview: isoDate,
    factChecked: isoDate.optional(),
    /** Pages that give health or safety advice need a clinical review line (see REVIEWING.md). */
    clinical: z.boolean().default(false),
    medicalReviewer: medicalReviewer.optional(),
    sources: z
      .array(
        z
          .object({
            title: z.string().min(3),
            publisher: z.string().min(2),
            date: publicationDate.optional(),
            url: z.url({ protocol: /^https?$/ }).optional(),
            retrieved: isoDate.optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .refine((p) => p.nextReview > p.lastReviewed, { message: 'nextReview must be after lastReviewed', path: ['nextReview'] })
  .refine((p) => !p.clinical || p.medicalReviewer, {
    message: 'is missing: a clinical page says who reviewed it, or `status: pending` (see REVIEWING.md)',
    path: ['medicalReviewer'],
  });

export type PageFrontMatter = z.infer<typeof pageFrontMatter>;

/** One `## Heading {#id}` part of a page, without its heading (the view draws it). */
export interface PageSection {
  id: string;
  title: string;
  html: string;
}

export interface ContentPage {
  slug: string;
  file: string;
  meta: PageFrontMatter;
  /** The whole body as HTML, headings and all. */
  html: string;
  /** What comes before the first `##` heading. */
  intro: string;
  /** The body cut at each `##` heading, for pages that arrange their parts (the crisis page). */
  sections: PageSection[];
}

/** What a feature says about one of its pages: the placeholders it offers, and the parts it must have. */
export interface PageSpec {
  placeholders?: Placeholders;
  /** Section ids (`## Title {#id}`) the page's code relies on. */
  sections?: readonly string[];
}

export interface ContentPages {
  /** The page in the locale of the page being made (content/pages/es/ for Spanish), or English while it has none. */
  get(slug: string, locale?: Locale): ContentPage;
  list(): readonly ContentPage[];
}

export class PageContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The pages in content/pages have ${problems.length} problem${problems.length === 1 ? '' : 's'}. Fix them, or run "npm run content -- check":\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'PageContentError';
  }
}

const HEADING = /^##\s+(.*?)(?:\s*\{#([a-z][a-z0-9-]*)\})?\s*$/;

/** Cuts a body at its `##` headings (outside fenced code). */
function cut(body: string): { intro: string; parts: { id: string; title: string; body: string }[] } {
  const parts: { id: string; title: string; lines: string[] }[] = [];
  const intro: string[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : HEADING.exec(line);
    if (heading) parts.push({ id: heading[2] ?? slugify(heading[1] as string), title: heading[1] as string, lines: [] });
    else (parts.at(-1)?.lines ?? intro).push(line);
  }
  return { intro: intro.join('\n'), parts: parts.map((p) => ({ id: p.id, title: p.title, body: p.lines.join('\n') })) };
}

/** Reads, checks and renders every page in `specs` from `dir`. Never throws for bad content: it returns the problems. */
export function loadContentPages(
  dir: string,
  specs: Record<string, PageSpec>,
): { pages: ContentPage[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const pages: ContentPage[] = [];
  for (const [slug, spec] of Object.entries(specs)) {
    const absolute = path.join(dir, `${slug}.md`);
    const file = displayPath(absolute);
    const add = (field: string, message: string) => problems.push({ file, field, message });
    if (!fs.existsSync(absolute)) {
      add('(file)', 'is missing: the site has a page for it');
      continue;
    }
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(fs.readFileSync(absolute, 'utf8'), { excerpt: false });
    } catch (error) {
      add('(front matter)', `could not be read as YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const before = problems.length;
    for (const p of unquotedDateProblems(parsed.matter)) add(p.field, p.message);
    const result = pageFrontMatter.safeParse(normalise(parsed.data));
    if (!result.success) {
      for (const p of schemaProblems(result.error)) add(p.field, p.message);
      continue;
    }
    const meta = result.data;
    for (const [field, value] of [
      ['lastReviewed', meta.lastReviewed],
      ['nextReview', meta.nextReview],
    ] as const) {
      if (!isRealDate(value)) add(field, `${value} is not a real date`);
    }
    const placeholders = {
      ...HELPLINE_PLACEHOLDERS,
      sources: () => ({ html: String(<SourceList sources={meta.sources} />), block: true }),
      review: () => ({ html: String(<PageReview meta={meta} />), block: true }),
      ...spec.placeholders,
    };
    const render = (markdown: string) => renderMarkdown(markdown, { placeholders });
    const whole = render(parsed.content);
    for (const written of whole.unknownPlaceholders) add('body', `${written} is not a placeholder this page offers`);
    if (whole.h1Count > 0) add('body', 'has a level-1 heading (# …); the title is the page heading, so start with ##');
    if (whole.imageCount > 0) add('body', 'has an image; pages cannot show images, because they would load from another site');
    const { intro, parts } = cut(parsed.content);
    for (const id of spec.sections ?? []) {
      if (!parts.some((p) => p.id === id)) add('body', `needs a part "## … {#${id}}": the page's code shows it`);
    }
    if (problems.length > before) continue;
    pages.push({
      slug,
      file,
      meta,
      html: whole.html,
      intro: render(intro).html,
      sections: parts.map((p) => ({ id: p.id, title: p.title, html: render(p.body).html })),
    });
  }
  return { pages, problems };
}

/**
 * Every page in `dir` (English) and its Spanish folder `dir/es`, if there is one. A Spanish page is optional,
 * page by page (the English one is shown until it exists), and is rendered in Spanish: its placeholders (call
 * buttons, the sources list, the review line) use the Spanish catalogue.
 */
export function loadContentPagesInEachLanguage(
  dir: string,
  specs: Record<string, PageSpec>,
): { pages: Record<Locale, ContentPage[]>; problems: ContentProblem[] } {
  const en = loadContentPages(dir, specs);
  const esDir = path.join(dir, 'es');
  const esSpecs = Object.fromEntries(Object.entries(specs).filter(([slug]) => fs.existsSync(path.join(esDir, `${slug}.md`))));
  const es = runInLocale('es', () => loadContentPages(esDir, esSpecs));
  return { pages: { en: en.pages, es: es.pages }, problems: [...en.problems, ...es.problems] };
}

/**
 * The pages for the running site. `dir` is `<CONTENT_DIR>/pages`; outside production a content folder without
 * one (a test's fixture guides) uses the site's own pages from `fallbackDir`.
 */
export function createContentPages(options: {
  dir: string;
  fallbackDir: string;
  production: boolean;
  specs: Record<string, PageSpec>;
}): ContentPages {
  const dir = options.production || fs.existsSync(options.dir) ? options.dir : options.fallbackDir;
  const { pages, problems } = loadContentPagesInEachLanguage(dir, options.specs);
  if (problems.length > 0) throw new PageContentError(problems);
  const bySlug = new Map(pages.en.map((p) => [p.slug, p]));
  const spanish = new Map(pages.es.map((p) => [p.slug, p]));
  return {
    get(slug, locale = currentLocale()) {
      const page = (locale === 'es' ? spanish.get(slug) : undefined) ?? bySlug.get(slug);
      if (!page) throw new Error(`No content page "${slug}": add it to the page specs in src/deps.ts`);
      return page;
    },
    list: () => [...pages.en, ...pages.es],
  };
}
