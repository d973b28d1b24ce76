import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classesAndIds, fillPageCss, PAGE_CSS_SLOT, PageCss } from './page-css.ts';

const [root, body, cardHeading, cardNotWide, mapLink, resultsTag, formRow, wideMedia, printMedia] = [
  ':root {\n--brand: #00546b;\n}',
  'body {\nmargin: 0;\n}',
  '.card h3,\n.teaser {\nmargin: 0;\n}',
  '.card:not(.card--wide) p {\ncolor: red;\n}',
  'a[href^="#map"] {\ncolor: blue;\n}',
  '#results .tag::after {\ncontent: "x";\n}',
  '.form .row {\ngap: 1rem;\n}',
  '@media (min-width: 40rem) {\n.card {\npadding: 1rem;\n}\n.form {\ndisplay: grid;\n}\n}',
  '@media print {\n.form {\ndisplay: none;\n}\n}',
] as const;
const CSS = [root, body, cardHeading, cardNotWide, mapLink, resultsTag, formRow, wideMedia, printMedia].join('\n');

describe('first-screen rules trimmed to the page', () => {
  const css = new PageCss(CSS);

  test('keeps tag, attribute and at-rules, and every rule some selector of which names only classes and ids the page has', () => {
    const kept = css.forTokens(new Set(['card', 'results', 'tag']));
    assert.equal(
      kept,
      // The wide @media rule keeps only its .card block.
      [
        root,
        body,
        cardHeading,
        cardNotWide,
        mapLink,
        resultsTag,
        '@media (min-width: 40rem) {\n.card {\npadding: 1rem;\n}\n}',
      ].join('\n'),
    );
  });

  test('drops a rule, or a rule inside @media, whose every selector names a class the page lacks', () => {
    const kept = css.forTokens(new Set(['teaser']));
    assert.match(kept, /\.teaser/);
    assert.doesNotMatch(kept, /\.form|#results|@media/);
    assert.match(css.forTokens(new Set(['form', 'row'])), /@media print \{\n\.form \{\ndisplay: none;\n\}\n\}$/);
  });

  test('reads the classes and ids of every element, several to an attribute', () => {
    const tokens = classesAndIds(
      '<main id="main"><li class="result result--maybe" id="result-1"><p class="small">x</p></li></main>',
    );
    assert.deepEqual([...tokens].sort(), ['main', 'result', 'result--maybe', 'result-1', 'small']);
  });

  test("fills the slot of the response's nonce only, with the page's own rules", () => {
    const page = `<html><head><title>${PAGE_CSS_SLOT}</title><style nonce="abc">${PAGE_CSS_SLOT}</style></head><body><p class="teaser">Hi</p></body></html>`;
    const filled = fillPageCss(page, 'abc', css);
    assert.ok(filled.startsWith(`<html><head><title>${PAGE_CSS_SLOT}</title><style nonce="abc">:root {`));
    assert.match(filled, /\.teaser \{\nmargin: 0;\n\}/);
    assert.doesNotMatch(filled, /\.form/);
    assert.equal(fillPageCss(page, 'other', css), page);
  });
});
