/**
 * @module pages.content
 * The information pages whose words are in content/pages (privacy, accessibility, editorial policy), and
 * what each offers its Markdown: `{{report-problem}}` (where to report a problem, from ISSUES_URL) and
 * `{{sponsor-now}}` (whether a sponsor is on now, from the SPONSOR_* settings).
 */
import { html } from 'hono/html';
import type { Config } from '../../config.ts';
import type { PageSpec } from '../../ui/content-pages.tsx';
import type { Placeholders } from '../../ui/markdown.ts';
import { fill, messages, rich } from '../../ui/messages/index.ts';

/**
 * How to tell us about a problem. The operator of each copy of the site sets ISSUES_URL (for example their code
 * repository's issues page); until then the pages say plainly who to ask instead of pointing at a link that
 * does not exist.
 */
export function ReportProblem(props: { issuesUrl: string | undefined }) {
  const m = messages().pages.reportProblem;
  const { issuesUrl } = props;
  if (!issuesUrl) return <>{m.unlinked}</>;
  return (
    <>
      {rich(m.linked, {
        tracker: (words) => (
          <a href={issuesUrl} rel="noreferrer">
            {words}
          </a>
        ),
      })}
    </>
  );
}

export const INFORMATION_PAGES = ['privacy', 'accessibility', 'editorial-policy'] as const;

/** The pages and their placeholders, for the composition root. */
export function informationPageSpecs(config: Pick<Config, 'issuesUrl' | 'sponsor'>): Record<string, PageSpec> {
  const m = messages().pages.sponsorNow;
  const placeholders: Placeholders = {
    'report-problem': () => ({ html: String(<ReportProblem issuesUrl={config.issuesUrl} />) }),
    'sponsor-now': () => ({
      html: String(html`${config.sponsor ? fill(m.some, { name: config.sponsor.name }) : m.none}`),
    }),
  };
  return Object.fromEntries(INFORMATION_PAGES.map((slug) => [slug, { placeholders }]));
}
