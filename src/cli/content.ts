import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { contentPageSpecs } from '../deps.ts';
import { checkContent } from '../features/guides/content-check.ts';
import { todayIso } from '../features/guides/guides.service.ts';
import { loadContentPagesInEachLanguage } from '../ui/content-pages.tsx';
import { formatProblem } from '../ui/front-matter.ts';

const USAGE = `Usage:
  npm run content -- check    check every guide in CONTENT_DIR/guides (default content/guides) and every page in
                              CONTENT_DIR/pages: list problems, what is due for review and warnings; exits 1 if
                              there is any problem
Options:
  --today YYYY-MM-DD          check review dates as if it were this day (default today)`;

function main(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { today: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  const [command] = positionals;
  if (values.help || command !== 'check') {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    console.error('--today must be a date like 2026-03-01');
    return 2;
  }
  const config = loadConfig();
  const today = values.today ?? todayIso();
  const result = checkContent(config.contentDir, today);
  console.log(result.report);
  const pagesDir = path.join(config.contentDir, 'pages');
  if (!fs.existsSync(pagesDir)) {
    console.log(`\nThere is no pages folder in ${config.contentDir}; the site uses its own (content/pages).`);
    return result.ok ? 0 : 1;
  }
  const specs = contentPageSpecs(config);
  const pages = loadContentPagesInEachLanguage(pagesDir, specs);
  const all = [...pages.pages.en, ...pages.pages.es];
  const due = all.filter((p) => today >= p.meta.nextReview);
  console.log(
    `\nChecked ${Object.keys(specs).length} page files in ${pagesDir} and ${pages.pages.es.length} in Spanish (${pagesDir}/es).`,
  );
  console.log(pages.problems.length ? `\nProblems to fix (${pages.problems.length}):` : '\nNo problems found.');
  for (const p of pages.problems) console.log(`  - ${formatProblem(p)}`);
  if (due.length) console.log(`\nDue for review (${due.length}):`);
  for (const p of due)
    console.log(`  - ${p.file}: "${p.meta.title}" was due on ${p.meta.nextReview} (last reviewed ${p.meta.lastReviewed})`);
  return result.ok && pages.problems.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
