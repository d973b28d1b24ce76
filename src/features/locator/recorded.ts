import { CONCEPTS, type Concept, type FilterGroup } from '../../domain/concepts.ts';
import type { Facility } from '../../domain/facility.ts';
import type { LegendRow } from './locator.repository.ts';

/**
 * What a listing records. A filter must not treat "the listing doesn't say" as "no": half of the places in
 * the directory come only from lists that print no service codes, and the 2015 directory has no therapy
 * approaches. So for every place and every filter concept we decide whether its listing records the answer
 * at all; a search shows places that don't record it after the ones that match ("these may also fit").
 *
 * How each filter group is decided (the rule is data, below, so the search, the API and the tests share it):
 *
 * - `listed` (population, language, approach): recorded when one of the lists the place's facts come from
 *   speaks about that concept anywhere in the directory. A national directory lists each place's programs
 *   and languages, so leaving one out is a "no"; a list that never prints the concept (the 2015 directory has
 *   no therapy approaches and no young-adult programs, the medication lists print only medications) says
 *   nothing about it.
 * - `answered` (care, payment): as `listed`, and the place must also have an answer in that part of the
 *   legend. Every place offers some kind of care and takes some kind of payment (or none: "free"), so a
 *   listing with no code there at all did not record the question.
 * - `always` (medication): decided by the build for every place. The 2020 medication list is SAMHSA's own
 *   list of every locator site with buprenorphine, methadone or injectable naltrexone, and methadone is only
 *   given at the certified programs the OTP directory lists; a place that neither lists is a "no" as of those
 *   lists. (Of the 4,046 places in the 2021 locator and an older directory but not in the 2020 medication
 *   list, 9% listed buprenorphine in 2015 or 2017.) A "maybe" group here would mostly send people to places
 *   that don't offer the medicine they need.
 *
 * @module
 */

export type RecordedRule = 'listed' | 'answered' | 'always';

export const RECORDED_RULES: Record<FilterGroup, RecordedRule> = {
  care: 'answered',
  medication: 'always',
  payment: 'answered',
  population: 'listed',
  language: 'listed',
  approach: 'listed',
};

/**
 * Learns, from the whole directory, which lists speak about which concepts and which legend categories hold
 * each group's answers, and returns the function that says what one place's listing records.
 */
export function recordedConcepts(
  facilities: readonly Facility[],
  legend: ReadonlyMap<string, Pick<LegendRow, 'category'>>,
): (f: Facility) => ReadonlySet<Concept> {
  const conceptsOfCode = new Map<string, Concept[]>();
  for (const c of CONCEPTS) for (const code of c.codes) conceptsOfCode.set(code, [...(conceptsOfCode.get(code) ?? []), c]);

  // Concept -> the sources that vouch for one of its codes for some place.
  const speakers = new Map<Concept, Set<string>>(CONCEPTS.map((c) => [c, new Set<string>()]));
  for (const f of facilities) {
    for (const [code, source] of f.services) for (const c of conceptsOfCode.get(code) ?? []) speakers.get(c)?.add(source);
  }

  // Group -> the legend categories its values' codes are filed under ("Payment / insurance / funding accepted").
  const categories = new Map<FilterGroup, Set<string>>();
  for (const c of CONCEPTS) {
    const set = categories.get(c.group) ?? new Set<string>();
    for (const code of c.codes) {
      const category = legend.get(code)?.category;
      if (category) set.add(category);
    }
    categories.set(c.group, set);
  }

  const always = new Set(CONCEPTS.filter((c) => RECORDED_RULES[c.group] === 'always'));
  return (f: Facility) => {
    const sources = new Set(f.services.values());
    const answered = new Set<FilterGroup>();
    for (const code of f.services.keys()) {
      const category = legend.get(code)?.category;
      if (!category) continue;
      for (const [group, set] of categories) if (set.has(category)) answered.add(group);
    }
    const recorded = new Set(always);
    for (const c of CONCEPTS) {
      const rule = RECORDED_RULES[c.group];
      if (rule === 'always' || (rule === 'answered' && !answered.has(c.group))) continue;
      for (const s of speakers.get(c) ?? []) {
        if (sources.has(s)) {
          recorded.add(c);
          break;
        }
      }
    }
    return recorded;
  };
}
