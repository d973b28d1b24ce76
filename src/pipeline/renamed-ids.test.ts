import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from '../../test/support/app.ts';
import { renamedIds } from './renamed-ids.ts';

/** A directory file with only what renamedIds reads. */
function directory(
  file: string,
  facilities: [id: string, name: string, zip: string][],
  rows: [id: string, source: string, row: number][],
  sources: [key: string, rows: number][],
) {
  const db = new Database(file);
  db.exec(`CREATE TABLE facilities (id TEXT PRIMARY KEY, name TEXT, zip TEXT);
    CREATE TABLE facility_sources (facility_id TEXT, source TEXT, source_row INTEGER);
    CREATE TABLE sources (key TEXT PRIMARY KEY, rows INTEGER);`);
  for (const f of facilities) db.prepare('INSERT INTO facilities VALUES (?, ?, ?)').run(...f);
  for (const r of rows) db.prepare('INSERT INTO facility_sources VALUES (?, ?, ?)').run(...r);
  for (const s of sources) db.prepare('INSERT INTO sources VALUES (?, ?)').run(...s);
  db.close();
  return file;
}

test('renamedIds: shared rows of unchanged sources first, then ZIP code and name; a place that is gone is not aliased', () => {
  const dir = tempDir();
  const before = directory(
    path.join(dir, 'before.sqlite'),
    [
      ['aaaaaaaaaa', 'A New Beginning', '35630'],
      ['bbbbbbbbbb', 'Harbor Clinic, Inc.', '21201'],
      ['cccccccccc', 'Closed Place', '10001'],
      ['dddddddddd', 'Kept', '10002'],
      ['eeeeeeeeee', 'Folded In', '35630'],
    ],
    [
      ['aaaaaaaaaa', 'locator-2021', 2],
      ['aaaaaaaaaa', 'directory-2017', 3],
      ['bbbbbbbbbb', 'moud-2020', 5],
      ['cccccccccc', 'moud-2020', 9],
      ['dddddddddd', 'locator-2021', 7],
      ['eeeeeeeeee', 'directory-2017', 4],
    ],
    [
      ['locator-2021', 100],
      ['directory-2017', 200],
      ['moud-2020', 300],
    ],
  );
  const after = directory(
    path.join(dir, 'after.sqlite'),
    [
      ['a2a2a2a2a2', 'A New Beginning Treatment Center', '35630'],
      ['b2b2b2b2b2', 'Harbor Clinic', '21201'],
      ['dddddddddd', 'Kept', '10002'],
    ],
    [
      ['a2a2a2a2a2', 'locator-2021', 2],
      ['a2a2a2a2a2', 'directory-2017', 3],
      ['a2a2a2a2a2', 'directory-2017', 4],
      // The 2020 list changed (more rows): its row numbers say nothing, so the name and ZIP decide.
      ['b2b2b2b2b2', 'moud-2020', 6],
      ['dddddddddd', 'locator-2021', 7],
    ],
    [
      ['locator-2021', 100],
      ['directory-2017', 200],
      ['moud-2020', 301],
    ],
  );
  const { renamed, liveIds } = renamedIds(before, after);
  assert.deepEqual(
    renamed,
    new Map([
      ['aaaaaaaaaa', 'a2a2a2a2a2'],
      ['bbbbbbbbbb', 'b2b2b2b2b2'],
      ['eeeeeeeeee', 'a2a2a2a2a2'],
    ]),
  );
  assert.deepEqual([...liveIds].sort(), ['a2a2a2a2a2', 'b2b2b2b2b2', 'dddddddddd']);
});
