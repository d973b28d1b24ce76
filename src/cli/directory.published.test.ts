/**
 * The directory commands read the directory the site serves: the directory file, or with DATABASE_URL the one
 * published in PostgreSQL, even when the machine running the command has no directory file of its own (or an
 * older one). Each test serves the directory built from the fixture rows and compares what the command read
 * with that directory.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { tempDir } from '../../test/support/app.ts';
import { runCli } from '../../test/support/cli.ts';
import { type DatabaseUnderTest, forEachDatabase } from '../../test/support/databases.ts';
import { buildFixtureDirectory, publishTestDirectory } from '../../test/support/directory.ts';
import { createTestDatabase } from '../../test/support/postgres.ts';
import { FIXTURE_SOURCES } from '../../test/support/source-rows.ts';
import { ROOT } from '../config.ts';
import { exportHsds } from '../features/open-data/hsds.export.ts';

const FIXTURES = path.join(ROOT, 'data', 'fixtures', 'findtreatment');
const PUBLIC_URL = 'https://opentreatment.example';

/**
 * A machine to run commands on, where the site serves the fixture directory: the directory file on SQLite; on
 * PostgreSQL the published one, with no directory file on this machine at all.
 */
async function servingFixtures(database: DatabaseUnderTest) {
  const fixture = await buildFixtureDirectory(path.join(tempDir(), 'fixture.sqlite'));
  const varDir = tempDir();
  if (database.dialect === 'sqlite') fs.copyFileSync(fixture, path.join(varDir, 'directory.sqlite'));
  else await publishTestDirectory(database.env.DATABASE_URL as string, fixture, 0);
  const env = { VAR_DIR: varDir, DIRECTORY_PATH: '', SOURCES_DIR: FIXTURE_SOURCES, PUBLIC_URL, ...database.env };
  return { fixture, varDir, run: (...args: string[]) => runCli('directory', args, env) };
}

forEachDatabase((database) => {
  test('export-hsds writes the directory the site serves', async () => {
    const machine = await servingFixtures(database);
    const expected = tempDir();
    const counts = await exportHsds(machine.fixture, expected, PUBLIC_URL);
    const out = tempDir();
    const run = await machine.run('export-hsds', out);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), counts);
    assert.ok((counts.services ?? 0) > 0);
    for (const file of ['services.ndjson', 'locations.ndjson', 'taxonomy_terms.json']) {
      assert.equal(fs.readFileSync(path.join(out, file), 'utf8'), fs.readFileSync(path.join(expected, file), 'utf8'), file);
    }
    assert.equal(fs.existsSync(path.join(machine.varDir, 'directory.sqlite')), database.dialect === 'sqlite');
  });

  test('audit checks the directory the site serves; --file still checks the file given', async () => {
    const machine = await servingFixtures(database);
    const served = await machine.run('audit', '--json');
    assert.equal(served.status, 0, served.stderr);
    const file = await machine.run('audit', '--file', machine.fixture, '--json');
    assert.equal(file.status, 0, file.stderr);
    assert.deepEqual(JSON.parse(served.stdout), JSON.parse(file.stdout));
  });

  test('an import compares the new directory with the one the site served, and keeps the old ids working', async () => {
    const machine = await servingFixtures(database);
    const renaming = path.join(tempDir(), 'export-renamed.csv');
    const csv = fs.readFileSync(path.join(FIXTURES, 'export-listing.csv'), 'utf8');
    fs.writeFileSync(renaming, csv.replace(/^A New Beginning,/m, 'A New Beginning Treatment Center,'));
    const run = await machine.run('import', renaming, '--as-of', '2026-11-25');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Facility ids this rebuild changed: 1 \(1 new; old links redirect to the new ids\)/);
    const appDb = database.dialect === 'sqlite' ? database.open(path.join(machine.varDir, 'app.sqlite')) : database.open();
    try {
      const aliases = await (await appDb.ready()).selectFrom('facility_aliases').selectAll().execute();
      assert.equal(aliases.length, 1);
    } finally {
      await appDb.close();
    }
  });
});

test('with DATABASE_URL and nothing published yet, audit and export-hsds say so and how to build one', async () => {
  const database = await createTestDatabase();
  try {
    // A copy of the test template, which holds a published directory: unpublish it.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('DELETE FROM directory_publication');
    await client.end();
    const env = { VAR_DIR: tempDir(), DIRECTORY_PATH: '', SOURCES_DIR: FIXTURE_SOURCES, DATABASE_URL: database.url };
    for (const args of [['audit'], ['export-hsds', tempDir()]]) {
      const run = await runCli('directory', args, env);
      assert.equal(run.status, 1, args.join(' '));
      assert.match(
        run.stderr,
        /the directory in the database: no directory has been published to the database yet\. Build one with: npm run directory -- build/,
      );
    }
  } finally {
    await database.drop();
  }
});
