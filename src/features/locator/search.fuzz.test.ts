import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { seededRandom as random } from '../../../test/support/random.ts';
import { FILTER_GROUPS } from '../../domain/concepts.ts';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR 1=1 --",
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  '\u202e',
  '😀',
  'Bayamón, PR',
  '21201',
  '39.29,-76.61',
  '-91,200',
  'NaN',
  'Infinity',
  '1e309',
  '0x10',
  '   ',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${7*7}',
  '\\',
  '%',
  '%%32%35',
  '&',
  '=',
  '[]',
  'detox',
  'methadone',
  'unconfirmed',
  '100',
  '-1',
  '99999999999999999999',
  'a'.repeat(5000),
];
const KEYS = ['near', 'radius', 'page', 'per_page', 'include', ...FILTER_GROUPS, 'near[]', 'constructor', '__proto__', 'unknown'];

function hostileQuery(r: () => number): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    const key = KEYS[Math.floor(r() * KEYS.length)] as string;
    let value = HOSTILE[Math.floor(r() * HOSTILE.length)] as string;
    if (r() < 0.3) {
      // Random UTF-16 text (lone surrogates can't be encoded in a URL at all, so they are skipped).
      const codes = Array.from({ length: Math.floor(r() * 20) }, () => Math.floor(r() * 0xffff)).filter(
        (c) => c < 0xd800 || c > 0xdfff,
      );
      value = String.fromCharCode(...codes);
    }
    // Sometimes send raw, badly encoded bytes instead of a properly encoded value.
    parts.push(r() < 0.15 ? `${key}=${value.replace(/[\s#]/g, '')}` : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  }
  return parts.join('&');
}

forEachDatabase(
  (database) => {
    const t = database.useTestApp();

    describe('thousands of hostile query strings', () => {
      for (const [path, seed] of [
        ['/find', 1],
        ['/api/v1/facilities', 2],
        ['/api/v1/facilities.csv', 3],
        ['/api/v1/facilities.geojson', 4],
      ] as const) {
        test(`${path}: never a 5xx, never reflected unescaped`, async () => {
          const r = random(seed);
          const count = path === '/find' ? 1500 : 700;
          for (let i = 0; i < count; i++) {
            const qs = hostileQuery(r);
            let res: Response;
            try {
              res = await t.app.request(`${path}?${qs}`);
            } catch (error) {
              // A URL so malformed the URL parser refuses it never reaches a server either.
              if (error instanceof TypeError && /Invalid URL/.test(error.message)) continue;
              throw error;
            }
            assert.ok(res.status < 500, `${path}?${qs} gave ${res.status}`);
            const body = await res.text();
            assert.ok(!body.includes('<script>alert(1)'), `${path}?${qs} reflected a script tag`);
            assert.ok(!body.includes('<img src=x'), `${path}?${qs} reflected an img tag`);
            if (path === '/api/v1/facilities' || path.endsWith('.geojson') || res.status >= 400) {
              if (path !== '/find') assert.doesNotThrow(() => JSON.parse(body), `${path}?${qs} is JSON`);
            }
          }
        });
      }
      test('and the facility page with hostile ids', async () => {
        const r = random(5);
        for (let i = 0; i < 300; i++) {
          const id = encodeURIComponent(HOSTILE[Math.floor(r() * HOSTILE.length)] as string);
          for (const path of [`/facilities/${id}`, `/api/v1/facilities/${id}`]) {
            const res = await t.app.request(path);
            assert.ok(res.status === 404 || res.status === 200, `${path} gave ${res.status}`);
            assert.ok(!(await res.text()).includes('<script>alert(1)'));
          }
        }
      });
    });
  },
  { emptyEachTest: false },
);
