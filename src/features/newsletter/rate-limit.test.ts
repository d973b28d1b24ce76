import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Hono } from 'hono';
import { clientKey, newSalt, RateLimiter, UNKNOWN_CLIENT } from './rate-limit.ts';

test('the limiter allows `limit` attempts per window, per key, and forgets them as the window slides', () => {
  let now = 1_000_000;
  const limiter = new RateLimiter({ limit: 3, windowMs: 60_000, now: () => now });
  for (let i = 0; i < 3; i++) {
    assert.equal(limiter.isLimited('a'), false);
    limiter.hit('a');
    now += 1000;
  }
  assert.equal(limiter.isLimited('a'), true);
  assert.equal(limiter.isLimited('b'), false, 'another client is not affected');
  assert.equal(limiter.retryAfterSeconds('a'), 57);
  now += 57_000;
  assert.equal(limiter.isLimited('a'), false, 'the oldest attempt has left the window');
});

test('the limiter keeps a bounded number of keys, dropping the stalest', () => {
  const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 });
  limiter.hit('a');
  limiter.hit('b');
  limiter.hit('c');
  assert.equal(limiter.isLimited('a'), false, 'a was dropped');
  assert.equal(limiter.isLimited('b'), true);
  assert.equal(limiter.isLimited('c'), true);
});

test('a client key is a salted hash, never the address; unknown addresses share one key', async () => {
  const salt = newSalt();
  const app = new Hono();
  app.get('/plain', (c) => c.text(clientKey(c, salt)));
  app.get('/proxied', (c) => c.text(clientKey(c, salt, true)));
  // app.request() has no socket, so the address is unknown.
  assert.equal(await (await app.request('/plain')).text(), UNKNOWN_CLIENT);
  const key = async (forwardedFor: string) =>
    (await app.request('/proxied', { headers: { 'x-forwarded-for': forwardedFor } })).text();
  const one = await key('198.51.100.7');
  assert.match(one, /^[A-Za-z0-9_-]{22}$/);
  assert.ok(!one.includes('198'));
  assert.equal(await key('203.0.113.9, 198.51.100.7'), one, 'the right-most entry (our proxy’s) counts');
  assert.notEqual(await key('198.51.100.8'), one);
  // The same address under another process's salt gives another key.
  const other = new Hono().get('/', (c) => c.text(clientKey(c, newSalt(), true)));
  assert.notEqual(await (await other.request('/', { headers: { 'x-forwarded-for': '198.51.100.7' } })).text(), one);
  // Without trustProxy, the header is ignored (anyone could set it).
  assert.equal(await (await app.request('/plain', { headers: { 'x-forwarded-for': '198.51.100.7' } })).text(), UNKNOWN_CLIENT);
});
