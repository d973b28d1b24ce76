import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { tempDir } from '../../test/support/app.ts';
import { runCli } from '../../test/support/cli.ts';
import { type RunningServer, startServer } from '../../test/support/server.ts';
import { FIXTURE_SOURCES } from '../../test/support/source-rows.ts';
import { ROOT } from '../config.ts';
import type { AuditFigures } from '../pipeline/audit.ts';
import { buildDirectory } from '../pipeline/build.ts';

const FIXTURES = path.join(ROOT, 'data', 'fixtures', 'findtreatment');

/**
 * Runs `npm run directory -- …` the way an operator would, against a given var folder, on the fixture rows
 * (data/fixtures/sources) so each run is a small build: the command's bundle, or its source through tsx as
 * `npm run directory` runs it (`{ tsx: true }` as the last argument).
 */
function cli(varDir: string, ...args: [...string[]] | [...string[], { tsx: true }]) {
  const last = args.at(-1);
  const tsx = typeof last === 'object';
  const words = (tsx ? args.slice(0, -1) : args) as string[];
  return runCli('directory', words, { VAR_DIR: varDir, DIRECTORY_PATH: '', SOURCES_DIR: FIXTURE_SOURCES }, { tsx });
}

/** A var folder holding a directory built from the fixture rows. */
async function fixtureVar(): Promise<string> {
  const varDir = tempDir();
  await buildDirectory({ sourcesDir: FIXTURE_SOURCES, outPath: path.join(varDir, 'directory.sqlite') });
  return varDir;
}

async function health(server: RunningServer) {
  const response = await fetch(`${server.url}/healthz`);
  assert.equal(response.status, 200);
  return (await response.json()) as { directory: { facilities: number; built_at: string } };
}

describe('npm run directory -- import, against a running site', () => {
  let varDir: string;
  let server: RunningServer;
  before(async () => {
    varDir = await fixtureVar();
    server = await startServer({ VAR_DIR: varDir, DIRECTORY_PATH: '', SOURCES_DIR: FIXTURE_SOURCES });
  });
  after(async () => {
    await server?.stop();
  });

  test('a malformed export fails with the file, row and problem, and the site keeps serving the old directory', async () => {
    const before = await health(server);
    for (const [file, message] of [
      ['malformed/truncated.json', /truncated\.json: not valid JSON/],
      ['malformed/bad-value.csv', /bad-value\.csv, line 3: column "bu" should be 1 or 0/],
      ['malformed/wrong-columns.csv', /wrong-columns\.csv, header: missing columns/],
      ['malformed/truncated.xlsx', /truncated\.xlsx: not a readable XLSX workbook/],
    ] as const) {
      const run = await cli(varDir, 'import', path.join(FIXTURES, file), '--as-of', '2026-11-01');
      assert.equal(run.status, 1, `${file} should fail: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Import failed, nothing changed/);
    }
    await new Promise((r) => setTimeout(r, 1100)); // the site checks for a new file at most once a second
    assert.deepEqual(await health(server), before);
    const leftovers = fs
      .readdirSync(varDir)
      // The build lock's file stays on purpose: removing it could let two builds lock two different files.
      .filter((f) => f !== 'directory.sqlite' && f !== 'directory.sqlite.lock' && !f.startsWith('app.sqlite') && f !== 'outbox');
    assert.deepEqual(leftovers, [], 'no half-written directory or copy left behind');
    assert.ok(!fs.existsSync(path.join(varDir, 'imports')), 'a failed import is not kept for later rebuilds');
  });

  test('a good export is swapped in while the site runs, and the command says what changed', async () => {
    const before = await health(server);
    const run = await cli(varDir, 'import', path.join(FIXTURES, 'export-listing.csv'), '--as-of', '2026-11-01');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /findtreatment\s+2026\s+6\s+4\s/);
    assert.match(run.stdout, /facilities added: 1\n/);
    assert.match(run.stdout, /facilities removed: 0\n/);
    assert.match(run.stdout, /with a changed phone: \d+/);
    assert.match(run.stdout, /Harbor Example Recovery Clinic/);
    await new Promise((r) => setTimeout(r, 1100));
    const afterImport = await health(server);
    assert.equal(afterImport.directory.facilities, before.directory.facilities + 1);
    assert.notEqual(afterImport.directory.built_at, before.directory.built_at);
    // The import is kept, so a later plain rebuild still includes it.
    const rebuild = await cli(varDir, 'build');
    assert.equal(rebuild.status, 0, rebuild.stderr);
    assert.match(rebuild.stdout, /findtreatment\s+2026/);
  });
});

describe('npm run directory -- audit', () => {
  test('prints every figure, and the directory built from the fixture rows meets the bar', async () => {
    const varDir = await fixtureVar();
    // Through tsx, as `npm run directory` runs it: the one run that checks the source entry point works.
    const text = await cli(varDir, 'audit', { tsx: true });
    assert.equal(text.status, 0, text.stderr);
    for (const line of [
      /suspected false merges/,
      /places joining different explicit units with names under 0\.5 alike\s+0\n/,
      /surviving duplicate pairs/,
      /self-contradicting listings .*\s+0\n/,
      /custody settings .* by name\s+2\n/,
      /… in default results\s+0\n/,
      /places > 50 mi from both their ZIP code and their city\s+0\n/,
      /places a 5-mile search from their own ZIP code misses\s+0\n/,
      /numbers shown at places in several states or with unrelated names/,
      /only for veterans\s+\d+/,
    ]) {
      assert.match(text.stdout, line);
    }
    const json = await cli(varDir, 'audit', '--json');
    assert.equal(json.status, 0, json.stderr);
    const figures = JSON.parse(json.stdout) as AuditFigures;
    assert.equal(figures.merges.acrossUnitsDissimilarNames, 0);
    assert.equal(figures.contradictions.selfContradicting, 0);
    assert.equal(figures.contradictions.duShownAsOnlyServes, 0);
    assert.equal(figures.contradictions.ahShownAsSignLanguage, 0);
    assert.equal(figures.custody.inDefaultResults, 0);
    assert.equal(figures.geography.farFromZipAndCity, 0);
    assert.equal(figures.geography.placedWithoutReference, 0);
    assert.equal(figures.geography.notPlaced, 3, 'Yap and the two Palau listings, counted');
    assert.equal(figures.geography.missedByOwnZipSearch, 0);
    assert.equal(figures.sharedLines.shownUnlabelled, 0);
    assert.ok(figures.duplicates.pairs < 30);
  });

  test('--file audits another directory file; a missing one is a clear error', async () => {
    const varDir = await fixtureVar();
    const other = path.join(tempDir(), 'copy.sqlite');
    fs.copyFileSync(path.join(varDir, 'directory.sqlite'), other);
    const run = await cli(tempDir(), 'audit', '--file', other, '--json');
    assert.equal(run.status, 0, run.stderr);
    assert.ok((JSON.parse(run.stdout) as AuditFigures).facilities > 100);
    const missing = await cli(tempDir(), 'audit', '--file', path.join(tempDir(), 'nothing.sqlite'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /nothing\.sqlite/);
  });
});
