import type { Facility } from '../domain/facility.ts';

/** One facility row from any source, in one shape, before validation and merging. */
export interface SourceRow extends Pick<Facility, 'name' | 'name2' | 'street' | 'street2' | 'city' | 'state' | 'zip'> {
  /** 1-based line number in the source file (the header is line 1), or the array index + 1 for JSON. */
  row: number;
  phone: string | undefined;
  intakePhone: string | undefined;
  website: string | undefined;
  latitude: number | undefined;
  longitude: number | undefined;
  /** Service codes as printed in the source, upper case. */
  codes: string[];
}

/** What a source contributes, and how far it can be trusted. */
/** The name and postal address of a row or facility: the fields every list gives. */
export type PostalAddress = Pick<SourceRow, 'name' | 'name2' | 'street' | 'street2' | 'city' | 'state' | 'zip'>;

/** Just the name and postal address of `from`. */
export function postalAddress(from: PostalAddress): PostalAddress {
  const { name, name2, street, street2, city, state, zip } = from;
  return { name, name2, street, street2, city, state, zip };
}

/** A source row with only a name and address (no phone, website, point or codes), numbered `row`. */
export function addressOnlyRow(address: PostalAddress, row = 0): SourceRow {
  return {
    row,
    ...postalAddress(address),
    phone: undefined,
    intakePhone: undefined,
    website: undefined,
    latitude: undefined,
    longitude: undefined,
    codes: [],
  };
}

export interface SourceInfo {
  key: string;
  name: string;
  publisher: string;
  year: number;
  licence: string;
  /** One line of credit, shown on the "About our data" page. */
  attribution: string;
  /**
   * A facility found in a confirming source (the 2020–2022 lists, or a fresh import) counts as open as of
   * that year; one seen only in the 2015/2017 directories is kept but marked as not confirmed since then.
   */
  confirms: boolean;
  /**
   * `full`: a directory whose service codes describe the whole facility (newest one wins);
   * `flags`: a list that only vouches for a few services (medication flags, OTP status), added on top;
   * `none`: locations only.
   */
  codes: 'full' | 'flags' | 'none';
  /**
   * For a `flags` list, the codes it records for every place in it: a place without the flag is a "no"
   * (the 2020 medication list: BUM, MM, VTRL). The OTP directory's OTP is a listing, not a medication flag.
   */
  flags?: readonly string[];
  /**
   * The list names each place by the company that holds its licence ("ATS of Cecil County, LLC" for the
   * Elkton Comprehensive Treatment Center), as the OTP directory does, not by the name on the door.
   */
  companyNames?: boolean;
  /** Where the rows came from, for the report and the error messages. */
  file: string;
}

export interface LoadedSource {
  info: SourceInfo;
  rows: SourceRow[];
  /** Warnings that do not stop the build (for example service labels we could not map to a code). */
  warnings: string[];
}
