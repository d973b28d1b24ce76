import { stringify } from 'csv-stringify/sync';
import type { ApiCorrection, ApiSearchResultFacility } from './api.schemas.ts';

const COLUMNS = [
  'id',
  'name',
  'name2',
  'street',
  'street2',
  'city',
  'state',
  'zip',
  'phone',
  'intake_phone',
  'website',
  'latitude',
  'longitude',
  'distance_miles',
  'status',
  'last_seen_year',
  'services',
  'serves_only',
  'url',
  'last_checked',
  'match',
  'matched_filters',
  'unknown_filters',
];

/**
 * A spreadsheet program runs text that starts with = + - @ as a formula; imported names are untrusted, so such
 * text gets a leading apostrophe (OWASP's advice for CSV injection). Numbers are left alone.
 */
const safe = (v: string | null): string => (v && /^[=+\-@\t\r]/.test(v) ? `'${v}` : (v ?? ''));

export function facilitiesCsv(facilities: ApiSearchResultFacility[]): string {
  return stringify(
    facilities.map((f) => [
      f.id,
      safe(f.name),
      safe(f.name2),
      safe(f.address.street),
      safe(f.address.street2),
      safe(f.address.city),
      f.address.state,
      f.address.zip,
      safe(f.phone),
      safe(f.intake_phone),
      safe(f.website),
      f.latitude,
      f.longitude,
      f.distance_miles,
      f.status,
      f.last_seen_year,
      f.services.join(' '),
      f.serves_only.join(' '),
      f.url,
      f.last_checked ?? '',
      f.match,
      f.matched_filters.join(' '),
      f.unknown_filters.join(' '),
    ]),
    { header: true, columns: COLUMNS, record_delimiter: 'windows' },
  );
}

const CORRECTION_COLUMNS = [
  'id',
  'facility_id',
  'facility_url',
  'field',
  'concept',
  'value',
  'checked_on',
  'evidence',
  'accepted_on',
  'status',
  'ended_on',
];

/** GET /api/v1/corrections.csv: one row per correction, with its dates and kind of evidence, nothing personal. */
export function correctionsCsv(corrections: ApiCorrection[]): string {
  return stringify(
    corrections.map((c) => [
      c.id,
      c.facility_id,
      c.facility_url,
      c.field,
      c.concept ?? '',
      safe(c.value),
      c.checked_on,
      c.evidence,
      c.accepted_on,
      c.status,
      c.ended_on ?? '',
    ]),
    { header: true, columns: CORRECTION_COLUMNS, record_delimiter: 'windows' },
  );
}
