import type { MergeResult, SourceReport } from './merge.ts';

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
  };
  rejected: number;
  duplicatesCollapsed: number;
  contentDigest: string;
}

export function buildReport(merged: MergeResult, contentDigest: string): BuildReport {
  const f = merged.facilities;
  const unconfirmed: Record<string, number> = {};
  const locatedBy: Record<string, number> = {};
  for (const x of f) {
    if (x.status === 'unconfirmed') unconfirmed[x.lastSeenYear] = (unconfirmed[x.lastSeenYear] ?? 0) + 1;
    locatedBy[x.locationMethod] = (locatedBy[x.locationMethod] ?? 0) + 1;
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
    },
    rejected: merged.rejections.length,
    duplicatesCollapsed: merged.sources.reduce((n, s) => n + s.collapsed, 0),
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
    `  ${'source'.padEnd(22)} ${'year'} ${pad('rows', 7)} ${pad('rejected', 8)} ${pad('matched', 8)} ${pad('(by city', 8)} ${pad('fuzzy)', 6)} ${pad('added', 6)} ${pad('collapsed', 9)}`,
  );
  for (const s of r.sources) {
    const rejected = Object.values(s.rejected).reduce((a, b) => a + (b ?? 0), 0);
    lines.push(
      `  ${s.key.padEnd(22)} ${s.year} ${pad(s.rowsRead, 7)} ${pad(rejected, 8)} ${pad(s.matched, 8)} ${pad(s.matchedByCity, 8)} ${pad(s.matchedFuzzy, 6)} ${pad(s.added, 6)} ${pad(s.collapsed, 9)}`,
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
  const replaced = r.sources.filter((s) => s.coordinatesReplaced > 0);
  if (replaced.length > 0) {
    lines.push('');
    lines.push(
      `Coordinates more than 60 miles from their own ZIP, not used: ${replaced.map((s) => `${s.key} ${s.coordinatesReplaced}`).join(', ')}`,
    );
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
  lines.push(`Duplicates collapsed: ${r.duplicatesCollapsed}`);
  lines.push(`Rows rejected: ${r.rejected}`);
  lines.push(`Content digest: ${r.contentDigest}`);
  return lines.join('\n');
}
