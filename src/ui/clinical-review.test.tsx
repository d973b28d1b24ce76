import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClinicalReviewLine } from './clinical-review.tsx';

const render = (node: unknown) => String(node ?? '');
const text = (html: string) => html.replace(/<[^>]+>/g, '');

test('a reviewed page names the clinician, their credentials and the date, in one line', () => {
  const html = render(
    <ClinicalReviewLine
      review={{ status: 'reviewed', name: 'Jane Doe', credentials: 'MD, addiction medicine', date: '2027-02-03' }}
      pending="No clinician has reviewed this yet."
    />,
  );
  assert.equal(text(html), 'Medically reviewed by Jane Doe, MD, addiction medicine, on February 3, 2027. How we review');
  assert.match(html, /<time datetime="2027-02-03">February 3, 2027<\/time>/);
  assert.match(html, /<a href="\/about\/editorial-policy#medical-review">How we review<\/a>/);
  assert.doesNotMatch(html, /No clinician/);
});

test('a page nobody has reviewed says so, in the words the page gives', () => {
  const html = render(<ClinicalReviewLine review={{ status: 'pending' }} pending="No clinician has reviewed this yet." />);
  assert.equal(text(html), 'No clinician has reviewed this yet. How we review');
  assert.doesNotMatch(html, /Medically reviewed/);
});

test('names are escaped', () => {
  const html = render(
    <ClinicalReviewLine
      review={{ status: 'reviewed', name: '<b>Jane</b>', credentials: 'MD', date: '2027-02-03' }}
      pending="-"
    />,
  );
  assert.match(html, /&lt;b&gt;Jane&lt;\/b&gt;/);
});
