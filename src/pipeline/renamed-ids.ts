import Database from 'better-sqlite3';
import { normaliseName } from './normalise.ts';

interface Side {
  ids: Set<string>;
  identity: Map<string, string>;
  /** "source:row" -> the facility it belongs to. */
  rows: Map<string, string>;
  /** facility -> its "source:row" keys. */
  rowsOf: Map<string, string[]>;
  sourceRows: Map<string, number>;
}

function read(file: string): Side {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const facilities = db.prepare('SELECT id, name, zip FROM facilities').all() as { id: string; name: string; zip: string }[];
    const rows = db.prepare('SELECT facility_id, source, source_row FROM facility_sources').all() as {
      facility_id: string;
      source: string;
      source_row: number;
    }[];
    const sources = db.prepare('SELECT key, rows FROM sources').all() as { key: string; rows: number }[];
    const side: Side = {
      ids: new Set(facilities.map((f) => f.id)),
      identity: new Map(facilities.map((f) => [f.id, `${f.zip}|${normaliseName(f.name)}`])),
      rows: new Map(),
      rowsOf: new Map(),
      sourceRows: new Map(sources.map((s) => [s.key, s.rows])),
    };
    for (const r of rows) {
      const key = `${r.source}:${r.source_row}`;
      side.rows.set(key, r.facility_id);
      const list = side.rowsOf.get(r.facility_id) ?? [];
      list.push(key);
      side.rowsOf.set(r.facility_id, list);
    }
    return side;
  } finally {
    db.close();
  }
}

/**
 * Which facility ids a rebuild took away, and the id each place has now: old id -> new id, for the alias table
 * that keeps old links (and corrections made under the old id) working.
 *
 * Ids come from a facility's founding row, so a newer source founding a place (an import, say) can change its
 * id. The places are paired by the source rows they share: a row of a source whose file did not change (the
 * same number of rows in both builds) belongs to the same place before and after, so the new facility holding
 * most of an old facility's rows is that place now (or the place it was merged into). A place with no such
 * rows in common is paired by ZIP code and name, as the import's report pairs them (diff.ts).
 */
export function renamedIds(beforeFile: string, afterFile: string): { renamed: Map<string, string>; liveIds: Set<string> } {
  const before = read(beforeFile);
  const after = read(afterFile);
  const stable = (key: string) => {
    const source = key.slice(0, key.lastIndexOf(':'));
    const n = before.sourceRows.get(source);
    return n !== undefined && n === after.sourceRows.get(source);
  };
  const renamed = new Map<string, string>();
  const unpaired: string[] = [];
  for (const id of before.ids) {
    if (after.ids.has(id)) continue;
    const votes = new Map<string, number>();
    for (const key of before.rowsOf.get(id) ?? []) {
      if (!stable(key)) continue;
      const now = after.rows.get(key);
      if (now) votes.set(now, (votes.get(now) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) renamed.set(id, best[0]);
    else unpaired.push(id);
  }
  const taken = new Set(renamed.values());
  const fresh = new Map<string, string[]>();
  for (const id of after.ids) {
    if (before.ids.has(id) || taken.has(id)) continue;
    const key = after.identity.get(id) as string;
    fresh.set(key, [...(fresh.get(key) ?? []), id]);
  }
  for (const id of unpaired) {
    const match = fresh.get(before.identity.get(id) as string)?.shift();
    if (match) renamed.set(id, match);
  }
  return { renamed, liveIds: after.ids };
}
