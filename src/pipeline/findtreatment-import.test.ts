import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../config.ts';
import { ImportError, readFindTreatmentExport } from './findtreatment-import.ts';

const FIXTURES = path.join(ROOT, 'data', 'fixtures', 'findtreatment');
const sourcesDir = path.join(ROOT, 'data', 'sources');
const read = (file: string) => readFindTreatmentExport(path.join(FIXTURES, file), { asOf: '2026-11-01', sourcesDir });

describe('reading a FindTreatment.gov export', () => {
  test('JSON API shape: string coordinates become numbers and service labels become codes', async () => {
    const loaded = await read('export-api.json');
    assert.equal(loaded.info.key, 'findtreatment');
    assert.equal(loaded.info.year, 2026);
    assert.equal(loaded.info.confirms, true);
    assert.equal(loaded.rows.length, 6);
    const [anb, harbor] = loaded.rows;
    assert.equal(anb?.name, 'A New Beginning');
    assert.equal(anb?.latitude, 34.832909);
    assert.equal(anb?.phone, '(256) 555-0142');
    assert.equal(anb?.intakePhone, '(256) 555-0143');
    assert.equal(anb?.website, 'https://www.example.org/a-new-beginning');
    assert.deepEqual(anb?.codes.sort(), ['BU', 'DT', 'MD', 'RES', 'RS', 'SA', 'SF', 'SS']);
    assert.deepEqual(harbor?.codes.sort(), ['MC', 'MD', 'MM', 'OIT', 'OP', 'OTP', 'PI', 'SA', 'SP']);
    // Imported text is untrusted: a javascript: "website" is dropped.
    assert.equal(harbor?.website, undefined);
    assert.equal(loaded.rows[2]?.latitude, Number.NaN, 'kept as NaN so validation rejects the row and counts it');
    assert.equal(loaded.warnings.length, 1);
    assert.match(loaded.warnings[0] as string, /1 service labels have no known code.*Same-day telehealth induction/);
  });

  test('listing CSV shape: one 0/1 column per service code', async () => {
    const loaded = await read('export-listing.csv');
    assert.equal(loaded.rows.length, 6);
    const [anb, harbor] = loaded.rows;
    assert.deepEqual(anb?.codes.sort(), ['BU', 'DT', 'MD', 'RES', 'RS', 'SA', 'SF', 'SS']);
    assert.deepEqual(harbor?.codes.sort(), ['MC', 'MD', 'MM', 'OIT', 'OP', 'OTP', 'PI', 'SA', 'SP']);
    assert.equal(harbor?.row, 3, 'row numbers are file line numbers');
    assert.equal(harbor?.street2, 'Suite 2');
  });

  test('listing XLSX shape reads the same table as the CSV', async () => {
    const csv = await read('export-listing.csv');
    const xlsx = await read('export-listing.xlsx');
    const strip = (rows: typeof csv.rows) => rows.map(({ row: _row, ...rest }) => ({ ...rest, codes: [...rest.codes].sort() }));
    assert.deepEqual(strip(xlsx.rows), strip(csv.rows));
  });
});

describe('refusing a malformed export, naming the file, row and problem', () => {
  const cases: [string, RegExp][] = [
    ['malformed/truncated.json', /^truncated\.json: not valid JSON .*cut short/],
    ['malformed/wrong-columns.csv', /^wrong-columns\.csv, header: missing columns "latitude", "longitude"/],
    ['malformed/truncated.csv', /^truncated\.csv, line 3: .*cut short/],
    ['malformed/bad-value.csv', /^bad-value\.csv, line 3: column "bu" should be 1 or 0, not "maybe"/],
    ['malformed/truncated.xlsx', /^truncated\.xlsx: not a readable XLSX workbook/],
    ['does-not-exist.json', /^does-not-exist\.json: the file does not exist/],
    ['README.md', /^README\.md: unknown file type "\.md"/],
  ];
  for (const [file, message] of cases) {
    test(file, async () => {
      await assert.rejects(read(file), (error: unknown) => {
        assert.ok(error instanceof ImportError, `expected an ImportError, got ${error}`);
        assert.match(error.message, message);
        return true;
      });
    });
  }

  test('a JSON row of the wrong shape names the row and field', async () => {
    const { default: fs } = await import('node:fs');
    const { default: os } = await import('node:os');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ot-')), 'export.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        rows: [
          { name1: 'Ok', city: 'X', state: 'AL', zip: '35630' },
          { name1: 5, city: 'X', state: 'AL', zip: '1' },
        ],
      }),
    );
    await assert.rejects(readFindTreatmentExport(file, { asOf: '2026-11-01', sourcesDir }), /export\.json, row 2: field "name1"/);
  });

  test('a bad export date is refused', async () => {
    await assert.rejects(
      readFindTreatmentExport(path.join(FIXTURES, 'export-api.json'), { asOf: 'yesterday', sourcesDir }),
      /not a date/,
    );
  });
});
