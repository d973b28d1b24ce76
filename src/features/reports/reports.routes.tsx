import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import type { Deps } from '../../deps.ts';
import type { Facility } from '../../domain/facility.ts';
import { FACILITY_ID } from '../../domain/facility-id.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { readForm } from '../../lib/form.ts';
import { messages } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import { ReportPage, ReportSentPage } from './report.view.tsx';
import { EVERYONE } from './reports.deps.ts';
import { parseReport, type ReportValues, reportValues } from './reports.schema.ts';

/** Far above what the form can hold (a 1,000-character note is at most 12 KB encoded), far below anything harmful. */
const formBody = bodyLimit({
  maxSize: 32 * 1024,
  onError: () => {
    throw new AppError(413, 'too_large', messages().reports.errors.tooLarge);
  },
});

const EMPTY: ReportValues = { kind: '', phone: '', address: '', service: '', note: '', email: '' };

type ReportsRouteDeps = Pick<Deps, 'locator' | 'corrections' | 'reports' | 'config'>;

/**
 * "Something wrong with this listing?": the form on every facility, its POST and the thank-you page. No
 * account, no cookie, no JavaScript needed; every POST must come from our own pages; nothing about a report is
 * ever logged (the request log has the route pattern and status only).
 */
export function reportsRoutes(deps: ReportsRouteDeps) {
  const app = new Hono();
  const { service, perClient, everyone } = deps.reports;
  const publicOrigin = new URL(deps.config.publicUrl).origin;
  const sameOrigin = csrf({ origin: (origin, c) => origin === publicOrigin || origin === new URL(c.req.url).origin });

  /** The facility for a route, or a 301 to its id of today, or a 404. */
  async function facilityFor(c: Context, suffix: string): Promise<Facility | Response> {
    const id = c.req.param('id') ?? '';
    if (!FACILITY_ID.test(id)) throw notFound('facility');
    const found = await deps.locator.facility(id);
    if (found) return found;
    const now = (await deps.corrections.current()).resolve(id);
    if (now !== id) return c.redirect(`${paths.facility(now)}${suffix}`, 301);
    throw notFound('facility');
  }

  app.get('/facilities/:id/report', async (c) => {
    const f = await facilityFor(c, '/report');
    if (f instanceof Response) return f;
    return c.render(<ReportPage facility={f} values={EMPTY} errors={{}} />);
  });

  app.post('/facilities/:id/report', formBody, sameOrigin, async (c) => {
    const f = await facilityFor(c, '/report');
    if (f instanceof Response) return f;
    const body = await readForm(c);
    const values = reportValues(body);
    const key = deps.reports.clientKey(c);
    for (const [limiter, who] of [
      [perClient, key],
      [everyone, EVERYONE],
    ] as const) {
      if (await limiter.isLimited(who)) {
        const seconds = await limiter.retryAfterSeconds(who);
        c.status(429);
        c.header('Retry-After', String(seconds));
        return c.render(
          <ReportPage facility={f} values={values} errors={{}} waitMinutes={Math.max(1, Math.ceil(seconds / 60))} />,
        );
      }
    }
    if (typeof body.website === 'string' && body.website.trim() !== '') {
      // A bot filled in the hidden field: the same answer as everyone, and nothing is kept.
      await perClient.hit(key);
      return c.redirect(paths.reportSent(f.id), 303);
    }
    const parsed = parseReport(values);
    if (!parsed.ok) {
      c.status(400);
      return c.render(<ReportPage facility={f} values={values} errors={parsed.errors} />);
    }
    await perClient.hit(key);
    await everyone.hit(EVERYONE);
    await service.submit(f.id, parsed.report);
    return c.redirect(paths.reportSent(f.id), 303);
  });

  app.get('/facilities/:id/report/sent', async (c) => {
    const f = await facilityFor(c, '/report/sent');
    if (f instanceof Response) return f;
    return c.render(<ReportSentPage facility={f} />);
  });

  return app;
}
