import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachDatabase } from '../test/support/databases.ts';
import { englishPages } from '../test/support/pages.ts';
import { alternatesOf } from './ui/paths.ts';

forEachDatabase(
  (database) => {
    describe('every page in Spanish', () => {
      const t = database.useTestApp();

      test('every English route has a Spanish twin, in Spanish, and each names the other with hreflang', async () => {
        const pages = await englishPages(t);
        assert.ok(pages.length >= 18, `only ${pages.length} pages: ${pages.join(', ')}`);
        for (const path of pages) {
          const english = await t.page(path);
          if (english.status !== 200) continue; // newsletter links without a token, for example: checked below
          const twin = alternatesOf(path).es ?? '/es/guias';
          const spanish = await t.page(twin);
          assert.equal(spanish.status, 200, `${path} → ${twin}`);
          assert.equal(english.$('html').attr('lang'), 'en', path);
          assert.equal(spanish.$('html').attr('lang'), 'es', twin);
          const hreflang = (page: typeof english, lang: string) =>
            page.$(`link[rel="alternate"][hreflang="${lang}"]`).attr('href');
          if (alternatesOf(path).es) {
            assert.equal(hreflang(english, 'es'), `${t.config.publicUrl}${twin}`, path);
            assert.equal(hreflang(spanish, 'en'), `${t.config.publicUrl}${path}`, twin);
            assert.equal(hreflang(spanish, 'x-default'), `${t.config.publicUrl}${path}`, twin);
          }
          assert.equal(english.link(/^Español/)?.href.split('?')[0], twin, `language switch on ${path}`);
          assert.equal(spanish.link(/^English/)?.href.split('?')[0], alternatesOf(twin).en ?? '/guides', `switch on ${twin}`);
        }
      });

      test('pages that need a link from an email answer in Spanish too', async () => {
        for (const path of ['/newsletter/confirm', '/newsletter/unsubscribe']) {
          const english = await t.page(path);
          const spanish = await t.page(`/es${path}`);
          assert.equal(spanish.status, english.status, path);
          assert.equal(spanish.$('html').attr('lang'), 'es', path);
        }
      });

      test('the language switch keeps the search', async () => {
        const page = await t.page('/find?near=21201&radius=25&care=detox');
        assert.equal(page.link(/^Español/)?.href, '/es/find?near=21201&radius=25&care=detox');
        const back = await t.page('/es/find?near=21201&radius=25&care=detox');
        assert.equal(back.link(/^English/)?.href, '/find?near=21201&radius=25&care=detox');
      });

      test('links on a Spanish page stay in Spanish', async () => {
        const page = await t.page('/es/about/privacy');
        const nav = page.links('.site-nav').map((l) => l.href);
        assert.deepEqual(nav, ['/es/find', '/es/guias', '/es/self-check', '/es/crisis']);
        assert.equal(page.link('Ir al contenido principal')?.href, '#main');
      });

      test('a missing Spanish page is a 404 in Spanish', async () => {
        const page = await t.page('/es/no-such-page');
        assert.equal(page.status, 404);
        assert.equal(page.h1(), 'No encontramos la página');
      });

      test('the sitemap lists the Spanish pages', async () => {
        const xml = await (await t.request('/sitemap.xml')).text();
        for (const path of ['/es', '/es/find', '/es/guias', '/es/crisis', '/es/self-check', '/es/about/privacy']) {
          assert.ok(xml.includes(`<loc>${t.config.publicUrl}${path}</loc>`), path);
        }
      });
    });
  },
  { emptyEachTest: false },
);
