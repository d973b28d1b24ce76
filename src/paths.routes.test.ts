import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestApp, tempDir } from '../test/support/app.ts';
import { forEachDatabase } from '../test/support/databases.ts';
import { DEFAULT_CONTENT_DIR } from './config.ts';
import { createGuidesService } from './features/guides/guides.service.ts';
import { createLogger } from './lib/logger.ts';
import { GUIDE_SLUGS, missingGuides, paths } from './ui/paths.ts';

/** The helpers that cannot make a path without an argument. */
const NEED_AN_ARGUMENT = new Set([
  'facility',
  'report',
  'reportSent',
  'guide',
  'guideOf',
  'api.v1',
  'editor.totp',
  'editor.report',
  'editor.correction',
]);

/** Every path helper that needs no argument, called with none, by its name ("about.privacy"). */
function simplePaths(tree: object = paths, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([name, value]): [string, string][] => {
    if (typeof value !== 'function') return simplePaths(value as object, `${prefix}${name}.`);
    return NEED_AN_ARGUMENT.has(`${prefix}${name}`) ? [] : [[`${prefix}${name}`, (value as () => string)()]];
  });
}

forEachDatabase(
  (database) => {
    describe('typed paths', () => {
      const t = database.useTestApp();

      test('every path the helpers make is a page the app serves', async () => {
        const list = simplePaths();
        assert.ok(list.length >= 20, `only ${list.length} paths`);
        for (const [name, url] of list) {
          const res = await t.request(url);
          assert.notEqual(res.status, 404, `paths.${name}() = ${url}`);
        }
      });

      test('every guide the code names exists in content/guides, and its page is served', async () => {
        assert.deepEqual(missingGuides(t.deps.guides.list().map((g) => g.meta.slug)), []);
        for (const slug of GUIDE_SLUGS) assert.equal((await t.request(paths.guide(slug))).status, 200, slug);
      });

      test('the guides refuse to load when the content lacks a guide the code links to, naming it', () => {
        const load = (linkedFromCode: string[]) =>
          createGuidesService({
            contentDir: DEFAULT_CONTENT_DIR,
            requireGuides: true,
            linkedFromCode,
            logger: createLogger({ level: 'silent' }),
          });
        assert.throws(
          () => load([...GUIDE_SLUGS, 'no-such-guide']),
          /no-such-guide\.md: \(file\): the site links to \/guides\/no-such-guide/,
        );
        assert.equal(load([...GUIDE_SLUGS]).list().length >= GUIDE_SLUGS.length, true);
      });

      test('a test’s own content folder need not have them (outside production), the site’s own must', (tc) => {
        const made = createTestApp({ ...database.env, CONTENT_DIR: tempDir() });
        tc.after(() => made.close());
        assert.equal(made.deps.guides.list().length, 0);
        assert.throws(() =>
          createTestApp({ ...database.env, CONTENT_DIR: tempDir(), NODE_ENV: 'production', PUBLIC_URL: 'https://example.org' }),
        );
      });

      test('anchors and ids are joined safely', () => {
        assert.equal(paths.crisis('overdose'), '/crisis#overdose');
        assert.equal(paths.find(new URLSearchParams({ care: 'detox' })), '/find?care=detox');
        assert.equal(paths.find(''), '/find');
        assert.equal(paths.facility('a/b'), '/facilities/a%2Fb');
        assert.equal(paths.about.editorialPolicy('sponsors'), '/about/editorial-policy#sponsors');
      });
    });
  },
  { emptyEachTest: false },
);
