/**
 * Turns a draft (a founding row and the rows merged into it) into a facility: its name and address from the
 * founding row, its point on the map, its phone from the row whose name is closest to the name shown, one
 * answer per question about its services, who it is only for, and whether it is confirmed.
 *
 * @module
 */
import { CONCEPTS, conceptKey } from '../domain/concepts.ts';
import type { Facility } from '../domain/facility.ts';
import { SERVES_ONLY_CONCEPT } from '../domain/serves-only.ts';
import { reconcile, type SourceCodes } from './answers.ts';
import type { Geography } from './geography.ts';
import { type Location, locate } from './locate.ts';
import { type Draft, type DraftRow, lendingRows, rowSimilarity, unitClash } from './match.ts';
import { normalisePhone } from './normalise.ts';
import { detectServesOnly } from './serves-only.ts';
import { type PhoneCandidate, pickPhone, UNPICKED_PHONE } from './shared-lines.ts';
import { postalAddress, type SourceInfo } from './source-row.ts';
import type { StatePoints } from './zip-points.ts';

/** A facility as the build makes it: the domain record, plus what the build needs to finish and report it. */
export interface MergedFacility extends Facility {
  services: Map<string, string>;
  sourceRows: { source: string; row: number; role: DraftRow['role'] }[];
  phoneCandidates: PhoneCandidate[];
  location: Location;
}

export interface FinaliseContext {
  geography: Geography;
  states: StatePoints;
  /** Merge order of the sources: newer location lists first. */
  position: ReadonlyMap<string, number>;
}

/** The 2020 medication list and the OTP directory carry no phones; a different name there is checked by facts. */
const CORROBORATING: Record<string, readonly string[]> = {
  OTP: ['OTP', 'OTPA', 'MM', 'METH', 'MMW', 'MO', 'BMO'],
  MM: ['OTP', 'MM', 'METH', 'MMW', 'MO', 'BMO'],
  BUM: ['BU', 'BUM', 'BMW', 'DB', 'UB', 'UBN', 'BMO'],
  VTRL: ['VTRL', 'NXN', 'RPN', 'UN', 'UBN'],
};

/**
 * A flag list names a place by its legal name more often than not ("ATS of Cecil County, LLC" for the
 * Elkton Comprehensive Treatment Center), and has no phone to compare. Such a row that only confirmed the
 * address lends its flags after all when a row that speaks for the place already says the same thing.
 */
function corroborate(d: Draft): void {
  if (!d.rows.some((r) => r.role === 'address-only' && r.info.codes === 'flags')) return;
  const said = new Set(lendingRows(d).flatMap((r) => r.row.codes));
  for (const r of d.rows) {
    if (r.role !== 'address-only' || r.info.codes !== 'flags' || r.phones.length > 0 || unitClash(d, r)) continue;
    if (r.row.codes.some((code) => (CORROBORATING[code] ?? []).some((c) => said.has(c)))) r.role = 'match';
  }
}

const order =
  (position: ReadonlyMap<string, number>) =>
  (a: SourceInfo, b: SourceInfo): number =>
    (position.get(a.key) ?? 0) - (position.get(b.key) ?? 0);

export function finalise(d: Draft, ctx: FinaliseContext): MergedFacility {
  corroborate(d);
  const f = d.founding.row;
  const lending = lendingRows(d);
  const location = locate(
    {
      zip: d.zip,
      city: f.city,
      state: f.state,
      points: lending.flatMap(({ info, row }) =>
        row.latitude !== undefined && row.longitude !== undefined
          ? [{ latitude: row.latitude, longitude: row.longitude, source: info.key }]
          : [],
      ),
    },
    ctx.geography,
    ctx.states,
  );

  const phoneCandidates: PhoneCandidate[] = lending
    .map(({ info, row }) => ({
      phone: normalisePhone(row.phone) ?? null,
      intakePhone: normalisePhone(row.intakePhone) ?? null,
      source: info.key,
      name: row.name2 ? `${row.name}, ${row.name2}` : row.name,
      similarity: rowSimilarity(row, f),
    }))
    .filter((c) => c.phone || c.intakePhone)
    // Stable: among equally close names, the newest list (merge order) comes first.
    .sort((a, b) => b.similarity - a.similarity);

  const byRow: SourceCodes[] = lending.map(({ info, row }) => ({ info, codes: new Set(row.codes) }));
  const answers = reconcile(byRow, order(ctx.position));
  const servesOnly = detectServesOnly({ names: [f.name, f.name2], codes: new Set(answers.services.keys()) });
  // A place only for veterans still matches the "Veterans" filter, one only for teens the "Teens" filter.
  const offered = new Set([...answers.offers, ...servesOnly.map((s) => SERVES_ONLY_CONCEPT[s])]);

  const confirmed = lending.some((r) => r.info.confirms);
  const seenYears = lending.filter((r) => (confirmed ? r.info.confirms : true)).map((r) => r.info.year);
  const websiteRow = lending.find((r) => r.row.website);
  const facility: MergedFacility = {
    id: '',
    ...postalAddress(f),
    zip: d.zip,
    addressSource: d.founding.info.key,
    latitude: location.latitude,
    longitude: location.longitude,
    locationSource: location.locationSource,
    locationMethod: location.locationMethod,
    locationNote: location.note,
    location,
    ...UNPICKED_PHONE,
    phoneCandidates,
    website: websiteRow?.row.website ?? null,
    status: confirmed ? 'confirmed' : 'unconfirmed',
    lastSeenYear: Math.max(...seenYears),
    servesOnly,
    services: answers.services,
    offers: CONCEPTS.map(conceptKey).filter((k) => offered.has(k)),
    disagreements: answers.disagreements,
    listedIn: listingsNewestFirst(lending, ctx.position),
    sourceRows: d.rows.map((r) => ({ source: r.info.key, row: r.row.row, role: r.role })),
  };
  pickPhone(facility, () => false);
  return facility;
}

/** The sources a facility appears in (under its own name), newest year first, then in merge order. */
function listingsNewestFirst(rows: readonly DraftRow[], position: ReadonlyMap<string, number>): string[] {
  const infos = new Map(rows.map((r) => [r.info.key, r.info]));
  return [...infos.values()]
    .sort((a, b) => b.year - a.year || (position.get(a.key) ?? 0) - (position.get(b.key) ?? 0))
    .map((i) => i.key);
}
