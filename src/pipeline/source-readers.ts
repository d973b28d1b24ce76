import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { LoadedSource, SourceInfo, SourceRow } from './source-row.ts';

type Record_ = Record<string, string>;

/**
 * Reads a bundled CSV file with a header row into records. The bundled files have no line breaks inside
 * fields (checked by a test), so record i is on line i + 2, the header being line 1.
 */
export function readCsv(file: string): { records: Record_[]; lines: number[] } {
  const records = parse(fs.readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Record_[];
  return { records, lines: records.map((_, i) => i + 2) };
}

/**
 * The 2017 directory was parsed from a PDF whose fonts drew ligatures as accent glyphs: "Je˜erson" is
 * Jefferson, "O˚ce" is Office, "Path˝nder" is Pathfinder, "˛e" is The. Put the letters back.
 */
const PDF_LIGATURES: Record<string, string> = {
  '\u02dd': 'fi',
  '\u02da': 'ffi',
  '\u02dc': 'ff',
  '\u02db': 'Th',
  '\u02c7': 'Q',
  '\u02c6': 'ft',
  '\u02d9': 'fl',
  '\u02d8': 'ff',
  '\u2122': '\u2018',
};
export function repairPdfText(text: string): string {
  return text.replace(/[\u02c6-\u02dd\u2122]/g, (ch) => PDF_LIGATURES[ch] ?? ch).replace(/Cl\uFFFDnica/g, 'Clínica');
}

const num = (v: string | undefined): number | undefined => {
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : Number.NaN;
};
const text = (v: string | undefined): string => repairPdfText((v ?? '').trim());
const opt = (v: string | undefined): string | undefined => (v && v.trim() !== '' ? v.trim() : undefined);
const codes = (v: string | undefined): string[] =>
  text(v)
    .split(/\s+/)
    .filter(Boolean)
    .map((c) => c.toUpperCase());

/** The town and the printed phone numbers, in the columns both national directories name alike. */
const directoryPlaceAndPhones = (r: Record_) => ({
  city: text(r.city),
  state: text(r.state).toUpperCase(),
  zip: text(r.zip),
  phone: opt(r.phone),
  intakePhone: opt(r.intake_phone),
});

/** The SAMHSA national directories (2015, and the 2017 methadone subset): three name and street lines. */
function directoryRow(r: Record_, row: number): SourceRow {
  return {
    row,
    name: text(r.name1),
    name2: [text(r.name2), text(r.name3)].filter(Boolean).join(' '),
    street: text(r.street1),
    street2: [text(r.street2), text(r.street3)].filter(Boolean).join(', '),
    ...directoryPlaceAndPhones(r),
    website: undefined,
    latitude: num(r.latitude),
    longitude: num(r.longitude),
    codes: codes(r.service_codes),
  };
}

const PAGE_HEADER = /^For Code Definitions - See KEY on Page v\.\s*/;

/**
 * The partial 2017 parse let the PDF's page header leak into 52 names: "For Code Definitions - See KEY on
 * Page v. Cummins Behavioral Health Systems Inc". On 32 of them the header is all the name has, and the
 * real name sits in the street column after the page number: "587Discovery House CTC of Bangor 74 Dowd
 * Road". Put both back; a row whose name cannot be found keeps an empty name and is rejected.
 */
export function repairPageHeader(name: string, street: string, page: string): { name: string; street: string } {
  if (!PAGE_HEADER.test(name)) return { name, street };
  const rest = name.replace(PAGE_HEADER, '').trim();
  if (rest) return { name: rest, street };
  const line = street.startsWith(page) ? street.slice(page.length).trim() : street;
  const split = line.match(/^(\D.*?)\s+(\d+[A-Za-z-]*\s+\S.*)$/);
  return split ? { name: (split[1] as string).trim(), street: (split[2] as string).trim() } : { name: '', street };
}

/** The partial 2017 directory: one name line, no coordinates. */
function directory2017Row(r: Record_, row: number): SourceRow {
  const { name, street } = repairPageHeader(text(r.name), text(r.street), text(r.directory_page));
  return {
    row,
    name,
    name2: '',
    street,
    street2: '',
    ...directoryPlaceAndPhones(r),
    website: undefined,
    latitude: undefined,
    longitude: undefined,
    codes: codes(r.service_codes),
  };
}

/** Locator exports (2020 MOUD sites, 2021 SUT list) and the 2022 OTP directory: places with coordinates. */
function locatorRow(r: Record_, row: number, flags: string[]): SourceRow {
  return {
    row,
    name: text(r.name1 ?? r.name),
    name2: text(r.name2),
    street: text(r.street1 ?? r.street),
    street2: text(r.street2),
    city: text(r.city),
    state: text(r.state).toUpperCase(),
    zip: text(r.zip),
    phone: undefined,
    intakePhone: undefined,
    website: undefined,
    latitude: num(r.latitude),
    longitude: num(r.longitude),
    codes: flags,
  };
}

/**
 * The MOUD list's Y flags, turned back into the locator codes GeoDa derived them from
 * (see data/sources/SOURCES.md): buprenorphine = BUM, methadone = MM, naltrexone_xr = VTRL.
 */
function moudFlags(r: Record_): string[] {
  const out: string[] = [];
  if (text(r.buprenorphine).toUpperCase() === 'Y') out.push('BUM');
  if (text(r.methadone).toUpperCase() === 'Y') out.push('MM');
  if (text(r.naltrexone_xr).toUpperCase() === 'Y') out.push('VTRL');
  return out;
}

export type RowShape = 'directory' | 'directory-2017' | 'locator' | 'moud' | 'otp';

export function readBundledSource(info: SourceInfo, shape: RowShape, sourcesDir: string): LoadedSource {
  const { records, lines } = readCsv(path.join(sourcesDir, info.file));
  const rows = records.map((r, i) => {
    const line = lines[i] as number;
    switch (shape) {
      case 'directory':
        return directoryRow(r, line);
      case 'directory-2017':
        return directory2017Row(r, line);
      case 'moud':
        return locatorRow(r, line, moudFlags(r));
      // Being listed in SAMHSA's OTP directory is itself the fact: a certified opioid treatment program.
      case 'otp':
        return locatorRow(r, line, ['OTP']);
      default:
        return locatorRow(r, line, []);
    }
  });
  return { info, rows, warnings: [] };
}
