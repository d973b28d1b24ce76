import Database from 'better-sqlite3';
import { haversineMiles } from '../lib/geo.ts';
import { normaliseName, normaliseStreet } from './normalise.ts';

interface Row {
  id: string;
  name: string;
  street: string;
  zip: string;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
}

export interface DirectoryDiff {
  added: Row[];
  removed: Row[];
  moved: { before: Row; after: Row; miles: number }[];
  phoneChanged: { before: Row; after: Row }[];
}

/** A facility has moved when its point moved more than this far (geocoders jitter by a few hundred feet). */
const MOVED_MILES = 0.25;

function readRows(file: string): Row[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT id, name, street, zip, latitude, longitude, phone FROM facilities ORDER BY id').all() as Row[];
  } finally {
    db.close();
  }
}

/**
 * What changed between two directory files. Facilities are paired by id first; ids come from the founding
 * row, so when a newer source founds a facility its id can change, and those are paired by name and ZIP.
 */
export function diffDirectories(beforeFile: string, afterFile: string): DirectoryDiff {
  const before = readRows(beforeFile);
  const after = readRows(afterFile);
  const afterById = new Map(after.map((r) => [r.id, r]));
  const identity = (r: Row) => `${r.zip}|${normaliseName(r.name)}`;
  const unpairedAfter = new Map<string, Row[]>();
  const pairedAfter = new Set<string>();
  for (const r of before) if (afterById.has(r.id)) pairedAfter.add(r.id);
  for (const r of after) {
    if (pairedAfter.has(r.id)) continue;
    const list = unpairedAfter.get(identity(r)) ?? [];
    list.push(r);
    unpairedAfter.set(identity(r), list);
  }
  const diff: DirectoryDiff = { added: [], removed: [], moved: [], phoneChanged: [] };
  for (const b of before) {
    let a = afterById.get(b.id);
    if (!a) {
      const list = unpairedAfter.get(identity(b));
      a = list?.shift();
    }
    if (!a) {
      diff.removed.push(b);
      continue;
    }
    pairedAfter.add(a.id);
    if (b.latitude !== null && b.longitude !== null && a.latitude !== null && a.longitude !== null) {
      const miles = haversineMiles(b.latitude, b.longitude, a.latitude, a.longitude);
      if (miles > MOVED_MILES || normaliseStreet(a.street) !== normaliseStreet(b.street))
        diff.moved.push({ before: b, after: a, miles });
    }
    if ((b.phone ?? '') !== (a.phone ?? '')) diff.phoneChanged.push({ before: b, after: a });
  }
  for (const a of after) if (!pairedAfter.has(a.id)) diff.added.push(a);
  return diff;
}

export function formatDiff(d: DirectoryDiff, examples = 5): string {
  const lines = [
    'What changed:',
    `  facilities added: ${d.added.length}`,
    `  facilities removed: ${d.removed.length}`,
    `  facilities moved: ${d.moved.length}`,
    `  facilities with a changed phone: ${d.phoneChanged.length}`,
  ];
  const show = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`  ${title}:`);
    for (const item of items.slice(0, examples)) lines.push(`    ${item}`);
    if (items.length > examples) lines.push(`    … and ${items.length - examples} more`);
  };
  show(
    'added',
    d.added.map((r) => `${r.id} ${r.name}, ${r.zip}`),
  );
  show(
    'removed',
    d.removed.map((r) => `${r.id} ${r.name}, ${r.zip}`),
  );
  show(
    'moved',
    d.moved.map((m) => `${m.after.id} ${m.after.name}: ${m.before.street} → ${m.after.street} (${m.miles.toFixed(1)} mi)`),
  );
  show(
    'phone changed',
    d.phoneChanged.map((p) => `${p.after.id} ${p.after.name}: ${p.before.phone ?? 'none'} → ${p.after.phone ?? 'none'}`),
  );
  return lines.join('\n');
}
