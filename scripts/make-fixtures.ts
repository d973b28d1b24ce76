/**
 * Regenerates data/fixtures/findtreatment/export-listing.xlsx from export-listing.csv, so the XLSX fixture is
 * the same table in the other file format FindTreatment.gov hands out. Run: npx tsx scripts/make-fixtures.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import writeXlsxFile from 'write-excel-file/node';
import { ROOT } from '../src/config.ts';

const dir = path.join(ROOT, 'data', 'fixtures', 'findtreatment');
const rows = parse(fs.readFileSync(path.join(dir, 'export-listing.csv'), 'utf8')) as string[][];
const header = rows[0] as string[];
const numeric = new Set(['latitude', 'longitude', ...header.slice(header.indexOf('type_facility') + 1)]);
const data = rows.map((row, r) =>
  row.map((value, c) => {
    // Spreadsheets hold numbers as numbers; keep the bad coordinate as text, as a real sheet would.
    if (r > 0 && numeric.has(header[c] as string) && value !== '' && Number.isFinite(Number(value))) {
      return { value: Number(value), type: Number };
    }
    return { value, type: String };
  }),
);
await writeXlsxFile(data as never, {}).toFile(path.join(dir, 'export-listing.xlsx'));
const truncated = fs.readFileSync(path.join(dir, 'export-listing.xlsx'));
fs.writeFileSync(path.join(dir, 'malformed', 'truncated.xlsx'), truncated.subarray(0, Math.floor(truncated.length / 2)));
console.log('Wrote export-listing.xlsx and malformed/truncated.xlsx');
