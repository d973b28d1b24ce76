/**
 * The locator's vocabulary in the page's language: concepts, filter groups, who a place serves only, and the
 * directory's service codes and categories. English comes from src/domain (concepts.ts, serves-only.ts and the
 * legend's plain labels); Spanish from concepts.es.ts and legend.es.ts.
 */

import { CONCEPT_LABELS_ES, GROUP_LABELS_ES, SERVES_ONLY_LABELS_ES } from '../../domain/concepts.es.ts';
import type { Concept, FilterGroup } from '../../domain/concepts.ts';
import { conceptByKey, conceptKey, GROUP_LABELS } from '../../domain/concepts.ts';
import { CATEGORY_HEADINGS_ES, LEGEND_LABELS_ES } from '../../domain/legend.es.ts';
import { SERVES_ONLY_LABELS, type ServesOnly } from '../../domain/serves-only.ts';
import { currentLocale } from '../../ui/locale.ts';

const spanish = () => currentLocale() === 'es';

export const conceptLabel = (c: Concept): string => (spanish() ? CONCEPT_LABELS_ES[conceptKey(c)]?.label : undefined) ?? c.label;

/** A concept's label from its key ("care:detox"), in the page's language; the key itself if it is not a concept. */
export const conceptLabelOfKey = (key: string): string => {
  const c = conceptByKey(key);
  return c ? conceptLabel(c) : key;
};

export const conceptHint = (c: Concept): string => (spanish() ? CONCEPT_LABELS_ES[conceptKey(c)]?.hint : undefined) ?? c.hint;

export const groupLabel = (group: FilterGroup) => (spanish() ? GROUP_LABELS_ES : GROUP_LABELS)[group];

export const servesOnlyLabel = (s: ServesOnly) => (spanish() ? SERVES_ONLY_LABELS_ES : SERVES_ONLY_LABELS)[s];

/**
 * A service code's words: Spanish on a Spanish page when we have them; otherwise the legend's English words,
 * with `lang: 'en'` so the page can mark them for screen readers.
 */
export function serviceLabel(code: string, english: string): { text: string; lang?: 'en' } {
  if (!spanish()) return { text: english };
  const es = LEGEND_LABELS_ES[code];
  return es ? { text: es } : { text: english, lang: 'en' };
}

/** A legend category's heading in Spanish, if there is one. */
export const categoryHeadingEs = (category: string): string | undefined => CATEGORY_HEADINGS_ES[category];

/**
 * The search's error messages in Spanish. The search and the place finder answer in English (the JSON API's
 * language); a Spanish page recognises each message they can give and says it in Spanish, with the same parts
 * (the place typed, the ZIP code, the state). A message not listed here stays English.
 */
const ERRORS_ES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Enter a 5-digit ZIP code, or a city and state like “Dayton, OH”\.$/, () => NEAR_HINT_ES],
  [
    /^We couldn’t find the ZIP code (\d+)\. Check it, or try a nearby ZIP code or your city and state\.$/,
    (m) => `No encontramos el código postal ${m[1]}. Revíselo, o pruebe un código postal cercano o su ciudad y estado.`,
  ],
  [/^A ZIP code has 5 digits, like 21201\.$/, () => 'Un código postal tiene 5 dígitos, como 21201.'],
  [
    /^Those map coordinates are not on Earth\. Try a ZIP code instead\.$/,
    () => 'Esas coordenadas no están en la Tierra. Pruebe con un código postal.',
  ],
  [
    /^(.+) is a state\. Enter a ZIP code, or a city and state(?: like “(.+)”)?\.$/,
    (m) => `${m[1]} es un estado. Escriba un código postal, o una ciudad y un estado${m[2] ? `, como «${m[2]}»` : ''}.`,
  ],
  [
    /^We couldn’t find “(.+)” in (.+)\. Check the spelling, or try a ZIP code\.$/s,
    (m) => `No encontramos «${m[1]}» en ${m[2]}. Revise cómo está escrito, o pruebe con un código postal.`,
  ],
  [
    /^We couldn’t find a place called “(.+)”\. Check the spelling, or add the state\.$/s,
    (m) => `No encontramos un lugar llamado «${m[1]}». Revise cómo está escrito, o agregue el estado.`,
  ],
  [/^We couldn’t understand that place\./, () => `No entendimos ese lugar. ${NEAR_HINT_ES}`],
  [
    /^That place is too long\. Enter a ZIP code or a city and state\.$/,
    () => 'Ese lugar es demasiado largo. Escriba un código postal, o una ciudad y un estado.',
  ],
  [/^Choose a distance of (.+) miles\.$/, (m) => `Elija una distancia de ${m[1]} millas.`],
  [/^There is only 1 page of results for this search\.$/, () => 'Esta búsqueda tiene solo 1 página de resultados.'],
  [/^There are only (\d+) pages of results for this search\.$/, (m) => `Esta búsqueda tiene solo ${m[1]} páginas de resultados.`],
  [/^The page must be/, () => 'La página tiene que ser un número entero, 1 o más.'],
  [/^That page is too far\.$/, () => 'Esa página está demasiado lejos.'],
  [
    /^“(.*)” is not a (\w+) filter we know\. Use one of: (.+)\.$/s,
    (m) => `«${m[1]}» no es un filtro de ${m[2]} que conozcamos. Use uno de estos: ${m[3]}.`,
  ],
  [/^You can include “unconfirmed” or “custody”\.$/, () => 'Puede incluir «unconfirmed» o «custody».'],
  [/^Include each of “unconfirmed” and “custody” once\.$/, () => 'Incluya «unconfirmed» y «custody» solo una vez cada uno.'],
];

const NEAR_HINT_ES = 'Escriba un código postal de 5 dígitos, o una ciudad y un estado, como «Dayton, OH».';

/** A search error in the page's language. */
export function searchError(message: string): string {
  if (!spanish()) return message;
  for (const [pattern, say] of ERRORS_ES) {
    const m = pattern.exec(message);
    if (m) return say(m);
  }
  return message;
}

/** Every field's error in the page's language. */
export const searchErrors = (fields: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(fields).map(([field, text]) => [field, searchError(text)]));
