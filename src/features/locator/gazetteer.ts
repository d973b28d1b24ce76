import MiniSearch, { type Query } from 'minisearch';
import { cityKey, compactCity, properCity, simplify } from '../../domain/place-names.ts';

/**
 * Every place name the locator knows, indexed once per directory file: the GeoNames cities, our aliases
 * ("Queens", "NYC") and the cities our facilities list (see `city_centroids`). It answers three questions, all
 * in memory, on our own server:
 *
 * - `city("St. Louis", "MO")`: the place with this name in this state (names compared with `cityKey`, the same
 *   function the directory build used to key the table);
 * - `named("St. Louis")`: every state's place of that name, likeliest first (most postal codes, then most
 *   facilities), for a city typed without its state;
 * - `suggest("Baltimroe", "MD")`: near misses for a typo, from a MiniSearch index. MiniSearch keeps the names in
 *   a radix tree and walks it within a Levenshtein distance, so a lookup over ~30,000 names takes about a
 *   millisecond (p99 under 10 ms, `npm run bench -- places`), where a linear fuzzy scan (Fuse.js) took 35–220 ms. Each name is indexed twice: word by word
 *   ("saint", "louis"), so "Sant Louis" and "Prescott Vallley" find their words, and as one compact word
 *   ("stlouis"), so "Baltimroe" and "Mclaen" find the whole name. Bigger places are boosted, so a typo of
 *   "Baltimore" offers Baltimore, MD before Baltimore, OH.
 *
 * @module
 */

export interface CityRow {
  city_key: string;
  city: string;
  state: string;
  latitude: number;
  longitude: number;
  postal_codes: number;
  facilities: number;
}

export interface NamedPlace {
  latitude: number;
  longitude: number;
  state: string;
  /** As we show it and as a search link sends it back: "St. Louis, MO". */
  label: string;
  /** Postal codes plus facilities: how likely a same-named place is the one meant. */
  size: number;
}

/** The spelled-out forms for word-by-word matching, so "Sant" is one letter from "saint", not two from "st". */
const LONG_WORDS: Record<string, string> = { st: 'saint', ste: 'sainte', ft: 'fort', mt: 'mount' };
const words = (name: string) =>
  simplify(name)
    .split(' ')
    .filter(Boolean)
    .map((w) => LONG_WORDS[w] ?? w);

/** How many letters may be wrong: none in a very short word, up to 3 in a long name. */
function distance(term: string): number {
  if (term.length < 3) return 0;
  if (term.length < 6) return 1;
  if (term.length < 10) return 2;
  return 3;
}

/** A word in more place names than this ("city", "north", "saint", "lake") says little about which place is meant. */
const COMMON_WORD = 100;

const MAX_NAME = 32;
const MAX_WORDS = 6;

const bySize = (a: NamedPlace, b: NamedPlace) => b.size - a.size || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/** Drops places whose label repeats an earlier one (an alias and the city it names, say). */
export function distinct(places: NamedPlace[]): NamedPlace[] {
  const seen = new Set<string>();
  return places.filter((p) => !seen.has(p.label) && seen.add(p.label));
}

export class Gazetteer {
  private readonly places: NamedPlace[];
  private readonly byKey = new Map<string, NamedPlace>();
  private readonly byName = new Map<string, NamedPlace[]>();
  private readonly largest = new Map<string, NamedPlace>();
  /** In how many place names each (spelled-out) word appears. */
  private readonly wordCounts = new Map<string, number>();
  private readonly index: MiniSearch<{ id: number; words: string; whole: string }>;

  constructor(rows: Iterable<CityRow>) {
    this.places = [];
    const docs: { id: number; words: string; whole: string }[] = [];
    for (const r of rows) {
      const place: NamedPlace = {
        latitude: r.latitude,
        longitude: r.longitude,
        state: r.state,
        label: `${properCity(r.city)}, ${r.state}`,
        size: r.postal_codes + r.facilities,
      };
      const nameWords = words(r.city);
      for (const w of new Set(nameWords)) this.wordCounts.set(w, (this.wordCounts.get(w) ?? 0) + 1);
      docs.push({ id: this.places.length, words: nameWords.join(' '), whole: compactCity(r.city) });
      this.places.push(place);
      this.byKey.set(r.city_key, place);
      const name = r.city_key.slice(0, r.city_key.lastIndexOf('|'));
      const same = this.byName.get(name);
      if (same) same.push(place);
      else this.byName.set(name, [place]);
      const biggest = this.largest.get(r.state);
      if (!biggest || bySize(place, biggest) < 0) this.largest.set(r.state, place);
    }
    for (const list of this.byName.values()) list.sort(bySize);
    this.index = new MiniSearch({ fields: ['words', 'whole'] });
    this.index.addAll(docs);
  }

  /** The place with this name in this state ("McLean", "VA"), if we know one. */
  city(name: string, state: string): NamedPlace | undefined {
    return this.byKey.get(cityKey(name, state));
  }

  /** Every place with this name, in any state, likeliest first. */
  named(name: string): NamedPlace[] {
    return this.byName.get(compactCity(name)) ?? [];
  }

  /** The state's biggest place, to give an example of a city in it. */
  largestIn(state: string): NamedPlace | undefined {
    return this.largest.get(state);
  }

  /**
   * Places whose names are close to what was typed, likeliest first: in `state` when one was given and it has
   * any, else anywhere. With a state, a name with extra words ("Baltimore City", "North Pittsburgh") also
   * finds the place named by its distinctive word. Empty when nothing is close.
   */
  suggest(typed: string, state?: string, limit = 3): NamedPlace[] {
    const whole = compactCity(typed);
    const terms = [...new Set(words(typed))];
    // No place name is this short or this long ("Saint Mary of the Woods" is 5 words, 19 letters): nothing to suggest.
    if (whole.length < 3 || whole.length > MAX_NAME || terms.length > MAX_WORDS) return [];
    const close: Query = {
      combineWith: 'OR',
      queries: [
        { queries: [whole], fields: ['whole'], fuzzy: distance(whole) },
        { queries: [terms.join(' ')], fields: ['words'], combineWith: 'AND', fuzzy: (t: string) => distance(t) },
      ],
    };
    const distinctive = terms.filter((t) => (this.wordCounts.get(t) ?? 0) <= COMMON_WORD);
    const search = (query: Query, inState?: string) =>
      this.index.search(query, {
        ...(inState ? { filter: (r: { id: number }) => this.places[r.id]?.state === inState } : {}),
        boostDocument: (id: number) => 1 + Math.log1p(this.places[id]?.size ?? 0) / 4,
      });
    const anywhere = search(close);
    let found = state ? anywhere.filter((r) => this.places[r.id]?.state === state) : anywhere;
    if (found.length === 0 && state && distinctive.length > 0) {
      const loose = { queries: [distinctive.join(' ')], fields: ['words'], fuzzy: (t: string) => Math.min(distance(t), 2) };
      found = search(loose, state);
    }
    if (found.length === 0) found = anywhere;
    return distinct(found.map((r) => this.places[r.id] as NamedPlace)).slice(0, limit);
  }
}
