import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_RADIUS, HTML_PAGE_SIZE, searchFrom } from './search-query.ts';

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
