import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.ts';

export const PUBLIC_DIR = path.join(ROOT, 'public');

const versions = new Map<string, string>();

/**
 * The URL of a file in public/, with a short content hash so browsers can cache it for a year and still
 * get a new copy the moment it changes.
 */
export function asset(name: string): string {
  let version = versions.get(name);
  if (!version) {
    const file = path.join(PUBLIC_DIR, name);
    version = fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 10) : 'missing';
    versions.set(name, version);
  }
  return `/assets/${name}?v=${version}`;
}
