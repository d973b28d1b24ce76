import { parseSearchQuery, type SearchQuery, searchUrl } from '../../domain/search-query.ts';
import { paths } from '../../ui/paths.ts';

/**
 * A facility page opened from a results page carries that search in its own link (`?from=near%3D59101…`), so
 * "Back to results" and the breadcrumb can return to it. Nothing is stored: the search lives in the URL, as it
 * does on the results page, and both are sent `no-store`.
 *
 * The `from` value is never echoed or followed as it is: it must parse as a search of ours, and the link back
 * is rebuilt from the parsed search, so it can only ever lead to our own results page.
 *
 * @module
 */

/** The query string of a search, as the results page's own URL has it ("near=59101&medication=…"). */
export const searchQueryString = (query: SearchQuery): string => searchUrl('', query).replace(/^\?/, '');

/** The query string a facility's link from a results page ends in: the search, as `from`. */
export const fromSearch = (search: string): string => (search ? `?from=${encodeURIComponent(search)}` : '');

/** A facility's link from a results page: it carries the search. */
export const facilityHref = (id: string, search: string): string => `${paths.facility(id)}${fromSearch(search)}`;

/** The search a facility page was opened from, when `from` is a search we can run; otherwise undefined. */
export function searchFrom(from: string | undefined): (SearchQuery & { near: string }) | undefined {
  if (!from || from.length > 2000) return undefined;
  const parsed = parseSearchQuery(new URLSearchParams(from));
  if (!parsed.ok || !parsed.query.near) return undefined;
  return { ...parsed.query, near: parsed.query.near };
}

/** The results page a search leads to. */
export const resultsHref = (query: SearchQuery): string => searchUrl(paths.find(), query);
