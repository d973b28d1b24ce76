import type { ReportKind } from '../../db/app-schema.ts';
import { conceptByKey } from '../../domain/concepts.ts';
import {
  CORRECTION_FIELDS,
  type CorrectionChange,
  type CorrectionField,
  EVIDENCE_KINDS,
  type EvidenceKind,
  isoDay,
} from '../../domain/corrections.ts';
import { normalisePhone } from '../../domain/phone.ts';
import { SERVES_ONLY, type ServesOnly } from '../../domain/serves-only.ts';
import { US_STATES } from '../../lib/us-states.ts';

/** The accept form as typed, so a form with errors shows it back unchanged. */
export interface CorrectionValues {
  field: string;
  phone: string;
  noNumber: boolean;
  street: string;
  street2: string;
  city: string;
  state: string;
  zip: string;
  latitude: string;
  longitude: string;
  concept: string;
  offered: string;
  closed: string;
  servesOnly: string[];
  evidence: string;
  checkedOn: string;
}

/** The accept form, filled in from the report: its kind picks the field, its value the new value. */
export function valuesFromReport(kind: ReportKind, value: string | null, today: string): CorrectionValues {
  const field: Record<ReportKind, CorrectionField | ''> = {
    closed: 'closed',
    phone: 'phone',
    moved: 'address',
    'service-missing': 'service',
    'service-extra': 'service',
    'serves-only': 'serves_only',
    other: '',
  };
  return {
    field: field[kind],
    phone: kind === 'phone' ? (value ?? '') : '',
    noNumber: false,
    street: kind === 'moved' ? (value ?? '') : '',
    street2: '',
    city: '',
    state: '',
    zip: '',
    latitude: '',
    longitude: '',
    concept: kind === 'service-missing' || kind === 'service-extra' ? (value ?? '') : '',
    offered: kind === 'service-missing' ? 'no' : kind === 'service-extra' ? 'yes' : '',
    closed: kind === 'closed' ? 'yes' : '',
    servesOnly: [],
    evidence: '',
    checkedOn: today,
  };
}

const str = (v: unknown, max = 300) => (typeof v === 'string' ? v.slice(0, max) : '');
const list = (v: unknown) =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');

export function correctionValues(body: Record<string, unknown>): CorrectionValues {
  return {
    field: str(body.field, 40),
    phone: str(body.phone, 60),
    noNumber: body.no_number === 'yes',
    street: str(body.street),
    street2: str(body.street2),
    city: str(body.city, 100),
    state: str(body.state, 20),
    zip: str(body.zip, 20),
    latitude: str(body.latitude, 30),
    longitude: str(body.longitude, 30),
    concept: str(body.concept, 80),
    offered: str(body.offered, 5),
    closed: str(body.closed, 5),
    servesOnly: list(body.serves_only).slice(0, SERVES_ONLY.length),
    evidence: str(body.evidence, 40),
    checkedOn: str(body.checked_on, 20),
  };
}

export interface ParsedCorrection {
  /** For an address with no map point given, latitude is null and the service puts it at the ZIP code's middle. */
  change: CorrectionChange;
  evidence: EvidenceKind;
  checkedOn: string;
}

/** The earliest check date we accept: older than any list we use would make no sense. */
const EARLIEST = '2015-01-01';

/** Checks the evidence part of a form (also used when keeping a correction): how, and on which day. */
export function parseEvidence(
  values: Pick<CorrectionValues, 'evidence' | 'checkedOn'>,
  today: string,
  errors: Record<string, string>,
) {
  const evidence = (EVIDENCE_KINDS as readonly string[]).includes(values.evidence)
    ? (values.evidence as EvidenceKind)
    : undefined;
  if (!evidence) errors.evidence = 'Choose how you checked';
  const day = values.checkedOn.trim();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && isoDay(new Date(`${day}T00:00:00Z`)) === day;
  if (!valid) errors.checked_on = 'Enter the day you checked as YYYY-MM-DD, like 2026-12-03';
  else if (day > today) errors.checked_on = 'The day you checked cannot be in the future';
  else if (day < EARLIEST) errors.checked_on = `The day you checked must be ${EARLIEST} or later`;
  return { evidence, checkedOn: day };
}

/** Checks the accept form. Messages say what to do; everything typed is kept by the caller. */
export function parseCorrection(
  values: CorrectionValues,
  today: string,
): { ok: true; correction: ParsedCorrection } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const field = (CORRECTION_FIELDS as readonly string[]).includes(values.field) ? (values.field as CorrectionField) : undefined;
  let change: CorrectionChange | undefined;
  if (!field) errors.field = 'Choose what to correct';
  if (field === 'phone' || field === 'intake_phone') {
    const phone = normalisePhone(values.phone);
    if (values.noNumber) change = { field, phone: null };
    else if (!phone) errors.phone = 'Enter the phone number with its area code, or tick “no working number”';
    else change = { field, phone };
  } else if (field === 'address') {
    const state = values.state.trim().toUpperCase();
    const zip = values.zip.trim();
    const lat = values.latitude.trim();
    const lon = values.longitude.trim();
    if (values.street.trim() === '') errors.street = 'Enter the street address';
    if (values.city.trim() === '') errors.city = 'Enter the city';
    if (!US_STATES[state]) errors.state = 'Enter the state as two letters, like AL';
    if (!/^\d{5}$/.test(zip)) errors.zip = 'Enter a 5-digit ZIP code';
    const latitude = lat === '' ? null : Number(lat);
    const longitude = lon === '' ? null : Number(lon);
    if ((latitude === null) !== (longitude === null)) errors.latitude = 'Give both latitude and longitude, or neither';
    else if (
      latitude !== null &&
      (!Number.isFinite(latitude) ||
        Math.abs(latitude) > 90 ||
        !Number.isFinite(longitude) ||
        Math.abs(longitude as number) > 180)
    )
      errors.latitude = 'Give the map point in decimal degrees, like 34.8329 and -87.6664';
    change = {
      field,
      street: values.street.trim(),
      street2: values.street2.trim(),
      city: values.city.trim(),
      state,
      zip,
      latitude,
      longitude,
      locationMethod: latitude === null ? 'zip-centroid' : 'source',
      locationSource: null,
    };
  } else if (field === 'service') {
    if (!conceptByKey(values.concept)) errors.concept = 'Choose the service';
    if (values.offered !== 'yes' && values.offered !== 'no') errors.offered = 'Say whether the place offers it';
    change = { field, concept: values.concept, offered: values.offered === 'yes' };
  } else if (field === 'closed') {
    if (values.closed !== 'yes' && values.closed !== 'no') errors.closed = 'Say whether the place has closed';
    change = { field, closed: values.closed === 'yes' };
  } else if (field === 'serves_only') {
    const groups = values.servesOnly.filter((s): s is ServesOnly => (SERVES_ONLY as readonly string[]).includes(s));
    change = { field, servesOnly: groups };
  }
  const { evidence, checkedOn } = parseEvidence(values, today, errors);
  if (Object.keys(errors).length > 0 || !change || !evidence) return { ok: false, errors };
  return { ok: true, correction: { change, evidence, checkedOn } };
}
