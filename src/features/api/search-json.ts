import type { Deps } from '../../deps.ts';
import { CONCEPTS, conceptKey } from '../../domain/concepts.ts';
import { ByteSlab } from '../../lib/byte-slab.ts';
import { safeJsonString, safeJsonText } from '../../lib/json.ts';
import { apiFacilityJsonHeads, toApiFacility } from './facility.mapper.ts';

/**
 * A search's JSON response, written per request from parts built once: the facilities' JSON (see
 * apiFacilityJsonHeads) and each filter's key, with only the search's own fields (where, how far, what
 * matched) written for each response. The same bytes as stringifying the whole response (a test compares).
 *
 * @module
 */

type SearchResult = Awaited<ReturnType<Deps['locator']['search']>>;

/** What a search response says before its facilities, in this order. */
export const searchMeta = (result: SearchResult) => ({
  origin: {
    latitude: result.origin.latitude,
    longitude: result.origin.longitude,
    label: result.origin.label,
    alternatives: result.origin.alternatives ?? [],
  },
  radius_miles: result.radiusMiles,
  total: result.total,
  total_matched: result.matched,
  page: result.page,
  per_page: result.perPage,
});

/**
 * `safeJsonText(searchMeta(result))` without its closing brace, written by hand (done for every search; the
 * test compares the two). `String` writes a finite number as `JSON.stringify` does.
 */
function searchMetaJson(result: SearchResult): string {
  const { origin } = result;
  const alternatives = origin.alternatives === undefined ? '[]' : safeJsonText(origin.alternatives);
  return `{"origin":{"latitude":${String(origin.latitude)},"longitude":${String(origin.longitude)},"label":${safeJsonString(origin.label)},"alternatives":${alternatives}},"radius_miles":${String(result.radiusMiles)},"total":${String(result.total)},"total_matched":${String(result.matched)},"page":${String(result.page)},"per_page":${String(result.perPage)}`;
}

type SearchHit = SearchResult['results'][number];

/** What a search adds to each facility, in this order after its own fields. */
const searchFields = (r: SearchHit) => ({
  distance_miles: Math.round(r.miles * 100) / 100,
  match: r.unknown.length === 0 ? ('yes' as const) : ('maybe' as const),
  matched_filters: r.matched.map(conceptKey),
  unknown_filters: r.unknown.map(conceptKey),
});

/** Each filter's key as JSON text, written once (there are a few dozen); all of it ASCII (checked here). */
const CONCEPT_JSON = new Map(CONCEPTS.map((c) => [c, safeJsonText(conceptKey(c))]));
for (const text of CONCEPT_JSON.values()) if (!/^[\x20-\x7e]*$/.test(text)) throw new Error(`${text} is not ASCII`);
/** The same as bytes, to copy into a response. */
const CONCEPT_BYTES = new Map([...CONCEPT_JSON].map(([c, text]) => [c, Buffer.from(text, 'latin1')]));

/** The longest a hit's own fields can be: every filter's key in both lists, and a long number. ASCII. */
const MAX_FIELDS_BYTES = 120 + 2 * [...CONCEPT_JSON.values()].reduce((n, text) => n + text.length + 1, 0);

const ascii = (text: string) => Buffer.from(text, 'latin1');
const DISTANCE = ascii('"distance_miles":');
const MATCH_YES = ascii(',"match":"yes","matched_filters":[');
const MATCH_MAYBE = ascii(',"match":"maybe","matched_filters":[');
const UNKNOWN = ascii('],"unknown_filters":[');
const FIELDS_END = ascii(']}');

/** Copies short bytes (a few dozen) with a loop: cheaper than a call into `set` for so few. */
function put(out: Buffer, bytes: Uint8Array, at: number): number {
  const n = bytes.length;
  for (let i = 0; i < n; i++) out[at + i] = bytes[i] as number;
  return at + n;
}

/**
 * Writes a whole number of hundredths (from 0) as `String(hundredths / 100)` does, returns where it ends: the
 * whole part, then a point and one or two decimals when they are not zero (a test compares the two).
 */
export function putHundredths(out: Buffer, hundredths: number, at: number): number {
  let whole = Math.floor(hundredths / 100);
  const cents = hundredths - whole * 100;
  let digits = 1;
  for (let rest = whole; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  for (let i = digits - 1; i >= 0; i--) {
    const next = Math.floor(whole / 10);
    out[at + i] = 0x30 + whole - next * 10;
    whole = next;
  }
  let end = at + digits;
  if (cents !== 0) {
    const tens = Math.floor(cents / 10);
    out[end++] = 0x2e; // .
    out[end++] = 0x30 + tens;
    if (cents !== tens * 10) out[end++] = 0x30 + cents - tens * 10;
  }
  return end;
}

/** Filters' keys as a JSON list's items. */
function putConcepts(out: Buffer, concepts: SearchHit['matched'], at: number): number {
  for (let k = 0; k < concepts.length; k++) {
    const c = concepts[k] as SearchHit['matched'][number];
    if (k > 0) out[at++] = 0x2c; // ,
    const bytes = CONCEPT_BYTES.get(c);
    at = bytes !== undefined ? put(out, bytes, at) : at + out.write(safeJsonText(conceptKey(c)), at, 'utf8');
  }
  return at;
}

/**
 * `safeJsonText(searchFields(r))` without its opening brace, written straight into `out` at `at` (it is done
 * for every hit: made as a string and then written, it cost as much as the rest of the response). ASCII.
 */
function putSearchFields(out: Buffer, r: SearchHit, at: number): number {
  at = put(out, DISTANCE, at);
  at = putHundredths(out, Math.round(r.miles * 100), at);
  at = put(out, r.unknown.length === 0 ? MATCH_YES : MATCH_MAYBE, at);
  at = putConcepts(out, r.matched, at);
  at = put(out, UNKNOWN, at);
  at = putConcepts(out, r.unknown, at);
  return put(out, FIELDS_END, at);
}

/** A search's facilities as objects (for GeoJSON and CSV). */
export const searchFacilityObjects = (hits: SearchHit[], publicUrl: string) =>
  hits.map((r) => ({ ...toApiFacility(r.facility, publicUrl), ...searchFields(r) }));

/** Where search responses are written: one large buffer carved into responses (see ByteSlab). */
const slab = new ByteSlab(256 * 1024);

/**
 * The JSON search response as UTF-8 bytes: the same bytes as `safeJsonText({ ...searchMeta(result),
 * facilities })` encoded, but each facility's part is built and encoded once per directory load
 * (apiFacilityJsonHeads) and only the search's own fields are written per request, straight into a slab.
 */
export function searchJsonBytes(result: SearchResult, publicUrl: string): Buffer {
  const head = `${searchMetaJson(result)},"facilities":[`;
  const jsonHead = apiFacilityJsonHeads(publicUrl);
  const hits = result.results;
  const facilities: Buffer[] = new Array(hits.length);
  let most = Buffer.byteLength(head) + hits.length * (MAX_FIELDS_BYTES + 1) + 2;
  for (let k = 0; k < hits.length; k++) {
    const bytes = jsonHead((hits[k] as SearchHit).facility);
    facilities[k] = bytes;
    most += bytes.length;
  }
  const out = slab.take(most);
  let at = out.write(head, 0, 'utf8');
  for (let k = 0; k < hits.length; k++) {
    if (k > 0) out[at++] = 0x2c; // ,
    const bytes = facilities[k] as Buffer;
    out.set(bytes, at);
    at += bytes.length;
    at = putSearchFields(out, hits[k] as SearchHit, at);
  }
  out[at++] = 0x5d; // ]
  out[at++] = 0x7d; // }
  return slab.keep(at);
}
