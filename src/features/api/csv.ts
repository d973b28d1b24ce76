import { stringify } from 'csv-stringify/sync';
import type { ApiSearchResultFacility } from './api.schemas.ts';

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
      f.match,
      f.matched_filters.join(' '),
      f.unknown_filters.join(' '),
    ]),
    { header: true, columns: COLUMNS, record_delimiter: 'windows' },
  );
}
