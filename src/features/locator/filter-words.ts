import { CONCEPTS, type Concept, FILTER_GROUPS, type FilterGroup } from '../../domain/concepts.ts';
import type { SearchQuery } from '../../domain/search-query.ts';
import { listFormat } from '../../ui/intl.ts';
import { currentLocale, intlLocale } from '../../ui/locale.ts';
import { fill, messages } from '../../ui/messages/index.ts';
import { conceptLabel } from './locator-words.ts';

/**
 * How a search's filters are said back to the person: in the results heading ("Buprenorphine · Medicaid ·
 * within 25 miles of ZIP 59101 (Billings, MT)"), on a card, and in the heading over the places whose listing
 * doesn't say ("… doesn't say whether they take Medicaid — ask").
 *
 * @module
 */

/** A concept's label without its explanation in brackets: "Methadone (opioid treatment program)" → "Methadone". */
export const shortLabel = (c: Concept): string => conceptLabel(c).replace(/\s*\([^)]*\)$/, '');

/** The chosen filter values of a search, in the order of the form. */
export function chosenConcepts(query: Pick<SearchQuery, FilterGroup>): Concept[] {
  const out: Concept[] = [];
  // Most searches choose a filter or two: the vocabulary is only looked through for a group with a value.
  for (const g of FILTER_GROUPS) {
    const values = query[g];
    if (values.length > 0) for (const c of CONCEPTS) if (c.group === g && values.includes(c.value)) out.push(c);
  }
  return out;
}

/** "Buprenorphine · Medicaid · within 25 miles of ZIP 59101 (Billings, MT)", or "Treatment within …". */
export function searchHeading(query: Pick<SearchQuery, FilterGroup | 'radius'>, placeLabel: string): string {
  const filters = chosenConcepts(query).map(shortLabel);
  const m = messages().locator.results;
  const where = fill(m.within, { miles: query.radius, place: placeLabel });
  return filters.length > 0 ? `${[...filters, where].join(' · ')}` : fill(m.treatmentWithin, { where });
}

/**
 * "a", "a or b", "a, b, or c", as Intl.ListFormat writes an English "or" list (filter-words.test.ts compares
 * them), without its cost: a results page with maybe-matches writes one or more of these.
 */
export function or(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  if (words.length === 2) return `${words[0]} or ${words[1]}`;
  return `${words.slice(0, -1).join(', ')}, or ${words[words.length - 1]}`;
}
/** "Teens" → "teens" inside a sentence, but "LGBTQ+ people" stays as it is. */
const inSentence = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label);

/** Words for the ways to pay that read well after "take". */
const PAYMENT_WORDS: Record<string, string> = {
  medicaid: 'Medicaid',
  medicare: 'Medicare',
  private: 'private insurance',
  cash: 'cash or self-pay',
  sliding: 'a sliding fee scale',
  free: 'free care',
  military: 'military insurance (TRICARE)',
};
const LANGUAGE_WORDS: Record<string, string> = {
  spanish: 'care in Spanish',
  'deaf-hard-of-hearing': 'help for Deaf and hard of hearing people',
};

/** What a listing doesn't say about one group, after "their listing doesn't say …". */
function doesntSayGroup(group: FilterGroup, concepts: Concept[]): string {
  const words = (map: Record<string, string>) => or(concepts.map((c) => map[c.value] ?? inSentence(shortLabel(c))));
  switch (group) {
    case 'care':
      return `whether they offer ${or(concepts.map((c) => inSentence(shortLabel(c))))} care`;
    case 'payment':
      return concepts.some((c) => c.value === 'sliding' || c.value === 'free')
        ? `whether they offer ${words(PAYMENT_WORDS)}`
        : `whether they take ${words(PAYMENT_WORDS)}`;
    case 'population':
      return `whether they have a program for ${words({})}`;
    case 'language':
      return `whether they offer ${words(LANGUAGE_WORDS)}`;
    default:
      return `whether they offer ${words({})}`;
  }
}

/**
 * "whether they take Medicaid", for the filter values some listings don't record (grouped, in form order):
 * the end of "These may also fit: their listing doesn't say … — ask".
 */
export function doesntSay(unknown: Concept[]): string {
  const groups = FILTER_GROUPS.filter((g) => unknown.some((c) => c.group === g));
  if (currentLocale() !== 'en') {
    // English has a phrase per kind of filter ("whether they take Medicaid"); another language names the
    // filters themselves, in form order, joined with its own "or".
    const labels = groups.flatMap((g) => unknown.filter((c) => c.group === g).map(shortLabel));
    return listFormat(intlLocale(), 'disjunction').format([...new Set(labels)]);
  }
  const parts = groups.map((g) => doesntSayGroup(g, [...new Set(unknown.filter((c) => c.group === g))]));
  return or(parts);
}
