import { stableId } from '../domain/facility-id.ts';
import { at } from '../lib/arrays.ts';
import { type FinaliseContext, finalise, type MergedFacility } from './facts.ts';
import type { Geography } from './geography.ts';
import { chooseTarget, clearNameParts, type Draft, distinctiveWords, draftRow, similarityTo } from './match.ts';
import { nearbyPairs } from './nearby.ts';
import { addressKey, normaliseCity, normaliseName, normaliseStreet, normaliseZip, streetLine } from './normalise.ts';
import { resolveSharedLines } from './shared-lines.ts';
import { clearPreparedNames, dice } from './similarity.ts';
import type { LoadedSource } from './source-row.ts';
import { type RejectReason, rejectReason } from './validate.ts';
import { StatePoints } from './zip-points.ts';

export type { MergedFacility } from './facts.ts';
export { DUPLICATE_NAME_SIMILARITY, SAME_OFFICE_SIMILARITY, SAME_ORGANISATION_SIMILARITY } from './match.ts';

/** A street spelled differently (typo, missing suffix, a number range) still matches with names this alike. */
export const FUZZY_STREET_SIMILARITY = 0.7;
export const FUZZY_NAME_SIMILARITY = 0.6;

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
  /** Rows of another organisation at a place's street address: they confirm the address and lend nothing. */
  addressOnly: number;
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
  /** Places the second pass found listed twice near each other, and folded into one. */
  nearbyMerged: number;
  sharedLines: { shared: number; labelled: number; dropped: number };
}

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

/**
 * Merges the sources into one facility per real place. Rows are matched on normalised street address plus
 * ZIP (or plus city and state when a ZIP changed between editions), and the rules in match.ts decide whether
 * a row is the same organisation, another organisation at the same address, or a new place. A second pass
 * folds places listed twice near each other (nearby.ts), and a last one checks shared phone lines
 * (shared-lines.ts). Sources are read newest location list first, so the first source to give a fact is the
 * newest one that has it.
 */
export function mergeSources(sources: LoadedSource[], geography: Geography): MergeResult {
  const drafts: Draft[] = [];
  const byAddress = new Map<string, Draft[]>();
  const byCityStreet = new Map<string, Draft[]>();
  const byZipNumber = new Map<string, Draft[]>();
  const reports: SourceReport[] = [];
  const rejections: Rejection[] = [];
  const townWords = new Set([...geography.cities.values()].flatMap((c) => normaliseCity(c.city).split(' ')));
  const distinctive = distinctiveWords(
    sources.flatMap((s) => s.rows.flatMap((r) => [r.name, r.name2])),
    townWords,
  );
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
      addressOnly: 0,
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
      const incoming = draftRow(info, row, 'match');
      const target = chooseTarget(candidates, info, incoming, via === 'address', distinctive);
      if (target.kind === 'new') {
        const draft: Draft = {
          index: drafts.length,
          founding: { ...incoming, role: 'founding' },
          zip,
          street,
          rows: [],
          claimedBy: new Set([info.key]),
        };
        draft.rows.push(draft.founding);
        drafts.push(draft);
        push(byAddress, addrKey, draft);
        if (cityStreetKey) push(byCityStreet, cityStreetKey, draft);
        if (zipNumberKey) push(byZipNumber, zipNumberKey, draft);
        report.added++;
        continue;
      }
      const draft = target.draft;
      draft.rows.push({ ...incoming, role: target.kind });
      if (target.kind === 'duplicate') report.collapsed++;
      else if (target.kind === 'address-only') report.addressOnly++;
      else {
        report.matched++;
        if (via === 'city') report.matchedByCity++;
        if (via === 'fuzzy') report.matchedFuzzy++;
        draft.claimedBy.add(info.key);
      }
    }
  }

  const ctx: FinaliseContext = {
    geography,
    states: new StatePoints(geography.zips.values()),
    position: new Map(sources.map((s, i) => [s.info.key, i])),
  };
  const first = drafts.map((d) => finalise(d, ctx));
  const grown = foldNearby(drafts, first);
  const kept = drafts.filter((d) => !d.mergedInto);
  const facilities = drafts.flatMap((d, i) =>
    d.mergedInto ? [] : [grown.has(d) ? finalise(d, ctx) : at(first, i, 'built facility')],
  );
  // A flag-list row first taken as another organisation's can be confirmed by the place's own facts (facts.ts).
  for (const report of reports) {
    const still = facilities.reduce(
      (n, f) => n + f.sourceRows.filter((r) => r.source === report.key && r.role === 'address-only').length,
      0,
    );
    report.matched += report.addressOnly - still;
    report.addressOnly = still;
  }
  const sharedLines = resolveSharedLines(facilities);
  assignIds(facilities, kept);
  clearPreparedNames();
  clearNameParts();
  facilities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { facilities, sources: reports, rejections, nearbyMerged: drafts.length - kept.length, sharedLines };
}

/** Folds places listed twice near each other into the one the newer list founded; returns the places that grew. */
function foldNearby(drafts: Draft[], built: MergedFacility[]): Set<Draft> {
  const spots = drafts.map((draft, i) => {
    const f = at(built, i, 'built facility');
    return { draft, latitude: f.latitude, longitude: f.longitude, exact: f.locationMethod === 'source' };
  });
  const root = (d: Draft): Draft => (d.mergedInto ? root(d.mergedInto) : d);
  const grown = new Set<Draft>();
  for (const [a, b] of nearbyPairs(spots)) {
    const [keep, fold] = [root(a), root(b)].sort((x, y) => x.index - y.index) as [Draft, Draft];
    if (keep === fold) continue;
    for (const r of fold.rows) keep.rows.push({ ...r, role: r.role === 'address-only' ? 'address-only' : 'nearby' });
    for (const s of fold.claimedBy) keep.claimedBy.add(s);
    fold.mergedInto = keep;
    fold.rows = [];
    grown.add(keep);
  }
  return grown;
}

/**
 * Ids come from each facility's founding row (state, ZIP, normalised street and name), never from row
 * order, so the same inputs always give the same ids and a shared link keeps working after a rebuild.
 */
function assignIds(facilities: MergedFacility[], drafts: Draft[]): void {
  const used = new Map<string, number>();
  facilities.forEach((f, i) => {
    const row = at(drafts, i, 'draft').founding.row;
    const base = stableId([f.state, f.zip, normaliseStreet(streetLine(row.street, row.street2)), normaliseName(row.name)]);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    f.id = n === 1 ? base : `${base}-${n}`;
  });
}
