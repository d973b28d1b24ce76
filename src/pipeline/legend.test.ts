import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../config.ts';
import { CONCEPTS } from '../domain/concepts.ts';
import { loadLegend } from './legend.ts';

test('every code a concept uses is in the bundled legend', () => {
  const legend = new Set(loadLegend(path.join(ROOT, 'data', 'sources')).map((e) => e.code));
  const missing = CONCEPTS.flatMap((c) =>
    c.codes.filter((code) => !legend.has(code)).map((code) => `${c.group}=${c.value}: ${code}`),
  );
  assert.deepEqual(missing, []);
});
