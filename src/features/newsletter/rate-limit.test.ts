import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { clientKey, newSecret, RateLimiter, UNKNOWN_CLIENT } from './rate-limit.ts';

describe('the sign-up rate limiter', () => {
  forEachDatabase((database) => {
    test('allows `limit` attempts per window, per key, and forgets them as the window slides', async (t) => {
      const appDb = database.open();
      t.after(() => appDb.close());
      let now = Date.parse('2030-01-15T12:00:00Z');
      const limiter = new RateLimiter({ appDb, bucket: 'test', limit: 3, windowMs: 60_000, now: () => now });
      for (let i = 0; i < 3; i++) {
        assert.equal(await limiter.isLimited('a'), false);
        await limiter.hit('a');
        now += 1000;
      }
      assert.equal(await limiter.isLimited('a'), true);
      assert.equal(await limiter.isLimited('b'), false, 'another client is not affected');
      const other = new RateLimiter({ appDb, bucket: 'another-form', limit: 3, windowMs: 60_000, now: () => now });
      assert.equal(await other.isLimited('a'), false, 'another limit counts separately');
      assert.equal(await limiter.retryAfterSeconds('a'), 57);
      now += 57_000;
      assert.equal(await limiter.isLimited('a'), false, 'the oldest attempt has left the window');
      assert.equal(await limiter.retryAfterSeconds('nobody'), 0);
    });

    test('instances sharing the database count together', async (t) => {
      // Two connections to one database, as two instances would have (SQLite: the same file).
      const where = database.location();
      const file = where.dialect === 'sqlite' ? where.file : undefined;
      const dbOne = database.open(file);
      const dbTwo = database.open(file);
      t.after(async () => {
        await dbOne.close();
        await dbTwo.close();
      });
      const options = { bucket: 'signup', limit: 2, windowMs: 60_000 };
      const a = new RateLimiter({ appDb: dbOne, ...options });
      const b = new RateLimiter({ appDb: dbTwo, ...options });
      await a.hit('k');
      await b.hit('k');
      assert.equal(await a.isLimited('k'), true);
      assert.equal(await b.isLimited('k'), true);
    });

    test('attempts that stopped counting are deleted, not kept', async (t) => {
      const appDb = database.open();
      t.after(() => appDb.close());
      let now = Date.parse('2030-01-15T12:00:00Z');
      const limiter = new RateLimiter({ appDb, bucket: 'test', limit: 5, windowMs: 60_000, now: () => now });
      await limiter.hit('a');
      await limiter.hit('b');
      const rows = async () => (await (await appDb.ready()).selectFrom('rate_limit_hits').selectAll().execute()).length;
      assert.equal(await rows(), 2);
      now += 61_000;
      await limiter.hit('c');
      assert.equal(await rows(), 1, 'only the new attempt is left');
      const [row] = await (await appDb.ready()).selectFrom('rate_limit_hits').selectAll().execute();
      assert.equal(row?.client_key, 'c');
    });
  });
});

test('a client key is an HMAC of the address with a secret, never the address; unknown addresses share one key', async () => {
  const secret = newSecret();
  const app = new Hono();
  app.get('/plain', (c) => c.text(clientKey(c, secret)));
  app.get('/proxied', (c) => c.text(clientKey(c, secret, true)));
  // app.request() has no socket, so the address is unknown.
  assert.equal(await (await app.request('/plain')).text(), UNKNOWN_CLIENT);
  const key = async (forwardedFor: string) =>
    (await app.request('/proxied', { headers: { 'x-forwarded-for': forwardedFor } })).text();
  const one = await key('198.51.100.7');
  assert.match(one, /^[A-Za-z0-9_-]{22}$/);
  assert.ok(!one.includes('198'));
  assert.equal(await key('203.0.113.9, 198.51.100.7'), one, 'the right-most entry (our proxy’s) counts');
  assert.notEqual(await key('198.51.100.8'), one);
  // The same address under another secret gives another key; under the same secret (another instance), the same.
  const withSecret = (s: Buffer | string) =>
    new Hono().get('/', (c) => c.text(clientKey(c, s, true))).request('/', { headers: { 'x-forwarded-for': '198.51.100.7' } });
  assert.notEqual(await (await withSecret(newSecret())).text(), one);
  assert.equal(await (await withSecret(secret)).text(), one);
  // Without trustProxy, the header is ignored (anyone could set it).
  assert.equal(await (await app.request('/plain', { headers: { 'x-forwarded-for': '198.51.100.7' } })).text(), UNKNOWN_CLIENT);
});
