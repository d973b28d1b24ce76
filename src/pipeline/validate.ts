import { normaliseZip } from './normalise.ts';
import type { SourceRow } from './source-row.ts';

/** The 50 states, DC, and the territories and freely associated states SAMHSA lists. */
export const STATE_CODES = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP FM PW MH'
  ).split(' '),
);

export type RejectReason = 'no name' | 'bad state code' | 'bad ZIP code' | 'impossible coordinates';

/**
 * Coordinates are impossible when they are not numbers, out of range, exactly 0,0 (a geocoder's "unknown"),
 * or outside the box that holds the US, its territories and the Pacific freely associated states.
 */
export function coordinatesPossible(lat: number, lon: number): boolean {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return false;
  if (lat === 0 && lon === 0) return false;
  if (lat < -15 || lat > 72) return false;
  // From Palau and Guam (east of 130° E) across the date line to Puerto Rico and the Virgin Islands (64° W).
  return lon >= 130 || lon <= -64;
}

/** Why a row cannot be used, or undefined when it can. */
export function rejectReason(row: SourceRow): RejectReason | undefined {
  if (!row.name.trim()) return 'no name';
  if (!STATE_CODES.has(row.state)) return 'bad state code';
  if (!normaliseZip(row.zip)) return 'bad ZIP code';
  const hasLat = row.latitude !== undefined;
  const hasLon = row.longitude !== undefined;
  if (hasLat !== hasLon) return 'impossible coordinates';
  if (hasLat && !coordinatesPossible(row.latitude as number, row.longitude as number)) return 'impossible coordinates';
  return undefined;
}
