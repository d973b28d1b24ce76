import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHtml } from '../../test/support/html.ts';
import { SponsorSlot } from './sponsor.tsx';

const render = (node: unknown) => String(node ?? '');

test('no sponsor, no markup', () => {
  assert.equal(render(<SponsorSlot sponsor={undefined} />), '');
});

test('a sponsor is labelled as paid advertising, its description shown as its own words, with its phone and a sponsored link', () => {
  const box = parseHtml(
    render(
      <SponsorSlot
        sponsor={{ name: 'Acme Care', phone: '+1 (555) 010-0199', url: 'https://acme.example/help', description: 'We can help.' }}
      />,
    ),
  );
  const region = box.region('Paid advertising from Acme Care');
  assert.equal(region.is('section.sponsor'), true, 'a region named by its label');
  // Right under the label, in quotation marks: theirs, not ours.
  assert.equal(region.children().eq(1).is('p.sponsor__words'), true);
  assert.equal(box.text('.sponsor__words'), 'In their words: We can help.');
  assert.equal(box.$('.sponsor__words q').text(), 'We can help.');
  assert.deepEqual(box.link('+1 (555) 010-0199'), { text: '+1 (555) 010-0199', href: 'tel:+15550100199', rel: undefined });
  assert.deepEqual(box.link('acme.example'), {
    text: 'acme.example',
    href: 'https://acme.example/help',
    rel: 'sponsored noreferrer',
  });
  assert.equal(box.link('How we choose and fund sponsors')?.href, '/about/editorial-policy#sponsors');
  // Outside the quotation, only our fixed sentences: the description never appears anywhere else.
  assert.equal(box.text('section').split('We can help.').length, 2);
});

test('an address that is not a web page is not linked, and text is escaped', () => {
  const box = parseHtml(
    render(
      <SponsorSlot
        sponsor={{ name: '<b>Acme</b>', phone: 'call us', url: 'javascript:alert(1)', description: '<script>x</script>' }}
      />,
    ),
  );
  assert.equal(box.$('script, b').length, 0, 'no markup from the settings');
  assert.ok(!box.links().some((l) => l.href.startsWith('javascript:')), 'no javascript: link');
  assert.ok(!box.links().some((l) => l.href.startsWith('tel:')), 'a phone "number" with no digits is shown as text');
  assert.equal(box.text('#sponsor-label'), 'Paid advertising from <b>Acme</b>');
  assert.equal(box.$('q').text(), '<script>x</script>');
});
