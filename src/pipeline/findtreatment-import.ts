import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { z } from 'zod';
import { simplify } from './normalise.ts';
import { readCsv } from './source-readers.ts';
import type { LoadedSource, SourceInfo, SourceRow } from './source-row.ts';

/**
 * Reads a current FindTreatment.gov export in either shape it comes in: the JSON API response
 * (`rows[]`, coordinates as strings, `services[]` of `{f1, f2, f3}` where f3 holds labels, not codes) or the
 * listing spreadsheet (CSV or XLSX) with one 0/1 column per service code. Anything malformed stops the import
 * with an ImportError naming the file, the row and the problem, so nothing half-read is ever built.
 *
 * @module
 */

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly where: string | undefined,
    problem: string,
  ) {
    super(`${path.basename(file)}${where ? `, ${where}` : ''}: ${problem}`);
    this.name = 'ImportError';
  }
}

export interface ImportOptions {
  /** The date the export was taken; sets the source's year. */
  asOf: string;
  sourcesDir: string;
}

export function importInfo(file: string, asOf: string): SourceInfo {
  return {
    key: 'findtreatment',
    name: 'FindTreatment.gov export',
    publisher: 'SAMHSA',
    year: Number(asOf.slice(0, 4)),
    licence: 'US government work, public domain (SAMHSA)',
    attribution: `FindTreatment.gov (SAMHSA Behavioral Health Treatment Services Locator) export taken ${asOf}.`,
    confirms: true,
    codes: 'full',
    file: path.basename(file),
  };
}

export async function readFindTreatmentExport(file: string, options: ImportOptions): Promise<LoadedSource> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf) || Number.isNaN(Date.parse(options.asOf))) {
    throw new ImportError(file, undefined, `the export date "${options.asOf}" is not a date like 2026-11-01`);
  }
  if (!fs.existsSync(file)) throw new ImportError(file, undefined, 'the file does not exist');
  const info = importInfo(file, options.asOf);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return readJsonExport(file, info, options.sourcesDir);
  if (ext === '.csv') return readTableExport(file, info, readCsvTable(file), knownCodes(options.sourcesDir));
  if (ext === '.xlsx') return readTableExport(file, info, await readXlsxTable(file), knownCodes(options.sourcesDir));
  throw new ImportError(file, undefined, `unknown file type "${ext || '(none)'}": use .json, .csv or .xlsx`);
}

// ---------------------------------------------------------------------------------------------------------
// JSON API shape

const coordinate = z.union([z.string(), z.number()]).nullish();
const optionalText = z.string().nullish();
const jsonRow = z.object({
  name1: z.string(),
  name2: optionalText,
  street1: optionalText,
  street2: optionalText,
  city: z.string(),
  state: z.string(),
  zip: z.union([z.string(), z.number()]),
  phone: optionalText,
  intake1: optionalText,
  hotline1: optionalText,
  website: optionalText,
  latitude: coordinate,
  longitude: coordinate,
  services: z.array(z.object({ f1: z.string().nullish(), f2: z.string(), f3: z.string().nullish() })).nullish(),
});
const jsonExport = z.object({ rows: z.array(z.unknown()) });

function knownCodes(sourcesDir: string): Set<string> {
  const codes = new Set<string>();
  for (const file of ['service_codes_legend.csv', 'service_codes_findtreatment_era.csv']) {
    for (const r of readCsv(path.join(sourcesDir, file)).records) codes.add((r.code as string).toUpperCase());
  }
  return codes;
}

function labelIndex(sourcesDir: string): Map<string, string> {
  const index = new Map<string, string>();
  // The FindTreatment-era list is the better match for labels in current exports, so it is read last and wins.
  for (const file of ['service_codes_legend.csv', 'service_codes_findtreatment_era.csv']) {
    for (const r of readCsv(path.join(sourcesDir, file)).records) {
      index.set(simplify(r.label as string), (r.code as string).toUpperCase());
    }
  }
  return index;
}

function readJsonExport(file: string, info: SourceInfo, sourcesDir: string): LoadedSource {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ImportError(file, undefined, `not valid JSON (${(error as Error).message}); the file may be cut short`);
  }
  const top = jsonExport.safeParse(data);
  if (!top.success) throw new ImportError(file, undefined, 'expected a FindTreatment.gov API response with a "rows" list');
  const labels = labelIndex(sourcesDir);
  const unknownLabels = new Map<string, number>();
  const rows: SourceRow[] = top.data.rows.map((raw, i) => {
    const parsed = jsonRow.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0] as z.core.$ZodIssue;
      const field = issue.path.join('.') || 'row';
      throw new ImportError(file, `row ${i + 1}`, `field "${field}": ${issue.message}`);
    }
    const r = parsed.data;
    const codes: string[] = [];
    for (const service of r.services ?? []) {
      for (const label of (service.f3 ?? '')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const code = labels.get(simplify(label));
        if (code) codes.push(code);
        else unknownLabels.set(label, (unknownLabels.get(label) ?? 0) + 1);
      }
    }
    return {
      row: i + 1,
      name: (r.name1 ?? '').trim(),
      name2: (r.name2 ?? '').trim(),
      street: (r.street1 ?? '').trim(),
      street2: (r.street2 ?? '').trim(),
      city: r.city.trim(),
      state: r.state.trim().toUpperCase(),
      zip: String(r.zip).trim(),
      phone: r.phone ?? undefined,
      intakePhone: r.intake1 ?? r.hotline1 ?? undefined,
      website: safeWebsite(r.website),
      latitude: toCoordinate(r.latitude),
      longitude: toCoordinate(r.longitude),
      codes: [...new Set(codes)],
    };
  });
  const warnings: string[] = [];
  if (unknownLabels.size > 0) {
    const examples = [...unknownLabels.keys()]
      .sort()
      .slice(0, 5)
      .map((l) => `"${l}"`)
      .join(', ');
    warnings.push(`${unknownLabels.size} service labels have no known code and were left out (for example ${examples})`);
  }
  return { info, rows, warnings };
}

// ---------------------------------------------------------------------------------------------------------
// Listing spreadsheet shape (CSV or XLSX): one column per service code

type Table = { header: string[]; rows: { line: number; cells: string[] }[] };

const REQUIRED_COLUMNS = ['name1', 'street1', 'city', 'state', 'zip', 'latitude', 'longitude'] as const;
const DETAIL_COLUMNS = new Set([
  ...REQUIRED_COLUMNS,
  'name2',
  'street2',
  'zip4',
  'county',
  'phone',
  'intake1',
  'intake2',
  'intake_phone',
  'hotline1',
  'website',
  'frid',
  '_irow',
  'miles',
  'type_facility',
  'typefacility',
]);

function readCsvTable(file: string): Table {
  try {
    const records = parse(fs.readFileSync(file, 'utf8'), { bom: true, skip_empty_lines: true, info: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    const [head, ...body] = records;
    if (!head) throw new ImportError(file, undefined, 'the file is empty');
    return { header: head.record, rows: body.map((r) => ({ line: r.info.lines, cells: r.record })) };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const e = error as Error & { lines?: number };
    throw new ImportError(
      file,
      e.lines ? `line ${e.lines}` : undefined,
      `not a readable CSV (${e.message}); the file may be cut short`,
    );
  }
}

async function readXlsxTable(file: string): Promise<Table> {
  let data: unknown[][];
  try {
    data = (await readSheet(fs.readFileSync(file))) as unknown[][];
  } catch (error) {
    throw new ImportError(
      file,
      undefined,
      `not a readable XLSX workbook (${(error as Error).message}); the file may be cut short`,
    );
  }
  const [head, ...body] = data;
  if (!head) throw new ImportError(file, undefined, 'the first sheet is empty');
  const cell = (v: unknown) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v));
  return { header: head.map(cell), rows: body.map((r, i) => ({ line: i + 2, cells: r.map(cell) })) };
}

const YES = new Set(['1', 'y', 'yes', 'true', 'x']);
const NO = new Set(['', '0', 'n', 'no', 'false']);

function readTableExport(file: string, info: SourceInfo, table: Table, codes: Set<string>): LoadedSource {
  const header = table.header.map((h) => h.trim().toLowerCase());
  const seen = new Set<string>();
  for (const h of header) {
    if (seen.has(h)) throw new ImportError(file, 'header', `the column "${h}" appears twice`);
    seen.add(h);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !seen.has(c));
  if (missing.length > 0) {
    throw new ImportError(
      file,
      'header',
      `missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`,
    );
  }
  const isCode = (h: string) => !DETAIL_COLUMNS.has(h) && codes.has(h.toUpperCase());
  const codeColumns = header.map((h, i) => ({ h, i })).filter(({ h }) => isCode(h));
  if (codeColumns.length === 0) throw new ImportError(file, 'header', 'no service-code columns (like "bum", "mm", "md")');
  const unknown = header.filter((h) => !DETAIL_COLUMNS.has(h) && !isCode(h));
  const col = (name: string) => header.indexOf(name);
  const get = (cells: string[], name: string) => (col(name) >= 0 ? (cells[col(name)] ?? '').trim() : '');
  const rows: SourceRow[] = table.rows.map(({ line, cells }) => {
    if (cells.length !== header.length) {
      throw new ImportError(
        file,
        `line ${line}`,
        `expected ${header.length} columns but found ${cells.length}; the file may be cut short`,
      );
    }
    const rowCodes: string[] = [];
    for (const { h, i } of codeColumns) {
      const v = (cells[i] ?? '').trim().toLowerCase();
      if (YES.has(v)) rowCodes.push(h.toUpperCase());
      else if (!NO.has(v)) throw new ImportError(file, `line ${line}`, `column "${h}" should be 1 or 0, not "${cells[i]}"`);
    }
    return {
      row: line,
      name: get(cells, 'name1'),
      name2: get(cells, 'name2'),
      street: get(cells, 'street1'),
      street2: get(cells, 'street2'),
      city: get(cells, 'city'),
      state: get(cells, 'state').toUpperCase(),
      zip: get(cells, 'zip'),
      phone: get(cells, 'phone') || undefined,
      intakePhone: get(cells, 'intake1') || get(cells, 'intake_phone') || get(cells, 'hotline1') || undefined,
      website: safeWebsite(get(cells, 'website')),
      latitude: toCoordinate(get(cells, 'latitude')),
      longitude: toCoordinate(get(cells, 'longitude')),
      codes: rowCodes,
    };
  });
  const warnings = unknown.length > 0 ? [`ignored columns we don't recognise: ${unknown.map((u) => `"${u}"`).join(', ')}`] : [];
  return { info, rows, warnings };
}

// ---------------------------------------------------------------------------------------------------------

function toCoordinate(v: string | number | null | undefined): number | undefined {
  if (v === null || v === undefined || String(v).trim() === '') return undefined;
  const n = Number(v);
  // NaN is kept on purpose: validation rejects the row as having impossible coordinates, and counts it.
  return Number.isFinite(n) ? n : Number.NaN;
}

/** Imported text is untrusted: only keep a website that is a plain http(s) address. */
function safeWebsite(v: string | null | undefined): string | undefined {
  if (!v) return undefined;
  const candidate = /^https?:\/\//i.test(v.trim()) ? v.trim() : `https://${v.trim()}`;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (!url.hostname.includes('.')) return undefined;
    return url.toString();
  } catch {
    return undefined;
  }
}
