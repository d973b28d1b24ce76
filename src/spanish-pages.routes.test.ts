import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { forEachDatabase } from '../test/support/databases.ts';
import { parseHtml, squash } from '../test/support/html.ts';
import { insertCorrection } from './db/corrections.repository.ts';
import { type CorrectionChange, observe } from './domain/corrections.ts';
import type { Facility } from './domain/facility.ts';

/**
 * English left on Spanish pages: every Spanish page this test can reach (results in each state, facility pages
 * with and without our team's checks, a closed place, the report form and its errors, the HSDS and API pages, the
 * newsletter pages) is searched for the English sentences the Spanish catalogue replaced. What a page marks as
 * English on purpose (`lang="en"`: a SAMHSA service name with no Spanish words yet, a category name as it is in
 * the data) and code (`<code>`) are left out; facility names and SAMHSA's list names are data and contain none of
 * these phrases.
 */
const ENGLISH = [
  // Results and their notices
  'Starting today',
  'Call first. Ask what time',
  'Call before you go',
  'What to ask when you call',
  'have no phone number in our data',
  'Places that match',
  'Sorted by straight-line distance',
  'We never rank by payment',
  'The nearest place',
  'Show places within',
  'No places found within',
  'is known to match',
  'We found no places',
  'Here is what else you can try',
  'Search within',
  'Search again without',
  'Include older listings',
  'Include places our team',
  'the government’s own list',
  'Previous page',
  'Next page',
  'Result pages',
  'Treatment near',
  'Did you mean',
  'There are only',
  'There is only',
  'We couldn’t find',
  // The maps
  'Map of places near',
  'Map of where',
  'shown as dots',
  'match the numbered list',
  'The cross marks',
  'The dashed circle',
  'The map is zoomed',
  'Lines are county and state borders',
  'The map is about 30 miles',
  // Facility pages
  'Results near',
  'Back to results',
  'Other places share this number',
  'listed as “',
  'Our data has no phone number',
  'The street address is not listed',
  'Address from',
  'Map location from',
  'The map location is approximate',
  'Open in your maps app',
  'Find on OpenStreetMap',
  'These links open only when you tap them',
  'We have not seen this place',
  'This place was last listed',
  'Our data does not say which payments',
  'Sources disagree',
  'Our data does not list',
  'This place appears in',
  'We combine SAMHSA’s lists',
  'Phone, address and services for',
  // What our team checked
  'Checked by our team',
  'Last checked by our team',
  'confirmed by our team',
  'called the facility',
  'Our editors check listings',
  'Our team has not checked',
  'Something wrong with this listing',
  'Tell us what is wrong',
  'You do not need an account',
  // A closed place
  'This place has closed',
  'Our team confirmed it',
  'It was at',
  'Places nearby that offer the same care',
  'This place offered',
  'Search for more places near',
  'Has this place opened again',
  // The report form
  'Report a problem with',
  'An editor from our team',
  'What is wrong?',
  'It has closed',
  'The phone number is wrong',
  'The right phone number',
  'The new address',
  'Which service',
  'Choose a service',
  'Tell us more',
  'Your email address',
  'Leave this box empty',
  'Send report',
  'We keep your report',
  'Choose what is wrong',
  'Enter a phone number with its area code',
  'Enter an email address',
  'Thank you for your report',
  'What happens next',
  // Open data
  'Our data in the Open Referral format',
  'Where to get it',
  'How our data maps to HSDS',
  'Codes become attributes',
  'API base address',
  '{path}',
];

/** The words a person (or a screen reader) gets from a page: title, visible text and labels, minus what is English on purpose. */
function spanishWords(html: string): string {
  const { $ } = parseHtml(html);
  const labels = $('[aria-label]')
    .toArray()
    .map((el) => $(el).attr('aria-label'));
  const title = $('title').text();
  const description = $('meta[name="description"]').attr('content') ?? '';
  $('body [lang="en"], code, script, style').remove();
  return squash([title, description, ...labels, $('body').text()].join(' '));
}

function englishIn(html: string): string[] {
  const words = spanishWords(html);
  return ENGLISH.filter((phrase) => words.includes(phrase));
}

forEachDatabase(
  (database) => {
    describe('no English left on Spanish pages', () => {
      const t = database.useTestApp();
      let checked: string;
      let closed: string;
      let unconfirmed: string;
      let disagreeing: string;

      before(async () => {
        const { db } = t.deps.directory.snapshot();
        const pick = async (where: (q: ReturnType<typeof db.selectFrom<'facilities'>>) => typeof q) =>
          (await where(db.selectFrom('facilities')).select('id').orderBy('id').executeTakeFirstOrThrow()).id;
        // Places with each kind of fact: two phone numbers, an old listing, sources that disagree.
        checked = await pick((q) =>
          q.where('intake_phone', 'is not', null).where('phone', 'is not', null).where('status', '=', 'confirmed'),
        );
        closed = await pick((q) => q.where('status', '=', 'confirmed').where('city', '=', 'Baltimore'));
        unconfirmed = await pick((q) => q.where('status', '=', 'unconfirmed').where('latitude', 'is not', null));
        disagreeing = await pick((q) => q.where('disagreements', '!=', '').where('disagreements', '!=', '[]'));
        // Our team's checks on one place (a phone, a service, who it serves) and a closed place, as an editor stores them.
        const app = await t.deps.appDb.ready();
        const { id: editorId } = await app
          .insertInto('editors')
          .values({ email: 'es-test@example.org', created_at: new Date().toISOString() })
          .returning('id')
          .executeTakeFirstOrThrow();
        const facility = async (id: string) => (await t.deps.locator.facility(id)) as Facility;
        const correct = async (facilityId: string, change: CorrectionChange) => {
          const base = observe(
            change.field === 'service' ? `service:${change.concept}` : change.field,
            await facility(facilityId),
          );
          await app.transaction().execute((trx) =>
            insertCorrection(trx, {
              facilityId,
              change,
              base,
              evidence: 'called',
              checkedOn: '2026-11-20',
              reportId: null,
              editorId,
              at: new Date().toISOString(),
            }),
          );
        };
        const before = await facility(checked);
        await correct(checked, { field: 'phone', phone: before.phone });
        await correct(checked, { field: 'intake_phone', phone: before.intakePhone });
        await correct(checked, { field: 'service', concept: 'medication:buprenorphine', offered: true });
        await correct(checked, { field: 'serves_only', servesOnly: ['veterans'] });
        await correct(closed, { field: 'closed', closed: true });
        // As the editors' review does after a change, so the next request shows it.
        (t.deps.corrections as { changed(): void }).changed();
      });

      test('the English this change replaced is gone from every Spanish page', async () => {
        const pages = [
          '/es/find?near=21201&radius=25',
          '/es/find?near=21201&radius=25&page=2',
          '/es/find?near=78501&medication=methadone&radius=10',
          '/es/find?near=78501&medication=buprenorphine&radius=25',
          '/es/find?near=59101&medication=buprenorphine&payment=medicaid',
          '/es/find?near=59101&medication=methadone&care=residential&radius=10',
          '/es/find?near=59101&medication=methadone&care=residential&radius=10&checked=12-months',
          '/es/find?near=21201&page=500',
          '/es/find?near=Baltimroe%2C+MD',
          '/es/find?near=Cata%C3%B1o%2C+PR',
          `/es/facilities/${checked}`,
          `/es/facilities/${checked}?from=${encodeURIComponent('near=21201')}`,
          `/es/facilities/${unconfirmed}`,
          `/es/facilities/${disagreeing}`,
          `/es/facilities/${closed}`,
          `/es/facilities/${checked}/report`,
          `/es/facilities/${checked}/report/sent`,
          '/es/open-data/hsds',
          '/es/api',
        ];
        const found: string[] = [];
        for (const url of pages) {
          const res = await t.request(url);
          assert.ok(res.status < 500, `${url}: ${res.status}`);
          const html = await res.text();
          for (const phrase of englishIn(html)) found.push(`${url}: “${phrase}”`);
        }
        // The report form with every error, and the "please wait" of the rate limit, are Spanish too.
        const bad = await t.request(`/es/facilities/${checked}/report`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
          body: new URLSearchParams({ kind: 'phone', phone: 'x', email: 'no' }).toString(),
        });
        assert.equal(bad.status, 400);
        for (const phrase of englishIn(await bad.text())) found.push(`report errors: “${phrase}”`);
        assert.deepEqual(found, []);
      });

      test('the pages this test reads do say what the English said, in Spanish', async () => {
        const facility = parseHtml(await (await t.request(`/es/facilities/${checked}`)).text());
        const text = facility.text();
        assert.match(text, /Nuestro equipo lo comprobó por última vez el 20 de noviembre de 2026\./);
        assert.match(text, /Nuestro equipo confirmó el teléfono el 20 de noviembre de 2026 \(llamó al lugar\)\./);
        assert.match(text, /Ofrece: Buprenorfina\./);
        assert.match(text, /Quién puede ir: Solo para veteranos\. Nuestro equipo confirmó a quién atienden/);
        const closedPage = parseHtml(await (await t.request(`/es/facilities/${closed}`)).text());
        assert.match(
          closedPage.text(),
          /Este lugar cerró\. Nuestro equipo lo confirmó el 20 de noviembre de 2026 \(llamó al lugar\)\./,
        );
        assert.match(closedPage.link(/^Buscar más lugares cerca de/)?.href ?? '', /^\/es\/find\?near=/);
        const methadone = parseHtml(await (await t.request('/es/find?near=78501&medication=methadone&radius=10')).text());
        assert.equal(methadone.$('#starting-today-title').text(), 'Si quiere empezar hoy');
        // The clinical facts keep their public sources.
        assert.ok(methadone.link('88 FR 53377'));
        assert.ok(methadone.link('42 CFR Part 8 (89 FR 7528, 2024)'));
        const paged = parseHtml(await (await t.request('/es/find?near=21201&radius=25&page=2')).text());
        assert.equal(paged.$('nav.pagination').attr('aria-label'), 'Páginas de resultados');
        assert.match(paged.text('nav.pagination'), /Página 2 de \d+/);
        const beyond = parseHtml(await (await t.request('/es/find?near=21201&page=500')).text());
        assert.match(beyond.text('.error-summary'), /Esta búsqueda tiene solo \d+ páginas de resultados\./);
      });

      test('the deny-list catches English: the same pages in English have these phrases', async () => {
        const english = await (await t.request(`/facilities/${checked}`)).text();
        assert.ok(englishIn(english).length >= 10, englishIn(english).join(', '));
      });
    });
  },
  { emptyEachTest: false },
);
