import type { MergeResult, SourceReport } from './merge.ts';
import type { ZipConflict } from './zip-points.ts';

export interface BuildReport {
  sources: SourceReport[];
  facilities: {
    total: number;
    confirmed: number;
    unconfirmed: Record<string, number>;
    withPhone: number;
    withServices: number;
    withCoordinates: number;
    locatedBy: Record<string, number>;
    /** Why the lists' own point was not used: reason -> places. */
    locationNotes: Record<string, number>;
    servesOnly: Record<string, number>;
    withDisagreements: number;
  };
  rejected: number;
  duplicatesCollapsed: number;
  addressOnly: number;
  nearbyMerged: number;
  sharedLines: MergeResult['sharedLines'];
  zipConflicts: ZipConflict[];
  contentDigest: string;
}

const count = (into: Record<string, number>, key: string) => {
  into[key] = (into[key] ?? 0) + 1;
};

export function buildReport(merged: MergeResult, contentDigest: string, zipConflicts: ZipConflict[] = []): BuildReport {
  const f = merged.facilities;
  const unconfirmed: Record<string, number> = {};
  const locatedBy: Record<string, number> = {};
  const locationNotes: Record<string, number> = {};
  const servesOnly: Record<string, number> = {};
  for (const x of f) {
    if (x.status === 'unconfirmed') count(unconfirmed, String(x.lastSeenYear));
    count(locatedBy, x.locationMethod);
    if (x.locationNote) count(locationNotes, x.locationNote);
    for (const s of x.servesOnly) count(servesOnly, s);
  }
  return {
    sources: merged.sources,
    facilities: {
      total: f.length,
      confirmed: f.filter((x) => x.status === 'confirmed').length,
      unconfirmed,
      withPhone: f.filter((x) => x.phone).length,
      withServices: f.filter((x) => x.services.size > 0).length,
      withCoordinates: f.filter((x) => x.latitude !== null).length,
      locatedBy,
      locationNotes,
      servesOnly,
      withDisagreements: f.filter((x) => x.disagreements.length > 0).length,
    },
    rejected: merged.rejections.length,
    duplicatesCollapsed: merged.sources.reduce((n, s) => n + s.collapsed, 0),
    addressOnly: merged.sources.reduce((n, s) => n + s.addressOnly, 0),
    nearbyMerged: merged.nearbyMerged,
    sharedLines: merged.sharedLines,
    zipConflicts,
    contentDigest,
  };
}

const pct = (n: number, total: number) => (total === 0 ? '0.0%' : `${((100 * n) / total).toFixed(1)}%`);
const pad = (s: string | number, n: number) => String(s).padStart(n);

/** The report as plain text for the terminal. It holds no times, so the same inputs print the same text. */
export function formatReport(r: BuildReport): string {
  const lines: string[] = [];
  lines.push('Sources, in merge order (newest location list first):');
  lines.push(
    `  ${'source'.padEnd(22)} ${'year'} ${pad('rows', 7)} ${pad('rejected', 8)} ${pad('matched', 8)} ${pad('(by city', 8)} ${pad('fuzzy)', 6)} ${pad('added', 6)} ${pad('collapsed', 9)} ${pad('address only', 12)}`,
  );
  for (const s of r.sources) {
    const rejected = Object.values(s.rejected).reduce((a, b) => a + (b ?? 0), 0);
    lines.push(
      `  ${s.key.padEnd(22)} ${s.year} ${pad(s.rowsRead, 7)} ${pad(rejected, 8)} ${pad(s.matched, 8)} ${pad(s.matchedByCity, 8)} ${pad(s.matchedFuzzy, 6)} ${pad(s.added, 6)} ${pad(s.collapsed, 9)} ${pad(s.addressOnly, 12)}`,
    );
  }
  lines.push('');
  lines.push('Joins (each source against everything read before it):');
  for (const s of r.sources.slice(1)) {
    const used = s.matched + s.added + s.collapsed;
    lines.push(
      `  ${s.key.padEnd(22)} matched ${pad(s.matched, 6)} (${pct(s.matched, used)})   unmatched, added as new ${pad(s.added, 6)}`,
    );
  }
  lines.push('');
  lines.push('Rejected rows (kept out of the directory, listed in its "rejections" table):');
  const reasons = r.sources.flatMap((s) =>
    Object.entries(s.rejected).map(([reason, n]) => `  ${s.key.padEnd(22)} ${reason}: ${n}`),
  );
  lines.push(...(reasons.length > 0 ? reasons : ['  none']));
  const notes = Object.entries(r.facilities.locationNotes).sort();
  if (notes.length > 0) {
    lines.push('');
    lines.push("Places whose lists' own map point was not used:");
    for (const [note, n] of notes) lines.push(`  ${note}: ${n}`);
  }
  if (r.zipConflicts.length > 0) {
    lines.push('');
    lines.push(`ZIP codes whose Census and GeoNames points are more than 20 miles apart: ${r.zipConflicts.length}`);
    const kept = (source: string) => r.zipConflicts.filter((z) => z.kept === source).length;
    lines.push(`  GeoNames point kept: ${kept('geonames-postal')}, Census point kept: ${kept('zcta-2021')}`);
  }
  const warnings = r.sources.flatMap((s) => s.warnings.map((w) => `  ${s.key}: ${w}`));
  if (warnings.length > 0) lines.push('', 'Warnings:', ...warnings);
  const f = r.facilities;
  lines.push('');
  lines.push(`Facilities: ${f.total}`);
  lines.push(`  confirmed in a 2020 or newer list: ${f.confirmed} (${pct(f.confirmed, f.total)})`);
  for (const [year, n] of Object.entries(f.unconfirmed).sort()) {
    lines.push(`  not confirmed since ${year}: ${n} (${pct(n, f.total)})`);
  }
  lines.push(`  with a phone number: ${f.withPhone} (${pct(f.withPhone, f.total)})`);
  lines.push(`  with service codes: ${f.withServices} (${pct(f.withServices, f.total)})`);
  lines.push(`  with coordinates: ${f.withCoordinates} (${pct(f.withCoordinates, f.total)})`);
  for (const [method, n] of Object.entries(f.locatedBy).sort()) lines.push(`    located by ${method}: ${n}`);
  for (const [who, n] of Object.entries(f.servesOnly).sort()) lines.push(`  only for ${who}: ${n}`);
  lines.push(`  where the sources disagree about a service: ${f.withDisagreements}`);
  lines.push(`Duplicates collapsed: ${r.duplicatesCollapsed}`);
  lines.push(`Rows that only confirm another organisation's address: ${r.addressOnly}`);
  lines.push(`Places listed twice near each other, folded into one: ${r.nearbyMerged}`);
  lines.push(
    `Shared phone lines: ${r.sharedLines.shared} numbers; shown as a central intake line at ${r.sharedLines.labelled} places, dropped at ${r.sharedLines.dropped}`,
  );
  lines.push(`Rows rejected: ${r.rejected}`);
  lines.push(`Content digest: ${r.contentDigest}`);
  return lines.join('\n');
}
