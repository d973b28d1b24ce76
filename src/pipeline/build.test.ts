import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { tempDir } from '../../test/support/app.ts';
import { buildTestDirectory } from '../../test/support/directory.ts';
import { ROOT } from '../config.ts';
import { buildDirectory } from './build.ts';
import { diffDirectories } from './diff.ts';
import { formatReport } from './report.ts';
import { BUNDLED_SOURCES } from './sources.ts';

const sourcesDir = path.join(ROOT, 'data', 'sources');

const rowsIn = (file: string) =>
  (parse(fs.readFileSync(path.join(sourcesDir, file), 'utf8'), { columns: true }) as unknown[]).length;
const query = <T>(file: string, sql: string): T[] => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
};

describe('a full directory build from the bundled sources', () => {
  let sharedFile: string;
  let fresh: Awaited<ReturnType<typeof buildDirectory>>;
  before(async () => {
    sharedFile = await buildTestDirectory();
    fresh = await buildDirectory({ sourcesDir, outPath: path.join(tempDir(), 'directory.sqlite') });
  });

  test('is deterministic: two builds give the same content, the same ids and the same report', async () => {
    const [shared] = query<{ value: string }>(sharedFile, "SELECT value FROM meta WHERE key = 'content_digest'");
    assert.equal(fresh.report.contentDigest, shared?.value);
    const ids = (file: string) => query<{ id: string }>(file, 'SELECT id FROM facilities ORDER BY id').map((r) => r.id);
    assert.deepEqual(ids(fresh.path), ids(sharedFile));
    const again = await buildDirectory({ sourcesDir, outPath: path.join(tempDir(), 'directory.sqlite') });
    assert.equal(formatReport(again.report), formatReport(fresh.report));
  });

  test('the report accounts for every row of every source', () => {
    for (const { info } of BUNDLED_SOURCES) {
      const s = fresh.report.sources.find((x) => x.key === info.key);
      assert.ok(s, info.key);
      assert.equal(s.rowsRead, rowsIn(info.file), `${info.key} rows read`);
      const rejected = Object.values(s.rejected).reduce((a, b) => a + (b ?? 0), 0);
      assert.equal(
        s.matched + s.added + s.collapsed + rejected,
        s.rowsRead,
        `${info.key}: every row matched, added, collapsed or rejected`,
      );
    }
  });

  test('the report numbers are the database numbers', () => {
    const [counts] = query<{ total: number; confirmed: number; phone: number; coords: number }>(
      fresh.path,
      "SELECT count(*) total, sum(status = 'confirmed') confirmed, sum(phone IS NOT NULL) phone, sum(latitude IS NOT NULL) coords FROM facilities",
    );
    const f = fresh.report.facilities;
    assert.equal(f.total, counts?.total);
    assert.equal(f.confirmed, counts?.confirmed);
    assert.equal(f.withPhone, counts?.phone);
    assert.equal(f.withCoordinates, counts?.coords);
    const unconfirmed = Object.values(f.unconfirmed).reduce((a, b) => a + b, 0);
    assert.equal(f.confirmed + unconfirmed, f.total);
    const added = fresh.report.sources.reduce((n, s) => n + s.added, 0);
    assert.equal(added, f.total, 'each facility was added by exactly one source row');
    const [services] = query<{ n: number }>(fresh.path, 'SELECT count(DISTINCT facility_id) n FROM facility_services');
    assert.equal(f.withServices, services?.n);
  });

  test('rejected rows are counted in the report and listed in the database, never silently dropped', () => {
    const rejections = query<{ source: string; source_row: number; reason: string }>(
      fresh.path,
      'SELECT * FROM rejections ORDER BY source, source_row',
    );
    assert.equal(rejections.length, fresh.report.rejected);
    // The 2017 partial directory has 7 rows whose name leaked into the street column when it was parsed.
    assert.deepEqual(
      rejections.map((r) => `${r.source}:${r.reason}`),
      Array(7).fill('directory-2017:no name'),
    );
    const text = fs.readFileSync(path.join(sourcesDir, 'nssats_2017_directory_partial_AK-NV.csv'), 'utf8').split('\n');
    for (const r of rejections)
      assert.match(text[r.source_row - 1] as string, /^\d+,,/, `line ${r.source_row} has an empty name`);
  });

  test('every facility records where its location and phone came from, and which year', () => {
    const [missing] = query<{ n: number }>(
      fresh.path,
      `SELECT count(*) n FROM facilities f WHERE (latitude IS NOT NULL AND location_source IS NULL)
         OR (phone IS NOT NULL AND phone_source IS NULL)
         OR (location_source IS NOT NULL AND location_source NOT IN (SELECT key FROM sources))`,
    );
    assert.equal(missing?.n, 0);
    const [example] = query<{ phone: string; phone_source: string; year: number }>(
      fresh.path,
      `SELECT f.phone, f.phone_source, s.year FROM facilities f JOIN sources s ON s.key = f.phone_source
       WHERE f.name = 'A New Beginning' AND f.zip = '35630'`,
    );
    // AL is in the partial 2017 directory, which is newer than 2015, so its phone wins.
    assert.deepEqual(example, { phone: '256-381-0013', phone_source: 'directory-2017', year: 2017 });
  });

  test('unconfirmed facilities are the ones seen only in 2015 or 2017', () => {
    const rows = query<{ status: string; last_seen_year: number; confirming: number }>(
      fresh.path,
      `SELECT f.status, f.last_seen_year,
         (SELECT count(*) FROM facility_sources fs WHERE fs.facility_id = f.id AND fs.source IN ('locator-2021', 'otp-2022', 'moud-2020')) confirming
       FROM facilities f`,
    );
    for (const r of rows) {
      if (r.status === 'unconfirmed') {
        assert.equal(r.confirming, 0);
        assert.ok([2015, 2017].includes(r.last_seen_year));
      } else assert.ok(r.confirming > 0);
    }
  });
});

describe('building with a FindTreatment.gov import as the newest source', () => {
  test('the export updates matching facilities, adds new ones, rejects bad rows, and the diff says so', async () => {
    const base = await buildTestDirectory();
    const result = await buildDirectory({
      sourcesDir,
      outPath: path.join(tempDir(), 'directory.sqlite'),
      importFile: { file: path.join(ROOT, 'data', 'fixtures', 'findtreatment', 'export-api.json'), asOf: '2026-11-01' },
    });
    const ft = result.report.sources[0];
    assert.equal(ft?.key, 'findtreatment');
    assert.deepEqual(ft?.rejected, { 'impossible coordinates': 2, 'bad state code': 1, 'no name': 1 });
    const [anb] = query<{ phone: string; phone_source: string; status: string; last_seen_year: number }>(
      result.path,
      "SELECT phone, phone_source, status, last_seen_year FROM facilities WHERE name = 'A New Beginning' AND zip = '35630'",
    );
    assert.deepEqual(anb, { phone: '256-555-0142', phone_source: 'findtreatment', status: 'confirmed', last_seen_year: 2026 });
    const services = query<{ source: string; codes: string }>(
      result.path,
      "SELECT s.source, s.codes FROM facility_services s JOIN facilities f ON f.id = s.facility_id WHERE f.name = 'A New Beginning' AND f.zip = '35630'",
    );
    // The newest full directory (the import) replaces the 2015 codes.
    assert.deepEqual(services, [{ source: 'findtreatment', codes: 'BU DT MD RES RS SA SF SS' }]);

    const diff = diffDirectories(base, result.path);
    assert.deepEqual(
      diff.added.map((r) => r.name),
      ['Harbor Example Recovery Clinic'],
    );
    assert.equal(diff.removed.length, 0);
    assert.ok(diff.phoneChanged.some((p) => p.after.name === 'A New Beginning' && p.after.phone === '256-555-0142'));
  });
});
