import { z } from 'zod';
import { fill, messages } from '../../ui/messages/index.ts';
import { TOKEN_PATTERN } from './tokens.ts';

export const FIRST_NAME_MAX = 60;

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/**
 * The sign-up form. Messages follow the GOV.UK pattern: say what to do, not what went wrong. The email
 * address is lower-cased so one mailbox is one subscriber, whatever the capitals. Each message is looked up when
 * the form is checked, so it is in the page's language.
 */
const say = () => messages().newsletter.errors;

export const signupSchema = z.object({
  email: z
    .string({ error: () => say().emailMissing })
    .trim()
    .min(1, { error: () => say().emailMissing })
    .max(254, { error: () => say().emailTooLong })
    .pipe(z.email({ error: () => say().emailFormat }))
    .transform((v) => v.toLowerCase()),
  first_name: z
    .string()
    .trim()
    .max(FIRST_NAME_MAX, { error: () => fill(say().firstNameTooLong, { max: FIRST_NAME_MAX }) })
    .optional()
    .transform((v) => (v ? v : undefined)),
  consent: z.literal('yes', { error: () => say().consent }),
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
