import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../config.ts';
import { loadAssets } from './assets.ts';
import { compactCss, SPLIT_MARKER, splitSiteCss } from './site-css.ts';

describe('site.css in two parts', () => {
  test('cuts at the marker comment, keeping every rule once and in order', () => {
    const parts = splitSiteCss(
      `/* top */\na {\n  color: red;\n}\n\n/* ---- ${SPLIT_MARKER}: below\n   more words */\n.f {\n  margin: 0;\n}\n`,
    );
    assert.equal(parts.firstScreen, 'a {\ncolor: red;\n}');
    assert.equal(parts.belowFirstScreen, '.f {\nmargin: 0;\n}');
  });

  test('refuses a file without the marker, with it twice, or outside a comment', () => {
    assert.throws(() => splitSiteCss('a { color: red; }'), /exactly once/);
    assert.throws(() => splitSiteCss(`/* ${SPLIT_MARKER} */ a {} /* ${SPLIT_MARKER} */`), /exactly once/);
    assert.throws(() => splitSiteCss(`/* x */ .${SPLIT_MARKER} {}`), /inside a comment/);
  });

  test('refuses first-screen styles that would close the <style> element', () => {
    assert.throws(() => splitSiteCss(`a::after { content: "</style>"; }\n/* ${SPLIT_MARKER} */`), /<\/style/);
  });

  test('the real file: both parts together are all of site.css, without its comments', () => {
    const whole = fs.readFileSync(path.join(ROOT, 'public', 'site.css'), 'utf8');
    const { firstScreen, belowFirstScreen } = splitSiteCss(whole);
    assert.equal(`${firstScreen}\n${belowFirstScreen}`, compactCss(whole));
    assert.match(firstScreen, /\.search-box\s*\{/);
    assert.match(firstScreen, /\.site-header\s*\{/);
    assert.match(belowFirstScreen, /\.site-footer\s*\{/);
    assert.doesNotMatch(firstScreen, /\/\*/);
    const assets = loadAssets();
    assert.equal(assets.firstScreenCss, firstScreen);
    const rest = assets.get('site-rest.css');
    assert.equal(Buffer.from(rest?.bodies.identity ?? []).toString('utf8'), belowFirstScreen);
    assert.ok(rest?.bodies.br, 'compressed once, like the other files');
  });
});
