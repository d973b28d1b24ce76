import { spawn } from 'node:child_process';
import { ROOT } from '../../src/config.ts';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of our commands (`npm run directory -- …`, `npm run editor -- …`) as an operator would, with the
 * given environment (VAR_DIR, SOURCES_DIR, PUBLIC_URL…), without blocking the test's event loop, so a server
 * or browser in the same test keeps running meanwhile.
 */
export function runCli(command: 'directory' | 'editor', args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${command}.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
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
