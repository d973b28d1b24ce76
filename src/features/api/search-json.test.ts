import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seededRandom } from '../../../test/support/random.ts';
import { putHundredths } from './search-json.ts';

describe('putHundredths', () => {
  const written = (hundredths: number) => {
    const out = Buffer.alloc(32, 0x7e);
    const end = putHundredths(out, hundredths, 3);
    assert.equal(out[2], 0x7e, 'nothing written before');
    assert.equal(out[end], 0x7e, 'nothing written after');
    return out.toString('latin1', 3, end);
  };

  test('writes a distance rounded to hundredths as String (and JSON.stringify) does', () => {
    for (let h = 0; h <= 200_000; h++) assert.equal(written(h), String(h / 100), String(h));
    const random = seededRandom(3);
    for (let k = 0; k < 20_000; k++) {
      const miles = random() * 13_000;
      const hundredths = Math.round(miles * 100);
      assert.equal(written(hundredths), JSON.stringify(Math.round(miles * 100) / 100), String(miles));
    }
  });
});
