import type { Facility, LocationMethod } from '../domain/facility.ts';
import { stableId } from '../domain/facility-id.ts';
import { haversineMiles } from '../lib/geo.ts';
import type { Geography } from './geography.ts';
import { cityKey } from './geography.ts';
import {
  addressKey,
  normaliseCity,
  normaliseName,
  normalisePhone,
  normaliseStreet,
  normaliseZip,
  streetLine,
} from './normalise.ts';
import { dice, nameSimilarity } from './similarity.ts';
import type { LoadedSource, SourceInfo, SourceRow } from './source-row.ts';
import { type RejectReason, rejectReason } from './validate.ts';

/** Two rows of one source at one address with names at least this alike are the same listing twice. */
export const DUPLICATE_NAME_SIMILARITY = 0.85;
/** A street spelled differently (typo, missing suffix, a number range) still matches with names this alike. */
export const FUZZY_STREET_SIMILARITY = 0.7;
export const FUZZY_NAME_SIMILARITY = 0.6;
/** Source coordinates further than this from their own ZIP's centroid are treated as a geocoding error. */
export const MAX_MILES_FROM_ZIP = 60;

/** A facility as the build makes it: the domain record, plus every source row merged into it. */
export interface MergedFacility extends Facility {
  services: Map<string, string>;
  sourceRows: { source: string; row: number }[];
}

export interface SourceReport {
  key: string;
  name: string;
  year: number;
  file: string;
  rowsRead: number;
  rejected: Partial<Record<RejectReason, number>>;
  matched: number;
  matchedByCity: number;
  matchedFuzzy: number;
  added: number;
  collapsed: number;
  coordinatesReplaced: number;
  warnings: string[];
}

export interface Rejection {
  source: string;
  row: number;
  reason: RejectReason;
}

export interface MergeResult {
  facilities: MergedFacility[];
  sources: SourceReport[];
  rejections: Rejection[];
}

interface Draft {
  index: number;
  founding: { info: SourceInfo; row: SourceRow };
  zip: string;
  street: string;
  rows: { info: SourceInfo; row: SourceRow }[];
  claimedBy: Set<string>;
}

const bestBy = <T>(items: T[], score: (t: T) => number): { item: T; score: number } | undefined => {
  let best: { item: T; score: number } | undefined;
  for (const item of items) {
    const s = score(item);
    if (!best || s > best.score) best = { item, score: s };
  }
  return best;
};

/** "908a w chandler blvd" -> "908": the house number, without a unit letter, for the fuzzy-street index. */
const houseNumber = (street: string): string => street.split(' ')[0]?.replace(/[a-z]+$/, '') ?? '';

const DIRECTIONS = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw']);
/** "415 e golf rd" and "415 w golf rd" are different places however alike the letters look. */
const sameDirections = (a: string, b: string): boolean => {
  const da = a
    .split(' ')
    .filter((w) => DIRECTIONS.has(w))
    .join(' ');
  const db = b
    .split(' ')
    .filter((w) => DIRECTIONS.has(w))
    .join(' ');
  return da === '' || db === '' || da === db;
};

const rowNames = (r: SourceRow): string[] => (r.name2 ? [r.name, `${r.name} ${r.name2}`] : [r.name]);

/** How alike a row's name is to any name a draft facility has been seen under. */
function similarityTo(draft: Draft, row: SourceRow): number {
  let best = 0;
  for (const seen of draft.rows) {
    for (const a of rowNames(seen.row)) {
      for (const b of rowNames(row)) best = Math.max(best, nameSimilarity(a, b));
    }
  }
  return best;
}

/**
 * Merges the sources into one facility per real place. Rows are matched on normalised street address plus
 * ZIP (or plus city and state when a ZIP changed between editions); when several facilities share an address,
 * the most similar name wins. Sources are read in the order given, newest location list first, so the first
 * source to give a fact is the newest one that has it.
 */
export function mergeSources(sources: LoadedSource[], geography: Geography): MergeResult {
  const drafts: Draft[] = [];
  const byAddress = new Map<string, Draft[]>();
  const byCityStreet = new Map<string, Draft[]>();
  const byZipNumber = new Map<string, Draft[]>();
  const reports: SourceReport[] = [];
  const rejections: Rejection[] = [];
  const push = <K>(map: Map<K, Draft[]>, key: K, d: Draft) => {
    const list = map.get(key);
    if (list) list.push(d);
    else map.set(key, [d]);
  };

  for (const { info, rows, warnings } of sources) {
    const report: SourceReport = {
      key: info.key,
      name: info.name,
      year: info.year,
      file: info.file,
      rowsRead: rows.length,
      rejected: {},
      matched: 0,
      matchedByCity: 0,
      matchedFuzzy: 0,
      added: 0,
      collapsed: 0,
      coordinatesReplaced: 0,
      warnings,
    };
    reports.push(report);
    for (const row of rows) {
      const reason = rejectReason(row);
      if (reason) {
        report.rejected[reason] = (report.rejected[reason] ?? 0) + 1;
        rejections.push({ source: info.key, row: row.row, reason });
        continue;
      }
      const zip = normaliseZip(row.zip) as string;
      const addrKey = addressKey(zip, row.street, row.street2, row.name);
      const street = normaliseStreet(streetLine(row.street, row.street2));
      const cityStreetKey = street ? `${row.state}|${normaliseCity(row.city)}|${street}` : undefined;
      let candidates = byAddress.get(addrKey) ?? [];
      let via: 'address' | 'city' | 'fuzzy' = 'address';
      if (candidates.length === 0 && cityStreetKey) {
        candidates = (byCityStreet.get(cityStreetKey) ?? []).filter((d) => d.zip !== zip);
        via = 'city';
      }
      const zipNumberKey = street ? `${zip}|${houseNumber(street)}` : undefined;
      if (candidates.length === 0 && zipNumberKey) {
        candidates = (byZipNumber.get(zipNumberKey) ?? []).filter(
          (d) =>
            sameDirections(d.street, street) &&
            dice(d.street, street) >= FUZZY_STREET_SIMILARITY &&
            similarityTo(d, row) >= FUZZY_NAME_SIMILARITY,
        );
        via = 'fuzzy';
      }
      const target = chooseTarget(candidates, info, row);
      if (target.kind === 'new') {
        const draft: Draft = {
          index: drafts.length,
          founding: { info, row },
          zip,
          street,
          rows: [{ info, row }],
          claimedBy: new Set([info.key]),
        };
        drafts.push(draft);
        push(byAddress, addrKey, draft);
        if (cityStreetKey) push(byCityStreet, cityStreetKey, draft);
        if (zipNumberKey) push(byZipNumber, zipNumberKey, draft);
        report.added++;
        continue;
      }
      const draft = target.draft;
      draft.rows.push({ info, row });
      if (target.kind === 'collapse') report.collapsed++;
      else {
        report.matched++;
        if (via === 'city') report.matchedByCity++;
        if (via === 'fuzzy') report.matchedFuzzy++;
        draft.claimedBy.add(info.key);
      }
    }
  }

  const position = new Map(sources.map((s, i) => [s.info.key, i]));
  const facilities = drafts.map((d) => finalise(d, geography, reports, position));
  assignIds(facilities, drafts);
  facilities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { facilities, sources: reports, rejections };
}

type Target = { kind: 'new' } | { kind: 'match' | 'collapse'; draft: Draft };

function chooseTarget(candidates: Draft[], info: SourceInfo, row: SourceRow): Target {
  if (candidates.length === 0) return { kind: 'new' };
  const unclaimed = candidates.filter((d) => !d.claimedBy.has(info.key));
  const claimed = candidates.filter((d) => d.claimedBy.has(info.key));
  const bestClaimed = bestBy(claimed, (d) => similarityTo(d, row));
  // The same listing printed twice in one source.
  if (bestClaimed && bestClaimed.score >= DUPLICATE_NAME_SIMILARITY) return { kind: 'collapse', draft: bestClaimed.item };
  const bestUnclaimed = bestBy(unclaimed, (d) => similarityTo(d, row));
  if (bestUnclaimed) return { kind: 'match', draft: bestUnclaimed.item };
  // Every facility at this address already has a row from this source, and this row's name differs.
  // If the address belongs to a place founded by a newer source, this is one more program listed at that
  // place: fold it in. If this source founded them all, it is a separate listing at a shared address.
  const foreign = claimed.filter((d) => d.founding.info.key !== info.key);
  const bestForeign = bestBy(foreign, (d) => similarityTo(d, row));
  if (bestForeign) return { kind: 'collapse', draft: bestForeign.item };
  return { kind: 'new' };
}

function finalise(d: Draft, geo: Geography, reports: SourceReport[], position: Map<string, number>): MergedFacility {
  const f = d.founding.row;
  const report = (key: string) => reports.find((r) => r.key === key) as SourceReport;

  // Location: the first row (newest source first) with coordinates that agree with its own ZIP.
  let latitude: number | null = null;
  let longitude: number | null = null;
  let locationSource: string | null = null;
  let locationMethod: LocationMethod = 'none';
  const zipPoint = geo.zips.get(d.zip);
  for (const { info, row } of d.rows) {
    if (row.latitude === undefined || row.longitude === undefined) continue;
    if (zipPoint && haversineMiles(row.latitude, row.longitude, zipPoint.latitude, zipPoint.longitude) > MAX_MILES_FROM_ZIP) {
      report(info.key).coordinatesReplaced++;
      continue;
    }
    latitude = row.latitude;
    longitude = row.longitude;
    locationSource = info.key;
    locationMethod = 'source';
    break;
  }
  if (locationMethod === 'none' && zipPoint) {
    latitude = zipPoint.latitude;
    longitude = zipPoint.longitude;
    locationSource = zipPoint.source;
    locationMethod = 'zip-centroid';
  }
  if (locationMethod === 'none') {
    const city = geo.cities.get(cityKey(f.city, f.state));
    if (city) {
      latitude = city.latitude;
      longitude = city.longitude;
      locationSource = 'geonames-cities';
      locationMethod = 'city-centroid';
    }
  }

  // Phone: the newest source that printed a callable number, with its intake line.
  let phone: string | null = null;
  let intakePhone: string | null = null;
  let phoneSource: string | null = null;
  for (const { info, row } of d.rows) {
    const p = normalisePhone(row.phone);
    const intake = normalisePhone(row.intakePhone);
    if (!p && !intake) continue;
    phone = p ?? intake ?? null;
    intakePhone = intake && intake !== p ? intake : null;
    phoneSource = info.key;
    break;
  }
  const websiteRow = d.rows.find((r) => r.row.website);

  // Services: the newest full directory's codes describe the facility; older editions are ignored once a
  // newer one covers it. Flag lists (MOUD sites, OTP directory) add their facts when they are newer still.
  const services = new Map<string, string>();
  const fullYears = d.rows.filter((r) => r.info.codes === 'full' && r.row.codes.length > 0).map((r) => r.info.year);
  const newestFull = fullYears.length > 0 ? Math.max(...fullYears) : undefined;
  for (const { info, row } of d.rows) {
    const use =
      (info.codes === 'full' && info.year === newestFull) ||
      (info.codes === 'flags' && (newestFull === undefined || info.year > newestFull));
    if (!use) continue;
    for (const code of row.codes) if (!services.has(code)) services.set(code, info.key);
  }

  const confirmed = d.rows.some((r) => r.info.confirms);
  const seenYears = d.rows.filter((r) => (confirmed ? r.info.confirms : true)).map((r) => r.info.year);
  return {
    id: '',
    name: f.name,
    name2: f.name2,
    street: f.street,
    street2: f.street2,
    city: f.city,
    state: f.state,
    zip: d.zip,
    addressSource: d.founding.info.key,
    latitude,
    longitude,
    locationSource,
    locationMethod,
    phone,
    intakePhone,
    phoneSource,
    website: websiteRow?.row.website ?? null,
    status: confirmed ? 'confirmed' : 'unconfirmed',
    lastSeenYear: Math.max(...seenYears),
    services,
    listedIn: listingsNewestFirst(d, position),
    sourceRows: d.rows.map((r) => ({ source: r.info.key, row: r.row.row })),
  };
}

/** The sources a facility appears in, newest year first, then in merge order. */
function listingsNewestFirst(d: Draft, position: Map<string, number>): string[] {
  const infos = new Map(d.rows.map((r) => [r.info.key, r.info]));
  return [...infos.values()]
    .sort((a, b) => b.year - a.year || (position.get(a.key) ?? 0) - (position.get(b.key) ?? 0))
    .map((i) => i.key);
}

/**
 * Ids come from each facility's founding row (state, ZIP, normalised street and name), never from row
 * order, so the same inputs always give the same ids and a shared link keeps working after a rebuild.
 */
function assignIds(facilities: MergedFacility[], drafts: Draft[]): void {
  const used = new Map<string, number>();
  facilities.forEach((f, i) => {
    const row = (drafts[i] as Draft).founding.row;
    const base = stableId([f.state, f.zip, normaliseStreet(streetLine(row.street, row.street2)), normaliseName(row.name)]);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    f.id = n === 1 ? base : `${base}-${n}`;
  });
}
