import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { parseHtml } from '../../../test/support/html.ts';
import { SAME_SIZE_BYTES } from './same-size.ts';
import { hiddenFields, JOURNEY } from './self-check.journey.fixture.ts';

forEachDatabase(
  (database) => {
    describe('the self-check in Spanish, without JavaScript', () => {
      const t = database.useTestApp();
      const post = (fields: [string, string][]) =>
        t.app.request('/es/self-check', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(fields).toString(),
        });

      test('the intro, every step, the result and the print summary are in Spanish; the search link stays in Spanish', async () => {
        const intro = await t.page('/es/self-check');
        assert.equal(intro.h1(), '¿Qué tipo de tratamiento debo pedir?');
        assert.equal(intro.$('form[data-self-check-form]').attr('action'), '/es/self-check');

        let res = await post([
          ['step', 'intro'],
          ['go', 'start'],
        ]);
        let html = await res.text();
        assert.equal(parseHtml(html).h1(), 'Primero, ¿hay alguien en peligro ahora mismo?');
        res = await post([...hiddenFields(html), ['go', 'next']]);
        html = await res.text();
        for (const answers of Object.values(JOURNEY)) {
          assert.equal(res.status, 200);
          assert.equal(res.headers.get('content-length'), String(SAME_SIZE_BYTES), 'Spanish screens are padded the same');
          assert.equal(parseHtml(html).$('html').attr('lang'), 'es');
          const chosen = Object.entries(answers).flatMap(([name, values]) => values.map((v): [string, string] => [name, v]));
          res = await post([...hiddenFields(html), ...chosen, ['go', 'next']]);
          html = await res.text();
        }
        assert.equal(res.headers.get('content-length'), String(SAME_SIZE_BYTES));
        const result = parseHtml(html);
        assert.equal(result.h1(), 'Un punto de partida: Atención con manejo médico (hospital o desintoxicación médica)');
        assert.ok(result.text().includes('Porque usted dijo que la persona tuvo una convulsión'));
        assert.ok(result.text().includes('Atención que sirva durante el embarazo'));
        assert.equal(
          result.$('a[data-find-treatment]').attr('href'),
          '/es/find?care=hospital&care=detox&medication=buprenorphine&payment=medicaid&population=co-occurring&population=pregnant&language=spanish',
        );
        assert.ok(result.text().includes('Idioma: Español'));
        // Its Spanish guide once there is one, until then the English guide.
        assert.match(
          result.link('Cómo ayudar a un ser querido', 'main')?.href ?? '',
          /^\/(guides\/helping-someone-you-love|es\/guias\/[a-z0-9-]+)$/,
        );

        res = await post([...hiddenFields(html), ['go', 'print']]);
        const printed = parseHtml(await res.text());
        assert.equal(printed.h1(), 'Lleve esto a su primera llamada');
        assert.ok(printed.headings().includes('Preguntas para hacer'));
        assert.ok(printed.text().includes('¿Tienen personal que hable español?'));
      });

      test('a danger answer opens the crisis page in Spanish', async () => {
        const res = await post([
          ['step', 'safety'],
          ['go', 'next'],
          ['danger', 'not-breathing'],
        ]);
        const page = parseHtml(await res.text());
        assert.equal(page.$('html').attr('lang'), 'es');
        assert.ok(page.headings(2).includes('Si alguien podría tener una sobredosis'));
        assert.equal(page.link('Llame al 911')?.href, 'tel:911');
      });
    });
  },
  { emptyEachTest: false },
);
