import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import zlib from 'node:zlib';
import { compressBest, compressFast, isCompressible, negotiateEncoding } from './compression.ts';

describe('choosing an encoding from Accept-Encoding', () => {
  const cases: [string | undefined, string][] = [
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'], // what Chromium sends: brotli wins the tie
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.9', 'gzip'],
    ['deflate', 'identity'],
    ['identity', 'identity'],
    ['*', 'br'],
    ['gzip;q=0, br;q=0', 'identity'],
  ];
  for (const [header, expected] of cases) {
    test(`${JSON.stringify(header)} -> ${expected}`, () => assert.equal(negotiateEncoding(header), expected));
  }
  test('the same header asked again, in any order, gets the same answer (the last one is remembered)', () => {
    for (const order of [cases, [...cases].reverse(), cases.flatMap((c) => [c, c])]) {
      for (const [header, expected] of order) assert.equal(negotiateEncoding(header), expected, JSON.stringify(header));
    }
  });
});

describe('compressing', () => {
  const page = `<!DOCTYPE html><html><body>${'<li class="result">A place, 1.2 miles</li>'.repeat(200)}</body></html>`;
  for (const encoding of ['br', 'gzip'] as const) {
    test(`${encoding}: round trip, and smaller`, () => {
      for (const out of [
        compressFast(page, encoding),
        compressFast(Buffer.from(page), encoding, 'data'),
        compressBest(Buffer.from(page), encoding),
      ]) {
        const back = encoding === 'br' ? zlib.brotliDecompressSync(out) : zlib.gunzipSync(out);
        assert.equal(back.toString('utf8'), page);
        assert.ok(out.byteLength < page.length / 4, `${out.byteLength} bytes`);
      }
    });
  }
  test('text, JSON, CSV, GeoJSON, XML and SVG are compressible; images and fonts are not', () => {
    for (const type of [
      'text/html; charset=utf-8',
      'text/css; charset=utf-8',
      'text/csv; charset=utf-8',
      'application/json; charset=utf-8',
      'application/geo+json; charset=utf-8',
      'application/xml; charset=utf-8',
      'image/svg+xml',
    ]) {
      assert.ok(isCompressible(type), type);
    }
    for (const type of ['image/png', 'font/woff2', 'application/octet-stream', undefined, null])
      assert.ok(!isCompressible(type), String(type));
  });
});
