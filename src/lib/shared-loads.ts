/**
 * Loads a test process shares between the apps it makes. The test runner (scripts/test.ts) sets
 * `OT_SHARE_DIRECTORY_LOADS=1`: a process there makes many apps (every routes file makes one per database), on
 * the same directory file and the same content, and each would otherwise read and index them again. Nothing
 * else sets it, so the site itself always loads its own.
 *
 * What is shared must be read-only once loaded, and keyed by everything it was made from, so an app that
 * would have made something different (another file, changed content) makes its own.
 *
 * @module
 */

/** The environment variable the test runner sets to `1` to share loads within a process. */
export const SHARE_LOADS_ENV = 'OT_SHARE_DIRECTORY_LOADS';

/** Whether this process shares loads (the test runner only). */
export const sharingLoads = (): boolean => process.env[SHARE_LOADS_ENV] === '1';

/**
 * Set by the test runner to the schema it published the test directory in, in the template database every
 * PostgreSQL test database is copied from. The runner numbers that publication far above where any other
 * database's directory generations start, so only the template and its copies have a schema of that name, and
 * in each it holds the same directory (a publish in a copy makes a schema of another name): apps on any copy
 * may share one load of it.
 */
export const SHARED_SCHEMA_ENV = 'OT_SHARE_PUBLISHED_SCHEMA';

/** The published schema every test database holds alike (see SHARED_SCHEMA_ENV), when loads are shared. */
export const sharedSchema = (): string | undefined => (sharingLoads() ? process.env[SHARED_SCHEMA_ENV] : undefined);

/**
 * The load kept under `key` in `cache`, started with `load()` if there is none. A load that fails is forgotten,
 * so the next caller tries again (and sees its own error).
 */
export function sharedLoad<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let kept = cache.get(key);
  if (!kept) {
    kept = load();
    cache.set(key, kept);
    kept.catch(() => cache.delete(key));
  }
  return kept;
}
