/**
 * How place names are compared and shown, by the directory build and by the locator alike: the build keys its
 * city table with `cityKey`, and the locator looks up what people type with the same function, so the two can
 * never disagree about what "St. Louis", "McLean" or "Bayamón" means.
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

/** Words that name the same thing spelled out or shortened; the short form is the one compared. */
const SHORT_WORDS: Record<string, string> = { saint: 'st', sainte: 'ste', fort: 'ft', mount: 'mt' };

/** City names compared case- and accent-insensitively, with "Saint"/"St.", "Sainte"/"Ste.", "Fort"/"Ft." unified. */
export function normaliseCity(city: string): string {
  return simplify(city)
    .split(' ')
    .map((w) => SHORT_WORDS[w] ?? w)
    .join(' ');
}

/**
 * A city name with the spaces taken out as well. The USPS list that GeoNames follows writes "Mc Lean",
 * "O Fallon" and "Coeur d Alene" where people (and SAMHSA) write "McLean", "O'Fallon" and "Coeur d'Alene";
 * and "Brook Park" and "Brookpark" are the same town. No two places in one state differ only by a space
 * (checked against the whole GeoNames list), so dropping them loses nothing.
 */
export const compactCity = (city: string): string => normaliseCity(city).replace(/ /g, '');

/** The key of a (city, state) pair in the directory's city table. */
export const cityKey = (city: string, state: string): string => `${compactCity(city)}|${state.toUpperCase()}`;

/** Joining words that stay lower case inside a name ("City of Industry", "Lake in the Hills"). */
const LOWER_INSIDE = new Set(['of', 'the', 'and', 'by', 'in', 'on']);
/** Military and other initials that stay upper case ("Luke AFB", "JBER"). */
const INITIALS = new Set(['afb', 'jber', 'jbphh', 'jbsa', 'nas', 'usaf', 'dc']);

const capitalise = (word: string) =>
  word.toLowerCase().replace(/(^|[-'’.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/**
 * A place name as people write it, for labels: "Mc Lean" → "McLean", "MCALLEN" → "McAllen", "O Fallon" →
 * "O'Fallon", "Saint Louis" → "St. Louis", "City Of Industry" → "City of Industry". Words already in mixed
 * case ("DeKalb", "LaGrange") are kept as written.
 */
export function properCity(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = words[i] as string;
    const lower = raw.toLowerCase();
    const next = words[i + 1];
    // USPS writes "Mc Lean" and "O Fallon" as two words.
    if ((lower === 'mc' || lower === 'o' || lower === 'd') && next && /^\p{L}/u.test(next)) {
      words[i + 1] = lower === 'mc' ? `Mc${capitalise(next)}` : `${lower.toUpperCase()}'${capitalise(next)}`;
      continue;
    }
    let word: string;
    if (lower === 'saint' || lower === 'st' || lower === 'st.') word = 'St.';
    else if (lower === 'sainte' || lower === 'ste' || lower === 'ste.') word = 'Ste.';
    else if (INITIALS.has(lower)) word = raw.toUpperCase();
    else if (out.length > 0 && LOWER_INSIDE.has(lower)) word = lower;
    else if (raw === lower || raw === raw.toUpperCase()) word = capitalise(raw);
    else word = raw;
    out.push(word.replace(/^Mc(\p{Ll})/u, (_, letter: string) => `Mc${letter.toUpperCase()}`));
  }
  return out.join(' ');
}
