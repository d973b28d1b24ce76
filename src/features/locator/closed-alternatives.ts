import { conceptByKey } from '../../domain/concepts.ts';
import type { Facility } from '../../domain/facility.ts';
import { searchFrom } from '../../domain/search-query.ts';
import type { LocatorService, SearchResult } from './locator.service.ts';

const RADII_TRIED = [25, 50, 100] as const;
const WANTED = 5;

/**
 * The nearest open places that offer what a closed place offered: the same kind of care and the same
 * medications (any of each, as the search filters mean it). The search widens from 25 to 100 miles until it
 * finds a few; if none offer all of that, it asks for the medications alone, then for any place at all.
 */
export async function closedAlternatives(locator: LocatorService, closed: Facility): Promise<SearchResult['results']> {
  if (closed.latitude === null || closed.longitude === null) return [];
  const values = (group: 'care' | 'medication') =>
    closed.offers.flatMap((k) => {
      const c = conceptByKey(k);
      return c && c.group === group ? [c.value] : [];
    });
  const tries = [
    { care: values('care'), medication: values('medication') },
    { care: [], medication: values('medication') },
    { care: [], medication: [] },
  ];
  const seen = new Set<string>();
  for (const filters of tries) {
    if (seen.has(JSON.stringify(filters))) continue;
    seen.add(JSON.stringify(filters));
    for (const radius of RADII_TRIED) {
      const near = `${closed.latitude.toFixed(5)},${closed.longitude.toFixed(5)}`;
      const found = await locator.search(searchFrom(near, { radius, ...filters, per_page: WANTED }));
      if (found.results.length >= Math.min(3, WANTED) || (radius === 100 && found.results.length > 0)) {
        return found.results.filter((r) => r.facility.id !== closed.id);
      }
    }
  }
  return [];
}
