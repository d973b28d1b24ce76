import { hash, verify } from '@node-rs/argon2';

/**
 * Editors' passwords, hashed with argon2id (memory-hard: guessing needs memory as well as time, which makes
 * graphics cards and custom chips far less useful). The cost is OWASP's first recommended setting (19 MiB,
 * two passes, one lane), about 30 ms here. The hash is a PHC string that names its own settings, so they can
 * be raised later without breaking existing passwords.
 */
// 2 is Algorithm.Argon2id, a const enum that cannot be imported under verbatimModuleSyntax.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** A hash nobody's password matches, checked when the email is unknown so that a miss takes as long as a hit. */
let dummy: Promise<string> | undefined;

/** Does `password` match `stored`? With no stored hash (unknown editor, or not set up yet) it still does the work. */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    dummy ??= hashPassword(`no such editor ${Math.random()}`);
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
