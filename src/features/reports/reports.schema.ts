import { z } from 'zod';
import { REPORT_KINDS, type ReportKind } from '../../db/app-schema.ts';
import { CONCEPT_LABELS_ES, GROUP_LABELS_ES } from '../../domain/concepts.es.ts';
import { CONCEPTS, conceptByKey, conceptKey, GROUP_LABELS } from '../../domain/concepts.ts';
import { normalisePhone } from '../../domain/phone.ts';
import { currentLocale, intlLocale } from '../../ui/locale.ts';
import { fill, messages } from '../../ui/messages/index.ts';

export const NOTE_MAX = 1000;
export const ADDRESS_MAX = 300;
export const EMAIL_MAX = 254;

const KIND_KEY = {
  closed: 'closed',
  phone: 'phone',
  moved: 'moved',
  'service-missing': 'serviceMissing',
  'service-extra': 'serviceExtra',
  'serves-only': 'servesOnly',
  other: 'other',
} as const satisfies Record<ReportKind, string>;

/** What a visitor can say is wrong, with plain words for each, in the page's language. */
export function kindLabel(kind: ReportKind): { label: string; hint?: string } {
  const { label, hint } = messages().reports.kind[KIND_KEY[kind]];
  return hint ? { label, hint } : { label };
}

/** The services a report can be about: the search filters' concepts, "Medication: Methadone" and so on. */
export function serviceChoices(): { value: string; label: string }[] {
  const spanish = currentLocale() === 'es';
  const option = messages().reports.service.option;
  return CONCEPTS.map((c) => {
    const key = conceptKey(c);
    const group = (spanish ? GROUP_LABELS_ES : GROUP_LABELS)[c.group].legend;
    const service = (spanish ? CONCEPT_LABELS_ES[key]?.label : undefined) ?? c.label;
    return { value: key, label: fill(option, { group, service }) };
  });
}

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

/** The reply address, with its messages in the page's language. */
const emailSchema = (m: ReturnType<typeof messages>['reports']['errors']) =>
  z
    .string()
    .max(EMAIL_MAX, { error: fill(m.emailLength, { max: String(EMAIL_MAX) }) })
    .pipe(z.email({ error: m.email }));

const isKind = (v: string): v is ReportKind => (REPORT_KINDS as readonly string[]).includes(v);

/**
 * Checks a report. Messages follow the GOV.UK pattern (say what to do). A value that does not apply to the
 * chosen problem (a phone number when the place has moved, say) is ignored rather than refused.
 */
export function parseReport(
  values: ReportValues,
): { ok: true; report: ParsedReport } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const m = messages().reports.errors;
  const kind = values.kind;
  const note = values.note.trim();
  const address = values.address.trim().replace(/\s+/g, ' ');
  let value: string | null = null;
  if (!isKind(kind)) {
    errors.kind = m.kind;
  } else if (kind === 'phone') {
    const phone = normalisePhone(values.phone);
    if (values.phone.trim() === '') errors.phone = m.phone;
    else if (!phone) errors.phone = m.phoneFormat;
    value = phone ?? null;
  } else if (kind === 'moved') {
    if (address === '') errors.address = m.address;
    else if (address.length > ADDRESS_MAX) errors.address = fill(m.addressLength, { max: String(ADDRESS_MAX) });
    value = address || null;
  } else if (kind === 'service-missing' || kind === 'service-extra') {
    if (!conceptByKey(values.service)) errors.service = m.service;
    else value = values.service;
  } else if ((kind === 'serves-only' || kind === 'other') && note === '') {
    errors.note = kind === 'other' ? m.somethingElse : m.servesOnly;
  }
  if (note.length > NOTE_MAX) errors.note = fill(m.noteLength, { max: NOTE_MAX.toLocaleString(intlLocale()) });
  let replyEmail: string | null = null;
  const typedEmail = values.email.trim();
  if (typedEmail !== '') {
    const parsed = emailSchema(m).safeParse(typedEmail);
    if (parsed.success) replyEmail = parsed.data.toLowerCase();
    else errors.email = parsed.error.issues[0]?.message ?? m.email;
  }
  if (Object.keys(errors).length > 0 || !isKind(kind)) return { ok: false, errors };
  return { ok: true, report: { kind, value, note: note || null, replyEmail } };
}
