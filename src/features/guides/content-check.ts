/**
 * @module content-check
 * What `npm run content -- check` reports: every problem that would stop the site starting, the guides
 * past their review date, and warnings worth a look. Only problems make the check fail; an overdue guide
 * is still served, with a notice on the page.
 */
import path from 'node:path';
import { formatProblem, loadGuides } from './guides.repository.ts';
import { isOverdue } from './guides.service.ts';

export interface ContentCheck {
  ok: boolean;
  report: string;
  overdue: string[];
}

export function checkContent(contentDir: string, today: string): ContentCheck {
  const result = loadGuides(contentDir);
  const overdue = result.guides.filter((g) => isOverdue(g, today));
  const lines = [
    `Checked ${result.fileCount} guide file${result.fileCount === 1 ? '' : 's'} in ${path.join(contentDir, 'guides')}.`,
  ];
  if (result.problems.length > 0) {
    lines.push('', `Problems to fix (${result.problems.length}):`, ...result.problems.map((p) => `  - ${formatProblem(p)}`));
  } else {
    lines.push('', 'No problems found.');
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
  return { ok: result.problems.length === 0, report: lines.join('\n'), overdue: overdue.map((g) => g.meta.slug) };
}
