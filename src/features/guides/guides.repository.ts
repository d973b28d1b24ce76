/**
 * @module guides.repository
 * Reads the guides from `<contentDir>/guides/*.md` and checks every one: front matter against the schema
 * agreed with the writers (guide.schema.ts), real calendar dates, slug = file name, every `{{ref:ID}}`
 * citing a listed reference, every related guide existing. Each problem names the file and the field, so a
 * writer can fix it without reading code.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { HELPLINE_PLAIN_TEXT } from '../../ui/content-placeholders.tsx';
import {
  type ContentProblem,
  displayPath,
  formatProblem,
  normalise,
  schemaProblems,
  unquotedDateProblems,
} from '../../ui/front-matter.ts';
import { citationsIn, expandPlainText, type Heading, REFERENCE_ID, renderGuideBody } from '../../ui/markdown.ts';
import { type GuideFrontMatter, guideFrontMatter } from './guide.schema.ts';
import { dateProblems, expiringFactProblems } from './guide-front-matter.ts';

export type GuideReference = GuideFrontMatter['references'][number];
export type ExpiringFact = GuideFrontMatter['expiringFacts'][number];

export interface NumberedReference extends GuideReference {
  /** 1-based, in order of first citation; references never cited come last. */
  number: number;
  /** How many times the body cites it (0 if never). */
  citations: number;
}

export interface Guide {
  /** Where the guide came from, for messages: relative to the project when it is inside it. */
  file: string;
  meta: GuideFrontMatter;
  html: string;
  headings: Heading[];
  references: NumberedReference[];
}

export type { ContentProblem };

export interface LoadResult {
  /** Valid guides, ordered by `order` then title. */
  guides: Guide[];
  /** Valid Spanish guides (`<contentDir>/guides/es/*.md`), ordered the same way. */
  spanish: Guide[];
  /** Anything that must be fixed before the site can serve the guides. */
  problems: ContentProblem[];
  /** Worth a look, but not wrong (for example a reference that is never cited). */
  warnings: ContentProblem[];
  /** False when `<contentDir>/guides` does not exist at all. */
  folderFound: boolean;
  /** How many guide files were read, good or bad. */
  fileCount: number;
}

export { formatProblem };

interface Parsed {
  file: string;
  meta: GuideFrontMatter;
  body: string;
}

/** One file: parse and check what can be checked without the other guides. */
function parseFile(absolute: string, problems: ContentProblem[]): Parsed | undefined {
  const file = displayPath(absolute);
  const add = (field: string, message: string) => problems.push({ file, field, message });
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options turns off gray-matter's cache, which would hand back a shared, mutable object.
    parsed = matter(fs.readFileSync(absolute, 'utf8'), { excerpt: false });
  } catch (error) {
    add('(front matter)', `could not be read as YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  if (!parsed.matter.trim()) {
    add('(front matter)', 'is missing: a guide starts with --- then its fields, then --- again');
    return undefined;
  }
  const before = problems.length;
  for (const p of unquotedDateProblems(parsed.matter)) add(p.field, p.message);
  const result = guideFrontMatter.safeParse(normalise(parsed.data));
  if (!result.success) {
    for (const p of schemaProblems(result.error)) add(p.field, p.message);
    return undefined;
  }
  const meta = result.data;
  const expectedSlug = path.basename(absolute, '.md');
  if (meta.slug !== expectedSlug) add('slug', `is "${meta.slug}" but the file is named ${expectedSlug}.md; they must match`);
  for (const p of dateProblems(meta)) add(p.field, p.message);
  for (const p of expiringFactProblems(meta)) add(p.field, p.message);
  const seen = new Set<string>();
  meta.references.forEach((r, i) => {
    if (seen.has(r.id)) add(`references[${i}].id`, `"${r.id}" is used by another reference in this guide`);
    seen.add(r.id);
  });
  return problems.length === before ? { file, meta, body: parsed.content } : undefined;
}

function numberReferences(meta: GuideFrontMatter, order: string[], counts: Map<string, number>): NumberedReference[] {
  const byId = new Map(meta.references.map((r) => [r.id, r]));
  const cited = order.flatMap((id) => byId.get(id) ?? []);
  const uncited = meta.references.filter((r) => !counts.has(r.id));
  return [...cited, ...uncited].map((r, i) => ({ ...r, number: i + 1, citations: counts.get(r.id) ?? 0 }));
}

/** The `.md` files in a folder, sorted (none if the folder does not exist). */
function markdownFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(folder, name));
}

interface FolderRules {
  lang: 'en' | 'es';
  /** Slugs of the guides in the same folder (related guides and guide links must be among them). */
  slugs: Set<string>;
  /** Slugs of the English guides (a Spanish guide's `translationOf`, and `/guides/…` links from it). */
  englishSlugs: Set<string>;
  /** Slugs of the Spanish guides (`/es/guias/…` links). */
  spanishSlugs: Set<string>;
}

/** Checks and renders the guides in one folder. */
function loadFolder(files: string[], rules: FolderRules, problems: ContentProblem[], warnings: ContentProblem[]): Guide[] {
  const guides: Guide[] = [];
  for (const absolute of files) {
    const parsed = parseFile(absolute, problems);
    if (!parsed) continue;
    const { file, meta, body } = parsed;
    const before = problems.length;
    const add = (field: string, message: string) => problems.push({ file, field, message });
    const known = new Set(meta.references.map((r) => r.id));

    if (meta.lang !== rules.lang) {
      add(
        'lang',
        rules.lang === 'es' ? 'must be "es" for a guide in content/guides/es' : 'is "es": Spanish guides go in content/guides/es',
      );
    }
    if (meta.translationOf && !rules.englishSlugs.has(meta.translationOf)) {
      add('translationOf', `there is no English guide "${meta.translationOf}" (no content/guides/${meta.translationOf}.md)`);
    }
    for (const id of new Set(citationsIn(body))) {
      if (!REFERENCE_ID.test(id)) add('body', `{{ref:${id}}} is not a citation we can read; write it like {{ref:samhsa-tip-63}}`);
      else if (!known.has(id)) add('body', `{{ref:${id}}} cites a reference that is not in "references"`);
    }
    meta.related.forEach((slug, i) => {
      if (slug === meta.slug) add(`related[${i}]`, 'a guide cannot list itself as related');
      else if (!rules.slugs.has(slug)) add(`related[${i}]`, `there is no guide "${slug}" (no ${slug}.md beside this one)`);
    });

    const rendered = renderGuideBody(body);
    if (rendered.h1Count > 0)
      add('body', 'has a level-1 heading (# …); start sections with ## because the title is the page heading');
    if (rendered.imageCount > 0)
      add('body', 'has an image; guides cannot show images, because they would load from another site');
    for (const written of rendered.unknownPlaceholders) {
      add(
        'body',
        `${written} is not a placeholder guides can use; write a help line as {{tel:samhsa}} (see src/ui/helplines.ts)`,
      );
    }
    meta.faq = meta.faq.map((entry, i) => {
      const answer = expandPlainText(entry.answer, HELPLINE_PLAIN_TEXT);
      if (/\{\{/.test(answer)) add(`faq[${i}].answer`, 'has a placeholder that is not a help line, like {{tel:samhsa}}');
      return { ...entry, answer };
    });
    for (const slug of new Set(rendered.guideLinks)) {
      if (!rules.englishSlugs.has(slug)) add('body', `links to /guides/${slug}, but there is no guide with that slug`);
    }
    for (const slug of new Set(rendered.spanishGuideLinks)) {
      if (!rules.spanishSlugs.has(slug)) add('body', `links to /es/guias/${slug}, but there is no Spanish guide with that slug`);
    }
    const reviewer = meta.medicalReviewer;
    if (reviewer.status === 'reviewed' && meta.lastReviewed > reviewer.date) {
      warnings.push({
        file,
        field: 'medicalReviewer.date',
        message: `the guide was reviewed again on ${meta.lastReviewed}, after ${reviewer.name}'s clinical review on ${reviewer.date}; ask them to look at the changes (see REVIEWING.md)`,
      });
    }
    meta.references.forEach((r, i) => {
      if (!rendered.citationCounts.has(r.id)) {
        warnings.push({ file, field: `references[${i}]`, message: `"${r.id}" is never cited with {{ref:${r.id}}}` });
      }
    });
    if (problems.length > before) continue;
    guides.push({
      file,
      meta,
      html: rendered.html,
      headings: rendered.headings,
      references: numberReferences(meta, rendered.citationOrder, rendered.citationCounts),
    });
  }
  guides.sort((a, b) => a.meta.order - b.meta.order || a.meta.title.localeCompare(b.meta.title));
  return guides;
}

/**
 * Reads and checks every guide in `<contentDir>/guides`, and the Spanish guides in `<contentDir>/guides/es`
 * (optional). Never throws for bad content: it returns the problems, and the caller decides (the site refuses
 * to start; `npm run content -- check` lists them).
 */
export function loadGuides(contentDir: string): LoadResult {
  const folder = path.join(contentDir, 'guides');
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  if (!fs.existsSync(folder)) {
    problems.push({ file: displayPath(folder), field: '(folder)', message: 'does not exist' });
    return { guides: [], spanish: [], problems, warnings, folderFound: false, fileCount: 0 };
  }
  const files = markdownFiles(folder);
  const spanishFiles = markdownFiles(path.join(folder, 'es'));
  if (files.length === 0) problems.push({ file: displayPath(folder), field: '(folder)', message: 'has no guides (*.md files)' });

  const slugsOf = (list: string[]) => new Set(list.map((f) => path.basename(f, '.md')));
  const englishSlugs = slugsOf(files);
  const spanishSlugs = slugsOf(spanishFiles);
  const guides = loadFolder(files, { lang: 'en', slugs: englishSlugs, englishSlugs, spanishSlugs }, problems, warnings);
  const spanish = loadFolder(spanishFiles, { lang: 'es', slugs: spanishSlugs, englishSlugs, spanishSlugs }, problems, warnings);
  const translated = new Map<string, string>();
  for (const g of spanish) {
    const earlier = translated.get(g.meta.translationOf as string);
    if (earlier)
      problems.push({ file: g.file, field: 'translationOf', message: `${earlier} already translates "${g.meta.translationOf}"` });
    translated.set(g.meta.translationOf as string, g.file);
  }
  return { guides, spanish, problems, warnings, folderFound: true, fileCount: files.length + spanishFiles.length };
}

/**
 * Spanish guides whose English guide has been reviewed since the date they follow (`englishReviewed` before the
 * English guide's `lastReviewed`): they may no longer say the same thing.
 */
export function staleTranslations(result: Pick<LoadResult, 'guides' | 'spanish'>): ContentProblem[] {
  const english = new Map(result.guides.map((g) => [g.meta.slug, g]));
  return result.spanish.flatMap((g) => {
    const source = english.get(g.meta.translationOf ?? '');
    if (!source || !g.meta.englishReviewed || source.meta.lastReviewed <= g.meta.englishReviewed) return [];
    return [
      {
        file: g.file,
        field: 'englishReviewed',
        message: `follows the English guide as reviewed on ${g.meta.englishReviewed}, but ${source.file} was reviewed again on ${source.meta.lastReviewed}; check what changed, update the Spanish guide and set englishReviewed: "${source.meta.lastReviewed}"`,
      },
    ];
  });
}
