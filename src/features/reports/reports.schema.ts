import { z } from 'zod';
import { REPORT_KINDS, type ReportKind } from '../../db/app-schema.ts';
import { CONCEPTS, conceptByKey, conceptKey, GROUP_LABELS } from '../../domain/concepts.ts';
import { normalisePhone } from '../../domain/phone.ts';

export const NOTE_MAX = 1000;
export const ADDRESS_MAX = 300;
export const EMAIL_MAX = 254;

/** What a visitor can say is wrong, in the order the form asks, with plain words for each. */
export const KIND_LABELS: Record<ReportKind, { label: string; hint?: string }> = {
  closed: { label: 'It has closed' },
  phone: { label: 'The phone number is wrong', hint: 'Give the right number below, if you know it.' },
  moved: { label: 'It has moved', hint: 'Give the new address below, if you know it.' },
  'service-missing': { label: 'It does not offer a service we list', hint: 'Choose the service below.' },
  'service-extra': { label: 'It offers a service we do not list', hint: 'Choose the service below.' },
  'serves-only': {
    label: 'It only serves some people',
    hint: 'For example only veterans, only teens or only women. Tell us below.',
  },
  other: { label: 'Something else', hint: 'Tell us below.' },
};

/** The services a report can be about: the search filters' concepts, "Medication: Methadone" and so on. */
export const SERVICE_CHOICES = CONCEPTS.map((c) => ({
  value: conceptKey(c),
  label: `${GROUP_LABELS[c.group].legend}: ${c.label}`,
}));

/** What the person typed, as text, so a form with errors shows it back unchanged. */
export interface ReportValues {
  kind: string;
  phone: string;
  address: string;
  service: string;
  note: string;
  email: string;
}

const text = (v: unknown, max = 5000) => (typeof v === 'string' ? v.slice(0, max) : '');

export function reportValues(body: Record<string, unknown>): ReportValues {
  return {
    kind: text(body.kind, 40),
    phone: text(body.phone, 100),
    address: text(body.address, ADDRESS_MAX + 100),
    service: text(body.service, 100),
    note: text(body.note, NOTE_MAX + 1000),
    email: text(body.email, EMAIL_MAX + 100),
  };
}

export interface ParsedReport {
  kind: ReportKind;
  /** The right value, normalised: a phone number, an address, a concept key; null when it does not apply. */
  value: string | null;
  note: string | null;
  replyEmail: string | null;
}

const email = z
  .string()
  .max(EMAIL_MAX, { error: `Your email address must be ${EMAIL_MAX} characters or fewer` })
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.com, or leave it empty' }));

const isKind = (v: string): v is ReportKind => (REPORT_KINDS as readonly string[]).includes(v);

/**
 * Checks a report. Messages follow the GOV.UK pattern (say what to do). A value that does not apply to the
 * chosen problem (a phone number when the place has moved, say) is ignored rather than refused.
 */
export function parseReport(
  values: ReportValues,
): { ok: true; report: ParsedReport } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const kind = values.kind;
  const note = values.note.trim();
  const address = values.address.trim().replace(/\s+/g, ' ');
  let value: string | null = null;
  if (!isKind(kind)) {
    errors.kind = 'Choose what is wrong with this listing';
  } else if (kind === 'phone') {
    const phone = normalisePhone(values.phone);
    if (values.phone.trim() === '') errors.phone = 'Enter the right phone number';
    else if (!phone) errors.phone = 'Enter a phone number with its area code, like 256-555-0100';
    value = phone ?? null;
  } else if (kind === 'moved') {
    if (address === '') errors.address = 'Enter the new address';
    else if (address.length > ADDRESS_MAX) errors.address = `The address must be ${ADDRESS_MAX} characters or fewer`;
    value = address || null;
  } else if (kind === 'service-missing' || kind === 'service-extra') {
    if (!conceptByKey(values.service)) errors.service = 'Choose the service';
    else value = values.service;
  } else if ((kind === 'serves-only' || kind === 'other') && note === '') {
    errors.note = kind === 'other' ? 'Tell us what is wrong' : 'Tell us who they serve';
  }
  if (note.length > NOTE_MAX) errors.note = `Your note must be ${NOTE_MAX.toLocaleString('en-US')} characters or fewer`;
  let replyEmail: string | null = null;
  const typedEmail = values.email.trim();
  if (typedEmail !== '') {
    const parsed = email.safeParse(typedEmail);
    if (parsed.success) replyEmail = parsed.data.toLowerCase();
    else errors.email = parsed.error.issues[0]?.message ?? 'Enter a valid email address';
  }
  if (Object.keys(errors).length > 0 || !isKind(kind)) return { ok: false, errors };
  return { ok: true, report: { kind, value, note: note || null, replyEmail } };
}
