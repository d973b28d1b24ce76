import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { listingNamed, tempDir } from '../../../test/support/app.ts';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { buildTestDirectory } from '../../../test/support/directory.ts';
import { insertCorrection } from '../../db/corrections.repository.ts';
import { isoDay } from '../../domain/corrections.ts';
import { Browser, createEditorTestApp, fileReport, signedInEditor } from './editor.test-helpers.ts';

before(async () => {
  await buildTestDirectory();
});

const TODAY = isoDay(new Date());

const text = async (res: Response | Promise<Response>) => (await res).text();

describe('the editors’ review', () => {
  forEachDatabase((database) => {
    const app = database.useTestApp();

    test('queue: filters by state and kind, newest or most-reported first; duplicates merge into one report', async () => {
      const busy = await listingNamed(app);
      const quiet = await listingNamed(app, 'Bradford Health Services');
      const old = new Date(Date.now() - 3 * 86_400_000);
      const a = await fileReport(app, busy.id, 'phone', '256-555-0100', { at: old });
      const b = await fileReport(app, busy.id, 'phone', '256-555-0100', { at: old });
      const c = await fileReport(app, busy.id, 'closed', null, { at: old });
      const lone = await fileReport(app, quiet.id, 'other', null);
      const ed = await signedInEditor(app);
      const order = (html: string) => [...html.matchAll(/<a href="\/editor\/reports\/(\d+)">/g)].map((m) => Number(m[1]));
      assert.deepEqual(order(await text(ed.get('/editor'))), [lone, c, b, a], 'newest first');
      assert.deepEqual(
        order(await text(ed.get('/editor?sort=most-reported'))),
        [c, b, a, lone],
        'the listing with 3 reports first',
      );
      assert.deepEqual(order(await text(ed.get('/editor?kind=phone'))), [b, a]);

      const page = await text(ed.get(`/editor/reports/${b}`));
      assert.match(page, new RegExp(`Merge report ${b} into report ${a} as a duplicate`));
      const merged = await ed.post(`/editor/reports/${b}/merge`, { csrf: Browser.csrfIn(page), into: String(a) });
      assert.equal(merged.status, 303);
      assert.equal(merged.headers.get('location'), `/editor/reports/${a}`);
      const bad = await ed.post(`/editor/reports/${c}/merge`, { csrf: Browser.csrfIn(page), into: String(lone) });
      assert.equal(bad.status, 409, 'only into a report about the same listing');
      const queue = await text(ed.get('/editor'));
      assert.deepEqual(order(queue), [lone, c, a]);
      assert.match(queue, /<td>3 \(1 merged into this one\)<\/td>/, 'still three reports about that listing');
      assert.deepEqual(order(await text(ed.get('/editor?state=merged'))), [b]);
      const rejected = await ed.post(`/editor/reports/${lone}/reject`, {
        csrf: Browser.csrfIn(page),
        reason: 'Not about this place.',
      });
      assert.equal(rejected.status, 303);
      assert.deepEqual(order(await text(ed.get('/editor?state=rejected'))), [lone]);
      const noReason = await ed.post(`/editor/reports/${c}/reject`, { csrf: Browser.csrfIn(page), reason: ' ' });
      assert.equal(noReason.status, 400);
      assert.match(await noReason.text(), /Say why you are rejecting the report/);
    });

    test('closed: the page says so and lists nearby places with the same care; search leaves it out', async () => {
      const f = await listingNamed(app, 'Bradford Health Services');
      const id = await fileReport(app, f.id, 'closed', null);
      const ed = await signedInEditor(app);
      const page = await text(ed.get(`/editor/reports/${id}`));
      assert.match(page, /type="radio" id="closed" name="closed" value="yes" checked=""/);
      const before = await text(app.app.request('/find?near=35630&radius=10'));
      assert.match(before, new RegExp(`/facilities/${f.id}[?"]`));
      const res = await ed.post(`/editor/reports/${id}/accept`, {
        csrf: Browser.csrfIn(page),
        field: 'closed',
        closed: 'yes',
        evidence: 'website',
        checked_on: TODAY,
      });
      assert.equal(res.status, 303);
      const closed = await text(app.app.request(`/facilities/${f.id}`));
      assert.match(closed, /<strong>This place has closed.<\/strong>/);
      assert.match(closed, /Our team confirmed it on <time datetime="[^"]+">[^<]+<\/time> \(their website\)/);
      assert.match(closed, /Places nearby that offer the same care/);
      assert.match(
        closed,
        /This place offered: Detox \(withdrawal care\), Intensive outpatient, Outpatient, Buprenorphine, Naltrexone\./,
      );
      const alternatives = [...closed.matchAll(/<h3><a href="\/facilities\/([0-9a-z-]+)">/g)].map((m) => m[1]);
      assert.ok(alternatives.length > 0 && !alternatives.includes(f.id), 'open places, not itself');
      const after = await text(app.app.request('/find?near=35630&radius=10'));
      assert.doesNotMatch(after, new RegExp(`/facilities/${f.id}[?"]`), 'a closed place leaves the results');
      const api = (await (await app.app.request(`/api/v1/facilities/${f.id}`)).json()) as { closed: boolean };
      assert.equal(api.closed, true);
    });

    test('a service our team found missing leaves the page and the filter', async () => {
      const f = await listingNamed(app, 'Bradford Health Services');
      const ids = async () =>
        (
          (await (await app.app.request('/api/v1/facilities?near=35630&radius=5&medication=buprenorphine')).json()) as {
            facilities: { id: string }[];
          }
        ).facilities.map((x) => x.id);
      assert.ok((await ids()).includes(f.id));
      const id = await fileReport(app, f.id, 'service-missing', 'medication:buprenorphine');
      const ed = await signedInEditor(app);
      const page = await text(ed.get(`/editor/reports/${id}`));
      assert.match(page, /<option value="medication:buprenorphine" selected="">/);
      assert.match(page, /type="radio" id="offered-2" name="offered" value="no" checked=""/);
      await ed.post(`/editor/reports/${id}/accept`, {
        csrf: Browser.csrfIn(page),
        field: 'service',
        concept: 'medication:buprenorphine',
        offered: 'no',
        evidence: 'called',
        checked_on: TODAY,
      });
      assert.ok(!(await ids()).includes(f.id));
      const facilityPage = await text(app.app.request(`/facilities/${f.id}`));
      assert.match(facilityPage, /Does not offer: Buprenorphine\. <span class="check-note">Service confirmed by our team on/);
    });

    test('a conflict with newer data shows in the queue until an editor keeps our correction or withdraws it', async () => {
      const f = await listingNamed(app);
      const ed = await signedInEditor(app);
      const db = await app.deps.appDb.ready();
      const editorId = (await db.selectFrom('editors').select('id').executeTakeFirstOrThrow()).id;
      // As if accepted before an import changed the number: the directory's number then was another one.
      const { id: correctionId } = await db.transaction().execute((trx) =>
        insertCorrection(trx, {
          facilityId: f.id,
          change: { field: 'phone', phone: '256-555-0100' },
          base: '256-555-0001',
          evidence: 'called',
          checkedOn: '2026-01-05',
          reportId: null,
          editorId,
          at: new Date().toISOString(),
        }),
      );
      app.deps.corrections.changed();
      const queue = await text(ed.get('/editor'));
      assert.match(queue, /Corrections the newest data disagrees with \(1\)/);
      assert.match(
        queue,
        /A New Beginning: Phone: 256-555-0100<\/a> \(checked 2026-01-05, called the facility\)\. The directory now says: 256-381-0013\./,
      );
      assert.match(await text(app.app.request(`/facilities/${f.id}`)), /256-555-0100/, 'our correction still shows meanwhile');

      const page = await text(ed.get(`/editor/corrections/${correctionId}`));
      assert.match(page, /The newest data disagrees/);
      const kept = await ed.post(`/editor/corrections/${correctionId}/keep`, {
        csrf: Browser.csrfIn(page),
        evidence: 'called',
        checked_on: TODAY,
      });
      assert.equal(kept.status, 303);
      assert.doesNotMatch(await text(ed.get('/editor')), /Corrections the newest data disagrees/);
      assert.match(
        await text(app.app.request(`/facilities/${f.id}`)),
        new RegExp(`<time datetime="${TODAY}">`),
        'checked again today',
      );

      const active = await db
        .selectFrom('corrections')
        .select(['id', 'state'])
        .where('state', '=', 'active')
        .executeTakeFirstOrThrow();
      const withdrawPage = await text(ed.get(`/editor/corrections/${active.id}`));
      const withdrawn = await ed.post(`/editor/corrections/${active.id}/withdraw`, {
        csrf: Browser.csrfIn(withdrawPage),
        reason: 'The new SAMHSA number is right after all.',
      });
      assert.equal(withdrawn.status, 303);
      const facilityPage = await text(app.app.request(`/facilities/${f.id}`));
      assert.match(facilityPage, /256-381-0013/, 'the directory’s number again');
      assert.match(facilityPage, /Our team has not checked this listing yet/);
      const actions = (await db.selectFrom('audit_log').select('action').orderBy('id').execute()).map((r) => r.action);
      assert.deepEqual(actions.slice(-2), ['correction.kept', 'correction.withdrawn']);
    });
  });

  test('two instances on one database: a correction accepted on one shows on the other at its next check', async (t) => {
    const varDir = tempDir();
    const one = createEditorTestApp({ VAR_DIR: varDir });
    const two = createEditorTestApp({ VAR_DIR: varDir });
    t.after(async () => {
      await one.deps.close();
      await two.deps.close();
    });
    assert.equal(path.dirname(one.config.appDbPath), path.dirname(two.config.appDbPath));
    const f = await listingNamed(one);
    assert.match(await text(two.app.request(`/facilities/${f.id}`)), /256-381-0013/);
    const id = await fileReport(one, f.id, 'phone', '256-555-0100');
    const ed = await signedInEditor(one);
    const page = await text(ed.get(`/editor/reports/${id}`));
    await ed.post(`/editor/reports/${id}/accept`, {
      csrf: Browser.csrfIn(page),
      field: 'phone',
      phone: '256-555-0100',
      evidence: 'called',
      checked_on: TODAY,
    });
    assert.match(await text(one.app.request(`/facilities/${f.id}`)), /256-555-0100/, 'at once where it was made');
    await new Promise((r) => setTimeout(r, 1100)); // the other instance checks the version at most once a second
    assert.match(await text(two.app.request(`/facilities/${f.id}`)), /256-555-0100/, 'and on the other instance');
  });
});
