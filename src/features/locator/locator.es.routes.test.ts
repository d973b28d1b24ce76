import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { CONCEPT_LABELS_ES, GROUP_LABELS_ES } from '../../domain/concepts.es.ts';
import { CONCEPTS, conceptKey, FILTER_GROUPS } from '../../domain/concepts.ts';
import { CATEGORY_HEADINGS_ES, LEGEND_LABELS_ES } from '../../domain/legend.es.ts';

forEachDatabase(
  (database) => {
    describe('the locator in Spanish', () => {
      const t = database.useTestApp();

      test('every concept and filter group has Spanish words', () => {
        for (const c of CONCEPTS) {
          const es = CONCEPT_LABELS_ES[conceptKey(c)];
          assert.ok(es?.label && es.hint, `no Spanish words for ${conceptKey(c)}`);
          assert.notEqual(es.hint, c.hint, conceptKey(c));
        }
        for (const group of FILTER_GROUPS) assert.ok(GROUP_LABELS_ES[group].legend, group);
        // No Spanish words for a concept that does not exist (a renamed value would leave them behind).
        const keys = new Set(CONCEPTS.map(conceptKey));
        for (const key of Object.keys(CONCEPT_LABELS_ES)) assert.ok(keys.has(key), `${key} is not a concept`);
      });

      test('every service code and category in the directory has Spanish words', async () => {
        const codes = new Set<string>();
        const { db } = t.deps.directory.snapshot();
        const rows = await db.selectFrom('facility_services').select('codes').execute();
        for (const row of rows) for (const code of row.codes.split(' ')) if (code) codes.add(code);
        const legend = await t.deps.locator.legend();
        const missing = [...codes].filter((code) => legend.has(code) && !LEGEND_LABELS_ES[code]);
        assert.deepEqual(missing, [], 'codes a facility page shows without Spanish words');
        const categories = new Set([...codes].flatMap((code) => legend.get(code)?.category ?? []));
        assert.deepEqual(
          [...categories].filter((c) => !CATEGORY_HEADINGS_ES[c]),
          [],
          'categories without a Spanish heading',
        );
      });

      test('a ZIP search in Spanish: Spanish words, Intl numbers, "Se habla español" and a one-tap Spanish filter', async () => {
        const page = await t.page('/es/find?near=78501&radius=25');
        assert.equal(page.status, 200);
        assert.equal(page.$('html').attr('lang'), 'es');
        assert.match(page.h1(), /^Tratamiento a menos de 25 millas de ZIP 78501/);
        assert.match(page.text('.search-summary'), /^\d[\d,]* lugar(es)?, los más cercanos primero/);
        assert.match(page.text('.results'), /\d+\.\d millas|menos de 0\.1 millas/);
        assert.ok(page.$('.results .tag--language').length > 0, 'a result marked "Se habla español"');
        assert.equal(page.$('.results .tag--language').first().text(), 'Se habla español');
        const filter = page.link('Mostrar solo lugares que ofrecen atención en español');
        assert.ok(filter, 'the one-tap Spanish filter');
        assert.equal(filter.href, '/es/find?near=78501&language=spanish');
        const filtered = await t.page(filter.href);
        assert.equal(filtered.link('Mostrar solo lugares que ofrecen atención en español'), undefined);
        // Every place that matches is marked; the ones whose listing doesn't say come after, marked "maybe".
        const matches = filtered.$('.results .result').not('.result--maybe');
        assert.ok(matches.length > 0);
        assert.equal(matches.length, matches.find('.tag--language').length);
        // Result links stay in Spanish.
        assert.match(page.links('.results h3').at(0)?.href ?? '', /^\/es\/facilities\//);
        assert.match(page.text('.results'), /Ofrece: /);
      });

      test('filters and their labels are in Spanish; the values in the URL stay English', async () => {
        const page = await t.page('/es/find');
        assert.equal(page.field('Buprenorfina').attr('value'), 'buprenorphine');
        assert.equal(page.field('Residencial').attr('value'), 'residential');
        assert.ok(
          page
            .$('legend')
            .toArray()
            .some((el) => page.$(el).text().includes('Formas de pago')),
        );
        assert.equal(page.$('form.search-box').attr('action'), '/es/find');
      });

      test('places that may also fit: the heading and each card say in Spanish what their listing does not record', async () => {
        const page = await t.page('/es/find?near=59101&medication=buprenorphine&payment=medicaid');
        const heading = page.$('#may-also-fit').text().replace(/\s+/g, ' ').trim();
        assert.match(heading, /^Estos también podrían servir: su ficha no dice nada sobre Medicaid\. Pregunte\.$/);
        const maybe = page.$('li.result--maybe .maybe').first().text().replace(/\s+/g, ' ').trim();
        assert.equal(maybe, 'Pregunte Su ficha no dice: Medicaid');
        const source = page.$('li.result p.small').last().text();
        assert.match(source, /llame para confirmar/);
        assert.doesNotMatch(source, /call to confirm|Listed /);
      });

      test('a facility page in Spanish: services from the legend in Spanish, Se habla español, questions to ask', async () => {
        const search = await t.page('/es/find?near=78501&radius=25&language=spanish');
        const href = search.links('.results h3').at(0)?.href;
        assert.ok(href);
        const page = await t.page(href);
        assert.equal(page.status, 200);
        assert.ok(page.headings(2).includes('Qué preguntar cuando llame'));
        assert.ok(page.headings(2).includes('Servicios'));
        assert.match(page.text('main'), /Se habla español\./);
        assert.ok(page.$('main li[lang="en"]').length === 0, 'no service left in English');
        assert.equal(page.link('Inicio')?.href, '/es');
        assert.equal(page.link(/^English/)?.href, href.replace(/^\/es/, ''));
      });

      test('accented and unaccented place names find the same place', async () => {
        for (const [a, b] of [
          ['San José, CA', 'San Jose, CA'],
          ['Mayagüez, PR', 'Mayaguez, PR'],
          ['Cataño, PR', 'Catano, PR'],
        ] as const) {
          const one = await t.page(`/es/find?near=${encodeURIComponent(a)}`);
          const two = await t.page(`/es/find?near=${encodeURIComponent(b)}`);
          assert.equal(one.status, two.status, a);
          // The same place, the same results, or the same suggestions (the error echoes what was typed).
          assert.equal(one.$('.search-summary').text(), two.$('.search-summary').text(), a);
          assert.equal(one.$('.did-you-mean').first().text(), two.$('.did-you-mean').first().text(), a);
          // The same places (each link carries the search it came from, as typed).
          const places = (page: typeof one) => page.links('.results h3').map((l) => l.href.split('?')[0]);
          assert.deepEqual(places(one), places(two), a);
        }
        // Puerto Rico's municipios are places, named as the Census spells them (Cataño has no facility of its own).
        assert.match((await t.page('/es/find?near=Mayaguez%2C%20PR')).h1(), /Mayagüez, PR/);
        assert.match((await t.page(`/es/find?near=${encodeURIComponent('Cataño, PR')}`)).h1(), /Cataño, PR/);
        // A place we cannot find is explained in Spanish, with what was typed kept in the box.
        const missing = await t.page(`/es/find?near=${encodeURIComponent('Villa Ñoquis, PR')}`);
        assert.equal(missing.status, 400);
        assert.match(
          missing.$('.error-summary, [data-error-summary]').first().text(),
          /No encontramos «Villa Ñoquis» en Puerto Rico/,
        );
        assert.equal(missing.field(/Código postal/).attr('value'), 'Villa Ñoquis, PR');
      });

      test('the API keeps English fields; /api/v1/services?lang=es gives Spanish labels', async () => {
        const en = (await (await t.request('/api/v1/services')).json()) as Record<string, unknown>;
        const es = (await (await t.request('/api/v1/services?lang=es')).json()) as Record<string, unknown>;
        assert.deepEqual(Object.keys(es), Object.keys(en));
        assert.match(JSON.stringify(es), /Buprenorfina/);
        assert.doesNotMatch(JSON.stringify(en), /Buprenorfina/);
        assert.equal((await t.request('/api/v1/services?lang=fr')).status, 400);
      });
    });
  },
  { emptyEachTest: false },
);
