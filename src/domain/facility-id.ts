import { createHash } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32: no i, l, o, u to misread

/** A short, URL-safe id derived only from the given parts: the same parts always give the same id. */
export function stableId(parts: string[]): string {
  const digest = createHash('sha256').update(parts.join('\u001f')).digest();
  let out = '';
  for (let i = 0; i < 10; i++) out += ALPHABET[(digest[i] as number) % 32];
  return out;
}

/**
 * What a facility id looks like: ten Crockford base32 characters, with "-2", "-3"… when two places would
 * otherwise share one. Routes check an id against it before looking anything up.
 */
export const FACILITY_ID = /^[0-9a-hjkmnp-tv-z]{10}(?:-\d{1,4})?$/;
