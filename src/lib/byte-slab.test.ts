import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ByteSlab } from './byte-slab.ts';

describe('ByteSlab', () => {
  test('gives out pieces that later pieces never overwrite, across several slabs', () => {
    const slab = new ByteSlab(64);
    const kept: { bytes: Buffer; text: string }[] = [];
    for (let k = 0; k < 40; k++) {
      const text = `piece ${k} `.repeat(1 + (k % 7));
      const out = slab.take(text.length + 10);
      const used = out.write(text, 0, 'latin1');
      kept.push({ bytes: slab.keep(used), text });
    }
    for (const { bytes, text } of kept) assert.equal(bytes.toString('latin1'), text);
    // Larger than a slab: a slab of its own.
    const big = 'x'.repeat(500);
    const out = slab.take(big.length);
    out.write(big, 0, 'latin1');
    assert.equal(slab.keep(big.length).toString('latin1'), big);
    for (const { bytes, text } of kept) assert.equal(bytes.toString('latin1'), text);
  });

  test('refuses to keep more than the room taken', () => {
    const slab = new ByteSlab(64);
    slab.take(8);
    assert.throws(() => slab.keep(9), RangeError);
  });
});
