import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes as base64url: 43 characters, safe in a URL without escaping. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The hex sha-256 of a token: what the database keeps, so a copy of the database cannot confirm or unsubscribe anyone. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new secret for a confirm or unsubscribe link, and the hash to store for it. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}
