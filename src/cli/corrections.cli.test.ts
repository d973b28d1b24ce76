import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { tempDir } from '../../test/support/app.ts';
import { runCli } from '../../test/support/cli.ts';
import { forEachDatabase } from '../../test/support/databases.ts';
import { publishTestDirectory } from '../../test/support/directory.ts';
import { type RunningServer, startServer } from '../../test/support/server.ts';
import { FIXTURE_SOURCES } from '../../test/support/source-rows.ts';
import { ROOT } from '../config.ts';
import { insertCorrection } from '../db/corrections.repository.ts';
import { observe } from '../domain/corrections.ts';
import type { Facility } from '../domain/facility.ts';
import { buildDirectory } from '../pipeline/build.ts';
import { renamedIds } from '../pipeline/renamed-ids.ts';

const FIXTURES = path.join(ROOT, 'data', 'fixtures', 'findtreatment');
/** A New Beginning, Florence, AL, as the fixture rows build it. */
const ID = '599kbb0hsw';

function cli(env: Record<string, string>, varDir: string, ...args: string[]) {
  return runCli('directory', args, { VAR_DIR: varDir, DIRECTORY_PATH: '', SOURCES_DIR: FIXTURE_SOURCES, ...env });
}

/** The fixture export with A New Beginning under a longer name: the import founds it, so its id changes. */
function renamingExport(): string {
  const file = path.join(tempDir(), 'export-renamed.csv');
  const csv = fs.readFileSync(path.join(FIXTURES, 'export-listing.csv'), 'utf8');
  fs.writeFileSync(file, csv.replace(/^A New Beginning,/m, 'A New Beginning Treatment Center,'));
  return file;
}

const page = async (server: RunningServer, p: string) => {
  const res = await fetch(`${server.url}${p}`, { redirect: 'manual' });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
};
const waitForSwap = () => new Promise((r) => setTimeout(r, 1100)); // the site checks files and versions once a second

/** After a swap, until `check` holds: the locator loads a new directory in the background, the old one serving meanwhile. */
async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  const started = Date.now();
  await waitForSwap();
  while (!(await check())) {
    assert.ok(Date.now() - started < 15_000, 'the site still serves the old directory 15 s after the swap');
    await new Promise((r) => setTimeout(r, 100));
  }
}

forEachDatabase(
  (database) => {
    describe('corrections survive rebuilds and imports (npm run directory, against a running site)', () => {
      let varDir: string;
      let server: RunningServer;
      before(async () => {
        varDir = tempDir();
        const file = path.join(varDir, 'directory.sqlite');
        await buildDirectory({ sourcesDir: FIXTURE_SOURCES, outPath: file });
        // On PostgreSQL the site serves the directory published there, as `npm run directory -- build` publishes it.
        if (database.dialect === 'postgres') await publishTestDirectory(database.env.DATABASE_URL as string, file, 0);
        server = await startServer({ VAR_DIR: varDir, DIRECTORY_PATH: '', SOURCES_DIR: FIXTURE_SOURCES, ...database.env });
        // An editor's correction, as the review would store it, in the site's own app database.
        const appDb = database.dialect === 'sqlite' ? database.open(path.join(varDir, 'app.sqlite')) : database.open();
        const db = await appDb.ready();
        const { id: editorId } = await db
          .insertInto('editors')
          .values({ email: 'ed@example.org', created_at: new Date().toISOString() })
          .returning('id')
          .executeTakeFirstOrThrow();
        const directory = { phone: '256-381-0013' } as Facility;
        await db.transaction().execute((trx) =>
          insertCorrection(trx, {
            facilityId: ID,
            change: { field: 'phone', phone: '256-555-0100' },
            base: observe('phone', directory),
            evidence: 'called',
            checkedOn: '2026-11-20',
            reportId: null,
            editorId,
            at: new Date().toISOString(),
          }),
        );
        await appDb.close();
        await waitForSwap();
      });
      after(async () => {
        await server?.stop();
      });

      test('shown before, kept through a full rebuild, followed through an import that changes the id, and flagged', async () => {
        const first = await page(server, `/facilities/${ID}`);
        assert.match(first.html, /tel:\+12565550100/);

        const rebuild = await cli(database.env, varDir, 'build');
        assert.equal(rebuild.status, 0, rebuild.stderr);
        assert.match(rebuild.stdout, /Facility ids this rebuild changed: 0/);
        assert.match(rebuild.stdout, /Corrections by our team: 1, none in conflict with this directory/);
        await waitUntil(async () =>
          /Phone confirmed by our team on <time datetime="2026-11-20">/.test((await page(server, `/facilities/${ID}`)).html),
        );

        const imported = await cli(database.env, varDir, 'import', renamingExport(), '--as-of', '2026-11-25');
        assert.equal(imported.status, 0, imported.stderr);
        assert.match(imported.stdout, /Facility ids this rebuild changed: 1 \(1 new; old links redirect to the new ids\)/);
        assert.match(imported.stdout, /Corrections the new directory disagrees with: 1\./, 'the import has another number');
        await waitUntil(async () => (await page(server, `/facilities/${ID}`)).status === 301);
        const old = await page(server, `/facilities/${ID}`);
        assert.equal(old.status, 301);
        const newId = old.location?.replace('/facilities/', '') ?? '';
        assert.notEqual(newId, ID);
        const moved = await page(server, `/facilities/${newId}`);
        assert.match(moved.html, /<h1>A New Beginning Treatment Center<\/h1>/);
        assert.match(moved.html, /tel:\+12565550100/, 'our correction followed the place to its new id');
        assert.doesNotMatch(moved.html, /tel:\+12565550142/, 'the import’s number waits for an editor');
        const api = await fetch(`${server.url}/api/v1/facilities/${ID}`, { redirect: 'follow' });
        assert.equal(((await api.json()) as { phone: string }).phone, '256-555-0100');
        const corrections = (await (await fetch(`${server.url}/api/v1/corrections`)).json()) as {
          corrections: { facility_id: string }[];
        };
        assert.equal(corrections.corrections[0]?.facility_id, newId, 'open data names the id of today');

        // A later plain rebuild (the import is kept) changes no more ids and keeps the correction.
        const again = await cli(database.env, varDir, 'build');
        assert.equal(again.status, 0, again.stderr);
        assert.match(again.stdout, /Facility ids this rebuild changed: 0/);
        await waitForSwap();
        assert.match((await page(server, `/facilities/${newId}`)).html, /tel:\+12565550100/, 'still corrected after the rebuild');

        const out = tempDir();
        const exported = await cli(database.env, varDir, 'export-hsds', out);
        assert.equal(exported.status, 0, exported.stderr);
        const service = fs
          .readFileSync(path.join(out, 'services.ndjson'), 'utf8')
          .split('\n')
          .find((l) => l.includes('A New Beginning Treatment Center'));
        assert.match(service ?? '', /"assured_date":"2026-11-20"/);
        assert.match(service ?? '', /"number":"256-555-0100"/);
        assert.deepEqual(
          fs.readdirSync(varDir).filter((f) => f.endsWith('.previous') || f.endsWith('.building')),
          [],
          'no copy left behind',
        );
      });
    });
  },
  { emptyEachTest: false },
);

test('renamedIds on real builds: the same inputs keep every id; an import that founds a place anew renames it', async () => {
  const dir = tempDir();
  const before = path.join(dir, 'before.sqlite');
  const renamed = path.join(dir, 'renamed.sqlite');
  const same = path.join(dir, 'same.sqlite');
  await buildDirectory({ sourcesDir: FIXTURE_SOURCES, outPath: before });
  await buildDirectory({ sourcesDir: FIXTURE_SOURCES, outPath: same });
  await buildDirectory({
    sourcesDir: FIXTURE_SOURCES,
    outPath: renamed,
    importFile: { file: renamingExport(), asOf: '2026-11-25' },
  });
  assert.deepEqual(renamedIds(before, same).renamed, new Map(), 'the same inputs: the same ids');
  const changed = renamedIds(before, renamed);
  assert.equal(changed.renamed.size, 1);
  const newId = changed.renamed.get(ID) as string;
  assert.ok(changed.liveIds.has(newId) && !changed.liveIds.has(ID));
});
