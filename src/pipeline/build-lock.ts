import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Another build or import holds the lock: nothing was changed, try again when it has finished. */
export class BuildLockedError extends Error {
  constructor() {
    super('another directory build or import is running; nothing was changed. Try again when it has finished.');
    this.name = 'BuildLockedError';
  }
}

export interface BuildLock {
  release(): void;
}

/**
 * One build or import of a directory at a time on this machine. The lock is an exclusive transaction on a
 * small SQLite file beside the directory (`directory.sqlite.lock`): the operating system drops it when the
 * process ends, however it ends, so a crashed build never leaves a stale lock behind (a pid file would). A
 * second build does not wait: it fails at once with BuildLockedError, before it has read or written anything,
 * so it can never report a success or a failure that belongs to the other one. (With DATABASE_URL the
 * publish also takes a PostgreSQL advisory lock, which covers builds on other machines.)
 */
export function takeBuildLock(directoryPath: string): BuildLock {
  const file = `${directoryPath}.lock`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw new BuildLockedError();
    throw error;
  }
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      db.exec('ROLLBACK');
      db.close();
    },
  };
}
