import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { tempDir } from '../../test/support/app.ts';
import { FIXTURE_SOURCES } from '../../test/support/source-rows.ts';
import { ROOT } from '../config.ts';
import { buildDirectory } from './build.ts';
import { diffDirectories } from './diff.ts';
import { formatReport } from './report.ts';
import { BUNDLED_SOURCES } from './sources.ts';

// Every build here reads the fixture rows (data/fixtures/sources): real, tricky rows of each list, so the
// tests are fast and do not change when the bundled lists do. The one national build is the shared test
// directory that `npm test` makes for the route and browser tests.
const sourcesDir = FIXTURE_SOURCES;

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

describe('a directory build', () => {
  let fresh: Awaited<ReturnType<typeof buildDirectory>>;
  before(async () => {
    fresh = await buildDirectory({ sourcesDir, outPath: path.join(tempDir(), 'directory.sqlite') });
  });

  test('is deterministic: two builds give the same content, the same ids and the same report', async () => {
    const again = await buildDirectory({ sourcesDir, outPath: path.join(tempDir(), 'directory.sqlite') });
    assert.equal(again.report.contentDigest, fresh.report.contentDigest);
    const ids = (file: string) => query<{ id: string }>(file, 'SELECT id FROM facilities ORDER BY id').map((r) => r.id);
    assert.deepEqual(ids(again.path), ids(fresh.path));
    assert.equal(formatReport(again.report), formatReport(fresh.report));
  });

  test('the report accounts for every row of every source', () => {
    for (const { info } of BUNDLED_SOURCES) {
      const s = fresh.report.sources.find((x) => x.key === info.key);
      assert.ok(s, info.key);
      assert.equal(s.rowsRead, rowsIn(info.file), `${info.key} rows read`);
      const rejected = Object.values(s.rejected).reduce((a, b) => a + (b ?? 0), 0);
      assert.equal(
        s.matched + s.added + s.collapsed + s.addressOnly + rejected,
        s.rowsRead,
        `${info.key}: every row matched, added, collapsed, only confirming an address, or rejected`,
      );
    }
  });

  test('the report numbers are the database numbers', () => {
    const [counts] = query<{ total: number; confirmed: number; phone: number; coords: number; disagree: number }>(
      fresh.path,
      "SELECT count(*) total, sum(status = 'confirmed') confirmed, sum(phone IS NOT NULL) phone, sum(latitude IS NOT NULL) coords, sum(disagreements != '') disagree FROM facilities",
    );
    const f = fresh.report.facilities;
    assert.equal(f.total, counts?.total);
    assert.equal(f.confirmed, counts?.confirmed);
    assert.equal(f.withPhone, counts?.phone);
    assert.equal(f.withCoordinates, counts?.coords);
    assert.equal(f.withDisagreements, counts?.disagree);
    const unconfirmed = Object.values(f.unconfirmed).reduce((a, b) => a + b, 0);
    assert.equal(f.confirmed + unconfirmed, f.total);
    const added = fresh.report.sources.reduce((n, s) => n + s.added, 0);
    assert.equal(added - fresh.report.nearbyMerged, f.total, 'each facility was added by one row, less those folded');
    const [services] = query<{ n: number }>(fresh.path, 'SELECT count(DISTINCT facility_id) n FROM facility_services');
    assert.equal(f.withServices, services?.n);
    const [addressOnly] = query<{ n: number }>(fresh.path, "SELECT count(*) n FROM facility_sources WHERE role = 'address-only'");
    assert.equal(fresh.report.addressOnly, addressOnly?.n);
    const serves = query<{ serves_only: string }>(fresh.path, "SELECT serves_only FROM facilities WHERE serves_only != ''");
    const counted = Object.values(f.servesOnly).reduce((a, b) => a + b, 0);
    assert.equal(
      counted,
      serves.reduce((n, r) => n + r.serves_only.split(' ').length, 0),
    );
  });

  test('every facility records where its location and phone came from, and which name the phone was printed under', () => {
    const [missing] = query<{ n: number }>(
      fresh.path,
      `SELECT count(*) n FROM facilities f WHERE (latitude IS NOT NULL AND location_source IS NULL)
         OR (phone IS NOT NULL AND (phone_source IS NULL OR phone_source_name IS NULL))
         OR (location_source IS NOT NULL AND location_source NOT IN (SELECT key FROM sources))`,
    );
    assert.equal(missing?.n, 0);
    const [srr] = query<{ phone: string; phone_source: string; phone_source_name: string }>(
      fresh.path,
      "SELECT phone, phone_source, phone_source_name FROM facilities WHERE name = 'SRR Treatment Solutions'",
    );
    // The county health department's row at the same address lends nothing; the row printed under the
    // name shown (the 2017 methadone list's) gives the phone.
    assert.deepEqual(srr, {
      phone: '443-285-0807',
      phone_source: 'directory-2017-otp',
      phone_source_name: 'SRR Treatment Solutions, Silverman Treatment Solutions',
    });
  });

  test('who a place serves, where the sources disagree, and what it offers are stored for the site to read', () => {
    const rows = query<{ name: string; serves_only: string; offers: string }>(
      fresh.path,
      "SELECT name, serves_only, offers FROM facilities WHERE name IN ('Baltimore Central Booking and Intake Facility', 'Tomah VA Medical Center', 'DUI Associates Inc') ORDER BY name",
    );
    assert.deepEqual(
      rows.map((r) => [r.name, r.serves_only]),
      [
        ['Baltimore Central Booking and Intake Facility', 'custody'],
        ['DUI Associates Inc', 'dui-dwi'],
        ['Tomah VA Medical Center', 'veterans'],
      ],
    );
    assert.ok(rows[2]?.offers.split(' ').includes('population:veterans'), 'only for veterans still matches "Veterans"');
    const [contradictions] = query<{ n: number }>(
      fresh.path,
      `SELECT count(*) n FROM facilities f JOIN facility_services s ON s.facility_id = f.id
       WHERE f.offers LIKE '%medication:%' AND (' ' || s.codes || ' ' LIKE '% NMOA %' OR ' ' || s.codes || ' ' LIKE '% NOOP %')`,
    );
    assert.equal(contradictions?.n, 0, 'no listing offers a medication and says it does not use medication');
  });

  test('places with no reference point are not put on the map, and are counted', () => {
    const unplaced = query<{ state: string; location_note: string }>(
      fresh.path,
      'SELECT state, location_note FROM facilities WHERE latitude IS NULL ORDER BY state',
    );
    assert.deepEqual(
      unplaced.map((r) => r.state),
      ['FM', 'PW', 'PW'],
    );
    assert.ok(unplaced.every((r) => r.location_note === 'no reference point'));
    assert.equal(fresh.report.facilities.locationNotes['no reference point'], 3);
  });

  test('rejected rows are counted in the report and listed in the database, never silently dropped', () => {
    const rejections = query<{ source: string }>(fresh.path, 'SELECT * FROM rejections');
    assert.equal(rejections.length, fresh.report.rejected);
  });

  test('unconfirmed facilities are the ones seen only in 2015 or 2017', () => {
    const rows = query<{ status: string; last_seen_year: number; confirming: number }>(
      fresh.path,
      `SELECT f.status, f.last_seen_year,
         (SELECT count(*) FROM facility_sources fs WHERE fs.facility_id = f.id AND fs.role != 'address-only'
            AND fs.source IN ('locator-2021', 'otp-2022', 'moud-2020')) confirming
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
    const base = await buildDirectory({ sourcesDir, outPath: path.join(tempDir(), 'directory.sqlite') });
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

    const diff = diffDirectories(base.path, result.path);
    assert.deepEqual(
      diff.added.map((r) => r.name),
      ['Harbor Example Recovery Clinic'],
    );
    assert.equal(diff.removed.length, 0);
    assert.ok(diff.phoneChanged.some((p) => p.after.name === 'A New Beginning' && p.after.phone === '256-555-0142'));
  });
});

test('the new file is flushed to disk before it is renamed into place, and its folder after', async (t) => {
  const outPath = path.join(tempDir(), 'directory.sqlite');
  const steps: string[] = [];
  const fdPaths = new Map<number, string>();
  const realOpen = fs.openSync;
  t.mock.method(fs, 'openSync', (file: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
    const fd = realOpen(file, flags ?? 'r', mode);
    fdPaths.set(fd, String(file));
    return fd;
  });
  const realFsync = fs.fsyncSync;
  t.mock.method(fs, 'fsyncSync', (fd: number) => {
    steps.push(`fsync ${path.basename(fdPaths.get(fd) ?? '?').replace(/\.\d+\.\d+\.building$/, '.building')}`);
    realFsync(fd);
  });
  const realRename = fs.renameSync;
  t.mock.method(fs, 'renameSync', (from: fs.PathLike, to: fs.PathLike) => {
    steps.push(`rename -> ${path.basename(String(to))}`);
    realRename(from, to);
  });
  await buildDirectory({ sourcesDir, outPath, beforeSwap: () => steps.push('before swap') });
  assert.deepEqual(steps, [
    'fsync directory.sqlite.building',
    'before swap',
    'rename -> directory.sqlite',
    `fsync ${path.basename(path.dirname(outPath))}`,
  ]);
});

test('the directory file holds only public data, so it is readable by all', async () => {
  const outPath = path.join(tempDir(), 'directory.sqlite');
  await buildDirectory({ sourcesDir, outPath });
  // No email addresses or reports live here (they are in the app database, created 0600): 0644 under the usual umask.
  assert.equal(fs.statSync(outPath).mode & 0o077 & ~0o044, 0);
});
