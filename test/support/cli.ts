import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildServerBundles, DIST_DIR, ENTRIES } from '../../scripts/build-server.ts';
import { ROOT } from '../../src/config.ts';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

type Command = 'directory' | 'editor';

/**
 * What the test runner bundles before the tests (scripts/test.ts): the server's bundles and both commands, so a
 * test runs a command as plain JavaScript instead of paying a second of tsx start-up for each.
 */
export const TEST_BUNDLES: Record<string, string> = {
  ...ENTRIES,
  editor: path.join(ROOT, 'src', 'cli', 'editor.ts'),
};

let built: Promise<void> | undefined;
/** dist/<command>.mjs, built once per test process unless the runner built it already. */
async function bundle(command: Command): Promise<string> {
  const file = path.join(DIST_DIR, `${command}.mjs`);
  built ??=
    process.env.OT_SERVER_BUNDLE_BUILT === '1' && fs.existsSync(file) ? Promise.resolve() : buildServerBundles(TEST_BUNDLES);
  await built;
  return file;
}

/**
 * Runs one of our commands (`npm run directory -- …`, `npm run editor -- …`) as an operator would, with the
 * given environment (VAR_DIR, SOURCES_DIR, PUBLIC_URL…), without blocking the test's event loop, so a server
 * or browser in the same test keeps running meanwhile. It runs the command's bundle (dist/, what `npm start`'s
 * build makes from the same source); `tsx: true` runs the source through tsx instead, as `npm run` does.
 */
export async function runCli(
  command: Command,
  args: string[],
  env: Record<string, string>,
  options: { tsx?: boolean } = {},
): Promise<CliRun> {
  const entry = options.tsx ? ['--import', 'tsx', `src/cli/${command}.ts`] : [await bundle(command)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...entry, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The one-time setup link `npm run editor -- add` printed. */
export function setupLinkIn(stdout: string): string {
  const link = stdout.match(/https?:\/\/\S+\/editor\/setup\?token=[A-Za-z0-9_-]{43}/)?.[0];
  if (!link) throw new Error(`no setup link in: ${stdout}`);
  return link;
}
