import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { BUNDLE_PATHS, type BundleLocale, buildSelfCheckBundle } from '../../../scripts/build-client.ts';

test('public/self-check.js and self-check.es.js are built from the current sources (run `npm run build:client` if not)', async () => {
  for (const [locale, file] of Object.entries(BUNDLE_PATHS) as [BundleLocale, string][]) {
    const committed = fs.readFileSync(file, 'utf8');
    const fresh = await buildSelfCheckBundle(locale);
    assert.ok(committed === fresh, `${file} is out of date: run \`npm run build:client\``);
  }
});

test('the English bundle carries no Spanish; the Spanish one carries its words', async () => {
  const en = await buildSelfCheckBundle('en');
  const es = await buildSelfCheckBundle('es');
  assert.ok(!en.includes('Primero, ¿hay alguien en peligro'), 'Spanish words in the English bundle');
  assert.ok(es.includes('Primero, ¿hay alguien en peligro'));
  assert.ok(en.length < es.length);
});

test('the bundle holds no server-only code: no Node modules, no file paths', async () => {
  const bundle = await buildSelfCheckBundle();
  for (const marker of ['node:fs', 'node:path', 'require(', 'process.env', '/work/', 'better-sqlite3', 'pino']) {
    assert.ok(!bundle.includes(marker), `the browser bundle mentions ${marker}`);
  }
});
