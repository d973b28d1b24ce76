import { conceptValues, FILTER_GROUPS } from '../src/domain/concepts.ts';
import { RADII, type SearchQuery, searchFrom } from '../src/domain/search-query.ts';

import { seededRandom as random } from '../test/support/random.ts';

export { random };

/**
 * A mixed set of searches: ZIP codes from across the country (every n-th ZIP, so all regions appear), all five
 * radii, and no filter, one filter, or two or three filters from different groups.
 */
export function mixedQueries(zips: string[], count: number, seed = 1): (SearchQuery & { near: string })[] {
  const r = random(seed);
  const sorted = [...zips].sort();
  const step = Math.floor(sorted.length / count);
  return Array.from({ length: count }, (_, i) => {
    const q = searchFrom(sorted[i * step] as string, {
      radius: RADII[i % RADII.length] as number,
      include: r() < 0.2 ? ['unconfirmed'] : [],
      per_page: 20,
    });
    const filters = Math.floor(r() * 4);
    const groups = [...FILTER_GROUPS].sort(() => r() - 0.5).slice(0, filters);
    for (const g of groups) {
      const values = conceptValues(g);
      q[g] = [values[Math.floor(r() * values.length)] as string];
    }
    return q;
  });
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/**
 * Each query's search time in milliseconds, sorted: one untimed pass first (to warm the JIT and any cache),
 * then `rounds` timed passes over all of them, one search at a time.
 */
export async function timeSearches<Q>(
  search: (q: Q) => Promise<unknown>,
  queries: readonly Q[],
  rounds: number,
): Promise<number[]> {
  for (const q of queries) await search(q);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      const started = performance.now();
      await search(q);
      times.push(performance.now() - started);
    }
  }
  return times.sort((a, b) => a - b);
}
