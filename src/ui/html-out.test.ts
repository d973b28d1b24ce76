import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seededRandom } from '../../test/support/random.ts';
import { BytesOut, Encoded, joinBytes, TextOut } from './html-out.ts';

/** Text of every kind a page can hold: ASCII, Latin-1 ("ñ", "·"), two-byte ("“", "–"), astral ("🙂") and lone surrogates. */
const ALPHABET = ['a', '<', '&', ' ', '\n', 'ñ', '·', 'Ñ', '“', '”', '–', '→', '🙂', '\uD83D', '\uDE42', '\uE000'];

function randomText(r: () => number, max: number): string {
  let s = '';
  const length = Math.floor(r() * max);
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
  return s;
}

describe('markup written as bytes from pieces', () => {
  test('joinBytes writes the UTF-8 bytes of the text TextOut joins from the same calls', () => {
    const r = seededRandom(13);
    for (let round = 0; round < 300; round++) {
      const outs = [new BytesOut(), new BytesOut(), new BytesOut()];
      const text = new TextOut();
      for (const out of outs) {
        const calls = Math.floor(r() * 12);
        for (let k = 0; k < calls; k++) {
          const piece = randomText(r, r() < 0.1 ? 2000 : 40);
          if (r() < 0.5) {
            out.text(piece);
            text.text(piece);
          } else {
            const encoded = new Encoded(piece);
            out.encoded(encoded);
            text.encoded(encoded);
          }
        }
      }
      const bytes = joinBytes(...outs);
      assert.deepEqual(Buffer.from(bytes), Buffer.from(text.value), `round ${round}`);
    }
  });

  test('an encoded piece gives back its text (a lone surrogate as UTF-8 writes it, U+FFFD)', () => {
    assert.equal(new Encoded('Se habla español · “sí” – 🙂').text, 'Se habla español · “sí” – 🙂');
    assert.equal(new Encoded('a\uD83Db').text, 'a\uFFFDb');
    assert.equal(new Encoded('').text, '');
  });

  test('nothing written is no bytes', () => {
    assert.equal(joinBytes(new BytesOut()).length, 0);
    assert.equal(joinBytes().length, 0);
  });
});
