import assert from 'node:assert/strict';
import path from 'node:path';
import { before, test } from 'node:test';
import { buildTestDirectory } from '../../../test/support/directory.ts';
import { startServer } from '../../../test/support/server.ts';

before(async () => {
  await buildTestDirectory();
});

test('the server refuses to start on bad guides, and says which file and field to fix', async () => {
  await assert.rejects(startServer({ CONTENT_DIR: path.join(import.meta.dirname, 'fixtures', 'bad') }), (error: Error) => {
    assert.match(error.message, /exited early/);
    assert.match(error.message, /The guides in .* have 7 problems/);
    assert.match(error.message, /bad\/guides\/missing-field\.md: summary: is missing/);
    assert.match(error.message, /bad\/guides\/unknown-ref\.md: body: \{\{ref:nowhere\}\}/);
    return true;
  });
});
