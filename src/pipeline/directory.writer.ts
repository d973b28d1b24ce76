import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { DIRECTORY_DDL, DIRECTORY_SCHEMA_VERSION } from '../db/directory-schema.ts';
import { FACILITY_COLUMNS, facilityToRow } from '../domain/facility.ts';
import type { Geography } from './geography.ts';
import type { LegendEntry } from './legend.ts';
import type { MergeResult } from './merge.ts';
import type { LoadedSource, SourceInfo } from './source-row.ts';
import { REFERENCE_SOURCES } from './sources.ts';

export interface WriteInput {
  merged: MergeResult;
  sources: LoadedSource[];
  referenceRows: Record<string, number>;
  legend: LegendEntry[];
  geography: Geography;
  builtAt: string;
}

/**
 * Writes a complete directory into a new SQLite file, in one transaction, and returns a digest of its
 * content (everything but the build time), so two builds from the same inputs can be shown to be the same.
 */
export function writeDirectory(file: string, input: WriteInput): string {
  const db = new Database(file);
  const hash = createHash('sha256');
  // Field separator and record separator control characters never occur in the data.
  const add = (...values: unknown[]) => hash.update(`${values.join('\u001f')}\u001e`);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(DIRECTORY_DDL);
    db.transaction(() => {
      const source = db.prepare(
        'INSERT INTO sources (key, kind, name, publisher, year, licence, attribution, file, rows, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const sourceRow = (s: Omit<SourceInfo, 'confirms' | 'codes'>, kind: string, rows: number, position: number) => {
        const values = [s.key, kind, s.name, s.publisher, s.year, s.licence, s.attribution, s.file, rows, position];
        source.run(...values);
        add('source', ...values);
      };
      for (const [i, s] of input.sources.entries()) sourceRow(s.info, 'facilities', s.rows.length, i);
      for (const [i, s] of REFERENCE_SOURCES.entries()) sourceRow(s, 'reference', input.referenceRows[s.key] ?? 0, 100 + i);

      const code = db.prepare(
        'INSERT INTO service_codes (code, category, label, plain_label, confidence) VALUES (?, ?, ?, ?, ?)',
      );
      for (const e of input.legend) {
        code.run(e.code, e.category, e.label, e.plainLabel, e.confidence);
        add('code', e.code, e.category, e.label, e.plainLabel, e.confidence);
      }

      const columns = FACILITY_COLUMNS;
      const facility = db.prepare(
        `INSERT INTO facilities (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
      );
      const service = db.prepare('INSERT INTO facility_services (facility_id, source, codes) VALUES (?, ?, ?)');
      const seen = db.prepare(
        'INSERT OR IGNORE INTO facility_sources (facility_id, source, source_row, role) VALUES (?, ?, ?, ?)',
      );
      for (const f of input.merged.facilities) {
        const row = facilityToRow(f);
        facility.run(row);
        add('facility', ...columns.map((c) => row[c]));
        const bySource = new Map<string, string[]>();
        for (const [c, s] of f.services) bySource.set(s, [...(bySource.get(s) ?? []), c]);
        for (const [s, codes] of [...bySource].sort(([a], [b]) => (a < b ? -1 : 1))) {
          const list = codes.sort().join(' ');
          service.run(f.id, s, list);
          add('service', f.id, s, list);
        }
        for (const s of f.sourceRows) {
          seen.run(f.id, s.source, s.row, s.role);
          add('seen', f.id, s.source, s.row, s.role);
        }
      }

      const rejection = db.prepare('INSERT INTO rejections (source, source_row, reason) VALUES (?, ?, ?)');
      for (const r of input.merged.rejections) {
        rejection.run(r.source, r.row, r.reason);
        add('rejection', r.source, r.row, r.reason);
      }

      const zip = db.prepare(
        'INSERT INTO zip_centroids (zip, latitude, longitude, place, state, source) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const z of [...input.geography.zips.values()].sort((a, b) => (a.zip < b.zip ? -1 : 1))) {
        zip.run(z.zip, z.latitude, z.longitude, z.place, z.state, z.source);
        add('zip', z.zip, z.latitude, z.longitude, z.place, z.state, z.source);
      }
      const city = db.prepare(
        'INSERT INTO city_centroids (city_key, city, state, latitude, longitude, source, postal_codes, facilities) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const c of [...input.geography.cities.values()].sort((a, b) => (a.cityKey < b.cityKey ? -1 : 1))) {
        city.run(c.cityKey, c.city, c.state, c.latitude, c.longitude, c.source, c.postalCodes, c.facilities);
        add('city', c.cityKey, c.city, c.state, c.latitude, c.longitude, c.source, c.postalCodes, c.facilities);
      }

      const digest = hash.digest('hex');
      const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      meta.run('schema_version', DIRECTORY_SCHEMA_VERSION);
      meta.run('built_at', input.builtAt);
      meta.run('content_digest', digest);
      meta.run('facility_count', String(input.merged.facilities.length));
    })();
    const digest = (db.prepare("SELECT value FROM meta WHERE key = 'content_digest'").get() as { value: string }).value;
    db.exec('ANALYZE');
    return digest;
  } finally {
    db.close();
  }
}
