import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.ts';
import { siteCss } from './site-css.ts';

export const PUBLIC_DIR = path.join(ROOT, 'public');

const versions = new Map<string, string>();

/** Files served under /assets/ that are made from a file in public/ when first asked for, not kept there. */
const DERIVED: Record<string, () => string> = {
  'site-rest.css': () => siteCss().belowFirstScreen,
};

/** The names of every file served under /assets/: public/'s own and the derived ones. */
export function assetNames(): string[] {
  return [...fs.readdirSync(PUBLIC_DIR), ...Object.keys(DERIVED)];
}

/** The bytes of a file served under /assets/, or undefined. `name` must come from {@link assetNames}. */
export function readAsset(name: string): Buffer | undefined {
  const derive = DERIVED[name];
  if (derive) return Buffer.from(derive());
  const file = path.join(PUBLIC_DIR, path.basename(name));
  return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
}

/**
 * The URL of a file in public/, with a short content hash so browsers can cache it for a year and still
 * get a new copy the moment it changes.
 */
export function asset(name: string): string {
  let version = versions.get(name);
  if (!version) {
    const body = readAsset(name);
    version = body ? createHash('sha256').update(body).digest('hex').slice(0, 10) : 'missing';
    versions.set(name, version);
  }
  return `/assets/${name}?v=${version}`;
}
