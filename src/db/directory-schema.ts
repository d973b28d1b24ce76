/**
 * The directory database: one file, rebuilt from the sources and swapped in whole, never edited in place.
 * Because it is rebuilt rather than migrated, its schema lives here as one statement list; `schema_version`
 * in `meta` lets the app refuse a file built by an incompatible version.
 */
export const DIRECTORY_SCHEMA_VERSION = '3';

export const DIRECTORY_DDL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE sources (
  key TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('facilities', 'reference')),
  name TEXT NOT NULL,
  publisher TEXT NOT NULL,
  year INTEGER NOT NULL,
  licence TEXT NOT NULL,
  attribution TEXT NOT NULL,
  file TEXT NOT NULL,
  rows INTEGER NOT NULL,
  position INTEGER NOT NULL
) STRICT;
CREATE TABLE service_codes (
  code TEXT PRIMARY KEY,
  category TEXT NOT NULL,
  label TEXT NOT NULL,
  plain_label TEXT NOT NULL,
  confidence TEXT NOT NULL
) STRICT;
CREATE TABLE facilities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  name2 TEXT NOT NULL,
  street TEXT NOT NULL,
  street2 TEXT NOT NULL,
  city TEXT NOT NULL,
  state TEXT NOT NULL,
  zip TEXT NOT NULL,
  address_source TEXT NOT NULL REFERENCES sources(key),
  latitude REAL,
  longitude REAL,
  location_source TEXT REFERENCES sources(key),
  location_method TEXT NOT NULL CHECK (location_method IN ('source', 'zip-centroid', 'city-centroid', 'none')),
  phone TEXT,
  intake_phone TEXT,
  phone_source TEXT REFERENCES sources(key),
  phone_source_name TEXT,
  phone_central_intake INTEGER NOT NULL CHECK (phone_central_intake IN (0, 1)),
  intake_phone_central_intake INTEGER NOT NULL CHECK (intake_phone_central_intake IN (0, 1)),
  website TEXT,
  status TEXT NOT NULL CHECK (status IN ('confirmed', 'unconfirmed')),
  last_seen_year INTEGER NOT NULL,
  -- Space-separated: who the place is only for (custody, veterans, dui-dwi, adolescents).
  serves_only TEXT NOT NULL,
  -- Space-separated filter concepts ("medication:methadone"): one answer per question, decided by the build.
  offers TEXT NOT NULL,
  -- Space-separated concepts the sources disagree about.
  disagreements TEXT NOT NULL,
  -- Why the sources' own map point was not used, when it was not.
  location_note TEXT
) STRICT;
-- One row per facility and source: the space-separated codes that source vouches for.
CREATE TABLE facility_services (
  facility_id TEXT NOT NULL REFERENCES facilities(id),
  source TEXT NOT NULL REFERENCES sources(key),
  codes TEXT NOT NULL,
  PRIMARY KEY (facility_id, source)
) STRICT, WITHOUT ROWID;
-- Every source row merged into a facility, and what it is to it: 'address-only' rows come from another
-- organisation at the same street address and lend nothing.
CREATE TABLE facility_sources (
  facility_id TEXT NOT NULL REFERENCES facilities(id),
  source TEXT NOT NULL REFERENCES sources(key),
  source_row INTEGER NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('founding', 'match', 'duplicate', 'address-only', 'nearby')),
  PRIMARY KEY (facility_id, source, source_row)
) STRICT, WITHOUT ROWID;
CREATE TABLE rejections (
  source TEXT NOT NULL REFERENCES sources(key),
  source_row INTEGER NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (source, source_row)
) STRICT, WITHOUT ROWID;
CREATE TABLE zip_centroids (
  zip TEXT PRIMARY KEY,
  latitude REAL NOT NULL,
  longitude REAL NOT NULL,
  place TEXT NOT NULL,
  state TEXT NOT NULL,
  source TEXT NOT NULL
) STRICT, WITHOUT ROWID;
-- Every place name the locator knows: GeoNames cities, aliases, and the cities our facilities list.
-- postal_codes and facilities rank same-named places ("St. Louis" is Missouri's before Michigan's).
CREATE TABLE city_centroids (
  city_key TEXT PRIMARY KEY,
  city TEXT NOT NULL,
  state TEXT NOT NULL,
  latitude REAL NOT NULL,
  longitude REAL NOT NULL,
  source TEXT NOT NULL,
  postal_codes INTEGER NOT NULL,
  facilities INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX facilities_state ON facilities(state);
`;

export interface DirectoryDatabase {
  meta: { key: string; value: string };
  sources: {
    key: string;
    kind: 'facilities' | 'reference';
    name: string;
    publisher: string;
    year: number;
    licence: string;
    attribution: string;
    file: string;
    rows: number;
    position: number;
  };
  service_codes: { code: string; category: string; label: string; plain_label: string; confidence: string };
  facilities: {
    id: string;
    name: string;
    name2: string;
    street: string;
    street2: string;
    city: string;
    state: string;
    zip: string;
    address_source: string;
    latitude: number | null;
    longitude: number | null;
    location_source: string | null;
    location_method: 'source' | 'zip-centroid' | 'city-centroid' | 'none';
    phone: string | null;
    intake_phone: string | null;
    phone_source: string | null;
    phone_source_name: string | null;
    phone_central_intake: number;
    intake_phone_central_intake: number;
    website: string | null;
    status: 'confirmed' | 'unconfirmed';
    last_seen_year: number;
    serves_only: string;
    offers: string;
    disagreements: string;
    location_note: string | null;
  };
  facility_services: { facility_id: string; source: string; codes: string };
  facility_sources: { facility_id: string; source: string; source_row: number; role: string };
  rejections: { source: string; source_row: number; reason: string };
  zip_centroids: { zip: string; latitude: number; longitude: number; place: string; state: string; source: string };
  city_centroids: {
    city_key: string;
    city: string;
    state: string;
    latitude: number;
    longitude: number;
    source: string;
    postal_codes: number;
    facilities: number;
  };
}
