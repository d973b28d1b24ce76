/**
 * @module guides.service
 * The guides as the site serves them: loaded and checked once when the app is made, then kept in memory.
 * Bad content stops the app from starting, with every problem listed, rather than serving a broken page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../lib/logger.ts';
import { sharingLoads } from '../../lib/shared-loads.ts';
import { type ContentProblem, formatProblem, type Guide, type LoadResult, loadGuides } from './guides.repository.ts';

export class GuideContentError extends Error {
  constructor(
    readonly contentDir: string,
    readonly problems: ContentProblem[],
  ) {
    super(
      `The guides in ${contentDir} have ${problems.length} problem${problems.length === 1 ? '' : 's'}. ` +
        `Fix them, or run "npm run content -- check" to see them again:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'GuideContentError';
  }
}

/** Today's date as YYYY-MM-DD (UTC), the form review dates are written in. */
export const todayIso = (now: Date = new Date()) => now.toISOString().slice(0, 10);

/** A guide is due for review from its `nextReview` date onwards. */
export const isOverdue = (guide: Guide, today: string) => today >= guide.meta.nextReview;

/** The guide's time-bound statements whose last known day has passed (from the day after `expires`). */
export const expiredFacts = (guide: Guide, today: string) => guide.meta.expiringFacts.filter((f) => today > f.expires);

export interface GuidesService {
  /** The guides in one language (English unless asked). */
  list(lang?: 'en' | 'es'): readonly Guide[];
  get(slug: string, lang?: 'en' | 'es'): Guide | undefined;
  /** The guide's `related` guides, in the order the writer listed them. */
  related(guide: Guide): Guide[];
}

/**
 * Loads the guides from `<contentDir>/guides`. Any problem in a guide throws a GuideContentError. A missing
 * or empty folder also throws when `requireGuides` is set (production); otherwise it is logged and the site
 * runs with no guides, so a checkout without content can still be developed and tested. Every slug in
 * `linkedFromCode` (the guides the code links to by name, src/ui/paths.ts) must be among the guides loaded.
 */
export function createGuidesService(options: {
  contentDir: string;
  requireGuides: boolean;
  linkedFromCode?: readonly string[];
  logger: Logger;
}): GuidesService {
  const result = sharingLoads() ? loadGuidesShared(options.contentDir) : loadGuides(options.contentDir);
  const folderProblems = result.problems.filter((p) => p.field === '(folder)');
  const fileProblems = result.problems.filter((p) => p.field !== '(folder)');
  if (fileProblems.length > 0 || (options.requireGuides && folderProblems.length > 0)) {
    throw new GuideContentError(options.contentDir, result.problems);
  }
  for (const p of folderProblems) options.logger.warn(`Guides: ${formatProblem(p)}; the site will show no guides.`);

  const bySlug = new Map(result.guides.map((g) => [g.meta.slug, g]));
  const spanishBySlug = new Map(result.spanish.map((g) => [g.meta.slug, g]));
  const missing = (options.linkedFromCode ?? []).filter((slug) => !bySlug.has(slug));
  if (missing.length > 0) {
    throw new GuideContentError(
      options.contentDir,
      missing.map((slug) => ({
        file: `${slug}.md`,
        field: '(file)',
        message: `the site links to /guides/${slug} (GUIDE_SLUGS in src/ui/paths.ts), but there is no such guide`,
      })),
    );
  }
  return {
    list: (lang = 'en') => (lang === 'es' ? result.spanish : result.guides),
    get: (slug, lang = 'en') => (lang === 'es' ? spanishBySlug : bySlug).get(slug),
    related: (guide) => guide.meta.related.flatMap((slug) => (guide.meta.lang === 'es' ? spanishBySlug : bySlug).get(slug) ?? []),
  };
}

/** The guides a test process shares (src/lib/shared-loads.ts), by their folder and every file's identity. */
const sharedGuides = new Map<string, LoadResult>();

/**
 * `loadGuides`, read once per unchanged folder in a test process: the key names the folder and each guide file
 * (English and Spanish) with its inode, size and modification time, so a test that writes or changes a guide
 * gets it read again. What is loaded is only read afterwards.
 */
function loadGuidesShared(contentDir: string): LoadResult {
  const folder = path.resolve(contentDir, 'guides');
  const files = [folder, path.join(folder, 'es')].flatMap((dir) =>
    (fs.existsSync(dir) ? fs.readdirSync(dir) : [])
      .filter((name) => name.endsWith('.md'))
      .map((name) => {
        const file = path.join(dir, name);
        const stat = fs.statSync(file);
        return [file, stat.ino, stat.size, stat.mtimeMs];
      }),
  );
  const key = JSON.stringify([folder, fs.existsSync(folder), files]);
  let result = sharedGuides.get(key);
  if (!result) {
    result = loadGuides(contentDir);
    sharedGuides.set(key, result);
  }
  return result;
}
