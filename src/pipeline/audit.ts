/**
 * An audit of a built directory file, for `npm run directory -- audit`: every figure the "listings people
 * can trust" work set out to bring down, measured the same way on any build (older files without the newer
 * columns included, so a change can be measured before and after). It reads the directory file and the
 * source rows each facility was built from.
 *
 * @module
 */
import Database from 'better-sqlite3';
import type { DirectoryDatabase } from '../db/directory-schema.ts';
import { CONCEPTS } from '../domain/concepts.ts';
import { pairs } from '../lib/arrays.ts';
import { haversineMiles } from '../lib/geo.ts';
import { cityKey } from './geography.ts';
import { distinctiveWords, rowSimilarity, SAME_ORGANISATION_SIMILARITY } from './match.ts';
import { differentPrograms, sameHouseNumber, veryAlike } from './nearby.ts';
import { explicitUnits, normaliseCity, normalisePhone, normaliseStreet, simplify, unitsDiffer } from './normalise.ts';
import { detectServesOnly } from './serves-only.ts';
import { sharedNumbers } from './shared-lines.ts';
import { readBundledSource } from './source-readers.ts';
import { addressOnlyRow, type SourceRow } from './source-row.ts';
import { BUNDLED_SOURCES } from './sources.ts';
import { loadCheckedGeography, StatePoints } from './zip-points.ts';

export const AUDIT_FAR_MILES = 50;
export const AUDIT_DUPLICATE_MILES = 0.25;
export const AUDIT_DUPLICATE_SIMILARITY = 0.85;
export const AUDIT_ZIP_RADIUS = 5;

export interface AuditFigures {
  facilities: number;
  visibleByDefault: number;
  merges: {
    /** Places joining rows with different explicit suite/floor/building numbers and names under 0.5 alike. */
    acrossUnitsDissimilarNames: number;
    /** Places showing a phone, or codes from a full directory, that came from a row of another organisation. */
    suspectedFalseMerges: number;
    /** …of which the rows also name different units. */
    suspectedFalseMergesAcrossUnits: number;
    /** Places whose phone came from a row whose name is further from the name shown than another row with another phone. */
    phoneNotFromClosestName: number;
    /** Rows of another organisation that only confirm an address (lend nothing). */
    addressOnlyRows: number;
  };
  duplicates: {
    /** Pairs of places that are very likely one place listed twice. */
    pairs: number;
    /** …where the confirmed twin has no phone and the unconfirmed twin has one. */
    confirmedTwinWithoutPhone: number;
  };
  contradictions: {
    /** Places that list a medication and "does not use medication" or "does not treat opioid use disorder". */
    selfContradicting: number;
    /** Places shown as "Only serves: DUI/DWI" for code DU (which only means it has a DUI/DWI program). */
    duShownAsOnlyServes: number;
    /** Places whose help for Deaf and hard of hearing people (AH) is shown as American Sign Language. */
    ahShownAsSignLanguage: number;
    /** Places matching methadone only because of OTPA ("all clients in an OTP"). */
    methadoneOnlyFromOtpa: number;
    /** …of which are hospitals or residential programs, not OTPs. */
    methadoneOnlyFromOtpaNotOtp: number;
    /** Places coded NOOP ("does not treat opioid use disorder") that match a medication filter. */
    noopMatchingMedication: number;
    /** Places marked "sources disagree: ask". */
    markedSourcesDisagree: number;
  };
  custody: {
    /** Jails, prisons, detention and booking centres, by name. */
    detected: number;
    /** …that a default search shows. */
    inDefaultResults: number;
  };
  geography: {
    /** Places more than 50 miles from both their ZIP code's point and their city's point. */
    farFromZipAndCity: number;
    /** Places whose point is outside their own state. */
    outsideOwnState: number;
    /** Places in a territory with no reference point that are on the map anyway. */
    placedWithoutReference: number;
    /** Places with no point on the map (counted, not guessed). */
    notPlaced: number;
    /** Places more than 5 miles from the point a search for their own ZIP code starts from. */
    fartherThanFiveMilesFromZipOrigin: number;
    /** Places a 5-mile search from their own ZIP code does not find (when a search function is given). */
    missedByOwnZipSearch: number | null;
  };
  sharedLines: {
    /** Numbers shown at places in more than one state or with unrelated names. */
    numbers: number;
    /** Places showing such a number without the "central intake line" label. */
    shownUnlabelled: number;
    /** Places showing such a number that their own listing did not print. */
    shownUnderAnotherName: number;
  };
  serves: Record<string, number>;
}

/** Runs a default search from a ZIP code and returns the ids it finds (all pages). */
export type ZipSearch = (zip: string, radiusMiles: number) => Promise<Set<string>>;

type Facilities = DirectoryDatabase['facilities'];
/** A facilities row as the audit reads it; a file built by older code may lack the newer columns. */
type FacilityRow = Pick<
  Facilities,
  | 'id'
  | 'name'
  | 'name2'
  | 'street'
  | 'street2'
  | 'city'
  | 'state'
  | 'zip'
  | 'latitude'
  | 'longitude'
  | 'location_method'
  | 'phone'
  | 'intake_phone'
  | 'phone_source'
  | 'status'
> &
  Partial<Pick<Facilities, 'serves_only' | 'offers' | 'disagreements' | 'phone_central_intake' | 'intake_phone_central_intake'>>;

// Written out rather than imported, so the audit also runs against older code (to measure a build before a change).
const conceptKey = (c: { group: string; value: string }) => `${c.group}:${c.value}`;
const base = (p: string | null | undefined): string | undefined => normalisePhone(p)?.slice(0, 12);

export async function auditDirectory(file: string, sourcesDir: string, zipSearch?: ZipSearch): Promise<AuditFigures> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const facilities = db.prepare('SELECT * FROM facilities ORDER BY id').all() as FacilityRow[];
    const hasRole = (db.prepare('SELECT * FROM facility_sources LIMIT 1').get() as Record<string, unknown>)?.role !== undefined;
    const links = db.prepare('SELECT * FROM facility_sources').all() as {
      facility_id: string;
      source: string;
      source_row: number;
      role?: string;
    }[];
    const serviceRows = db.prepare('SELECT * FROM facility_services').all() as {
      facility_id: string;
      source: string;
      codes: string;
    }[];
    const legend = new Map(
      (
        db.prepare('SELECT code, category, plain_label FROM service_codes').all() as {
          code: string;
          category: string;
          plain_label: string;
        }[]
      ).map((r) => [r.code, r]),
    );
    const zipOrigins = new Map(
      (
        db.prepare('SELECT zip, latitude, longitude, state FROM zip_centroids').all() as {
          zip: string;
          latitude: number;
          longitude: number;
          state: string;
        }[]
      ).map((z) => [z.zip, z]),
    );

    const rowsBySource = new Map<string, Map<number, SourceRow>>();
    const loaded = BUNDLED_SOURCES.map((s) => readBundledSource(s.info, s.shape, sourcesDir));
    for (const l of loaded) rowsBySource.set(l.info.key, new Map(l.rows.map((r) => [r.row, r])));
    const geography = loadCheckedGeography(sourcesDir, loaded);
    const states = new StatePoints(geography.zips.values());
    const distinctive = distinctiveWords(
      loaded.flatMap((l) => l.rows.flatMap((r) => [r.name, r.name2])),
      new Set([...geography.cities.values()].flatMap((c) => normaliseCity(c.city).split(' '))),
    );
    const words = (text: string) => simplify(text).split(' ');

    const rowsOf = new Map<string, { source: string; row: SourceRow; lends: boolean }[]>();
    for (const l of links) {
      const row = rowsBySource.get(l.source)?.get(l.source_row);
      if (!row) continue;
      const list = rowsOf.get(l.facility_id) ?? [];
      list.push({ source: l.source, row, lends: !hasRole || l.role !== 'address-only' });
      rowsOf.set(l.facility_id, list);
    }
    const codesOf = new Map<string, Map<string, string>>();
    for (const s of serviceRows) {
      const m = codesOf.get(s.facility_id) ?? new Map<string, string>();
      for (const c of s.codes.split(' ')) if (c) m.set(c, s.source);
      codesOf.set(s.facility_id, m);
    }
    const sourceInfo = new Map(BUNDLED_SOURCES.map((s) => [s.info.key, s.info]));
    const shown = (f: FacilityRow): SourceRow => addressOnlyRow(f);
    const offersOf = (f: FacilityRow): Set<string> => {
      if (f.offers !== undefined) return new Set(f.offers.split(' ').filter(Boolean));
      const codes = codesOf.get(f.id) ?? new Map();
      return new Set(CONCEPTS.filter((c) => c.codes.some((code) => codes.has(code))).map(conceptKey));
    };
    const servesOnly = (f: FacilityRow) => new Set((f.serves_only ?? '').split(' ').filter(Boolean));
    const custodyByName = (f: FacilityRow) =>
      detectServesOnly({ names: [f.name, f.name2], codes: new Set() }).includes('custody');
    const visible = (f: FacilityRow) => f.status === 'confirmed' && f.latitude !== null && !servesOnly(f).has('custody');

    const figures: AuditFigures = {
      facilities: facilities.length,
      visibleByDefault: facilities.filter(visible).length,
      merges: {
        acrossUnitsDissimilarNames: 0,
        suspectedFalseMerges: 0,
        suspectedFalseMergesAcrossUnits: 0,
        phoneNotFromClosestName: 0,
        addressOnlyRows: links.filter((l) => l.role === 'address-only').length,
      },
      duplicates: { pairs: 0, confirmedTwinWithoutPhone: 0 },
      contradictions: {
        selfContradicting: 0,
        duShownAsOnlyServes: 0,
        ahShownAsSignLanguage: 0,
        methadoneOnlyFromOtpa: 0,
        methadoneOnlyFromOtpaNotOtp: 0,
        noopMatchingMedication: 0,
        markedSourcesDisagree: 0,
      },
      custody: { detected: 0, inDefaultResults: 0 },
      geography: {
        farFromZipAndCity: 0,
        outsideOwnState: 0,
        placedWithoutReference: 0,
        notPlaced: 0,
        fartherThanFiveMilesFromZipOrigin: 0,
        missedByOwnZipSearch: null,
      },
      sharedLines: { numbers: 0, shownUnlabelled: 0, shownUnderAnotherName: 0 },
      serves: {},
    };

    const medication = CONCEPTS.filter((c) => c.group === 'medication').map(conceptKey);
    const methadone = CONCEPTS.find((c) => c.group === 'medication' && c.value === 'methadone');
    const duOnly = legend.get('DU')?.category === 'Exclusive services';
    const ahAsl = /sign language|\basl\b/i.test(
      `${legend.get('AH')?.plain_label ?? ''} ${CONCEPTS.find((c) => c.codes.includes('AH'))?.label ?? ''}`,
    );

    for (const f of facilities) {
      const rows = rowsOf.get(f.id) ?? [];
      const lending = rows.filter((r) => r.lends);
      const codes = codesOf.get(f.id) ?? new Map<string, string>();
      const offers = offersOf(f);
      const me = shown(f);

      // Merges
      let acrossUnits = false;
      for (const [{ row: a }, { row: b }] of pairs(lending)) {
        const ua = explicitUnits(a.street, a.street2);
        const ub = explicitUnits(b.street, b.street2);
        if (unitsDiffer(ua, ub) && rowSimilarity(a, b) < SAME_ORGANISATION_SIMILARITY) acrossUnits = true;
      }
      if (acrossUnits) figures.merges.acrossUnitsDissimilarNames++;
      const phones = (r: SourceRow) => [base(r.phone), base(r.intakePhone)].filter((p): p is string => p !== undefined);
      const suspect = lending.find(({ source, row }) => {
        if (rowSimilarity(row, me) >= SAME_ORGANISATION_SIMILARITY) return false;
        // A word that names one organisation ("Hazelden") in both names says it is the same one.
        const mine = words(`${row.name} ${row.name2}`);
        if (words(`${f.name} ${f.name2}`).some((w) => distinctive.has(w) && mine.includes(w))) return false;
        const own = phones(row);
        if (own.length > 0 && lending.some((o) => o.row !== row && phones(o.row).some((p) => own.includes(p)))) return false;
        const givesPhone = own.length > 0 && own.includes(base(f.phone) ?? '') && f.phone_source === source;
        const givesCodes = sourceInfo.get(source)?.codes === 'full' && row.codes.some((c) => codes.get(c) === source);
        return givesPhone || givesCodes;
      });
      if (suspect) {
        figures.merges.suspectedFalseMerges++;
        const units = explicitUnits(suspect.row.street, suspect.row.street2);
        if (lending.some((o) => unitsDiffer(explicitUnits(o.row.street, o.row.street2), units)))
          figures.merges.suspectedFalseMergesAcrossUnits++;
      }
      const withPhones = lending.filter((r) => phones(r.row).length > 0);
      if (f.phone && withPhones.length > 1) {
        const closest = withPhones.reduce((a, b) => (rowSimilarity(b.row, me) > rowSimilarity(a.row, me) ? b : a));
        const shownRow = withPhones.find((r) => r.source === f.phone_source && phones(r.row).includes(base(f.phone) as string));
        if (
          shownRow &&
          rowSimilarity(closest.row, me) > rowSimilarity(shownRow.row, me) &&
          !phones(closest.row).includes(base(f.phone) as string)
        )
          figures.merges.phoneNotFromClosestName++;
      }

      // Contradictions
      const medicationShown = medication.some((m) => offers.has(m));
      if (medicationShown && (codes.has('NMOA') || codes.has('NOOP'))) figures.contradictions.selfContradicting++;
      if (codes.has('NOOP') && medicationShown) figures.contradictions.noopMatchingMedication++;
      if (duOnly && codes.has('DU')) figures.contradictions.duShownAsOnlyServes++;
      if (ahAsl && codes.has('AH')) figures.contradictions.ahShownAsSignLanguage++;
      if (methadone && offers.has(conceptKey(methadone)) && codes.has('OTPA')) {
        const others = methadone.codes.filter((c) => c !== 'OTPA' && codes.has(c));
        if (others.length === 0 && f.offers === undefined) {
          figures.contradictions.methadoneOnlyFromOtpa++;
          if (['HI', 'HID', 'HIT', 'RES', 'RS', 'RL', 'RD'].some((c) => codes.has(c)) && !codes.has('OP') && !codes.has('OMB'))
            figures.contradictions.methadoneOnlyFromOtpaNotOtp++;
        }
      }
      if ((f.disagreements ?? '') !== '') figures.contradictions.markedSourcesDisagree++;

      // Custody and who is served
      if (custodyByName(f)) {
        figures.custody.detected++;
        if (visible(f)) figures.custody.inDefaultResults++;
      }
      for (const s of servesOnly(f)) figures.serves[s] = (figures.serves[s] ?? 0) + 1;

      // Geography
      if (f.latitude === null || f.longitude === null) {
        figures.geography.notPlaced++;
        continue;
      }
      if (!states.hasPoints(f.state)) figures.geography.placedWithoutReference++;
      const zip = geography.zips.get(f.zip);
      const city = geography.cities.get(cityKey(f.city, f.state));
      const d = (p: { latitude: number; longitude: number } | undefined) =>
        p ? haversineMiles(f.latitude as number, f.longitude as number, p.latitude, p.longitude) : Number.POSITIVE_INFINITY;
      if (
        (zip || city) &&
        d(zip?.state === f.state || zip?.state === '' ? zip : undefined) > AUDIT_FAR_MILES &&
        d(city) > AUDIT_FAR_MILES
      )
        figures.geography.farFromZipAndCity++;
      if (states.contains(f.latitude, f.longitude, f.state) === false) figures.geography.outsideOwnState++;
      if (visible(f) && d(zipOrigins.get(f.zip)) > AUDIT_ZIP_RADIUS) figures.geography.fartherThanFiveMilesFromZipOrigin++;
    }

    // Duplicates: pairs near each other (or on one street of one ZIP), very alike, never side by side in a list.
    const byId = new Map(facilities.map((f) => [f.id, f]));
    const sourcesOf = (id: string) => new Set((rowsOf.get(id) ?? []).filter((r) => r.lends).map((r) => r.source));
    const phonesOf = (id: string) =>
      new Set(
        (rowsOf.get(id) ?? [])
          .filter((r) => r.lends)
          .flatMap((r) => [base(r.row.phone), base(r.row.intakePhone)])
          .filter(Boolean),
      );
    const seen = new Set<string>();
    const consider = (a: FacilityRow, b: FacilityRow) => {
      const key = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
      if (a.id === b.id || seen.has(key) || a.state !== b.state) return;
      seen.add(key);
      const [na, nb] = [`${a.name} ${a.name2}`, `${b.name} ${b.name2}`];
      const sameHouse = sameHouseNumber(`${a.street} ${a.street2}`, `${b.street} ${b.street2}`);
      if (rowSimilarity(shown(a), shown(b)) < AUDIT_DUPLICATE_SIMILARITY || !(sameHouse || veryAlike(na, nb))) return;
      if (differentPrograms(a.name2, b.name2, na, nb)) return;
      const sa = sourcesOf(a.id);
      const sideBySide = [...sourcesOf(b.id)].some((s) => sa.has(s));
      const pa = phonesOf(a.id);
      const sharePhone = [...phonesOf(b.id)].some((p) => pa.has(p));
      if (sideBySide && !sharePhone) return;
      figures.duplicates.pairs++;
      const [c, u] = a.status === 'confirmed' ? [a, b] : [b, a];
      if (c.status === 'confirmed' && u.status !== 'confirmed' && !c.phone && u.phone)
        figures.duplicates.confirmedTwinWithoutPhone++;
    };
    const located = facilities.filter((f) => f.location_method === 'source' && f.latitude !== null);
    const cell = (lat: number, lon: number) => `${Math.floor(lat * 100)}|${Math.floor(lon * 100)}`;
    const grid = new Map<string, FacilityRow[]>();
    for (const f of located) {
      const k = cell(f.latitude as number, f.longitude as number);
      grid.set(k, [...(grid.get(k) ?? []), f]);
    }
    for (const f of located) {
      const [la, lo] = [Math.floor((f.latitude as number) * 100), Math.floor((f.longitude as number) * 100)];
      for (let i = -1; i <= 1; i++)
        for (let j = -1; j <= 1; j++)
          for (const g of grid.get(`${la + i}|${lo + j}`) ?? [])
            if (
              haversineMiles(f.latitude as number, f.longitude as number, g.latitude as number, g.longitude as number) <=
              AUDIT_DUPLICATE_MILES
            )
              consider(f, g);
    }
    const byStreet = new Map<string, FacilityRow[]>();
    for (const f of facilities) {
      const street = normaliseStreet(f.street).replace(/^\d+[a-z]?(-\d+[a-z]?)? /, '');
      if (!street || !/^\d/.test(f.street.trim())) continue;
      const key = `${f.zip}|${street}`;
      byStreet.set(key, [...(byStreet.get(key) ?? []), f]);
    }
    for (const list of byStreet.values())
      for (const [a, b] of pairs(list)) if (a.location_method !== 'source' || b.location_method !== 'source') consider(a, b);
    void byId;

    // Shared lines, as the people using a default search see them.
    const holders = facilities.filter(visible).map((f) => ({ ...f, phone: f.phone, intakePhone: f.intake_phone }));
    const shared = sharedNumbers(holders);
    figures.sharedLines.numbers = shared.size;
    for (const f of holders) {
      const numbers = [f.phone, f.intake_phone].filter((p): p is string => p !== null).map((p) => p.slice(0, 12));
      if (!numbers.some((n) => shared.has(n))) continue;
      const labelled =
        (f.phone !== null && shared.has(f.phone.slice(0, 12)) && f.phone_central_intake === 1) ||
        (f.intake_phone !== null && shared.has(f.intake_phone.slice(0, 12)) && f.intake_phone_central_intake === 1);
      if (!labelled) figures.sharedLines.shownUnlabelled++;
      const printer = (rowsOf.get(f.id) ?? []).find(
        (r) => r.lends && r.source === f.phone_source && base(r.row.phone) === base(f.phone),
      );
      if (printer && rowSimilarity(printer.row, shown(f)) < SAME_ORGANISATION_SIMILARITY)
        figures.sharedLines.shownUnderAnotherName++;
    }

    if (zipSearch) {
      let missed = 0;
      const byZip = new Map<string, FacilityRow[]>();
      for (const f of facilities.filter(visible)) byZip.set(f.zip, [...(byZip.get(f.zip) ?? []), f]);
      for (const [zip, list] of byZip) {
        const origin = zipOrigins.get(zip);
        if (!origin) continue;
        // A ZIP printed with another state's place is a typo in the list: a search from that ZIP is elsewhere.
        const own = list.filter((f) => !origin.state || origin.state === f.state);
        if (own.length === 0) continue;
        const found = await zipSearch(zip, AUDIT_ZIP_RADIUS);
        missed += own.filter((f) => !found.has(f.id)).length;
      }
      figures.geography.missedByOwnZipSearch = missed;
    }
    return figures;
  } finally {
    db.close();
  }
}

/** The audit as a table for the terminal; `before` adds a column to compare with. */
export function formatAudit(after: AuditFigures, before?: AuditFigures): string {
  const lines: string[] = [];
  const row = (label: string, pick: (a: AuditFigures) => number | null) => {
    const value = (a: AuditFigures | undefined) => (a ? String(pick(a) ?? '–') : '');
    lines.push(`  ${label.padEnd(78)} ${before ? `${value(before).padStart(8)} ` : ''}${value(after).padStart(8)}`);
  };
  lines.push(`Directory audit${before ? `${' '.repeat(66)}before    after` : ''}`);
  row('places', (a) => a.facilities);
  row('places a default search can show', (a) => a.visibleByDefault);
  lines.push('Merges');
  row('places joining different explicit units with names under 0.5 alike', (a) => a.merges.acrossUnitsDissimilarNames);
  row("suspected false merges (phone or codes from another organisation's row)", (a) => a.merges.suspectedFalseMerges);
  row('  … of which across different explicit units', (a) => a.merges.suspectedFalseMergesAcrossUnits);
  row("phone not from the row whose name is closest (that row's own number lost)", (a) => a.merges.phoneNotFromClosestName);
  row('rows that only confirm another organisation’s address (lend nothing)', (a) => a.merges.addressOnlyRows);
  lines.push('Duplicates');
  row(
    `surviving duplicate pairs (≤ ${AUDIT_DUPLICATE_MILES} mi, names ≥ ${AUDIT_DUPLICATE_SIMILARITY}, phone shared or never side by side)`,
    (a) => a.duplicates.pairs,
  );
  row('  … where the confirmed twin has no phone and the unconfirmed one has', (a) => a.duplicates.confirmedTwinWithoutPhone);
  lines.push('Contradictions');
  row('self-contradicting listings (a medication and NMOA/NOOP)', (a) => a.contradictions.selfContradicting);
  row('DU ("has a DUI/DWI program") shown as "Only serves"', (a) => a.contradictions.duShownAsOnlyServes);
  row('AH (help for Deaf and hard of hearing people) shown as Sign Language', (a) => a.contradictions.ahShownAsSignLanguage);
  row('methadone matched only through OTPA', (a) => a.contradictions.methadoneOnlyFromOtpa);
  row('  … at hospitals or residential programs', (a) => a.contradictions.methadoneOnlyFromOtpaNotOtp);
  row('NOOP places matching a medication filter', (a) => a.contradictions.noopMatchingMedication);
  row('places marked "sources disagree: ask"', (a) => a.contradictions.markedSourcesDisagree);
  lines.push('Custody');
  row('custody settings (jail, prison, detention, booking) by name', (a) => a.custody.detected);
  row('  … in default results', (a) => a.custody.inDefaultResults);
  lines.push('Geography');
  row(`places > ${AUDIT_FAR_MILES} mi from both their ZIP code and their city`, (a) => a.geography.farFromZipAndCity);
  row('places outside their own state', (a) => a.geography.outsideOwnState);
  row('places in territories with no reference point, on the map anyway', (a) => a.geography.placedWithoutReference);
  row('places not on the map (no point we can check)', (a) => a.geography.notPlaced);
  row(
    `places > ${AUDIT_ZIP_RADIUS} mi from where a search for their own ZIP code starts`,
    (a) => a.geography.fartherThanFiveMilesFromZipOrigin,
  );
  row(`places a ${AUDIT_ZIP_RADIUS}-mile search from their own ZIP code misses`, (a) => a.geography.missedByOwnZipSearch);
  lines.push('Shared phone lines (places a default search can show)');
  row('numbers shown at places in several states or with unrelated names', (a) => a.sharedLines.numbers);
  row('  … places showing one without the "central intake line" label', (a) => a.sharedLines.shownUnlabelled);
  row('  … places showing one their own listing did not print', (a) => a.sharedLines.shownUnderAnotherName);
  lines.push('Who a place serves');
  for (const key of ['custody', 'veterans', 'dui-dwi', 'adolescents']) row(`only for ${key}`, (a) => a.serves[key] ?? 0);
  return lines.join('\n');
}
