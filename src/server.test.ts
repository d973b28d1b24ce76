import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { test } from 'node:test';
import { buildServerBundles, SERVER_BUNDLE } from '../scripts/build-server.ts';
import { tempDir } from '../test/support/app.ts';
import { createTestDatabase } from '../test/support/postgres.ts';
import { type RunningServer, startServer } from '../test/support/server.ts';
import { linksIn, startSmtpSink } from '../test/support/smtp.ts';

test('the server refuses to start without a directory, and says which command builds it', async () => {
  if (process.env.OT_SERVER_BUNDLE_BUILT !== '1') await buildServerBundles();
  const dir = tempDir();
  const run = spawnSync(process.execPath, [SERVER_BUNDLE], {
    env: { ...process.env, NODE_ENV: 'test', PORT: '65530', VAR_DIR: dir, DIRECTORY_PATH: path.join(dir, 'missing.sqlite') },
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(run.status, 1);
  assert.match(run.stdout + run.stderr, /there is no directory database yet.*npm run directory -- ensure/);
});

test('a client that never finishes its headers gets a 408 and is cut off', async (t) => {
  const server = await startServer({ HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '1000' });
  t.after(() => server.stop());
  const socket = net.connect(server.port, '127.0.0.1');
  let answer = '';
  socket.on('data', (d) => {
    answer += d;
  });
  // Half a request, then nothing: a slow (or malicious) client holding the connection.
  socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
  await new Promise<void>((resolve, reject) => {
    socket.on('close', () => resolve());
    socket.on('error', reject);
  });
  assert.match(answer, /^HTTP\/1\.1 408 /);
  // The server itself is fine and still answers others.
  assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
});

test('two instances on one PostgreSQL: sign up on one, confirm on the other, one email delivered', async (t) => {
  const [database, sink] = await Promise.all([createTestDatabase(), startSmtpSink()]);
  // Both poll the shared queue often, so both are looking for the message when it arrives.
  const env = {
    DATABASE_URL: database.url,
    SMTP_URL: sink.url,
    RATE_LIMIT_SECRET: 'shared-by-both-instances-0123456789abcdef',
    MAIL_QUEUE_POLL_MS: '20',
  };
  const [one, two] = await Promise.all([startServer(env), startServer(env)]);
  t.after(async () => {
    await Promise.all([one.stop(), two.stop(), sink.stop()]);
    await database.drop();
  });
  const post = (server: RunningServer, path: string, fields: Record<string, string>) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
      body: new URLSearchParams(fields).toString(),
    });

  const signedUp = await post(one, '/newsletter', { email: 'both@example.org', consent: 'yes' });
  assert.equal(signedUp.status, 303);
  const mail = await sink.waitFor((m) => m.envelope.to.includes('both@example.org'));
  const link = new URL(linksIn(mail).find((l) => l.includes('/newsletter/confirm?token=')) ?? '');
  assert.equal((await fetch(`${two.url}${link.pathname}${link.search}`)).status, 200, 'the other instance knows the link');
  const confirmed = await post(two, '/newsletter/confirm', { token: link.searchParams.get('token') ?? '' });
  assert.equal(confirmed.headers.get('location'), '/newsletter/confirmed');
  // Give both workers time to look at the queue again: still exactly one email.
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(sink.messages.filter((m) => m.envelope.to.includes('both@example.org')).length, 1);
  for (const server of [one, two]) assert.ok(!server.output().includes('both@example.org'), 'no address in the logs');
});
