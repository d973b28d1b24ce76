import { Secret, TOTP } from 'otpauth';

/**
 * The optional second step at sign-in: a six-digit code from an authenticator app (RFC 6238 TOTP, 30-second
 * steps, SHA-1, as every app supports). A code is accepted for the step before and after the current one, to
 * allow for a slow phone clock, and never twice: the last step used is kept, and an older or equal one refused.
 */
const ISSUER = 'Open Treatment editors';

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

const totpFor = (secret: string, label = 'editor') =>
  new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });

/** The otpauth:// address an authenticator app understands (typed in, or pasted, as there is no QR code). */
export const totpUri = (secret: string, email: string): string => totpFor(secret, email).toString();

/** The current code (for tests and for checking a new secret works). */
export const totpCode = (secret: string, at = Date.now()): string => totpFor(secret).generate({ timestamp: at });

/**
 * The time step a code belongs to, if it is right and newer than `lastStep`; undefined otherwise.
 * @example const step = verifyTotp(secret, '123456', editor.totpLastStep); if (step !== undefined) saveStep(step);
 */
export function verifyTotp(secret: string, code: string, lastStep: number | null, at = Date.now()): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totpFor(secret).validate({ token: code, timestamp: at, window: 1 });
  if (delta === null) return undefined;
  const step = Math.floor(at / 30_000) + delta;
  return lastStep !== null && step <= lastStep ? undefined : step;
}
