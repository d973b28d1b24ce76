import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { buildTestDirectory, TEST_DIRECTORY } from '../../../test/support/directory.ts';
import { createTestDatabase, type TestPostgresDatabase } from '../../../test/support/postgres.ts';
import { type DirectoryHandle, SqliteDirectoryHandle } from '../../db/directory-connection.ts';
import { PostgresDirectoryHandle } from '../../db/directory-postgres.ts';
import { CONCEPTS, FILTER_GROUPS } from '../../domain/concepts.ts';
import { type SearchQuery, searchFrom } from '../../domain/search-query.ts';
import { loadFacilities, loadLegend } from './locator.repository.ts';
import { buildIndexData, conceptsOffered, groupMask, LocatorService } from './locator.service.ts';
import { recordedConcepts } from './recorded.ts';
import { idList, indexIds, memoryEngine, postgisEngine, type SearchEngine } from './search-engine.ts';
import { type IndexData, type IndexQuery, SearchIndex, WORDS } from './search-index.ts';

/**
 * The contract between the two search engines: one table of searches (radius edges, each filter kind, the
 * date line, pagination, nothing found) through the in-memory index and through PostGIS, on the national test
 * directory published in PostgreSQL plus three places placed either side of the date line. Both must give the
 * same places, in the same order, at the same distance (to 0.01 mile), with the same totals and "maybe" groups.
 */

// Either side of the 180th meridian, by the Aleutians and by Samoa (ids sort after every real one).
const DATE_LINE = [
  { id: '~dateline-east', latitude: 51.8, longitude: 179.95 },
  { id: '~dateline-west', latitude: 51.85, longitude: -179.9 },
  { id: '~dateline-samoa', latitude: -14.2, longitude: 179.99 },
];

function withExtra(data: IndexData): IndexData {
  const n = data.latitude.length;
  const grow = <T extends Float64Array | Uint32Array | Uint8Array>(a: T, per: number, make: (k: number) => T): T => {
    const out = make((n + DATE_LINE.length) * per);
    out.set(a);
    return out;
  };
  const out: IndexData = {
    latitude: grow(data.latitude, 1, (k) => new Float64Array(k)),
    longitude: grow(data.longitude, 1, (k) => new Float64Array(k)),
    bits: grow(data.bits, WORDS, (k) => new Uint32Array(k)),
    known: grow(data.known, WORDS, (k) => new Uint32Array(k)),
    unconfirmed: grow(data.unconfirmed, 1, (k) => new Uint8Array(k)),
    custody: grow(data.custody, 1, (k) => new Uint8Array(k)),
    checkedDay: grow(data.checkedDay ?? new Uint32Array(n), 1, (k) => new Uint32Array(k)),
  };
  DATE_LINE.forEach((p, j) => {
    out.latitude[n + j] = p.latitude;
    out.longitude[n + j] = p.longitude;
    out.bits[(n + j) * WORDS] = j === 0 ? 0b10 : 0; // one offers a concept, the others record nothing
    out.known[(n + j) * WORDS] = j === 0 ? 0xffffffff : 0;
  });
  return out;
}

const mask = (group: (typeof FILTER_GROUPS)[number], ...values: string[]) => groupMask(group, values);
const base = { groupMasks: [], includeUnconfirmed: false, includeCustody: false, offset: 0, limit: 20 };
const at = (latitude: number, longitude: number, radiusMiles: number, more: Partial<IndexQuery> = {}): IndexQuery => ({
  ...base,
  latitude,
  longitude,
  radiusMiles,
  ...more,
});

describe('the in-memory and PostGIS search engines agree', () => {
  let database: TestPostgresDatabase;
  let file: SqliteDirectoryHandle;
  let handle: PostgresDirectoryHandle;
  let memory: SearchEngine;
  let postgis: SearchEngine;
  let data: IndexData;

  before(async () => {
    await buildTestDirectory();
    database = await createTestDatabase();
    handle = new PostgresDirectoryHandle({ url: database.url, pollMs: 60_000 });
    await handle.ready();
    const snapshot = handle.snapshot();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    for (const [j, p] of DATE_LINE.entries()) {
      await client.query(
        `INSERT INTO ${snapshot.schema}.search_points VALUES ($1, $2, $3, public.ST_SetSRID(public.ST_MakePoint($3, $2), 4326)::public.geography, $4, $5, false, false, 0)`,
        [p.id, p.latitude, p.longitude, j === 0 ? 2 : 0, j === 0 ? 0xffffffff : 0],
      );
    }
    await client.end();
    file = new SqliteDirectoryHandle(TEST_DIRECTORY);
    const facilities = await loadFacilities(file.snapshot());
    const legend = await loadLegend(file.snapshot());
    const built = buildIndexData(
      facilities,
      facilities.map(conceptsOffered),
      facilities.map(recordedConcepts(facilities, legend)),
    );
    data = withExtra(built.data);
    const ids = [...indexIds(facilities, built.indexed), ...DATE_LINE.map((p) => p.id)];
    memory = memoryEngine(new SearchIndex(data));
    postgis = postgisEngine(snapshot, idList(ids));
  });
  after(async () => {
    handle?.close();
    file?.close();
    await database?.drop();
  });

  const agree = async (q: IndexQuery, expect: { some?: boolean } = {}) => {
    const [a, b] = await Promise.all([memory.search(q), postgis.search(q)]);
    assert.equal(b.total, a.total, 'total');
    assert.equal(b.matched, a.matched, 'matched');
    assert.deepEqual(
      b.hits.map((h) => [h.index, h.unknown]),
      a.hits.map((h) => [h.index, h.unknown]),
      'places, order and maybe-groups',
    );
    for (const [i, h] of b.hits.entries()) {
      assert.ok(Math.abs(h.miles - (a.hits[i]?.miles ?? Number.NaN)) < 0.01, `distance of hit ${i}`);
    }
    if (expect.some !== undefined) assert.equal(a.total > 0, expect.some, `found anything: ${a.total}`);
    return a;
  };

  test('radius edges: a place just inside the radius is found by both, just outside by neither', async () => {
    const wide = await agree(at(39.2904, -76.6122, 10, { limit: 200 }), { some: true });
    for (const k of [0, 5, 20, wide.hits.length - 1]) {
      const d = wide.hits[k]?.miles as number;
      const inside = await agree(at(39.2904, -76.6122, d + 0.0005, { limit: 200 }));
      assert.ok(inside.hits.some((h) => h.index === wide.hits[k]?.index));
      const outside = await agree(at(39.2904, -76.6122, d - 0.0005, { limit: 200 }));
      assert.ok(!outside.hits.some((h) => h.index === wide.hits[k]?.index));
    }
  });

  test('each filter kind, alone and together, with places that may match', async () => {
    for (const group of FILTER_GROUPS) {
      const values = CONCEPTS.filter((c) => c.group === group).slice(0, 2);
      await agree(at(39.2904, -76.6122, 40, { groupMasks: [mask(group, ...values.map((c) => c.value))] }), { some: true });
    }
    await agree(at(47.6062, -122.3321, 60, { groupMasks: [mask('medication', 'buprenorphine'), mask('payment', 'medicaid')] }));
    await agree(at(34.0522, -118.2437, 25, { groupMasks: [mask('language', 'spanish'), mask('approach', 'cbt', 'dbt')] }));
    await agree(at(41.8781, -87.6298, 50, { includeUnconfirmed: true, includeCustody: true }), { some: true });
    await agree(at(41.8781, -87.6298, 50, { checkedSince: 1 }), { some: false });
  });

  test('the date line: Alaska, the Aleutians, Guam and American Samoa', async () => {
    await agree(at(61.2116, -149.8761, 100), { some: true });
    const adak = await agree(at(51.874, -176.634, 250, { groupMasks: [] }), { some: true });
    assert.ok(adak.hits.length >= 2, 'both sides of the date line');
    await agree(at(51.8, 179.99, 50), { some: true });
    await agree(at(13.452852, 144.747191, 250, { includeUnconfirmed: true }), { some: true });
    await agree(at(-14.322923, -170.752349, 250, { includeUnconfirmed: true }));
    await agree(at(-14.2, -179.99, 30), { some: true });
  });

  test('pagination: every page of a large search, and a page past the end', async () => {
    const first = await agree(at(40.7128, -74.006, 30, { limit: 25 }), { some: true });
    for (let offset = 25; offset < Math.min(first.total, 150); offset += 25)
      await agree(at(40.7128, -74.006, 30, { offset, limit: 25 }));
    await agree(at(40.7128, -74.006, 30, { offset: first.total + 10, limit: 25 }));
    // With filters, the "maybe" places continue after the matches across a page boundary.
    const f = { groupMasks: [mask('approach', 'trauma')] };
    const filtered = await agree(at(40.7128, -74.006, 30, { ...f, limit: 10 }));
    await agree(at(40.7128, -74.006, 30, { ...f, offset: Math.max(0, filtered.matched - 5), limit: 10 }));
  });

  test('nothing found: the open ocean, and places included wherever they are', async () => {
    await agree(at(30, -140, 100), { some: false });
    await agree(at(30, -140, 100, { alsoInclude: [0, 1, 2] }), { some: true });
  });

  test('the locator gives the same results page with either engine', async () => {
    const viaMemory = new LocatorService(file as DirectoryHandle);
    const viaPostgis = new LocatorService(handle, { engine: 'postgis' });
    const query = (near: string, more: Partial<SearchQuery> = {}) => searchFrom(near, { per_page: 10, ...more });
    for (const q of [
      query('21201'),
      query('59101', { radius: 100, medication: ['buprenorphine'], page: 2, per_page: 2 }),
      query('99501', { radius: 100 }),
    ]) {
      const [a, b] = await Promise.all([viaMemory.search(q), viaPostgis.search(q)]);
      assert.deepEqual(
        b.results.map((r) => [r.facility.id, r.unknown.map((c) => c.value)]),
        a.results.map((r) => [r.facility.id, r.unknown.map((c) => c.value)]),
      );
      assert.equal(b.total, a.total);
      assert.equal(b.nearest?.facility.id, a.nearest?.facility.id);
    }
  });
});
