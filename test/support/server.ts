import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { buildServerBundles, SERVER_BUNDLE } from '../../scripts/build-server.ts';
import { freeLoopbackPort } from '../../scripts/free-port.ts';
import { ROOT } from '../../src/config.ts';
import { tempDir } from './app.ts';
import { TEST_DIRECTORY } from './directory.ts';

export interface RunningServer {
  url: string;
  port: number;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

let built: Promise<string> | undefined;
/** dist/server.mjs, built once per test process if the runner did not build it already. */
function serverBundle(): Promise<string> {
  built ??= (async () => {
    if (process.env.OT_SERVER_BUNDLE_BUILT !== '1' || !fs.existsSync(SERVER_BUNDLE)) await buildServerBundles();
    return SERVER_BUNDLE;
  })();
  return built;
}

/** Set by scripts/test.ts for the browser tier: the address of one running site that journeys may share. */
export const SHARED_SITE_ENV = 'OT_TEST_SITE_URL';

/**
 * Starts the real server (dist/server.mjs, as `npm start` does) on a free loopback port, with the shared
 * test directory and a private folder for anything it writes. Resolves once /healthz answers. `base` is the
 * environment to start from (this process's by default).
 */
export async function startServer(
  env: Record<string, string> = {},
  base: NodeJS.ProcessEnv = process.env,
): Promise<RunningServer> {
  const port = await freeLoopbackPort();
  let output = '';
  // The compiled server, as `npm start` runs it (scripts/test.ts builds it before any test runs).
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', await serverBundle()], {
    cwd: ROOT,
    env: {
      ...base,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      VAR_DIR: tempDir(),
      DIRECTORY_PATH: TEST_DIRECTORY,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited early (code ${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not start within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    url,
    port,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        // Killed outright if it has not stopped within 5 s; the timer goes as soon as it has.
        const kill = setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
