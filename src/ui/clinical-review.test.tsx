import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHtml } from '../../test/support/html.ts';
import { ClinicalReviewLine } from './clinical-review.tsx';

const render = (node: unknown) => parseHtml(String(node ?? ''));

test('a reviewed page names the clinician, their credentials and the date, in one line', () => {
  const line = render(
    <ClinicalReviewLine
      review={{ status: 'reviewed', name: 'Jane Doe', credentials: 'MD, addiction medicine', date: '2027-02-03' }}
      pending="No clinician has reviewed this yet."
    />,
  );
  assert.equal(line.text('p'), 'Medically reviewed by Jane Doe, MD, addiction medicine, on February 3, 2027. How we review');
  assert.equal(line.$('time').attr('datetime'), '2027-02-03');
  assert.equal(line.$('time').text(), 'February 3, 2027');
  assert.equal(line.link('How we review')?.href, '/about/editorial-policy#medical-review');
  assert.ok(!line.text('p').includes('No clinician'));
});

test('a page nobody has reviewed says so, in the words the page gives', () => {
  const line = render(<ClinicalReviewLine review={{ status: 'pending' }} pending="No clinician has reviewed this yet." />);
  assert.equal(line.text('p'), 'No clinician has reviewed this yet. How we review');
  assert.ok(!line.text('p').includes('Medically reviewed'));
});

test('names are escaped', () => {
  const line = render(
    <ClinicalReviewLine
      review={{ status: 'reviewed', name: '<b>Jane</b>', credentials: 'MD', date: '2027-02-03' }}
      pending="-"
    />,
  );
  assert.equal(line.$('b').length, 0);
  assert.ok(line.text('p').includes('<b>Jane</b>'));
});
