import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { safeJsonString, safeJsonText } from './json.ts';

describe('safeJsonString', () => {
  test('is safeJsonText of the string for every UTF-16 code unit, alone and between other text', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      for (const text of [ch, `ZIP 21201 (Ba${ch}ltimore, MD)${ch}`]) {
        assert.equal(safeJsonString(text), safeJsonText(text), `U+${code.toString(16)}`);
      }
    }
  });

  test('is safeJsonText of place names, escapes and characters outside the BMP', () => {
    for (const text of [
      '',
      'Añasco, PR',
      'your location (39.29, -76.61)',
      'O’Fallon, MO',
      '<script>alert("x")</script> & more',
      'back\\slash "quoted"',
      'line\nbreak\ttab',
      'emoji 😀 pair',
      'lone \ud800 high',
      'lone \udc00 low',
      '\u2028\u2029',
    ]) {
      assert.equal(safeJsonString(text), safeJsonText(text), text);
      assert.equal(JSON.parse(safeJsonString(text)), JSON.parse(safeJsonText(text)));
    }
  });
});
