/**
 * Regenerates data/fixtures/sources/: a few dozen real, tricky rows of each bundled facility list (copied
 * verbatim from data/sources with their header), the ZIP and city points around them, and the code legends.
 * The merge, build and CLI tests run on it, so they stay fast and do not change when the bundled lists do.
 * Run: npx tsx scripts/make-source-fixtures.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { ROOT } from '../src/config.ts';
import { cityKey } from '../src/domain/place-names.ts';
import { haversineMiles } from '../src/lib/geo.ts';
import { normaliseStreet, normaliseZip, streetLine } from '../src/pipeline/normalise.ts';
import { BUNDLED_SOURCES } from '../src/pipeline/sources.ts';

const from = path.join(ROOT, 'data', 'sources');
const to = path.join(ROOT, 'data', 'fixtures', 'sources');

/** What each case is about; every row whose text matches (within the ZIP or state, if given) is taken. */
const CASES: { why: string; match: RegExp; zip?: string; state?: string }[] = [
  { why: 'another organisation at the same address (phone and services must not leak)', match: /8930 Stanford/i, zip: '21045' },
  { why: 'different suites and names: two offices', match: /15290 East 6th/i, zip: '80011' },
  { why: 'different suites, names 0.63 alike: two offices', match: /17 North State Street/i, zip: '60602' },
  { why: 'different suites and names, one building', match: /7200 Bancroft/i, zip: '94605' },
  { why: 'renamed, same phone', match: /1001 Mimosa Park/i, zip: '35405' },
  { why: 'a word that names one organisation (Hazelden)', match: /7001 East Fish Lake/i, zip: '55311' },
  { why: 'another organisation at the same address, no phone in common', match: /449 39th Street/i, zip: '11232' },
  { why: 'registered company name in the OTP list', match: /212 Blue Ball/i, zip: '21921' },
  { why: 'acronym (WTCR)', match: /601 South Irving/i, zip: '76903' },
  { why: 'acronym (CKF)', match: /Central Kansas Foundation|CKF Addiction/i, zip: '67410' },
  { why: 'moved down the street', match: /Regis House/i, state: 'FL' },
  { why: 'house number changed', match: /Peninsula Addiction/i, zip: '21801' },
  { why: 'same locator point, new street', match: /Fountain Centers/i, zip: '56001' },
  { why: 'same locator point, new street', match: /Startliving/i, state: 'FL' },
  { why: 'two programs of one organisation, side by side', match: /Care of Savannah/i, zip: '38372' },
  { why: 'two programs of one organisation, men and women', match: /Orca House/i, zip: '44106' },
  { why: 'houses of one organisation sharing a phone, printed separately', match: /Step Forward/i, zip: '21217' },
  { why: 'U.S. Highway 83 and Highway 83', match: /605 North (U\.S\. )?Highway 83/i, zip: '78076' },
  { why: 'direction after the street name', match: /311 (East )?Martin Luther King/i, zip: '45219' },
  { why: 'custody: central booking', match: /Central Booking/i, zip: '21202' },
  { why: 'custody: a jail', match: /Lower Buckeye Jail/i },
  { why: 'veterans only (VA)', match: /500 East Veterans Street/i, zip: '54660' },
  { why: 'veterans in the name, but not the VA', match: /Veterans Alcoholic Rehab/i, zip: '92410' },
  { why: 'DUI/DWI only', match: /School Ten/i, state: 'CA' },
  { why: 'DUI/DWI only, by name', match: /DUI Associates/i },
  { why: 'DUI/DWI and more', match: /Ascent Counseling and DUI/i },
  { why: 'teens only', match: /Recovery Center for Teens/i, zip: '35055' },
  { why: 'OTP without methadone in the 2020 list', match: /6000 Lake Ellenor/i, zip: '32809' },
  { why: 'does not use medication (2017) beside medication flags (2020)', match: /Horizon He(al)?th and Wellness/i, state: 'AZ' },
  { why: 'Anchorage: the Census point for 99503 is 278 miles off', match: /./, zip: '99503' },
  { why: 'Fairbanks: the Census point for 99701 is 184 miles off', match: /./, zip: '99701' },
  { why: 'JBER: GeoNames puts 99505/99506 300 miles off', match: /JBER|Elmendorf/i, state: 'AK' },
  { why: 'Air Force Academy: GeoNames puts 80840 56 miles off', match: /./, zip: '80840' },
  { why: 'a Connecticut OTP with a Vermont ZIP code', match: /Connecticut Valley Hospital/i, state: 'CT' },
  { why: 'Micronesia and Palau: no reference point', match: /./, state: 'FM' },
  { why: 'Micronesia and Palau: no reference point', match: /./, state: 'PW' },
  { why: 'Guam', match: /Marianas Psychiatric/i, state: 'GU' },
  { why: 'Billings 59101: a ZIP whose Census point is 15 miles from town', match: /./, zip: '59101' },
  { why: 'a point 50 miles from its ZIP code and city', match: /1255 Gunn Highway/i, zip: '33830' },
  { why: 'a county intake line printed by unrelated organisations', match: /800-467-2452/ },
  { why: 'a chain intake line across states', match: /888-443-3869/ },
  {
    why: "a chain's line given to another organisation at its old address",
    match: /303-657-3700|National Institute for Change/i,
    state: 'CO',
  },
  { why: 'page header leaked into the name (2017 parse)', match: /74 Dowd Road|Discovery House CTC of Bangor/i, zip: '04401' },
  { why: 'A New Beginning, Florence (the import fixtures describe it)', match: /./, zip: '35630' },
];

/** The same address in any list: (ZIP, normalised street). */
const addressOf = (r: Record<string, string>) => {
  const zip = normaliseZip(r.zip) ?? '';
  const street = normaliseStreet(streetLine(r.street1 ?? r.street ?? '', r.street2 ?? ''));
  return street ? `${zip}|${street}` : undefined;
};

const read = (file: string) => {
  const text = fs.readFileSync(path.join(from, file), 'utf8');
  const lines = text.split('\n');
  const records = parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  return { header: lines[0] as string, lines: lines.slice(1), records };
};

fs.mkdirSync(to, { recursive: true });
const chosen = new Map<string, Set<number>>();
const files = BUNDLED_SOURCES.map((s) => ({ file: s.info.file, ...read(s.info.file) }));
const addresses = new Set<string>();
for (const { file, records } of files) {
  const take = new Set<number>();
  records.forEach((r, i) => {
    const text = Object.values(r).join(' | ');
    const zip = normaliseZip(r.zip);
    if (CASES.some((c) => (!c.zip || c.zip === zip) && (!c.state || c.state === r.state) && c.match.test(text))) {
      take.add(i);
      const a = addressOf(r);
      if (a) addresses.add(a);
    }
  });
  chosen.set(file, take);
}
// Every list's row at a chosen address comes too, so each case is merged as it is in the full build.
for (const { file, records } of files) {
  const take = chosen.get(file) as Set<number>;
  records.forEach((r, i) => {
    const a = addressOf(r);
    if (a && addresses.has(a)) take.add(i);
  });
}

const points: { latitude: number; longitude: number }[] = [];
const zips = new Set<string>();
const cities = new Set<string>();
for (const { file, header, lines, records } of files) {
  const take = [...(chosen.get(file) as Set<number>)].sort((a, b) => a - b);
  fs.writeFileSync(path.join(to, file), `${[header, ...take.map((i) => lines[i])].join('\n')}\n`);
  for (const i of take) {
    const r = records[i] as Record<string, string>;
    zips.add(normaliseZip(r.zip) ?? '');
    cities.add(cityKey(r.city ?? '', r.state ?? ''));
    if (r.latitude && r.longitude) points.push({ latitude: Number(r.latitude), longitude: Number(r.longitude) });
  }
  console.log(`${file}: ${take.length} rows`);
}

// ZIP and city points: the fixture rows' own, and every ZIP point within 15 miles of a row or of its ZIP.
const postal = read('us_postal_codes_geonames.csv');
const zcta = read('zcta_centroids_census_2021.csv');
for (const { records } of [postal, zcta]) {
  for (const r of records)
    if (zips.has(r.zip as string) && r.latitude) points.push({ latitude: +r.latitude, longitude: +(r.longitude as string) });
}
const near = (r: Record<string, string>) =>
  r.latitude !== '' && points.some((p) => haversineMiles(p.latitude, p.longitude, Number(r.latitude), Number(r.longitude)) <= 15);
const keepZip = (r: Record<string, string>) => zips.has(r.zip as string) || near(r);
const keptZips = new Set([...postal.records, ...zcta.records].filter(keepZip).map((r) => r.zip as string));
for (const { name, data } of [
  { name: 'us_postal_codes_geonames.csv', data: postal },
  { name: 'zcta_centroids_census_2021.csv', data: zcta },
]) {
  const rows = data.records.map((r, i) => [r, i] as const).filter(([r]) => keptZips.has(r.zip as string));
  for (const [r] of rows) if (r.place) cities.add(cityKey(r.place, r.state as string));
  fs.writeFileSync(path.join(to, name), `${[data.header, ...rows.map(([, i]) => data.lines[i])].join('\n')}\n`);
  console.log(`${name}: ${rows.length} rows`);
}
const city = read('us_city_centroids_geonames.csv');
const cityRows = city.records
  .map((r, i) => [r, i] as const)
  .filter(([r]) => cities.has(cityKey(r.city as string, r.state as string)));
fs.writeFileSync(
  path.join(to, 'us_city_centroids_geonames.csv'),
  `${[city.header, ...cityRows.map(([, i]) => city.lines[i])].join('\n')}\n`,
);
console.log(`us_city_centroids_geonames.csv: ${cityRows.length} rows`);
for (const file of ['service_codes_legend.csv', 'service_codes_findtreatment_era.csv', 'findtreatment_service_categories.csv']) {
  fs.copyFileSync(path.join(from, file), path.join(to, file));
}
fs.writeFileSync(
  path.join(to, 'CASES.md'),
  `# Why each row is here\n\nGenerated by \`scripts/make-source-fixtures.ts\` from data/sources (see SOURCES.md and ATTRIBUTION.md there for\nprovenance and licences; the rows are copied verbatim). Every row at a chosen address comes along, from every list.\n\n${[
    ...new Set(CASES.map((c) => `- ${c.why}${c.zip ? ` (ZIP ${c.zip})` : c.state ? ` (${c.state})` : ''}`)),
  ].join('\n')}\n`,
);
