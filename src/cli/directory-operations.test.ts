import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from '../../test/support/app.ts';
import { runCli } from '../../test/support/cli.ts';
import { FIXTURE_SOURCES } from '../../test/support/source-rows.ts';
import { ROOT } from '../config.ts';
import { buildDirectory } from '../pipeline/build.ts';
import { takeBuildLock } from '../pipeline/build-lock.ts';

const FIXTURES = path.join(ROOT, 'data', 'fixtures', 'findtreatment');

/** A var folder holding a directory built from the fixture rows. */
async function fixtureVar(): Promise<string> {
  const varDir = tempDir();
  await buildDirectory({ sourcesDir: FIXTURE_SOURCES, outPath: path.join(varDir, 'directory.sqlite') });
  return varDir;
}

const env = (varDir: string) => ({ VAR_DIR: varDir, DIRECTORY_PATH: '', SOURCES_DIR: FIXTURE_SOURCES });
const builtAt = (varDir: string) => {
  const db = new Database(path.join(varDir, 'directory.sqlite'), { readonly: true });
  try {
    return (db.prepare("SELECT value FROM meta WHERE key = 'built_at'").get() as { value: string }).value;
  } finally {
    db.close();
  }
};
const savedManifest = (varDir: string) => {
  const file = path.join(varDir, 'imports', 'import.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { file: string; asOf: string }) : undefined;
};

describe('operating the directory on one machine', () => {
  test('two imports at once: each says truthfully what happened, and the directory is the one that said it won', async () => {
    const varDir = await fixtureVar();
    const before = builtAt(varDir);
    const [a, b] = await Promise.all([
      runCli('directory', ['import', path.join(FIXTURES, 'export-api.json'), '--as-of', '2026-01-05'], env(varDir)),
      runCli('directory', ['import', path.join(FIXTURES, 'export-listing.csv'), '--as-of', '2026-02-07'], env(varDir)),
    ]);
    const outcomes = [a, b];
    for (const run of outcomes) {
      if (run.status === 0) assert.match(run.stdout, /Directory written to/);
      else {
        assert.equal(run.status, 75, run.stderr);
        assert.match(run.stderr, /another directory build or import is running; nothing was changed/);
        assert.doesNotMatch(run.stdout, /Directory written to/);
      }
    }
    const won = outcomes.filter((r) => r.status === 0);
    assert.ok(won.length >= 1, 'at least one import went through');
    assert.notEqual(builtAt(varDir), before);
    // The saved export is one that reported success (the later one, if both ran one after the other).
    const asOf = savedManifest(varDir)?.asOf;
    const winners = [a.status === 0 ? '2026-01-05' : undefined, b.status === 0 ? '2026-02-07' : undefined];
    assert.ok(asOf && winners.includes(asOf), `saved ${asOf}, winners ${winners}`);
    assert.deepEqual(
      fs.readdirSync(varDir).filter((f) => f.endsWith('.building') || f.endsWith('.previous')),
      [],
    );
  });

  test('while another build holds the lock, an import fails at once with a clear message and changes nothing', async () => {
    const varDir = await fixtureVar();
    const before = builtAt(varDir);
    const lock = takeBuildLock(path.join(varDir, 'directory.sqlite'));
    try {
      const [run, build] = await Promise.all([
        runCli('directory', ['import', path.join(FIXTURES, 'export-api.json')], env(varDir)),
        runCli('directory', ['build'], env(varDir)),
      ]);
      for (const r of [run, build]) {
        assert.equal(r.status, 75, r.stderr);
        assert.match(r.stderr, /Directory not changed: another directory build or import is running/);
      }
    } finally {
      lock.release();
    }
    assert.equal(builtAt(varDir), before);
    assert.equal(savedManifest(varDir), undefined);
    const after = await runCli('directory', ['import', path.join(FIXTURES, 'export-api.json')], env(varDir));
    assert.equal(after.status, 0, after.stderr);
  });

  test('a build removes the half-written files and the comparison copy an interrupted one left behind', async () => {
    const varDir = await fixtureVar();
    const leftovers = ['directory.sqlite.1234.1700000000000.building', 'directory.sqlite.previous'];
    for (const f of leftovers) fs.writeFileSync(path.join(varDir, f), 'half a file');
    fs.writeFileSync(path.join(varDir, 'notes.building'), 'not ours: kept');
    const run = await runCli('directory', ['build'], env(varDir));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /Removed what an interrupted build left behind: directory\.sqlite\.1234\.1700000000000\.building/);
    for (const f of leftovers) assert.equal(fs.existsSync(path.join(varDir, f)), false, f);
    assert.equal(fs.existsSync(path.join(varDir, 'notes.building')), true);
  });

  test('the export is saved before the new directory is swapped in: if it cannot be saved, nothing is swapped', async () => {
    const varDir = await fixtureVar();
    const before = builtAt(varDir);
    // A file where the imports folder should be: saving the export fails.
    fs.writeFileSync(path.join(varDir, 'imports'), 'in the way');
    const run = await runCli('directory', ['import', path.join(FIXTURES, 'export-api.json')], env(varDir));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /nothing changed/);
    assert.equal(builtAt(varDir), before, 'the old directory still serves');
    assert.deepEqual(
      fs.readdirSync(varDir).filter((f) => f.endsWith('.building')),
      [],
    );
  });
});
