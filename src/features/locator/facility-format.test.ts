import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../../../test/support/random.ts';
import { runInLocale } from '../../ui/locale-context.ts';
import { fill, messages } from '../../ui/messages/index.ts';
import { milesText, milesWriter } from './facility-format.ts';

test('distances are written as Intl writes them in both languages, halves and long ways included', () => {
  const r = seededRandom(3);
  const values = [0.1, 0.15, 0.25, 0.35, 0.45, 1.05, 2.45, 2.55, 9.95, 99.95, 998.95, 998.99, 999, 999.95, 1234.56, 5000];
  for (let i = 0; i < 20_000; i++) values.push(r() * (i % 2 === 0 ? 120 : 3000));
  for (let i = 2; i < 10_000; i++) values.push(i / 20); // every half-tenth from 0.1 up to 500
  // A hair either side of a half-tenth, and of a tenth, where arithmetic on doubles could round the other way.
  for (let i = 2; i < 19_980; i += 7) {
    for (const v of [i / 20, i / 10]) values.push(v * (1 + 2 ** -52), v * (1 - 2 ** -52), v * (1 + 1e-9), v * (1 - 1e-9));
  }
  for (const locale of ['en', 'es'] as const) {
    runInLocale(locale, () => {
      const intl = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'es-US', {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
      const writer = milesWriter();
      for (const miles of values.filter((v) => v >= 0.1)) {
        const expected = fill(messages().locator.distance.miles, { miles: intl.format(miles) });
        assert.equal(milesText(miles), expected, `${locale} ${miles}`);
        assert.equal(writer(miles), expected, `${locale} ${miles} (milesWriter)`);
      }
      assert.equal(milesText(0.05), messages().locator.distance.lessThan);
      assert.equal(writer(0.05), messages().locator.distance.lessThan);
    });
  }
  runInLocale('en', () => assert.equal(milesText(1234.56), '1,234.6 miles'));
});
