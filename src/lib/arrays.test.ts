import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, pairs } from './arrays.ts';

test('at returns the item at an index in range', () => {
  assert.equal(at(['a', 'b'], 1), 'b');
  assert.equal(at('xyz', 0), 'x');
});

test('at throws a RangeError naming what was missing when the index is out of range', () => {
  assert.throws(() => at(['a'], 1, 'step'), { name: 'RangeError', message: 'No step at index 1 (there are 1)' });
  assert.throws(() => at([], -1), { name: 'RangeError', message: 'No item at index -1 (there are 0)' });
});

test('pairs gives every two distinct positions once, in order', () => {
  assert.deepEqual(
    [...pairs(['a', 'b', 'c'])],
    [
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ],
  );
  assert.deepEqual([...pairs(['a'])], []);
  assert.deepEqual([...pairs([1, 1])], [[1, 1]]);
});
