import assert from 'node:assert/strict';
import { test } from 'node:test';
import { padToSize } from './same-size.ts';

const bytes = (s: string) => Buffer.byteLength(s);

test('pads to exactly the size in bytes, counting characters like “ and ’ as the bytes they take', () => {
  for (const page of ['', '<p>a</p>', '<p>“quoted” and it’s</p>', 'x'.repeat(999)]) {
    const padded = padToSize(page, 1024);
    assert.equal(bytes(padded), 1024, JSON.stringify(page));
    assert.ok(padded.startsWith(page));
    assert.match(padded.slice(page.length), /^\n<!-- *-->\n$/, 'the padding is one HTML comment');
  }
});

test('a page larger than the size goes up to the next multiple, so sizes still fall into a few steps', () => {
  assert.equal(bytes(padToSize('x'.repeat(1020), 1024)), 2048, 'no room left for the comment');
  assert.equal(bytes(padToSize('x'.repeat(3000), 1024)), 3072);
});
