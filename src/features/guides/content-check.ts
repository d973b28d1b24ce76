/**
 * @module content-check
 * What `npm run content -- check` reports: every problem that would stop the site starting, statements past
 * their expiry date, Spanish guides whose English guide was reviewed since, the guides past their review date,
 * and warnings worth a look. Problems, expired statements and Spanish guides behind their English source make
 * the check fail; an overdue guide is still served, with a notice on the page.
 */
import path from 'node:path';
import { type ContentProblem, formatProblem, loadGuides, staleTranslations } from './guides.repository.ts';
import { expiredFacts, isOverdue } from './guides.service.ts';

export interface ContentCheck {
  ok: boolean;
  report: string;
  overdue: string[];
}

export function checkContent(contentDir: string, today: string): ContentCheck {
  const result = loadGuides(contentDir);
  const all = [...result.guides, ...result.spanish];
  const overdue = all.filter((g) => isOverdue(g, today));
  const behind = staleTranslations(result);
  const expired: ContentProblem[] = all.flatMap((g) =>
    expiredFacts(g, today).map((f) => ({
      file: g.file,
      field: `expiringFacts[${g.meta.expiringFacts.indexOf(f)}]`,
      message: `"${f.what}" was known to hold only until ${f.expires}; check ${f.source} and update the guide`,
    })),
  );
  const lines = [
    `Checked ${result.fileCount} guide file${result.fileCount === 1 ? '' : 's'} in ${path.join(contentDir, 'guides')}.`,
  ];
  if (result.problems.length > 0) {
    lines.push('', `Problems to fix (${result.problems.length}):`, ...result.problems.map((p) => `  - ${formatProblem(p)}`));
  } else {
    lines.push('', 'No problems found.');
  }
  if (expired.length > 0) {
    lines.push('', `Statements past their expiry date (${expired.length}):`, ...expired.map((p) => `  - ${formatProblem(p)}`));
  }
  if (behind.length > 0) {
    lines.push(
      '',
      `Spanish guides behind their English guide (${behind.length}):`,
      ...behind.map((p) => `  - ${formatProblem(p)}`),
    );
  }
  if (overdue.length > 0) {
    lines.push(
      '',
      `Due for review (${overdue.length}):`,
      ...overdue.map(
        (g) => `  - ${g.file}: "${g.meta.title}" was due on ${g.meta.nextReview} (last reviewed ${g.meta.lastReviewed})`,
      ),
    );
  } else if (result.guides.length > 0) {
    lines.push('', 'No guide is due for review.');
  }
  if (result.warnings.length > 0) {
    lines.push('', `Warnings (${result.warnings.length}):`, ...result.warnings.map((w) => `  - ${formatProblem(w)}`));
  }
  return {
    ok: result.problems.length === 0 && expired.length === 0 && behind.length === 0,
    report: lines.join('\n'),
    overdue: overdue.map((g) => g.meta.slug),
  };
}
