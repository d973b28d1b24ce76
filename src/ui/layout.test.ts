import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { forEachDatabase } from '../../test/support/databases.ts';
import { englishPages } from '../../test/support/pages.ts';
import { layoutRendering } from './layout.tsx';
import { alternatesOf } from './paths.ts';

/** Equal, or a failure that shows where the two first differ (a whole page is too long to read). */
function assertSame(actual: string, expected: string, url: string) {
  if (actual === expected) return;
  let at = 0;
  while (actual[at] === expected[at]) at++;
  assert.fail(`${url} differs at ${at}:\n  ${actual.slice(at - 80, at + 80)}\n  ${expected.slice(at - 80, at + 80)}`);
}

/** Each response carries a new nonce; everything else about a page is the same from one request to the next. */
const withoutNonce = (html: string) => html.replace(/ nonce="[^"]*"/g, ' nonce="…"');

forEachDatabase(
  (database) => {
    describe('the layout written from its templates', () => {
      const t = database.useTestApp();
      after(() => {
        layoutRendering.fromTemplates = true;
      });

      /** The page at `url` with the layout written from templates, then rendered through JSX in full. */
      async function bothWays(url: string): Promise<{ templated: string; plain: string; status: number }> {
        layoutRendering.fromTemplates = true;
        const res = await t.request(url);
        const templated = await res.text();
        layoutRendering.fromTemplates = false;
        const plain = await (await t.request(url)).text();
        layoutRendering.fromTemplates = true;
        return { templated: withoutNonce(templated), plain: withoutNonce(plain), status: res.status };
      }

      test('gives every page, in both languages, the same bytes as the layout rendered through JSX', async () => {
        const english = await englishPages(t);
        assert.ok(english.length >= 18, `only ${english.length} pages`);
        const urls = [
          ...english,
          ...english.map((path) => alternatesOf(path).es).filter((twin) => twin !== null),
          // A search with results, one with a form error (the title's "Error:"), pages with and without a Spanish
          // twin, and one that is not there.
          '/find?near=21201&radius=25&care=detox',
          '/es/find?near=21201&radius=25',
          '/find?near=not-a-place',
          '/es/guias',
          '/no-such-page',
        ];
        let compared = 0;
        for (const url of urls) {
          const { templated, plain, status } = await bothWays(url);
          assert.ok(templated.startsWith('<!DOCTYPE html><html lang='), `${url} (${status}) is a page`);
          assertSame(templated, plain, url);
          compared++;
        }
        assert.ok(compared >= 40, `compared ${compared} pages`);
      });

      test('escapes what came with the request as JSX does, in the language switch and the alternates', async () => {
        const hostile = `/find?near=21201&x=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&y="'<b>'`;
        const { templated, plain } = await bothWays(hostile);
        assertSame(templated, plain, hostile);
        assert.doesNotMatch(templated, /<script>alert|<b>/);
        const guide = t.deps.guides.list()[0]?.meta.slug;
        for (const url of [`/guides/${guide}?q=<i>`, '/es/find?near=21201#"x"', '/find?', '/find?a=%C3%B1&b=ñ']) {
          const both = await bothWays(url);
          assertSame(both.templated, both.plain, url);
        }
      });
    });
  },
  { emptyEachTest: false },
);
