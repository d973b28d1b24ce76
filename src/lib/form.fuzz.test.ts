import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachDatabase } from '../../test/support/databases.ts';
import { seededRandom } from '../../test/support/random.ts';

/** Every POST route, with a token in the query where one is expected. */
const ROUTES = [
  '/newsletter',
  '/newsletter/confirm',
  '/newsletter/unsubscribe',
  '/newsletter/unsubscribe?token=abc',
  '/self-check',
];

const bodies = (r: () => number): { type: string; body: string }[] => [
  { type: 'multipart/form-data; boundary=xyz', body: '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n' }, // cut short
  { type: 'multipart/form-data; boundary=xyz', body: 'no boundary here at all' },
  { type: 'multipart/form-data', body: '--\r\n' }, // no boundary parameter
  { type: 'application/x-www-form-urlencoded', body: '%%%&&&==%E0%A4%A' },
  { type: 'application/x-www-form-urlencoded', body: `email=${'a'.repeat(40_000)}@example.org` }, // over the size limit
  { type: 'application/json', body: '{"email": "a@example.org"' },
  { type: 'text/plain', body: '<script>alert(1)</script>' },
  {
    type: 'application/x-www-form-urlencoded',
    body: Array.from({ length: 200 }, () => String.fromCharCode(Math.floor(r() * 0x7f))).join(''),
  },
];

forEachDatabase(
  (database) => {
    const t = database.useTestApp();

    describe('malformed POST bodies', () => {
      for (const route of ROUTES) {
        test(`${route}: a broken body is a 4xx, never a 5xx, and nothing is logged as an error`, async () => {
          const r = seededRandom(route.length);
          for (const { type, body } of bodies(r)) {
            const before = t.logs.length;
            const res = await t.app.request(route, {
              method: 'POST',
              headers: { 'Content-Type': type, Origin: 'http://localhost:3000' },
              body,
            });
            assert.ok(res.status >= 400 && res.status < 500, `${route} with ${type} "${body.slice(0, 30)}" gave ${res.status}`);
            assert.ok(!(await res.text()).includes('<script>alert(1)'));
            const errors = t.logs.slice(before).filter((line) => /"level":(50|60)/.test(line));
            assert.deepEqual(errors, [], `${route} logged an error`);
          }
        });
      }
    });
  },
  { emptyEachTest: false },
);
