import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { tempDir } from '../../../test/support/app.ts';
import { createLogger } from '../../lib/logger.ts';
import { SHARE_LOADS_ENV } from '../../lib/shared-loads.ts';
import { createGuidesService } from './guides.service.ts';

const GOOD = path.join(import.meta.dirname, 'fixtures', 'good');
const logger = createLogger({ level: 'silent' });

/** A copy of the good fixtures, to change. */
function contentCopy(): string {
  const dir = tempDir('guides-shared-');
  fs.cpSync(GOOD, dir, { recursive: true });
  return dir;
}
const service = (contentDir: string) => createGuidesService({ contentDir, requireGuides: false, logger });

describe('guides shared between the apps of a test process (OT_SHARE_DIRECTORY_LOADS)', () => {
  let before: string | undefined;
  beforeEach(() => {
    before = process.env[SHARE_LOADS_ENV];
  });
  afterEach(() => {
    if (before === undefined) delete process.env[SHARE_LOADS_ENV];
    else process.env[SHARE_LOADS_ENV] = before;
  });

  test('shared: a second app on the same folder gets the guides already read', () => {
    process.env[SHARE_LOADS_ENV] = '1';
    const dir = contentCopy();
    assert.equal(service(dir).get('short-guide'), service(dir).get('short-guide'));
  });

  test('shared: a guide changed on disk is read again, and a new one is found', () => {
    process.env[SHARE_LOADS_ENV] = '1';
    const dir = contentCopy();
    const first = service(dir).get('short-guide');
    assert.ok(first);
    const file = path.join(dir, 'guides', 'short-guide.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(`title: ${first.meta.title}`, 'title: A changed title'));
    assert.equal(service(dir).get('short-guide')?.meta.title, 'A changed title');
    fs.rmSync(dir, { recursive: true });
    assert.equal(service(dir).list().length, 0, 'a folder removed is seen as gone');
  });

  test('not shared (the site): every app reads the guides itself', () => {
    delete process.env[SHARE_LOADS_ENV];
    const dir = contentCopy();
    const a = service(dir).get('short-guide');
    assert.ok(a);
    assert.notEqual(service(dir).get('short-guide'), a);
    assert.deepEqual(service(dir).get('short-guide'), a);
  });
});
