/**
 * Formats a US phone number as NNN-NNN-NNNN, keeping an extension as " x123". Returns undefined for text
 * that does not hold a ten-digit number, so a broken phone is never shown as if it were callable.
 *
 * The directory build stores every phone this way, and the site normalises what a visitor reports and what
 * an editor confirms with the same function, so a corrected number compares equal to a listed one.
 */
export function normalisePhone(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const match = raw.match(
    /^\s*(?:\+?1[\s.-]*)?\(?(\d{3})\)?[\s.-]*(\d{3})[\s.-]*(\d{4})\s*(?:(?:x|ext\.?|extension)\s*(\d{1,6}))?/i,
  );
  if (!match) return undefined;
  const [, a, b, c, ext] = match;
  if (a?.startsWith('0') || a?.startsWith('1')) return undefined;
  return `${a}-${b}-${c}${ext ? ` x${ext}` : ''}`;
}
