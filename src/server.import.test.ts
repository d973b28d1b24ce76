import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../test/support/app.ts';
import { runCli } from '../test/support/cli.ts';
import { createTestDatabase } from '../test/support/postgres.ts';
import { type RunningServer, startServer } from '../test/support/server.ts';
import { FIXTURE_SOURCES } from '../test/support/source-rows.ts';
import { ROOT } from './config.ts';

const EXPORT = path.join(ROOT, 'data', 'fixtures', 'findtreatment', 'export-api.json');
/** A place only the export has (the shared test directory, built from data/sources, does not). */
const ONLY_IN_IMPORT = 'Harbor Example Recovery Clinic';

interface Health {
  directory: { facilities: number; built_at: string };
}

async function health(server: RunningServer): Promise<Health> {
  const response = await fetch(`${server.url}/healthz`);
  assert.equal(response.status, 200);
  return (await response.json()) as Health;
}

test('two instances on one PostgreSQL: an import published once is served by both, with no failed request', async (t) => {
  const database = await createTestDatabase();
  const env = { DATABASE_URL: database.url, RATE_LIMIT_SECRET: 'shared-by-both-instances-0123456789abcdef' };
  const [one, two] = await Promise.all([startServer(env), startServer(env)]);
  t.after(async () => {
    await Promise.all([one.stop(), two.stop()]);
    await database.drop();
  });
  const servers = [one, two];
  const before = await Promise.all(servers.map(health));
  assert.deepEqual(before[0], before[1], 'both start on the directory published in the database');
  for (const server of servers) {
    const page = await (await fetch(`${server.url}/find?near=21201&radius=10`)).text();
    assert.ok(!page.includes(ONLY_IN_IMPORT), 'the export is not in the directory yet');
  }

  // Both instances serve searches and health checks without a pause while the import runs and is swapped in.
  const failures: string[] = [];
  let requests = 0;
  let importing = true;
  // ZIP codes both directories know (the new one is built from the fixture rows; an unknown ZIP is a 400).
  const zips = ['21201', '35630', '10001', '60601', '94103', '85004', '33101', '80202'];
  const traffic = servers.map(async (server, s) => {
    for (let i = 0; importing; i++) {
      const target = i % 3 === 0 ? '/healthz' : `/find?near=${zips[(i + s) % zips.length]}&radius=${[5, 10, 25, 50][i % 4]}`;
      try {
        const response = await fetch(`${server.url}${target}`);
        await response.arrayBuffer();
        if (response.status !== 200) failures.push(`${server.url}${target}: ${response.status}`);
      } catch (error) {
        failures.push(`${server.url}${target}: ${(error as Error).message}`);
      }
      requests++;
    }
  });

  // The import runs as an operator's scheduled job would: its own folder, the same DATABASE_URL.
  const run = await runCli('directory', ['import', EXPORT, '--as-of', '2026-11-01'], {
    DATABASE_URL: database.url,
    VAR_DIR: tempDir(),
    DIRECTORY_PATH: '',
    SOURCES_DIR: FIXTURE_SOURCES,
  });
  const published = Date.now();
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /Published to PostgreSQL as directory_\w+/);

  // Both serve the new directory within a few seconds (NOTIFY, or at worst the next poll).
  const after: Health[] = [];
  for (const [i, server] of servers.entries()) {
    for (;;) {
      const now = await health(server);
      if (now.directory.built_at !== before[i]?.directory.built_at) {
        after.push(now);
        break;
      }
      assert.ok(Date.now() - published < 5000, `${server.url} still serves the old directory 5 s after the import`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const caughtUpMs = Date.now() - published;
  // Keep the traffic going a moment after the switch, then stop it.
  await new Promise((r) => setTimeout(r, 300));
  importing = false;
  await Promise.all(traffic);

  assert.deepEqual(after[0], after[1], 'both serve the same directory');
  assert.notEqual(after[0]?.directory.facilities, before[0]?.directory.facilities);
  // The locator loads the new directory in a worker and serves the old one until it is ready: searches
  // find the import's places a moment after the switch.
  for (const server of servers) {
    for (;;) {
      const page = await (await fetch(`${server.url}/find?near=21201&radius=10`)).text();
      if (page.includes(ONLY_IN_IMPORT)) break;
      assert.ok(Date.now() - published < 10_000, `${server.url} finds the place only the import has`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  assert.deepEqual(failures, [], `no failed request during the swap (of ${requests})`);
  assert.ok(requests > 20, `traffic kept flowing during the import (${requests} requests)`);
  t.diagnostic(`both instances served the import ${caughtUpMs} ms after it finished; ${requests} requests, none failed`);
});
