import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { HTML, madeBySend, send } from './send.ts';

describe('send(): our headers on every body; what a route set itself, either way it says so', () => {
  const app = new Hono();
  // A route that says its own headers: one plain header object, made directly.
  app.get('/own', (c) => send(c, '<p>hello</p>', HTML, undefined, { own: {} }));
  app.get('/own-headers', (c) =>
    send(c, 'id,name\n', 'text/csv; charset=utf-8', 201, {
      own: { 'Content-Disposition': 'attachment; filename="x.csv"', 'Cache-Control': 'public, max-age=9' },
    }),
  );
  // Routes that set a status or headers with Hono's own calls first: Hono merges them in.
  app.get('/prepared', (c) => {
    c.status(429);
    c.header('Retry-After', '60');
    c.header('cache-control', 'public, max-age=9'); // send() sets Cache-Control itself: its own wins
    return send(c, 'slow down', 'text/plain; charset=utf-8');
  });
  app.get('/cookie', (c) => {
    setCookie(c, 'a', '1');
    setCookie(c, 'b', '2');
    return send(c, 'with cookies', 'text/plain; charset=utf-8');
  });

  test('a route that says it set nothing: our headers, status 200 or its own, and any headers it names', async () => {
    const res = await app.request('/own');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), HTML);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.ok(madeBySend(res));
    assert.equal(await res.text(), '<p>hello</p>');

    const csv = await app.request('/own-headers');
    assert.equal(csv.status, 201);
    assert.equal(csv.headers.get('content-disposition'), 'attachment; filename="x.csv"');
    assert.equal(csv.headers.get('cache-control'), 'no-store', 'send() sets Cache-Control from cacheFor, not the route');
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
  });

  test("a route's c.status() and c.header() are kept, cookies too", async () => {
    const prepared = await app.request('/prepared');
    assert.equal(prepared.status, 429);
    assert.equal(prepared.headers.get('retry-after'), '60');
    assert.equal(prepared.headers.get('cache-control'), 'no-store');
    assert.equal(prepared.headers.get('x-frame-options'), 'DENY');
    assert.equal(await prepared.text(), 'slow down');

    const cookies = await app.request('/cookie');
    assert.deepEqual(cookies.headers.getSetCookie(), ['a=1; Path=/', 'b=2; Path=/']);
    assert.equal(cookies.headers.get('content-type'), 'text/plain; charset=utf-8');
  });
});
