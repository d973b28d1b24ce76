import { stringify } from 'csv-stringify/sync';
import type { ApiCorrection, ApiSearchResultFacility } from './api.schemas.ts';

/**
 * A spreadsheet program runs text that starts with = + - @ as a formula; imported names are untrusted, so such
 * text gets a leading apostrophe (OWASP's advice for CSV injection). Numbers are left alone.
 */
const safe = (v: string | null): string => (v && /^[=+\-@\t\r]/.test(v) ? `'${v}` : (v ?? ''));

/** One CSV column: its header and how a value is read from the record. */
type CsvColumn<T> = readonly [header: string, value: (record: T) => string | number | null];

function toCsv<T>(records: readonly T[], columns: readonly CsvColumn<T>[]): string {
  return stringify(
    records.map((r) => columns.map(([, value]) => value(r))),
    { header: true, columns: columns.map(([header]) => header), record_delimiter: 'windows' },
  );
}

/** The search results file's columns, in order: each header beside the value it holds. */
const FACILITY_CSV: readonly CsvColumn<ApiSearchResultFacility>[] = [
  ['id', (f) => f.id],
  ['name', (f) => safe(f.name)],
  ['name2', (f) => safe(f.name2)],
  ['street', (f) => safe(f.address.street)],
  ['street2', (f) => safe(f.address.street2)],
  ['city', (f) => safe(f.address.city)],
  ['state', (f) => f.address.state],
  ['zip', (f) => f.address.zip],
  ['phone', (f) => safe(f.phone)],
  ['intake_phone', (f) => safe(f.intake_phone)],
  ['website', (f) => safe(f.website)],
  ['latitude', (f) => f.latitude],
  ['longitude', (f) => f.longitude],
  ['distance_miles', (f) => f.distance_miles],
  ['status', (f) => f.status],
  ['last_seen_year', (f) => f.last_seen_year],
  ['services', (f) => f.services.join(' ')],
  ['serves_only', (f) => f.serves_only.join(' ')],
  ['url', (f) => f.url],
  ['last_checked', (f) => f.last_checked ?? ''],
  ['match', (f) => f.match],
  ['matched_filters', (f) => f.matched_filters.join(' ')],
  ['unknown_filters', (f) => f.unknown_filters.join(' ')],
];

export function facilitiesCsv(facilities: ApiSearchResultFacility[]): string {
  return toCsv(facilities, FACILITY_CSV);
}

const CORRECTION_CSV: readonly CsvColumn<ApiCorrection>[] = [
  ['id', (c) => c.id],
  ['facility_id', (c) => c.facility_id],
  ['facility_url', (c) => c.facility_url],
  ['field', (c) => c.field],
  ['concept', (c) => c.concept ?? ''],
  ['value', (c) => safe(c.value)],
  ['checked_on', (c) => c.checked_on],
  ['evidence', (c) => c.evidence],
  ['accepted_on', (c) => c.accepted_on],
  ['status', (c) => c.status],
  ['ended_on', (c) => c.ended_on ?? ''],
];

/** GET /api/v1/corrections.csv: one row per correction, with its dates and kind of evidence, nothing personal. */
export function correctionsCsv(corrections: ApiCorrection[]): string {
  return toCsv(corrections, CORRECTION_CSV);
}
