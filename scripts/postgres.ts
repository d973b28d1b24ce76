/**
 * A throwaway PostgreSQL server for tests and benchmarks: a new cluster in a temporary folder, listening only
 * on a free loopback port and on a socket folder of its own, with trust authentication (nothing but this
 * machine can reach it). It starts in about a second and is stopped and deleted when asked, or when the
 * process that started it exits. It uses Debian's PostgreSQL 15 and PostGIS packages; nothing is downloaded.
 *
 * PostgreSQL refuses to run as root, so when we are root (as in CI) every command runs as the `postgres`
 * user that the Debian package creates, through `runuser`.
 *
 * @example
 * const pg = await startPostgres();
 * // ... connect to pg.url ...
 * pg.stop();
 *
 * Run it on its own to keep one open while you try something: `npx tsx scripts/postgres.ts` prints the URL.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { freeLoopbackPort } from './free-port.ts';

/** Where Debian puts PostgreSQL 15; PG_BIN_DIR overrides it (for another version or layout). */
export const PG_BIN_DIR = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';
/** What to run when the binaries are missing. The same list as scripts/install-test-tools.sh installs. */
export const PG_INSTALL_COMMAND = 'sudo apt-get install -y postgresql-15 postgresql-15-postgis-3';

export interface PostgresCluster {
  /** A URL for the `postgres` superuser's own database, e.g. postgres://postgres@127.0.0.1:54321/postgres */
  url: string;
  port: number;
  /** The temporary folder holding the data, the socket and the server log. */
  folder: string;
  /** Stops the server and deletes its folder. Safe to call more than once. */
  stop(): void;
}

/** Why the PostgreSQL binaries cannot be used here, with the command that fixes it; undefined when they can. */
export function postgresProblem(): string | undefined {
  const missing = ['initdb', 'pg_ctl', 'postgres'].filter((b) => !fs.existsSync(path.join(PG_BIN_DIR, b)));
  if (missing.length > 0) {
    return `PostgreSQL 15 is not installed (no ${missing.join(', ')} in ${PG_BIN_DIR}). Install it with: ${PG_INSTALL_COMMAND}`;
  }
  if (isRoot() && spawnSync('id', ['-u', 'postgres']).status !== 0) {
    return `PostgreSQL cannot run as root and there is no "postgres" user. Install Debian's package, which creates it: ${PG_INSTALL_COMMAND}`;
  }
  return undefined;
}

const isRoot = () => process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as the postgres user when we are root. Throws with its output if it fails. */
function run(binary: string, args: string[], cwd: string): void {
  const command = path.join(PG_BIN_DIR, binary);
  const [file, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  // LC_ALL=C: the cluster's locale and messages must not depend on whoever runs the tests.
  const result = spawnSync(file, argv, { cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', LANG: 'C' } });
  if (result.status !== 0) {
    throw new Error(`${binary} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`);
  }
}

/**
 * Creates and starts a cluster. Durability settings are off (fsync, full page writes): the data lives only as
 * long as the tests, and they start and finish faster without waiting for the disk.
 */
export async function startPostgres(): Promise<PostgresCluster> {
  const problem = postgresProblem();
  if (problem) throw new Error(problem);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ot-pg-'));
  const data = path.join(folder, 'data');
  const socketDir = path.join(folder, 'socket');
  fs.mkdirSync(socketDir);
  if (isRoot()) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    fs.chownSync(folder, uid, gid);
    fs.chownSync(socketDir, uid, gid);
  }
  let stopped = false;
  let started = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    try {
      if (started) run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w'], folder);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  };
  process.on('exit', stop);
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'], folder);
    // A free port can be taken by someone else between our check and the server's start: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freeLoopbackPort();
      const options = [
        `-p ${port}`,
        `-k ${socketDir}`,
        '-c listen_addresses=127.0.0.1',
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
        '-c max_connections=200',
      ].join(' ');
      try {
        run('pg_ctl', ['start', '-D', data, '-l', path.join(folder, 'server.log'), '-w', '-t', '30', '-o', options], folder);
        started = true;
        return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, folder, stop };
      } catch (error) {
        if (attempt >= 3) {
          const log = fs.existsSync(path.join(folder, 'server.log'))
            ? fs.readFileSync(path.join(folder, 'server.log'), 'utf8')
            : '';
          throw new Error(`${(error as Error).message}\n${log}`);
        }
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const began = performance.now();
  const pg = await startPostgres();
  console.log(`PostgreSQL is running at ${pg.url} (started in ${Math.round(performance.now() - began)} ms).`);
  console.log('Press Ctrl+C to stop it and delete its data.');
  const quit = () => {
    pg.stop();
    process.exit(0);
  };
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
  setInterval(() => {}, 1 << 30);
}
