/**
 * The whole loop in one place: a report, an editor's decision with its evidence, and what every part of the
 * site then shows (the facility page, search results and the checked filter, the JSON API, the corrections as
 * open data, HSDS and "About our data"). A test at the top because it reads every feature's output.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { listingNamed } from '../test/support/app.ts';
import { forEachDatabase } from '../test/support/databases.ts';
import { buildTestDirectory } from '../test/support/directory.ts';
import { isoDay } from './domain/corrections.ts';
import { correctionsResponseSchema, facilitySchema } from './features/api/api.schemas.ts';
import { Browser, createEditorTestApp, fileReport, signedInEditor } from './features/editor/editor.test-helpers.ts';
import { hsdsId } from './features/open-data/hsds.ids.ts';

before(async () => {
  await buildTestDirectory();
});

const TODAY = isoDay(new Date());
const text = async (res: Response | Promise<Response>) => (await res).text();

describe('a correction, from report to every page', () => {
  forEachDatabase((database) => {
    test('accepting a wrong phone with evidence: the page, search results, filters and the API show it at once, with its provenance', async (t) => {
      const app = createEditorTestApp(database.env);
      t.after(() => app.deps.close());
      const f = await listingNamed(app);
      const id = await fileReport(app, f.id, 'phone', '256-555-0100');
      const ed = await signedInEditor(app);

      const queue = await text(ed.get('/editor'));
      assert.match(queue, new RegExp(`<a href="/editor/reports/${id}">Report ${id}</a>`));
      assert.match(queue, /A New Beginning, Florence, AL/);

      const page = await text(ed.get(`/editor/reports/${id}`));
      assert.match(page, /Report \d+: Phone wrong/);
      assert.match(page, /On our site now/);
      assert.match(page, /In the directory, without corrections/);
      assert.match(page, /Every source row behind this listing/);
      assert.match(page, /<td>founding<\/td>/, 'the founding row');
      assert.match(page, /SAMHSA Treatment Locator, substance use facilities \(SAMHSA, 2021\)/);
      assert.match(page, /name="phone" type="tel" value="256-555-0100"/, 'the form starts from the report');
      assert.match(page, /type="radio" id="field" name="field" value="phone" checked=""/);

      const bad = await ed.post(`/editor/reports/${id}/accept`, {
        csrf: Browser.csrfIn(page),
        field: 'phone',
        phone: '256-555-0100',
        evidence: '',
        checked_on: '2999-01-01',
      });
      assert.equal(bad.status, 400);
      const badHtml = await bad.text();
      assert.match(badHtml, /<a href="#evidence">Choose how you checked<\/a>/);
      assert.match(badHtml, /<a href="#checked_on">The day you checked cannot be in the future<\/a>/);
      assert.match(badHtml, /name="checked_on" type="text" value="2999-01-01"/, 'what was typed is kept');

      const accepted = await ed.post(`/editor/reports/${id}/accept`, {
        csrf: Browser.csrfIn(page),
        field: 'phone',
        phone: '(256) 555-0100',
        evidence: 'called',
        checked_on: TODAY,
      });
      assert.equal(accepted.status, 303);

      // The facility page: the new number, and beside it who confirmed it, when and how.
      const facilityPage = await text(app.app.request(`/facilities/${f.id}`));
      assert.match(facilityPage, /href="tel:\+12565550100"/);
      assert.doesNotMatch(facilityPage, /256-381-0013/, 'the old number is gone');
      assert.match(
        facilityPage,
        new RegExp(`Phone confirmed by our team on <time datetime="${TODAY}">[^<]+</time> \\(called the facility\\)`),
      );
      assert.match(facilityPage, new RegExp(`Last checked by our team on <time datetime="${TODAY}">`));

      // Search results, and the "checked" filter.
      const results = await text(app.app.request('/find?near=35630&radius=5'));
      assert.match(results, /256-555-0100/);
      assert.match(results, new RegExp(`<p class="small checked-line">Last checked by our team on <time datetime="${TODAY}">`));
      const checkedOnly = (await (
        await app.app.request('/api/v1/facilities?near=35630&radius=100&checked=12-months')
      ).json()) as {
        facilities: { id: string }[];
      };
      assert.deepEqual(
        checkedOnly.facilities.map((x) => x.id),
        [f.id],
      );
      const checkedPage = await text(app.app.request('/find?near=35630&radius=100&checked=12-months'));
      assert.match(checkedPage, /Treatment within 100 miles of ZIP 35630/);
      assert.match(checkedPage, /1 place, nearest first\./);
      assert.match(checkedPage, /href="\/find\/change\?[^"]*checked=12-months"/, 'changing the search keeps the filter');
      const changePage = await text(app.app.request('/find/change?near=35630&radius=100&checked=12-months'));
      assert.match(changePage, /type="checkbox" id="checked" name="checked" value="12-months" checked=""/);

      // The API: the facility, and the corrections as open data (JSON and CSV), with nothing personal.
      const apiFacility = facilitySchema.parse(await (await app.app.request(`/api/v1/facilities/${f.id}`)).json());
      assert.equal(apiFacility.phone, '256-555-0100');
      assert.equal(apiFacility.sources.phone, 'our-team');
      assert.equal(apiFacility.last_checked, TODAY);
      assert.deepEqual(apiFacility.checks, [{ field: 'phone', concept: null, checked_on: TODAY, evidence: 'called' }]);
      const open = correctionsResponseSchema.parse(await (await app.app.request('/api/v1/corrections')).json());
      assert.equal(open.total, 1);
      assert.equal(open.checked_facilities, 1);
      assert.deepEqual(open.corrections[0], {
        id: open.corrections[0]?.id,
        facility_id: f.id,
        facility_url: `http://localhost:3000/facilities/${f.id}`,
        field: 'phone',
        concept: null,
        value: '256-555-0100',
        checked_on: TODAY,
        evidence: 'called',
        accepted_on: TODAY,
        status: 'active',
        ended_on: null,
      });
      const csv = await text(app.app.request('/api/v1/corrections.csv'));
      assert.match(csv, /^id,facility_id,facility_url,field,concept,value,checked_on,evidence,accepted_on,status,ended_on\r\n/);
      assert.match(csv, new RegExp(`,${f.id},.*,phone,,256-555-0100,${TODAY},called,${TODAY},active,\\r\\n`));
      assert.doesNotMatch(JSON.stringify(open) + csv, /ed@example|editor/);

      // HSDS: the corrected phone, and the day it was checked as assured_date.
      const hsds = (await (await app.app.request(`/api/v1/hsds/services/${hsdsId('service', f.id)}`)).json()) as {
        assured_date?: string;
        phones: { number: string; metadata: { updated_by: string }[] }[];
      };
      assert.equal(hsds.assured_date, TODAY);
      assert.match(
        hsds.phones.find((p) => p.number === '256-555-0100')?.metadata[0]?.updated_by ?? '',
        /^Open Treatment editors/,
      );

      const about = await text(app.app.request('/about/data'));
      assert.match(about, /<dt>Checked by our team<\/dt>\s*<dd>\s*1\./);

      // The report is closed, with its correction and the editor's decision in the audit log.
      const after = await text(ed.get(`/editor/reports/${id}`));
      assert.match(after, /Accepted on/);
      assert.match(after, /ed@example.org: Accepted report \d+ as correction \d+: Phone: 256-555-0100 \(called the facility/);
      assert.doesNotMatch(after, /Accept and publish the correction/, 'no more decisions');
      const again = await ed.post(`/editor/reports/${id}/reject`, { csrf: Browser.csrfIn(after), reason: 'late' });
      assert.equal(again.status, 409, 'a closed report cannot be decided twice');
    });
  });
});
