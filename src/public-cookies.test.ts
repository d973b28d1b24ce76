/**
 * No public page sets a cookie. Only the editors' pages do, and only for /editor: checked here across every
 * route the app has (read from the app itself, so a new route is checked without anyone adding it), for GETs
 * with real ids, with the query strings people use, and for every public form.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachDatabase } from '../test/support/databases.ts';
import { hsdsId } from './features/open-data/hsds.ids.ts';

forEachDatabase(
  (database) => {
    const made = database.useTestApp();

    /** A real value for each route parameter, so each route is asked for something it has. */
    async function sampleParams(): Promise<Record<string, string>> {
      const { id } = await made.deps.directory
        .snapshot()
        .db.selectFrom('facilities')
        .select('id')
        .orderBy('id')
        .limit(1)
        .executeTakeFirstOrThrow();
      return { ':id': id, ':slug': 'heroin-rehab-treatment-options', ':name': 'site.css' };
    }

    const isPublic = (path: string) => path !== '/editor' && !path.startsWith('/editor/');

    describe('public pages set no cookie', () => {
      test('every public GET route, with real ids and with the query strings people use', async () => {
        const params = await sampleParams();
        const routes = [...new Set(made.app.routes.filter((r) => r.method === 'GET' && isPublic(r.path)).map((r) => r.path))];
        assert.ok(routes.length >= 40, `found ${routes.length} public routes`);
        const urls = routes.map((path) =>
          path
            .replace(
              /\/hsds\/(\w+)\/:id$/,
              (_m, kind: string) => `/hsds/${kind}/${hsdsId(kind.replace(/s$/, '') as 'service', params[':id'] as string)}`,
            )
            .replace(/:(\w+)/g, (m) => params[m] ?? 'x'),
        );
        urls.push(
          '/find?near=21201',
          '/find?near=21201&checked=12-months',
          '/find?near=nowhere-at-all',
          '/api/v1/facilities?near=21201',
          '/newsletter/confirm?token=x',
          '/editorial',
          '/no-such-page',
        );
        for (const url of urls) {
          const res = await made.app.request(url);
          assert.equal(res.headers.get('set-cookie'), null, `${url} (${res.status}) sets no cookie`);
          assert.ok(res.status < 500, `${url} answers (${res.status})`);
        }
      });

      test('every public form, whether it is accepted or refused', async () => {
        const { ':id': id } = await sampleParams();
        const post = (path: string, body: Record<string, string>) =>
          made.app.request(path, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
            body: new URLSearchParams(body).toString(),
          });
        const posts = made.app.routes
          .filter((r) => r.method === 'POST' && isPublic(r.path))
          .map((r) => r.path.replace(':id', id as string));
        assert.ok(posts.includes(`/facilities/${id}/report`));
        for (const path of posts) {
          const bodies: Record<string, string>[] = [
            {},
            { kind: 'closed', email: 'someone@example.org', consent: 'yes', token: 'x' },
          ];
          for (const body of bodies) {
            const res = await post(path, body);
            assert.equal(res.headers.get('set-cookie'), null, `POST ${path} (${res.status}) sets no cookie`);
          }
        }
      });

      test('the editors’ sign-in page does set one, but only for /editor', async () => {
        const res = await made.app.request('/editor/login');
        const cookies = res.headers.getSetCookie();
        assert.equal(cookies.length, 1);
        assert.match(cookies[0] as string, /; Path=\/editor;/);
      });
    });
  },
  { emptyEachTest: false },
);
