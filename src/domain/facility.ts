import type { DirectoryDatabase } from '../db/directory-schema.ts';
import type { FacilityChecks } from './corrections.ts';
import { isServesOnly, type ServesOnly } from './serves-only.ts';

/**
 * One treatment facility as the running site knows it: the merged, reconciled record that pages, search and
 * the API all read. The directory build produces it, the directory file stores it as one `facilities` row
 * plus its services and listings, and `facilityFromRow` turns those rows back into this one shape.
 *
 * @module
 */

/** How a facility's point on the map was found. */
export type LocationMethod = 'source' | 'zip-centroid' | 'city-centroid' | 'none';

/** `confirmed`: listed in a 2020 or newer list (or a fresh import); `unconfirmed`: seen only in 2015/2017. */
export type FacilityStatus = 'confirmed' | 'unconfirmed';

export interface Facility {
  id: string;
  name: string;
  name2: string;
  street: string;
  street2: string;
  city: string;
  state: string;
  zip: string;
  /** The source whose row founded this facility: its name and address come from there. */
  addressSource: string;
  latitude: number | null;
  longitude: number | null;
  locationSource: string | null;
  locationMethod: LocationMethod;
  /** Why the lists' own map point was not used (too far from the ZIP code and the city, outside the state…). */
  locationNote: string | null;
  phone: string | null;
  intakePhone: string | null;
  phoneSource: string | null;
  /** The name the phone's source printed beside it (it can differ from the name shown). */
  phoneSourceName: string | null;
  /** The phone is shared with other places (across states or unrelated names): a central intake line. */
  phoneCentralIntake: boolean;
  intakePhoneCentralIntake: boolean;
  website: string | null;
  status: FacilityStatus;
  lastSeenYear: number;
  /** Who the place is only for; empty when it is open to everyone. */
  servesOnly: readonly ServesOnly[];
  /** Service code -> the source that vouches for it (codes contradicted by a newer source are left out). */
  services: ReadonlyMap<string, string>;
  /** Filter concepts the place offers ("medication:methadone"), one answer per question, decided by the build. */
  offers: readonly string[];
  /** Concepts the sources disagree about: offered, but shown with "sources disagree: ask". */
  disagreements: readonly string[];
  /** Every source list this facility appears in, newest first. */
  listedIn: readonly string[];
  /** What our team checked with the place itself (see corrections.ts); absent when nobody has. */
  checked?: FacilityChecks | undefined;
}

export type FacilityRow = DirectoryDatabase['facilities'];

/** The columns of a facilities row, in order; the type check fails if one is missing. */
export const FACILITY_COLUMNS = [
  'id',
  'name',
  'name2',
  'street',
  'street2',
  'city',
  'state',
  'zip',
  'address_source',
  'latitude',
  'longitude',
  'location_source',
  'location_method',
  'location_note',
  'phone',
  'intake_phone',
  'phone_source',
  'phone_source_name',
  'phone_central_intake',
  'intake_phone_central_intake',
  'website',
  'status',
  'last_seen_year',
  'serves_only',
  'offers',
  'disagreements',
] as const satisfies readonly (keyof FacilityRow)[];
const everyColumn: Exclude<keyof FacilityRow, (typeof FACILITY_COLUMNS)[number]> extends never ? true : never = true;
void everyColumn;

/** A facility as its `facilities` row (snake_case); services and listings are stored in their own tables. */
export function facilityToRow(f: Facility): FacilityRow {
  return {
    id: f.id,
    name: f.name,
    name2: f.name2,
    street: f.street,
    street2: f.street2,
    city: f.city,
    state: f.state,
    zip: f.zip,
    address_source: f.addressSource,
    latitude: f.latitude,
    longitude: f.longitude,
    location_source: f.locationSource,
    location_method: f.locationMethod,
    location_note: f.locationNote,
    phone: f.phone,
    intake_phone: f.intakePhone,
    phone_source: f.phoneSource,
    phone_source_name: f.phoneSourceName,
    phone_central_intake: f.phoneCentralIntake ? 1 : 0,
    intake_phone_central_intake: f.intakePhoneCentralIntake ? 1 : 0,
    website: f.website,
    status: f.status,
    last_seen_year: f.lastSeenYear,
    serves_only: f.servesOnly.join(' '),
    offers: f.offers.join(' '),
    disagreements: f.disagreements.join(' '),
  };
}

const words = (text: string): string[] => text.split(' ').filter(Boolean);

/** The one mapper from a stored row (with its services and listings) to the domain record. */
export function facilityFromRow(r: FacilityRow, services: ReadonlyMap<string, string>, listedIn: readonly string[]): Facility {
  return {
    id: r.id,
    name: r.name,
    name2: r.name2,
    street: r.street,
    street2: r.street2,
    city: r.city,
    state: r.state,
    zip: r.zip,
    addressSource: r.address_source,
    latitude: r.latitude,
    longitude: r.longitude,
    locationSource: r.location_source,
    locationMethod: r.location_method,
    locationNote: r.location_note,
    phone: r.phone,
    intakePhone: r.intake_phone,
    phoneSource: r.phone_source,
    phoneSourceName: r.phone_source_name,
    phoneCentralIntake: r.phone_central_intake === 1,
    intakePhoneCentralIntake: r.intake_phone_central_intake === 1,
    website: r.website,
    status: r.status,
    lastSeenYear: r.last_seen_year,
    servesOnly: words(r.serves_only).filter(isServesOnly),
    services,
    offers: words(r.offers),
    disagreements: words(r.disagreements),
    listedIn,
  };
}
