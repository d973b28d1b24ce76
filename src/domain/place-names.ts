/**
 * How place names are compared, by the directory build and by the locator alike: the build keys its city
 * table with `cityKey`, and the locator looks up what people type with the same function, so the two can
 * never disagree about what "St. Louis" or "Bayamón" means.
 *
 * @module
 */

/** Lower case, accents removed, `&` spelled out, everything but letters and digits turned into spaces. */
export function simplify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** City names compared case- and accent-insensitively, with "Saint"/"St." and "Fort"/"Ft." unified. */
export function normaliseCity(city: string): string {
  return simplify(city)
    .split(' ')
    .map((w) => (w === 'saint' ? 'st' : w === 'fort' ? 'ft' : w === 'mount' ? 'mt' : w))
    .join(' ');
}

/** The key of a (city, state) pair in the directory's city table. */
export const cityKey = (city: string, state: string): string => `${normaliseCity(city)}|${state.toUpperCase()}`;
