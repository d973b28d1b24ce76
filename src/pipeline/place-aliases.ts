/**
 * Names people use for a place that the USPS place list (and so GeoNames) spells another way or lacks. Each
 * alias becomes a row of the directory's city table, so the locator finds it like any other city, with or
 * without its state. Keep this list short: spelling, "Saint"/"St.", "Mc"/"Mc ", "O'" and accents are handled
 * by `cityKey` in src/domain/place-names.ts, typos by the locator's suggestions, and places GeoNames lacks but
 * our facilities list by `addFacilityCityCentroids`. An alias belongs here only when none of those can work.
 *
 * An alias points either at a GeoNames city (`sameAs`), whose point and size it takes, or at a county
 * (`county`), whose point is the average of that county's postal codes.
 *
 * @module
 */
export interface PlaceAlias {
  /** What people type. */
  name: string;
  state: string;
  /** What we echo back ("Queens, NY"); the alias itself when unset. */
  label?: string;
  sameAs?: string;
  county?: string;
  /** Why it is here. */
  why: string;
}

export const PLACE_ALIASES: readonly PlaceAlias[] = [
  {
    name: 'Queens',
    state: 'NY',
    county: 'Queens',
    why: 'A New York City borough. USPS names its ZIP codes after neighbourhoods (Jamaica, Flushing, Astoria…).',
  },
  {
    name: 'Manhattan',
    state: 'NY',
    sameAs: 'New York',
    why: 'A New York City borough. USPS calls it New York.',
  },
  { name: 'The Bronx', state: 'NY', sameAs: 'Bronx', why: 'How people usually say the borough USPS calls Bronx.' },
  { name: 'New York City', state: 'NY', label: 'New York', sameAs: 'New York', why: 'The city’s full name.' },
  { name: 'NYC', state: 'NY', label: 'New York', sameAs: 'New York', why: 'Common short name.' },
  { name: 'Philly', state: 'PA', label: 'Philadelphia', sameAs: 'Philadelphia', why: 'Common short name.' },
  { name: 'Vegas', state: 'NV', label: 'Las Vegas', sameAs: 'Las Vegas', why: 'Common short name.' },
  { name: 'NOLA', state: 'LA', label: 'New Orleans', sameAs: 'New Orleans', why: 'Common short name.' },
  {
    name: 'DC',
    state: 'DC',
    label: 'Washington',
    sameAs: 'Washington',
    why: 'The District is one city; people often type just "DC".',
  },
];
