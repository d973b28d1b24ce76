import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../test/support/app.ts';
import { runCli } from '../../test/support/cli.ts';
import { openAppDb } from '../db/app-db.ts';
import { createAuthService } from '../features/editor/auth.service.ts';

/** `npm run editor -- …` as an operator runs it, against a given var folder. */
function editor(varDir: string, ...args: string[]) {
  return runCli('editor', args, { VAR_DIR: varDir, PUBLIC_URL: 'https://opentreatment.example' });
}

const linkIn = (stdout: string) =>
  stdout.match(/https:\/\/opentreatment\.example\/editor\/setup\?token=([A-Za-z0-9_-]{43})\n/)?.[1];

test('npm run editor: add prints a one-time setup link, reset replaces it, disable and list say what they did', async () => {
  const varDir = tempDir();
  const added = await editor(varDir, 'add', 'Someone@Example.org');
  assert.equal(added.status, 0, added.stderr);
  assert.match(added.stdout, /one-time setup link to someone@example.org/);
  const first = linkIn(added.stdout);
  assert.ok(first, added.stdout);
  const twice = await editor(varDir, 'add', 'someone@example.org');
  assert.equal(twice.status, 1);
  assert.match(twice.stderr, /already an editor/);
  assert.match((await editor(varDir, 'list')).stdout, /someone@example.org\twaiting for setup/);

  const reset = await editor(varDir, 'reset', 'someone@example.org');
  assert.equal(reset.status, 0, reset.stderr);
  const second = linkIn(reset.stdout);
  assert.ok(second && second !== first);
  const appDb = openAppDb({ dialect: 'sqlite', file: path.join(varDir, 'app.sqlite') });
  try {
    const auth = createAuthService({ appDb, now: () => new Date() });
    assert.equal(await auth.checkSetupToken(first), undefined, 'the old link stopped working');
    assert.equal((await auth.checkSetupToken(second))?.email, 'someone@example.org');
    const db = await appDb.ready();
    const stored = await db.selectFrom('editor_setup_tokens').select('token_hash').execute();
    assert.ok(
      stored.every((t) => t.token_hash !== second && t.token_hash.length === 64),
      'only a hash is stored',
    );
  } finally {
    await appDb.close();
  }

  assert.equal((await editor(varDir, 'disable', 'someone@example.org')).status, 0);
  assert.match((await editor(varDir, 'list')).stdout, /someone@example.org\tdisabled/);
  assert.equal((await editor(varDir, 'disable', 'nobody@example.org')).status, 1);
  assert.equal((await editor(varDir, 'add', 'not an address')).status, 1);
  const bad = await editor(varDir, 'promote', 'someone@example.org');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /Unknown command "promote"/);
  assert.equal((await editor(varDir)).status, 2);
});
