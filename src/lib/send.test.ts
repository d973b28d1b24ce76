import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { HTML, madeBySend, send, trackPrepared } from './send.ts';

/** A route that sets a status and headers of its own before it sends, on an app with or without tracking. */
function app(tracked: boolean) {
  const a = new Hono();
  if (tracked) a.use(trackPrepared());
  a.get('/plain', (c) => send(c, '<p>hello</p>', HTML));
  a.get('/prepared', (c) => {
    c.status(429);
    c.header('Retry-After', '60');
    c.header('cache-control', 'public, max-age=9'); // send() sets Cache-Control itself: its own wins
    c.header('X-Gone', 'soon');
    c.header('X-Gone', undefined);
    return send(c, 'slow down', 'text/plain; charset=utf-8');
  });
  a.get('/explicit', (c) => {
    c.status(429);
    return send(c, 'made', 'text/plain; charset=utf-8', 201);
  });
  a.get('/cookie', (c) => {
    setCookie(c, 'a', '1');
    setCookie(c, 'b', '2');
    return send(c, 'with cookies', 'text/plain; charset=utf-8');
  });
  return a;
}

describe('send() builds one plain header object, with what the route set before it', () => {
  for (const tracked of [true, false]) {
    const which = tracked ? 'tracked' : 'untracked (Hono merges)';

    test(`${which}: our headers, the status, and a route's own status and headers`, async () => {
      const plain = await app(tracked).request('/plain');
      assert.equal(plain.status, 200);
      assert.equal(plain.headers.get('content-type'), HTML);
      assert.equal(plain.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(plain.headers.get('cache-control'), 'no-store');
      assert.ok(madeBySend(plain));
      assert.equal(await plain.text(), '<p>hello</p>');

      const prepared = await app(tracked).request('/prepared');
      assert.equal(prepared.status, 429);
      assert.equal(prepared.headers.get('retry-after'), '60');
      assert.equal(prepared.headers.get('cache-control'), 'no-store');
      assert.equal(prepared.headers.get('x-gone'), null);
      assert.equal(await prepared.text(), 'slow down');

      assert.equal((await app(tracked).request('/explicit')).status, 201);

      const cookies = await app(tracked).request('/cookie');
      assert.deepEqual(cookies.headers.getSetCookie(), ['a=1; Path=/', 'b=2; Path=/']);
      assert.equal(cookies.headers.get('content-type'), 'text/plain; charset=utf-8');
    });
  }
});
