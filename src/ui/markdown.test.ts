import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { citationsIn, renderGuideBody, slugify } from './markdown.ts';

describe('renderGuideBody', () => {
  test('raw HTML in a guide is shown as text, never as markup', () => {
    const { html } = renderGuideBody(
      [
        '<script>alert("x")</script>',
        '',
        '<img src="https://tracker.example/p.gif" onerror="alert(1)">',
        '',
        'Inline <b onclick="x()">bold</b> and <iframe src="https://evil.example"></iframe>.',
      ].join('\n'),
    );
    assert.doesNotMatch(html, /<script|<img|<b |<iframe/);
    assert.match(html, /&lt;script&gt;/);
    assert.match(html, /&lt;img src=/);
    assert.match(html, /&lt;iframe/);
  });

  test('javascript: and data: links are not turned into links', () => {
    const { html } = renderGuideBody('[one](javascript:alert(1)) and [two](data:text/html;base64,PHNjcmlwdD4=)');
    assert.doesNotMatch(html, /href=/);
  });

  test('links to other sites get rel="noreferrer"; links within the site do not', () => {
    const { html, guideLinks } = renderGuideBody(
      '[a](https://www.samhsa.gov/x) [b](//example.org/y) [c](/guides/detox-and-withdrawal#start) [d](/find?near=10001) [e](tel:988)',
    );
    assert.match(html, /<a href="https:\/\/www\.samhsa\.gov\/x" rel="noreferrer">a<\/a>/);
    assert.match(html, /<a href="\/\/example\.org\/y" rel="noreferrer">b<\/a>/);
    assert.match(html, /<a href="\/guides\/detox-and-withdrawal#start">c<\/a>/);
    assert.match(html, /<a href="\/find\?near=10001">d<\/a>/);
    assert.match(html, /<a href="tel:988">e<\/a>/);
    assert.deepEqual(guideLinks, ['detox-and-withdrawal']);
  });

  test('citations are numbered in order of first use, each place with its own id', () => {
    const body = 'First {{ref:later}}. Then {{ref:earlier}}. Again {{ref:later}}.';
    const { html, citationOrder, citationCounts } = renderGuideBody(body);
    assert.deepEqual(citationOrder, ['later', 'earlier']);
    assert.equal(citationCounts.get('later'), 2);
    const sups = [...html.matchAll(/<sup class="citation" id="([^"]+)"><a href="#ref-([^"]+)">\[.*?(\d+)\]<\/a><\/sup>/g)].map(
      (m) => [m[1], m[2], m[3]],
    );
    assert.deepEqual(sups, [
      ['cite-later', 'later', '1'],
      ['cite-earlier', 'earlier', '2'],
      ['cite-later-2', 'later', '1'],
    ]);
  });

  test('a citation inside code is left as written', () => {
    const { citationOrder, html } = renderGuideBody('Write `{{ref:example}}` to cite.');
    assert.deepEqual(citationOrder, []);
    assert.match(html, /<code>\{\{ref:example\}\}<\/code>/);
  });

  test('headings get unique ids and an anchor link; level-1 headings and images are counted', () => {
    const body = '# Oops\n\n## Same\n\n### Small\n\n## Same\n\n## References\n\n![alt text](https://images.example/x.png)';
    const { html, headings, h1Count, imageCount } = renderGuideBody(body);
    assert.equal(h1Count, 1);
    assert.equal(imageCount, 1);
    assert.deepEqual(
      headings.map((h) => [h.level, h.id]),
      [
        [2, 'same'],
        [3, 'small'],
        [2, 'same-2'],
        // The page's own References section already has id="references".
        [2, 'references-2'],
      ],
    );
    // The anchor is beside the heading, so the heading's accessible name is just its words.
    assert.match(
      html,
      /<div class="heading-wrap"><h2 id="same">Same<\/h2><a class="heading-anchor" href="#same" aria-label="Link to this section: Same">/,
    );
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /alt text/);
  });

  test('tables are wrapped so they scroll on small screens', () => {
    const { html } = renderGuideBody('| a | b |\n| - | - |\n| 1 | 2 |');
    assert.match(html, /<div class="table-scroll">\s*<table>/);
  });
});

test('citationsIn finds every citation as written, including malformed ones', () => {
  assert.deepEqual(citationsIn('a {{ref:one}} b {{ ref: two }} c {{ref:Bad Id}}'), ['one', 'two', 'Bad Id']);
});

test('slugify makes short, readable ids', () => {
  assert.equal(slugify('What is “MOUD”? (And why it matters)'), 'what-is-moud-and-why-it-matters');
  assert.equal(slugify('Café naïve'), 'cafe-naive');
  assert.equal(slugify('???'), 'section');
});
