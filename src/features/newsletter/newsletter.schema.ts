import { z } from 'zod';
import { TOKEN_PATTERN } from './tokens.ts';

export const FIRST_NAME_MAX = 60;

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * The sign-up form. Messages follow the GOV.UK pattern: say what to do, not what went wrong. The email
 * address is lower-cased so one mailbox is one subscriber, whatever the capitals.
 */
export const signupSchema = z.object({
  email: z
    .string({ error: 'Enter your email address' })
    .trim()
    .min(1, { error: 'Enter your email address' })
    .max(254, { error: 'Email address must be 254 characters or fewer' })
    .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.com' }))
    .transform((v) => v.toLowerCase()),
  first_name: z
    .string()
    .trim()
    .max(FIRST_NAME_MAX, { error: `First name must be ${FIRST_NAME_MAX} characters or fewer` })
    .optional()
    .transform((v) => (v ? v : undefined)),
  consent: z.literal('yes', { error: 'Tick the box to say you want to get our emails' }),
});

export type SignupInput = z.output<typeof signupSchema>;

/** What the person typed, as text, so a form with errors can show it back to them unchanged. */
export interface SignupValues {
  email: string;
  first_name: string;
  consent: boolean;
}

export function signupValues(body: Record<string, unknown>): SignupValues {
  return { email: text(body.email) ?? '', first_name: text(body.first_name) ?? '', consent: body.consent === 'yes' };
}

/** Field name -> first message, in form order, for the error summary and the inline messages. */
export function signupErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'email');
    fields[field] ??= issue.message;
  }
  return fields;
}

export const tokenSchema = z.string().regex(TOKEN_PATTERN);

/** A token from a query string or form field, or undefined if it cannot be one of ours. */
export function parseToken(value: unknown): string | undefined {
  const parsed = tokenSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
