/**
 * Normalisers for facility names, street addresses, cities and phone numbers. They exist to decide whether
 * two rows from different sources are the same real place, so they throw away everything that differs
 * between sources but not between places: case, accents, punctuation, spelled-out street suffixes and
 * directions, and suite or floor numbers.
 *
 * @module
 */

import { normaliseCity, simplify } from '../domain/place-names.ts';

export { normaliseCity, simplify };

/** USPS Publication 28 street suffixes and common words, mapped to one spelling. */
const WORD_ABBREVIATIONS: Record<string, string> = {
  alley: 'aly',
  annex: 'anx',
  avenue: 'ave',
  av: 'ave',
  aven: 'ave',
  avenu: 'ave',
  avn: 'ave',
  boulevard: 'blvd',
  boul: 'blvd',
  blv: 'blvd',
  branch: 'br',
  bridge: 'brg',
  bypass: 'byp',
  causeway: 'cswy',
  center: 'ctr',
  centre: 'ctr',
  cntr: 'ctr',
  circle: 'cir',
  circ: 'cir',
  court: 'ct',
  cove: 'cv',
  crossing: 'xing',
  drive: 'dr',
  drv: 'dr',
  expressway: 'expy',
  extension: 'ext',
  freeway: 'fwy',
  heights: 'hts',
  highway: 'hwy',
  hiway: 'hwy',
  hway: 'hwy',
  junction: 'jct',
  lane: 'ln',
  loop: 'loop',
  mount: 'mt',
  mountain: 'mtn',
  parkway: 'pkwy',
  parkwy: 'pkwy',
  pky: 'pkwy',
  place: 'pl',
  plaza: 'plz',
  point: 'pt',
  road: 'rd',
  route: 'rte',
  rt: 'rte',
  square: 'sq',
  street: 'st',
  str: 'st',
  strt: 'st',
  saint: 'st',
  terrace: 'ter',
  trail: 'trl',
  turnpike: 'tpke',
  way: 'way',
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
  northeast: 'ne',
  northwest: 'nw',
  southeast: 'se',
  southwest: 'sw',
  first: '1st',
  second: '2nd',
  third: '3rd',
  fourth: '4th',
  fifth: '5th',
  sixth: '6th',
  seventh: '7th',
  eighth: '8th',
  ninth: '9th',
  tenth: '10th',
  county: 'co',
  cnty: 'co',
  state: 'state',
  fort: 'ft',
  post: 'po',
  office: 'office',
  box: 'box',
};

/** Words that start a unit designator: everything from here to the end of the line is suite/floor noise. */
const UNIT_WORDS = new Set([
  'suite',
  'suites',
  'ste',
  'su',
  'unit',
  'apt',
  'apartment',
  'room',
  'rm',
  'floor',
  'fl',
  'flr',
  'bldg',
  'building',
  'bld',
  'dept',
  'department',
  'office',
  'ofc',
  'lot',
  'space',
  'spc',
  'wing',
  'level',
  'lvl',
  'box',
]);

/** Street types after which only a direction can still belong to the street ("Main St NW"). */
const STREET_TYPES = new Set([
  'st',
  'ave',
  'rd',
  'blvd',
  'dr',
  'ln',
  'ct',
  'cir',
  'pkwy',
  'pl',
  'ter',
  'trl',
  'way',
  'sq',
  'plz',
  'cv',
  'loop',
  'xing',
  'aly',
  'expy',
  'fwy',
]);
const DIRECTION_WORDS = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw']);

/** "Main Street Midtown Building" -> "Main Street": a building or place name after the street type is noise. */
function dropAfterStreetType(words: string[]): string[] {
  // Start at the third word so "222 St John St" is not cut at the "St" that means Saint.
  for (let i = 2; i < words.length; i++) {
    if (!STREET_TYPES.has(words[i] as string)) continue;
    const next = words[i + 1];
    return words.slice(0, next !== undefined && DIRECTION_WORDS.has(next) ? i + 2 : i + 1);
  }
  return words;
}

/** "#204", "2nd floor", "Suite 100": the unit part of an address line, removed. */
function dropUnit(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    // "2nd floor" / "3rd fl": an ordinal followed by a floor word ends the street part.
    const next = words[i + 1];
    if (/^\d+(st|nd|rd|th)$/.test(w) && next !== undefined && /^(floor|fl|flr|level)$/.test(next) && out.length > 1) break;
    if (w.startsWith('#') && out.length > 1) break;
    // Keep "po box 12": a PO box is the address itself, not noise on it.
    if (UNIT_WORDS.has(w) && out.length > 1 && !(w === 'box' && out[out.length - 1] === 'po')) break;
    out.push(w.replace(/#/g, ''));
  }
  return out.filter(Boolean);
}

/** The same street and name strings come up again and again across sources; normalise each one once. */
function memo(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let out = cache.get(s);
    if (out === undefined) {
      out = fn(s);
      if (cache.size > 200_000) cache.clear();
      cache.set(s, out);
    }
    return out;
  };
}

/** Normalises one street line: "1601 West 4th Street, Suite 2" becomes "1601 w 4th st". */
export const normaliseStreet = memo(normaliseStreetUncached);

function normaliseStreetUncached(street: string): string {
  // "(US Hwy 76)" is a note about the street, not part of it.
  const simple = simplify(street.replace(/\([^)]*\)/g, ' '))
    // "p o box" and "p.o. box" both become "po box"
    .replace(/\bp o\b/g, 'po')
    .replace(/\bpost office box\b/g, 'po box');
  const words = simple
    .split(' ')
    .filter(Boolean)
    .map((w) => WORD_ABBREVIATIONS[w] ?? w);
  const normalised = dropAfterStreetType(dropUnit(words))
    .join(' ')
    // "North East Avenue" is "NE Avenue"
    .replace(/\b([ns]) ([ew])\b/g, '$1$2');
  return directionFirst(federalHighway(normalised));
}

/**
 * "U.S. Highway 83", "US Hwy 83", "US Route 83", "U.S. 83" and "United States Highway 83" are all printed for
 * the road another list calls "Highway 83": one spelling, "hwy 83".
 */
function federalHighway(street: string): string {
  return street
    .replace(/\bunited states\b/g, 'us')
    .replace(/\bu s\b/g, 'us')
    .replace(/\bus (?:hwy |rte |route )?(\d)/g, 'hwy $1')
    .replace(/\bus (hwy|rte)\b/g, '$1');
}

/**
 * A direction written after the street name ("1713 Hamric Drive East", "750 Highway 31 South") moves to the
 * front ("1713 e hamric dr"), as other lists print it. A street whose whole name is one word and a direction
 * ("12 Avenue N") keeps it, so it never becomes "North Avenue".
 */
function directionFirst(street: string): string {
  const words = street.split(' ');
  const last = words[words.length - 1] as string;
  if (words.length < 4 || !DIRECTION_WORDS.has(last) || !/^\d/.test(words[0] as string)) return street;
  if (DIRECTION_WORDS.has(words[1] as string)) return street;
  return [words[0], last, ...words.slice(1, -1)].join(' ');
}

const NO_UNITS: ReadonlyMap<string, string> = new Map();
const UNIT_ID = '(?:[a-z]?\\d+[a-z]?(?:-[a-z0-9]+)?|[a-z](?:-?\\d+)?)';
/** "Suite 110", "#110", "Unit 110" are one kind of unit; a floor and a building are two others. */
const UNIT_PATTERNS: [kind: string, pattern: RegExp][] = [
  [
    'unit',
    new RegExp(
      `\\b(?:suites?|ste|units?|apt|apartment|rooms?|rm|space|spc)\\s*#?\\s*(${UNIT_ID}(?:\\s*(?:,|&|and)\\s*${UNIT_ID})*)\\b`,
    ),
  ],
  ['unit', new RegExp(`#\\s*(${UNIT_ID})\\b`)],
  ['floor', /\b(\d+)(?:st|nd|rd|th)\s+(?:floor|fl|flr)\b/],
  ['floor', /\b(?:floor|fl|flr)\s+(\d+)\b/],
  ['building', /\b(?:building|bldg|bld)\s+#?\s*([a-z]?\d+[a-z]?|[a-z])\b/],
];

/**
 * The explicit units an address names: "8930 Stanford Boulevard, Suite M-100" -> unit m100. A list of units
 * ("Suites 1, 12A, 12B & 14") keeps every one, separated by "|". Two rows at one street address with
 * different units of the same kind ("Suite 160" and "Suite 110") are usually two offices.
 */
export function explicitUnits(street1: string, street2 = ''): ReadonlyMap<string, string> {
  const text = `${street1} ${street2}`.toLowerCase().replace(/[.()]/g, ' ').replace(/\s+/g, ' ');
  if (!/\b(?:suites?|ste|units?|apt|apartment|rooms?|rm|space|spc|floor|fl|flr|building|bldg|bld)\b|#/.test(text))
    return NO_UNITS;
  const units = new Map<string, string>();
  for (const [kind, pattern] of UNIT_PATTERNS) {
    if (units.has(kind)) continue;
    const m = text.match(pattern);
    if (!m?.[1]) continue;
    // "Suite 1-A" and "Suite 1A" name the same unit.
    const ids = m[1].split(/\s*(?:,|&|\band\b)\s*/).map((id) => id.replace(/-/g, '').trim());
    units.set(kind, [...new Set(ids.filter(Boolean))].sort().join('|'));
  }
  return units;
}

/**
 * Do two addresses name different units of the same kind (suite 160 and suite 110, floor 2 and floor 8)?
 * Lists of units differ only when they have no unit in common ("Suites 7 and 8" and "Suite 8" agree).
 */
export function unitsDiffer(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  for (const [kind, value] of a) {
    const other = b.get(kind);
    if (other === undefined) continue;
    const mine = new Set(value.split('|'));
    if (!other.split('|').some((id) => mine.has(id))) return true;
  }
  return false;
}

/**
 * Picks the line that holds the street address. Some sources put a building name in the first line and the
 * street in the second ("Building 5" / "123 Main Street"); the line that starts with a house number wins.
 */
export function streetLine(street1: string, street2 = ''): string {
  const startsWithNumber = (s: string) => /^\s*\d/.test(s);
  if (!startsWithNumber(street1) && startsWithNumber(street2)) return street2;
  return street1;
}

/**
 * The address identity of a row: five-digit ZIP plus normalised street. Some listings have no street at
 * all (the directories leave out confidential addresses, such as women's shelters); for those the name
 * stands in, so two different unlisted-address places in one ZIP are never merged by accident.
 */
export function addressKey(zip: string, street1: string, street2: string, name: string): string {
  const street = normaliseStreet(streetLine(street1, street2));
  return street ? `${zip.slice(0, 5)}|${street}` : `${zip.slice(0, 5)}|name:${normaliseName(name)}`;
}

/** Words too common in facility names to tell two of them apart. */
const NAME_STOPWORDS = new Set([
  'inc',
  'llc',
  'the',
  'of',
  'and',
  'a',
  'an',
  'at',
  'for',
  'dba',
  'co',
  'corp',
  'pc',
  'pllc',
  'ltd',
  'lp',
]);

/** Normalises a facility name for comparison: "The Recovery Center, Inc." becomes "recovery ctr". */
export const normaliseName = memo(normaliseNameUncached);

function normaliseNameUncached(name: string): string {
  return simplify(name)
    .replace(/#/g, ' ')
    .split(' ')
    .filter((w) => w && !NAME_STOPWORDS.has(w))
    .map((w) => WORD_ABBREVIATIONS[w] ?? w)
    .join(' ');
}

/** Moved to src/domain/phone.ts: the site normalises what editors and visitors type the same way. */
export { normalisePhone } from '../domain/phone.ts';

/** A ZIP code as five digits, zero-padded; undefined when it is not a ZIP at all. */
export function normaliseZip(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const digits = raw.trim().match(/^(\d{3,5})(?:-?\d{4})?$/);
  if (!digits) return undefined;
  return (digits[1] as string).padStart(5, '0');
}
