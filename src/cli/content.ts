import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { checkContent } from '../features/guides/content-check.ts';
import { todayIso } from '../features/guides/guides.service.ts';

const USAGE = `Usage:
  npm run content -- check    check every guide in CONTENT_DIR/guides (default content/guides): list problems,
                              guides due for review and warnings; exits 1 if there is any problem
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
  const result = checkContent(config.contentDir, values.today ?? todayIso());
  console.log(result.report);
  return result.ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
