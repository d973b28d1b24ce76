import path from 'node:path';
import { ROOT } from '../../src/config.ts';
import { addressOnlyRow, type LoadedSource, type SourceInfo, type SourceRow } from '../../src/pipeline/source-row.ts';
import { BUNDLED_SOURCES } from '../../src/pipeline/sources.ts';

/** The small set of real, tricky source rows the pipeline tests run on (see data/fixtures/sources/CASES.md). */
export const FIXTURE_SOURCES = path.join(ROOT, 'data', 'fixtures', 'sources');

const bundled = (key: string): SourceInfo => {
  const found = BUNDLED_SOURCES.find((s) => s.info.key === key);
  if (!found) throw new Error(`no bundled source ${key}`);
  return found.info;
};

/** The bundled lists' descriptions (year, what they vouch for), for table tests with rows copied from them. */
export const LOCATOR = bundled('locator-2021');
export const OTP = bundled('otp-2022');
export const MOUD = bundled('moud-2020');
export const DIR2017 = bundled('directory-2017');
export const DIR2017_OTP = bundled('directory-2017-otp');
export const DIR2015 = bundled('directory-2015');

let rowNumber = 1;
/** A source row as the readers make it, for rows copied from data/sources into a test. */
export const row = (
  name: string,
  street: string,
  city: string,
  state: string,
  zip: string,
  extra: Partial<SourceRow> = {},
): SourceRow => ({
  ...addressOnlyRow({ name, name2: '', street, street2: '', city, state, zip }, ++rowNumber),
  ...extra,
});

export const source = (info: SourceInfo, rows: SourceRow[]): LoadedSource => ({ info, rows, warnings: [] });
