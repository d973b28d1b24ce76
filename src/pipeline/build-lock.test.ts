import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../test/support/app.ts';
import { ROOT } from '../config.ts';
import { BuildLockedError, takeBuildLock } from './build-lock.ts';

test('one build lock at a time per directory; released, it can be taken again', () => {
  const file = path.join(tempDir(), 'directory.sqlite');
  const first = takeBuildLock(file);
  assert.throws(() => takeBuildLock(file), BuildLockedError);
  // Another directory has its own lock.
  takeBuildLock(path.join(tempDir(), 'directory.sqlite')).release();
  first.release();
  takeBuildLock(file).release();
});

test('a build that dies holding the lock leaves no stale lock behind', async () => {
  const file = path.join(tempDir(), 'directory.sqlite');
  // A second process takes the lock, says so, and is killed without releasing it.
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `import { takeBuildLock } from './src/pipeline/build-lock.ts'; takeBuildLock(${JSON.stringify(file)}); console.log('held'); setInterval(() => {}, 1000);`,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve) => child.stdout.on('data', (d) => String(d).includes('held') && resolve()));
  assert.throws(() => takeBuildLock(file), BuildLockedError, 'held by the other process');
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  takeBuildLock(file).release();
});
