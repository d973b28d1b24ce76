import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sharedLoad } from './shared-loads.ts';

test('sharedLoad: one load per key, shared by every caller', async () => {
  const cache = new Map<string, Promise<number>>();
  let loads = 0;
  const load = async () => ++loads;
  const first = sharedLoad(cache, 'a', load);
  assert.equal(sharedLoad(cache, 'a', load), first);
  assert.equal(await first, 1);
  assert.equal(await sharedLoad(cache, 'b', load), 2, 'another key loads its own');
  assert.equal(loads, 2);
});

test('sharedLoad: a failed load is forgotten, so the next caller loads again', async () => {
  const cache = new Map<string, Promise<string>>();
  await assert.rejects(
    sharedLoad(cache, 'k', async () => {
      throw new Error('the file was being replaced');
    }),
    /being replaced/,
  );
  assert.equal(cache.size, 0);
  assert.equal(await sharedLoad(cache, 'k', async () => 'loaded'), 'loaded');
});
