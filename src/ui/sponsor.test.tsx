import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SponsorSlot } from './sponsor.tsx';

const render = (node: unknown) => String(node ?? '');

test('no sponsor, no markup', () => {
  assert.equal(render(<SponsorSlot sponsor={undefined} />), '');
});

test('a sponsor is labelled as paid advertising, with its own phone number and a sponsored link', () => {
  const html = render(
    <SponsorSlot
      sponsor={{ name: 'Acme Care', phone: '+1 (555) 010-0199', url: 'https://acme.example/help', text: 'We can help.' }}
    />,
  );
  assert.match(html, /^<section class="sponsor" aria-labelledby="sponsor-label">/);
  assert.match(html, /<span class="sponsor__label" id="sponsor-label">Paid advertising from Acme Care<\/span>/);
  assert.match(html, /<a href="tel:\+15550100199">\+1 \(555\) 010-0199<\/a>/);
  assert.match(html, /<a href="https:\/\/acme\.example\/help" rel="sponsored noreferrer">acme\.example<\/a>/);
  assert.match(html, /<a href="\/about\/editorial-policy#funding">/);
});

test('an address that is not a web page is not linked, and text is escaped', () => {
  const html = render(
    <SponsorSlot sponsor={{ name: '<b>Acme</b>', phone: 'call us', url: 'javascript:alert(1)', text: '<script>x</script>' }} />,
  );
  assert.doesNotMatch(html, /javascript:|<script>|<b>/);
  assert.doesNotMatch(html, /href="tel:/, 'a phone "number" with no digits is shown as text');
  assert.match(html, /Paid advertising from &lt;b&gt;Acme&lt;\/b&gt;/);
});
