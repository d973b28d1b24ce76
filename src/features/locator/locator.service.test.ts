import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from '../../../test/support/app.ts';
import { buildTestDirectory, TEST_DIRECTORY } from '../../../test/support/directory.ts';
import { correctionSet } from '../../db/corrections-feed.ts';
import { type DirectoryHandle, type DirectorySnapshot, SqliteDirectoryHandle } from '../../db/directory-connection.ts';
import { loadFacilities } from '../../db/directory-facilities.repository.ts';
import type { Correction } from '../../domain/corrections.ts';
import type { Facility } from '../../domain/facility.ts';
import { searchFrom } from '../../domain/search-query.ts';
import { at } from '../../lib/arrays.ts';
import { idAt, loadCompactDirectory } from './compact-directory.ts';
import { FacilityCache } from './facility-cache.ts';
import { loadLegend } from './locator.repository.ts';
import { buildIndexData, conceptsOffered, LocatorService } from './locator.service.ts';
import { recordedConcepts } from './recorded.ts';

const correction = (id: number, facilityId: string, change: Correction['change']): Correction => ({
  id,
  facilityId,
  change,
  base: '',
  evidence: 'called',
  checkedOn: '2026-11-02',
  acceptedAt: `2026-11-02T12:00:00.${String(id).padStart(3, '0')}Z`,
});

describe('the locator keeps typed arrays and reads rows by id', () => {
  let handle: SqliteDirectoryHandle;
  let facilities: Facility[];
  before(async () => {
    await buildTestDirectory();
    handle = new SqliteDirectoryHandle(TEST_DIRECTORY);
    facilities = await loadFacilities(handle.snapshot());
  });
  after(() => handle.close());

  test('the compact load holds what the index built from every Facility object holds, place for place', async () => {
    const compact = await loadCompactDirectory(handle.snapshot(), { index: false });
    const legend = await loadLegend(handle.snapshot());
    const { data, indexed } = buildIndexData(
      facilities,
      facilities.map(conceptsOffered),
      facilities.map(recordedConcepts(facilities, legend)),
    );
    assert.equal(compact.count, facilities.length);
    assert.equal(compact.data.latitude.length, indexed.length);
    assert.deepEqual(
      Array.from({ length: indexed.length }, (_, p) => idAt(compact.ids, p)),
      indexed.map((fi) => at(facilities, fi).id),
    );
    for (const key of ['latitude', 'longitude', 'bits', 'known', 'unconfirmed', 'custody', 'checkedDay'] as const) {
      assert.deepEqual(compact.data[key], data[key], key);
    }
    const zips = indexed.map((fi) => at(facilities, fi).zip);
    assert.deepEqual(
      [...compact.zip].map((z) => (z === 0 ? '' : String(z).padStart(5, '0'))),
      zips.map((z) => (/^\d{5}$/.test(z) ? z : '')),
    );
  });

  test('a facility read by id is the directory row, the same object each time it is asked for', async () => {
    const locator = new LocatorService(handle);
    const f = at(facilities, 123);
    const read = await locator.facility(f.id);
    assert.deepEqual(read, f);
    assert.equal(await locator.facility(f.id), read, 'the cached object, not a new one');
    assert.equal(await locator.facility('0000000000'), undefined);
    const found = await locator.search(searchFrom('21201', { per_page: 5 }));
    for (const r of found.results) assert.equal(await locator.facility(r.facility.id), r.facility);
  });

  test('corrections are laid over the rows as they are read, and searches find the corrected places', async () => {
    const near = searchFrom('21201', { radius: 10, per_page: 100 });
    const plain = await new LocatorService(handle).search(near);
    const [phoned, closed, moved] = plain.results.map((r) => r.facility) as [Facility, Facility, Facility];
    const set = correctionSet(
      1,
      [
        correction(1, phoned.id, { field: 'phone', phone: '410-555-0100' }),
        correction(2, phoned.id, { field: 'service', concept: 'medication:methadone', offered: true }),
        correction(3, closed.id, { field: 'closed', closed: true }),
        correction(4, moved.id, {
          field: 'address',
          street: '1 Main St',
          street2: '',
          city: 'Anchorage',
          state: 'AK',
          zip: '99501',
          latitude: 61.2176,
          longitude: -149.8953,
          locationMethod: 'source',
          locationSource: null,
        }),
      ],
      new Map(),
    );
    const locator = new LocatorService(handle, { corrections: { current: async () => set } });
    const found = await locator.search(near);
    assert.equal(found.total, plain.total - 2, 'the closed place and the moved one leave Baltimore');
    assert.ok(!found.results.some((r) => r.facility.id === closed.id || r.facility.id === moved.id));
    const hit = found.results.find((r) => r.facility.id === phoned.id);
    assert.equal(hit?.facility.phone, '410-555-0100');
    assert.ok(hit?.concepts.some((c) => c.value === 'methadone'));
    const methadone = await locator.search({ ...near, medication: ['methadone'] });
    assert.ok(methadone.results.some((r) => r.facility.id === phoned.id && r.unknown.length === 0));
    // Same distance order as the engine without corrections, the corrected row merged in.
    const order = plain.results.map((r) => r.facility.id).filter((id) => id !== closed.id && id !== moved.id);
    assert.deepEqual(
      found.results.slice(0, order.length).map((r) => r.facility.id),
      order,
    );
    assert.equal((await locator.facility(closed.id))?.checked?.closed?.closed, true);
    assert.equal((await locator.facility(phoned.id))?.phone, '410-555-0100');
    const anchorage = await locator.search(searchFrom('99501', { radius: 10, per_page: 100 }));
    assert.ok(anchorage.results.some((r) => r.facility.id === moved.id && r.facility.city === 'Anchorage'));
  });

  test('the row cache is bounded: the least recently used facility is dropped first', async () => {
    const cache = new FacilityCache(2);
    const [a, b, c] = facilities as [Facility, Facility, Facility];
    cache.add(a);
    cache.add(b);
    assert.equal(cache.get(a.id), a, 'a is now the most recently used');
    cache.add(c);
    assert.equal(cache.size, 2);
    assert.equal(cache.get(b.id), undefined, 'b was the least recently used');
    assert.equal(cache.get(a.id), a);
    assert.equal(cache.add({ ...a }), a, 'an id already held keeps its object');

    const locator = new LocatorService(handle, { cacheSize: 3 });
    const read: Facility[] = [];
    // One after another: holding three, the first is dropped when the fourth comes.
    for (const f of facilities.slice(0, 4)) read.push((await locator.facility(f.id)) as Facility);
    const [one, , , four] = read as [Facility, Facility, Facility, Facility];
    assert.equal(await locator.facility(four.id), four, 'the most recent is still cached');
    const again = await locator.facility(one.id);
    assert.deepEqual(again, one);
    assert.notEqual(again, one, 'the least recent was dropped and read again');
  });
});

describe('a server fills the row cache with every searchable place when they all fit', () => {
  let handle: SqliteDirectoryHandle;
  before(async () => {
    await buildTestDirectory();
    handle = new SqliteDirectoryHandle(TEST_DIRECTORY);
  });
  after(() => handle.close());

  test('once filled, searches read no rows from the database and answer as an unfilled locator does', async () => {
    const real = handle.snapshot();
    let reads = 0;
    let allowed = true;
    // The same directory, but every database read through it is counted, and refused once the fill is done.
    const counted: DirectoryHandle = {
      snapshot: () => ({
        ...real,
        get db() {
          reads++;
          if (!allowed) throw new Error('a database read after the fill');
          return real.db;
        },
      }),
      ready: () => Promise.resolve(),
      close: () => {},
    };
    const filled = new LocatorService(counted);
    await filled.warm({ fillCache: true });
    await filled.cacheFilled();
    assert.ok(reads > 0);
    allowed = false;
    const plain = new LocatorService(handle);
    for (const near of ['21201', '99501', '10001', '60601', '94103', '59101']) {
      for (const more of [{}, { radius: 100, per_page: 100 }, { medication: ['methadone'], page: 2, per_page: 5 }]) {
        const q = searchFrom(near, more);
        const answer = (locator: LocatorService) => locator.search(q).catch((error: Error) => error.message);
        assert.deepEqual(await answer(filled), await answer(plain), `${near} ${JSON.stringify(more)}`);
      }
    }
  });

  test('what is registered with prepareEach runs once over every searchable place the fill read, before or after it', async () => {
    const locator = new LocatorService(handle);
    const early = new Map<string, number>();
    const late = new Map<string, number>();
    const count = (seen: Map<string, number>) => (f: Facility) => seen.set(f.id, (seen.get(f.id) ?? 0) + 1);
    void locator.prepareEach('early', count(early));
    void locator.prepareEach('early', count(new Map())); // the same key again: not run
    await locator.warm({ fillCache: true });
    await locator.cacheFilled();
    await locator.prepareEach('late', count(late));
    const searchable = await handle
      .snapshot()
      .db.selectFrom('facilities')
      .select('id')
      .where('latitude', 'is not', null)
      .execute();
    assert.ok(searchable.length > 1000);
    for (const seen of [early, late]) {
      assert.equal(seen.size, searchable.length);
      assert.ok([...seen.values()].every((n) => n === 1));
    }
    // A locator that does not fill its cache prepares nothing.
    const unfilled = new LocatorService(handle);
    const none = new Map<string, number>();
    await unfilled.prepareEach('x', count(none));
    await unfilled.warm();
    await unfilled.cacheFilled();
    assert.equal(none.size, 0);
  });

  test('a cache too small for the directory is not filled; its rows are read as pages ask', async () => {
    const locator = new LocatorService(handle, { cacheSize: 3 });
    await locator.warm({ fillCache: true });
    await locator.cacheFilled();
    const found = await locator.search(searchFrom('21201', { per_page: 10 }));
    assert.equal(found.results.length, 10);
  });
});

describe('a directory swap loads in a worker while the old directory serves', () => {
  let dir: string;
  let live: string;
  let handle: SqliteDirectoryHandle;
  before(async () => {
    await buildTestDirectory();
    dir = tempDir();
    live = path.join(dir, 'directory.sqlite');
    fs.copyFileSync(TEST_DIRECTORY, live);
    handle = new SqliteDirectoryHandle(live, 0);
  });
  after(() => {
    handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Swaps a copy of the test directory, changed by `change`, in over the live file. */
  const swapIn = (change: (db: Database.Database) => void) => {
    const next = path.join(dir, 'next.sqlite');
    fs.copyFileSync(TEST_DIRECTORY, next);
    const db = new Database(next);
    change(db);
    db.close();
    fs.renameSync(next, live);
  };
  const near = searchFrom('21201', { radius: 10, per_page: 100 });

  test('the old directory answers until the new one is loaded; then the new one does', async () => {
    const locator = new LocatorService(handle);
    const before = await locator.search(near);
    const gone = before.results[0]?.facility.id as string;
    assert.ok((handle.snapshot() as DirectorySnapshot).location, 'a file handle names its file for the worker');
    swapIn((db) => {
      db.prepare('DELETE FROM facility_services WHERE facility_id = ?').run(gone);
      db.prepare('DELETE FROM facility_sources WHERE facility_id = ?').run(gone);
      db.prepare('DELETE FROM facilities WHERE id = ?').run(gone);
    });
    const during = await locator.search(near);
    assert.equal(during.total, before.total, 'the request right after the swap is answered from the old directory');
    await locator.warm();
    const after = await locator.search(near);
    assert.equal(after.total, before.total - 1);
    assert.ok(!after.results.some((r) => r.facility.id === gone));
  });

  test('a directory that fails to load leaves the old one serving', async () => {
    const locator = new LocatorService(handle);
    const before = await locator.search(near);
    swapIn((db) => db.exec('DROP TABLE facility_services'));
    await assert.rejects(locator.warm(), /Loading the directory failed/);
    const after = await locator.search(near);
    assert.equal(after.total, before.total);
    assert.deepEqual(
      after.results.map((r) => r.facility.id),
      before.results.map((r) => r.facility.id),
    );
  });
});
