import type { Context } from 'hono';
import { AppError } from './errors.ts';

/**
 * The body of a form POST. A body the parser cannot read (a broken multipart boundary, a truncated upload) is
 * the sender's mistake, so it is a 400 with a kind message, never a 500.
 */
export async function readForm(c: Context): Promise<Record<string, string | File>> {
  try {
    return await c.req.parseBody();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(400, 'bad_form', 'We could not read that form. Please go back and try again.');
  }
}
