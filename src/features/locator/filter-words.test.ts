import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { concept } from '../../domain/concepts.ts';
import type { Filters } from '../../domain/search-query.ts';
import { doesntSay, or, searchHeading, shortLabel } from './filter-words.ts';

const emptyFilters = (): Filters => ({ care: [], medication: [], payment: [], population: [], language: [], approach: [] });

const c = (group: Parameters<typeof concept>[0], value: string) => {
  const found = concept(group, value);
  if (!found) throw new Error(`${group}:${value}`);
  return found;
};

describe('how filters are said back', () => {
  test('short labels drop the explanation in brackets', () => {
    assert.equal(shortLabel(c('medication', 'methadone')), 'Methadone');
    assert.equal(shortLabel(c('care', 'detox')), 'Detox');
    assert.equal(shortLabel(c('language', 'spanish')), 'Spanish');
  });

  test('the heading names the filters in the order of the form, then the distance and the place', () => {
    const query = { ...emptyFilters(), payment: ['medicaid'], medication: ['buprenorphine'], radius: 25 };
    assert.equal(
      searchHeading(query, 'ZIP 59101 (Billings, MT)'),
      'Buprenorphine · Medicaid · within 25 miles of ZIP 59101 (Billings, MT)',
    );
    assert.equal(searchHeading({ ...emptyFilters(), radius: 10 }, 'Dayton, OH'), 'Treatment within 10 miles of Dayton, OH');
  });

  const cases: [string, ReturnType<typeof c>[], string][] = [
    ['payment', [c('payment', 'medicaid')], 'whether they take Medicaid'],
    ['two payments', [c('payment', 'medicaid'), c('payment', 'private')], 'whether they take Medicaid or private insurance'],
    ['free care', [c('payment', 'free')], 'whether they offer free care'],
    ['care', [c('care', 'residential'), c('care', 'detox')], 'whether they offer residential or detox care'],
    ['a program', [c('population', 'lgbtq')], 'whether they have a program for LGBTQ+ people'],
    ['a language', [c('language', 'spanish')], 'whether they offer care in Spanish'],
    ['an approach', [c('approach', 'cbt')], 'whether they offer cognitive behavioral therapy'],
    [
      'two groups, each once',
      [c('payment', 'medicaid'), c('care', 'residential'), c('payment', 'medicaid')],
      'whether they offer residential care or whether they take Medicaid',
    ],
  ];
  for (const [name, unknown, expected] of cases) test(`doesn’t say: ${name}`, () => assert.equal(doesntSay(unknown), expected));
});

describe('an English "or" list', () => {
  const intl = new Intl.ListFormat('en-US', { type: 'disjunction' });
  const words = ['Medicaid', 'private insurance', 'cash or self-pay', 'a sliding fee scale', 'teens, and adults', 'ASL'];
  for (let n = 0; n <= words.length; n++) {
    test(`${n} words, as Intl.ListFormat writes them`, () => assert.equal(or(words.slice(0, n)), intl.format(words.slice(0, n))));
  }
});
