import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeptPromise } from './kept-promise.ts';

test('a promise is kept while its key is the same, made again for a new key, and forgotten when it fails', async () => {
  const kept = new KeptPromise<number>();
  let made = 0;
  const make = () => Promise.resolve(++made);
  assert.equal(await kept.get('a', make), 1);
  assert.equal(await kept.get('a', make), 1);
  assert.equal(await kept.get('b', make), 2);
  const failing = kept.get('c', () => Promise.reject(new Error('bad file')));
  await assert.rejects(failing, /bad file/);
  assert.equal(await kept.get('c', make), 3, 'a failure is not cached');
  assert.equal(await kept.get('c', make), 3);
});
