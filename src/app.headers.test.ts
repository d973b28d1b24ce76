import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import zlib from 'node:zlib';
import { forEachDatabase } from '../test/support/databases.ts';

forEachDatabase(
  (database) => {
    const on = database.useTestApp();
    const off = database.useTestApp({ COMPRESSION: 'off' });

    const decode = async (res: Response): Promise<string> => {
      const body = Buffer.from(await res.arrayBuffer());
      const encoding = res.headers.get('content-encoding');
      if (encoding === 'br') return zlib.brotliDecompressSync(body).toString('utf8');
      if (encoding === 'gzip') return zlib.gunzipSync(body).toString('utf8');
      return body.toString('utf8');
    };

    describe('compression', () => {
      const bodies: [string, RegExp][] = [
        ['/find?near=21201', /<li class="result" id="result-1">/],
        ['/api/v1/facilities?near=21201', /"facilities":\[\{/],
        ['/api/v1/facilities.geojson?near=21201', /"type":"FeatureCollection"/],
        ['/api/v1/facilities.csv?near=21201', /^id,/],
        ['/guides/heroin-rehab-treatment-options', /<h1/],
        ['/api/openapi.json', /"openapi":"3\.1/],
      ];
      for (const [path, content] of bodies) {
        test(`${path}: brotli when accepted, gzip when only that is, plain otherwise`, async () => {
          for (const [accept, expected] of [
            ['gzip, deflate, br, zstd', 'br'],
            ['gzip', 'gzip'],
            [undefined, null],
          ] as const) {
            const res = await on.app.request(path, { headers: accept ? { 'accept-encoding': accept } : {} });
            assert.equal(res.status, 200);
            assert.equal(res.headers.get('content-encoding'), expected, `${accept}`);
            assert.equal(res.headers.get('vary'), 'Accept-Encoding');
            assert.match(await decode(res), content);
          }
        });
      }

      test('COMPRESSION=off (a reverse proxy compresses): pages and JSON go out plain, still marked Vary', async () => {
        for (const path of ['/find?near=21201', '/api/v1/facilities?near=21201']) {
          const res = await off.app.request(path, { headers: { 'accept-encoding': 'br, gzip' } });
          assert.equal(res.headers.get('content-encoding'), null, path);
          assert.equal(res.headers.get('vary'), 'Accept-Encoding');
        }
      });

      test('small responses are not compressed', async () => {
        const res = await on.app.request('/healthz', { headers: { 'accept-encoding': 'br' } });
        assert.equal(res.headers.get('content-encoding'), null);
      });

      test('static files are sent pre-compressed whatever the setting, and cached for a year when versioned', async () => {
        for (const t of [on, off]) {
          const page = await (await t.app.request('/self-check')).text();
          const css = page.match(/href="(\/assets\/site-rest\.css\?v=[0-9a-f]+)"/)?.[1];
          assert.ok(css, 'the self-check links the part of its stylesheet that is not inline');
          const res = await t.app.request(css, { headers: { 'accept-encoding': 'gzip, br' } });
          assert.equal(res.headers.get('content-encoding'), 'br');
          assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
          assert.match(await decode(res), /\.site-footer\s*\{/);
          const plain = await t.app.request('/assets/site.css');
          assert.equal(plain.headers.get('content-encoding'), null);
          assert.equal(plain.headers.get('cache-control'), 'public, max-age=300');
        }
      });
    });

    describe('the first screen in one round trip', () => {
      const styled = async (path: string) => {
        const res = await on.app.request(path);
        const csp = res.headers.get('content-security-policy') ?? '';
        const html = await res.text();
        const styleSrc = csp.split(';').find((d) => d.trim().startsWith('style-src')) ?? '';
        assert.doesNotMatch(csp, /unsafe-inline/);
        const nonce = html.match(/<head>[\s\S]*<style nonce="([^"]+)">[\s\S]*<\/head>/)?.[1];
        assert.ok(nonce, 'an inline <style> in <head> with a nonce');
        assert.ok(styleSrc.includes(`'nonce-${nonce}'`), `style-src allows this response's nonce: ${styleSrc}`);
        const style = html.match(/<style nonce="[^"]+">([\s\S]*?)<\/style>/)?.[1] ?? '';
        return { html, style, head: html.slice(0, html.indexOf('</head>')) };
      };

      for (const path of ['/', '/find?near=21201', '/guides/heroin-rehab-treatment-options']) {
        test(`${path}: the rules it can use inline with the CSP nonce, and no stylesheet file to wait for`, async () => {
          const { html, style } = await styled(path);
          assert.doesNotMatch(html, /<link rel="stylesheet" href="\/assets\/site/, 'no site stylesheet is linked');
          assert.match(style, /\.site-header\s*\{/);
          assert.match(style, /\.site-footer\s*\{/, 'the rules below the first screen too');
        });
      }

      test('a results page leaves out the rules for what it does not have (the search form, breadcrumbs)', async () => {
        const { html, style } = await styled('/find?near=21201');
        assert.doesNotMatch(html, /class="search-box"|class="breadcrumbs"/);
        assert.doesNotMatch(style, /\.search-box\s*\{|\.breadcrumbs\s*\{/);
        assert.match(style, /\.result\s*\{/);
      });

      test('small scripts come in the page, with the nonce: nothing else to fetch before it has loaded', async () => {
        const { html } = await styled('/');
        assert.doesNotMatch(html, /<script[^>]* src=/);
        assert.match(html, /<script nonce="[^"]+">\/\/ Open Treatment: small enhancements only/);
      });

      test('/self-check, whose script draws new screens: the first-screen part inline, the rest linked after the content', async () => {
        const { html, head } = await styled('/self-check');
        assert.doesNotMatch(head, /site(-rest)?\.css/, 'no site stylesheet blocks the first paint');
        assert.ok(html.indexOf('site-rest.css') > html.indexOf('</main>'), 'the rest comes after the content');
      });
    });

    describe('Cache-Control: nothing is kept unless a page opts in', () => {
      const cases: [string, string][] = [
        // Anything that can hold a place, an answer, a token or who looked at what: never stored.
        ['/find?near=21201', 'no-store'],
        ['/find', 'no-store'],
        ['/find?near=not-a-place-anywhere', 'no-store'],
        ['/api/v1/facilities?near=21201', 'no-store'],
        ['/api/v1/facilities.csv?near=21201', 'no-store'],
        ['/self-check', 'no-store'],
        ['/crisis', 'no-store'],
        ['/newsletter', 'no-store'],
        ['/healthz', 'no-store'],
        ['/no-such-page', 'no-store'],
        ['/api/v1/no-such-thing', 'no-store'],
        // The same for everyone: cacheable.
        ['/', 'public, max-age=300'],
        ['/guides', 'public, max-age=300'],
        ['/guides/heroin-rehab-treatment-options', 'public, max-age=300'],
        ['/about/privacy', 'public, max-age=300'],
        ['/about/data', 'public, max-age=300'],
        ['/api', 'public, max-age=300'],
        ['/api/openapi.json', 'public, max-age=3600'],
        ['/api/v1/services', 'public, max-age=3600'],
        ['/api/v1/directory', 'public, max-age=3600'],
      ];
      for (const [path, expected] of cases) {
        test(`${path}: ${expected}`, async () => {
          const res = await on.app.request(path);
          assert.equal(res.headers.get('cache-control'), expected);
        });
      }

      test('a facility page is not stored (it says which place someone looked at)', async () => {
        const search = await (await on.app.request('/api/v1/facilities?near=21201&per_page=1')).json();
        const id = search.facilities[0].id as string;
        assert.equal((await on.app.request(`/facilities/${id}`)).headers.get('cache-control'), 'no-store');
      });
    });
  },
  { emptyEachTest: false },
);
