import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SponsorSlot } from './sponsor.tsx';

const render = (node: unknown) => String(node ?? '');
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'");

test('no sponsor, no markup', () => {
  assert.equal(render(<SponsorSlot sponsor={undefined} />), '');
});

test('a sponsor is labelled as paid advertising, its description shown as its own words, with its phone and a sponsored link', () => {
  const html = render(
    <SponsorSlot
      sponsor={{ name: 'Acme Care', phone: '+1 (555) 010-0199', url: 'https://acme.example/help', description: 'We can help.' }}
    />,
  );
  assert.match(html, /^<section class="sponsor" aria-labelledby="sponsor-label">/);
  assert.match(html, /<span class="sponsor__label" id="sponsor-label">Paid advertising from Acme Care<\/span>/);
  // Right under the label, in quotation marks: theirs, not ours.
  assert.match(html, /<\/span><p class="sponsor__words">In their words: <q>We can help\.<\/q><\/p>/);
  assert.match(html, /<a href="tel:\+15550100199">\+1 \(555\) 010-0199<\/a>/);
  assert.match(html, /<a href="https:\/\/acme\.example\/help" rel="sponsored noreferrer">acme\.example<\/a>/);
  assert.match(html, /<a href="\/about\/editorial-policy#sponsors">How we choose and fund sponsors<\/a>/);
  // Outside the quotation, only our fixed sentences: the description never appears anywhere else.
  assert.equal(text(html).split('We can help.').length, 2);
});

test('an address that is not a web page is not linked, and text is escaped', () => {
  const html = render(
    <SponsorSlot
      sponsor={{ name: '<b>Acme</b>', phone: 'call us', url: 'javascript:alert(1)', description: '<script>x</script>' }}
    />,
  );
  assert.doesNotMatch(html, /javascript:|<script>|<b>/);
  assert.doesNotMatch(html, /href="tel:/, 'a phone "number" with no digits is shown as text');
  assert.match(html, /Paid advertising from &lt;b&gt;Acme&lt;\/b&gt;/);
  assert.match(html, /<q>&lt;script&gt;x&lt;\/script&gt;<\/q>/);
});
