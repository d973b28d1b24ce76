import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../../test/support/random.ts';
import { conceptAliases, conceptValues, FILTER_GROUPS, type FilterGroup } from './concepts.ts';
import {
  DEFAULT_RADIUS,
  HTML_PAGE_SIZE,
  INCLUDE_VALUES,
  parseSearchQuery,
  placeSearchQuerySchema,
  plainSearchQuery,
  rawQuery,
  searchFrom,
  searchQuerySchema,
} from './search-query.ts';

test('searchFrom: the schema defaults for what is not given, fresh arrays each time, the place always its own', () => {
  const a = searchFrom('21201');
  assert.deepEqual(a, {
    near: '21201',
    radius: DEFAULT_RADIUS,
    care: [],
    medication: [],
    payment: [],
    population: [],
    language: [],
    approach: [],
    include: [],
    page: 1,
    per_page: HTML_PAGE_SIZE,
  });
  const b = searchFrom('59101', { radius: 100, medication: ['buprenorphine'], page: 2 });
  assert.equal(b.radius, 100);
  assert.deepEqual(b.medication, ['buprenorphine']);
  assert.equal(b.page, 2);
  const again = searchFrom('21201');
  for (const key of ['care', 'medication', 'payment', 'population', 'language', 'approach', 'include'] as const) {
    assert.notStrictEqual(again[key], a[key], `${key}: each call makes its own array, so a caller may change it`);
  }
});

test('the plain check of a query string gives what the schema gives, and leaves the rest to the schema', () => {
  const r = seededRandom(13);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const nears = ['21201', ' 21201 ', 'Baltimore, MD', '   ', 'x'.repeat(100), 'x'.repeat(101), ' y'.repeat(50), undefined];
  const radii = ['5', '10', '25', '50', '100', '7', '25.0', ' 25', '1e2', undefined];
  const numbers = ['1', '2', '20', '100', '101', '10000', '10001', '0', '01', '1.5', 'abc', ' 3', '-1', '2e1', undefined];
  const listValues = (key: string): string[] => {
    if (key === 'include') return [...INCLUDE_VALUES, 'closed', 'Custody'];
    const group = key as FilterGroup;
    return [...conceptValues(group), ...conceptAliases(group).keys(), 'nonsense', 'METHADONE'];
  };
  let plain = 0;
  for (let k = 0; k < 4000; k++) {
    const params = new URLSearchParams();
    const set = (key: string, value: string | undefined) => value !== undefined && params.append(key, value);
    set('near', r() < 0.7 ? '21201' : pick(nears));
    if (r() < 0.1) set('near', '99501'); // a repeated single parameter: the first counts
    set('radius', r() < 0.7 ? pick(radii.slice(0, 5)) : pick(radii));
    set('page', r() < 0.6 ? undefined : pick(numbers));
    set('per_page', r() < 0.6 ? undefined : pick(numbers));
    if (r() < 0.2) set('checked', pick(['12-months', '6-months', '']));
    for (const key of [...FILTER_GROUPS, 'include']) {
      if (r() < 0.6) continue;
      const values = listValues(key);
      // Mostly a few values (repeats too), sometimes more than the group has.
      const count = r() < 0.1 ? values.length + 1 : 1 + Math.floor(r() * 3);
      for (let i = 0; i < count; i++) set(key, r() < 0.05 ? '' : r() < 0.8 ? (values[0] as string) : pick(values));
    }
    for (const [schema, nearRequired] of [
      [searchQuerySchema, false],
      [placeSearchQuerySchema, true],
    ] as const) {
      const raw = rawQuery(params);
      const bySchema = schema.safeParse(raw);
      const quick = plainSearchQuery(raw, nearRequired);
      if (quick !== undefined) {
        plain++;
        assert.ok(bySchema.success, `${params}: the schema accepts what the plain check accepts`);
        assert.deepStrictEqual(quick, bySchema.data, String(params));
      }
      // And the whole parse, fast or not, is the schema's answer, messages and all.
      const parsed = parseSearchQuery(params, schema);
      const slow = parseSearchQuery(params, schema.extend({}));
      assert.deepStrictEqual(parsed, slow, String(params));
    }
  }
  // Most valid-looking searches take the plain path: the test compares real answers, not only fallbacks.
  assert.ok(plain > 1000, `${plain} plain answers`);
});
