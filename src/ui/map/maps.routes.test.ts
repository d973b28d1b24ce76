import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { forEachDatabase } from '../../../test/support/databases.ts';

forEachDatabase(
  (database) => {
    const t = database.useTestApp();

    const page = async (path: string) => {
      const res = await t.app.request(path);
      return { status: res.status, html: await res.text() };
    };

    const FIGURE = /<figure class="map-figure[^"]*"[^>]*>[\s\S]*?<\/figure>/;
    /** The page as it would be without the map: no figure, no card ids, no links back to the map. */
    const withoutMap = (html: string) =>
      html
        .replace(FIGURE, '')
        .replace(/ id="result-\d+"/g, '')
        .replace(/ <a href="#results-map">See number \d+ on the map<\/a>/g, '');
    /** What the map adds to the compressed page, in bytes, with gzip and with brotli (the server sends either). */
    const added = (html: string) => ({
      gzip: gzipSync(html).length - gzipSync(withoutMap(html)).length,
      brotli: brotliCompressSync(html).length - brotliCompressSync(withoutMap(html)).length,
    });
    const cardNumbers = (html: string) => [...html.matchAll(/<li class="result" id="result-(\d+)">/g)].map((m) => Number(m[1]));
    const dotLinks = (svg: string) => [...svg.matchAll(/<a href="#result-(\d+)">/g)].map((m) => Number(m[1]));

    describe('the results map', () => {
      test('a figure with the search area, and a numbered dot linking to every result card, which links back', async () => {
        const { status, html } = await page('/find?near=21201');
        assert.equal(status, 200);
        const figure = html.match(FIGURE)?.[0] ?? '';
        assert.match(
          figure,
          /^<figure class="map-figure" id="results-map"><svg id="results-map-svg" class="map" viewBox="0 0 360 240"/,
        );
        assert.match(figure, /<title id="results-map-svg-title">Map of places near ZIP 21201 \(Baltimore, MD\)<\/title>/);
        assert.match(
          figure,
          /<desc id="results-map-svg-desc">[\d,]+ places are within 25 miles of ZIP 21201 \(Baltimore, MD\)\. Numbers 1 to 20 are shown as dots/,
        );
        assert.deepEqual(
          cardNumbers(html),
          Array.from({ length: 20 }, (_, i) => i + 1),
        );
        assert.deepEqual(
          dotLinks(figure).sort((a, b) => a - b),
          cardNumbers(html),
        );
        for (const n of cardNumbers(html)) {
          const card = html.match(new RegExp(`<li class="result" id="result-${n}">[\\s\\S]*?</li>`))?.[0] ?? '';
          assert.match(card, new RegExp(`<a href="#results-map">See number ${n} on the map</a>`));
        }
        // The map follows the first results, so on a phone it never stands between a person and the first phone number.
        assert.ok(html.indexOf('id="results-map"') > html.indexOf('id="result-1"'));
        assert.doesNotMatch(figure, /https?:\/\/|style=|<script/);
      });

      test('the next page numbers its dots as its list does', async () => {
        const { html } = await page('/find?near=21201&page=2');
        const numbers = Array.from({ length: 20 }, (_, i) => i + 21);
        assert.deepEqual(cardNumbers(html), numbers);
        assert.deepEqual(
          dotLinks(html.match(FIGURE)?.[0] ?? '').sort((a, b) => a - b),
          numbers,
        );
        assert.match(html, /Numbers 21 to 40 are shown as dots/);
      });

      test('adds under 3 KB compressed to a results page, even for a wide search with places far apart', async () => {
        const searches = [
          '/find?near=21201',
          '/find?near=21201&radius=100&medication=methadone&population=veterans',
          '/find?near=10001&radius=50',
          '/find?near=San+Juan%2C+PR&radius=100',
          '/find?near=Anchorage%2C+AK&radius=100',
          '/find?near=59101&radius=100',
        ];
        const sizes: string[] = [];
        for (const path of searches) {
          const { status, html } = await page(path);
          assert.equal(status, 200, path);
          assert.match(html, FIGURE, path);
          const cost = added(html);
          sizes.push(`${path}: +${cost.gzip} B gzip, +${cost.brotli} B brotli`);
          assert.ok(cost.gzip < 3 * 1024, `${path} adds ${cost.gzip} bytes gzipped`);
          assert.ok(cost.brotli < 3 * 1024, `${path} adds ${cost.brotli} bytes with brotli`);
        }
        console.log(`What the map adds to a results page:\n${sizes.join('\n')}`);
      });

      test('no results, no map', async () => {
        const { html } = await page('/find?near=99780&radius=5&medication=methadone&population=veterans');
        assert.match(html, /No places found/);
        assert.doesNotMatch(html, /results-map/);
      });

      test('Puerto Rico is drawn with its own coast (no Albers USA here)', async () => {
        const { html } = await page('/find?near=00901');
        const figure = html.match(FIGURE)?.[0] ?? '';
        assert.match(figure, /<path d="M[^"]{20,}" fill="none" stroke="#454d55"/, 'the coast');
        assert.ok(dotLinks(figure).length > 0);
      });
    });

    describe('the facility locator map', () => {
      test('a small picture of where the place is, with a text alternative, adding little to the page', async () => {
        const results = await page('/find?near=00901');
        const id = results.html.match(/href="\/facilities\/([0-9a-z-]+)[?"]/)?.[1];
        assert.ok(id);
        const { status, html } = await page(`/facilities/${id}`);
        assert.equal(status, 200);
        const figure = html.match(FIGURE)?.[0] ?? '';
        assert.match(
          figure,
          /<svg id="facility-map" class="map" viewBox="0 0 300 200" role="img" aria-labelledby="facility-map-title"/,
        );
        assert.match(figure, /<title id="facility-map-title">Map of where [^<]+ is<\/title>/);
        assert.match(figure, /<desc id="facility-map-desc">A dot marks [^<]+ in [^<]+, PR/);
        assert.doesNotMatch(figure, /<a /, 'nothing to press');
        const cost = gzipSync(html).length - gzipSync(html.replace(FIGURE, '')).length;
        console.log(`What the map adds to a facility page: +${cost} B gzip`);
        assert.ok(cost < 2 * 1024, `adds ${cost} bytes`);
        assert.doesNotMatch(html, /We don’t load any map/);
      });
    });
  },
  { emptyEachTest: false },
);
