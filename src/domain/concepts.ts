/**
 * The one place where what people ask for ("methadone", "sliding fee") meets the SAMHSA service codes the
 * directory stores. The HTML form, the URLs and the JSON API all use these group and value names.
 *
 * Codes come from the directory legends (data/sources/service_codes_legend.csv). Two lists also vouch for
 * facts without printing codes; their rows are stored as the codes they stand for: the 2020 MOUD list's
 * flags as BUM / MM / VTRL (the codes GeoDa derived them from), and a listing in the 2022 OTP directory as OTP.
 *
 * @module
 */

export interface Concept {
  group: FilterGroup;
  value: string;
  /** Older values still accepted in links and the API, e.g. `language=asl`. */
  aliases?: readonly string[];
  /** Plain words for a checkbox or a result line. */
  label: string;
  /** One sentence for people who don't know the term. */
  hint: string;
  codes: readonly string[];
}

export const FILTER_GROUPS = ['care', 'medication', 'payment', 'population', 'language', 'approach'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

export const GROUP_LABELS: Record<FilterGroup, { legend: string; hint: string }> = {
  care: { legend: 'Type of care', hint: 'Where and how often treatment happens.' },
  medication: {
    legend: 'Medication for opioid use disorder',
    hint: 'Places that offer each medication, as the directory records it.',
  },
  payment: { legend: 'Ways to pay', hint: 'Always check with the place that they take your plan.' },
  population: { legend: 'Programs for', hint: 'Places with a program for this group of people.' },
  language: { legend: 'Language', hint: 'Care offered in another language.' },
  approach: {
    legend: 'Therapy approach',
    hint: 'Only the 2017 directory records these, so many places that offer them are not marked.',
  },
};

const c = (group: FilterGroup, value: string, label: string, hint: string, codes: string[], aliases?: string[]): Concept => ({
  group,
  value,
  label,
  hint,
  codes,
  ...(aliases ? { aliases } : {}),
});

export const CONCEPTS: readonly Concept[] = [
  c('care', 'detox', 'Detox (withdrawal care)', 'Help getting through withdrawal safely.', ['DT', 'HID', 'RD', 'OD', 'ODTX']),
  c('care', 'hospital', 'Hospital inpatient', 'Care while staying in a hospital.', ['HI', 'HID', 'HIT']),
  // RD (residential detox) is withdrawal care, not residential treatment: it is under detox only.
  c('care', 'residential', 'Residential', 'Live at the treatment place for a while.', ['RES', 'RS', 'RL']),
  c('care', 'partial', 'Partial hospitalization (day treatment)', 'Treatment most of the day, going home at night.', [
    'ODT',
    'PHDT',
    'PH',
  ]),
  c('care', 'intensive', 'Intensive outpatient', 'Several sessions a week, living at home.', ['OIT']),
  c('care', 'outpatient', 'Outpatient', 'Visits while living at home.', ['OP', 'ORT', 'OMB']),

  // OTPA ("all clients are in an opioid treatment program") is about who the clients are, not a medication: it
  // also marks hospitals and residential programs. A listing in the OTP directory (OTP) counts as methadone
  // unless a list that records each medication says otherwise (see pipeline/answers.ts and "About our data").
  c('medication', 'methadone', 'Methadone (opioid treatment program)', 'Methadone is only given at opioid treatment programs.', [
    'OTP',
    'MM',
    'MMW',
    'METH',
    'MU',
  ]),
  c('medication', 'buprenorphine', 'Buprenorphine', 'Also known by brand names like Suboxone or Sublocade.', [
    'BU',
    'BUM',
    'BMW',
    'DB',
    'BWN',
    'BWON',
    'BSDM',
    'BERI',
    'UB',
  ]),
  c('medication', 'naltrexone', 'Naltrexone', 'A pill or a monthly shot (Vivitrol) that blocks opioids.', [
    'VTRL',
    'NXN',
    'RPN',
    'NU',
    'UN',
  ]),

  c('payment', 'medicaid', 'Medicaid', 'Your state’s public health plan.', ['MD']),
  c('payment', 'medicare', 'Medicare', 'The federal plan for people 65 and older and some people with disabilities.', ['MC']),
  c('payment', 'private', 'Private insurance', 'A plan from work or the marketplace.', ['PI']),
  // SF is cash or self-pay; SS is the sliding fee scale. They are easy to mix up.
  c('payment', 'cash', 'Cash or self-pay', 'Paying yourself, without insurance.', ['SF']),
  c('payment', 'sliding', 'Sliding fee scale', 'The price depends on your income.', ['SS']),
  c('payment', 'free', 'Free care', 'No payment is taken.', ['NP']),
  c('payment', 'military', 'Military insurance (TRICARE)', 'Insurance for service members, veterans and families.', ['MI']),

  c('population', 'pregnant', 'Pregnant or postpartum people', 'A program for pregnancy and after birth.', ['PW']),
  c('population', 'women', 'Women', 'A program for adult women.', ['WN']),
  c('population', 'men', 'Men', 'A program for adult men.', ['MN']),
  c('population', 'adolescents', 'Teens', 'A program for adolescents.', ['AD']),
  c('population', 'young-adults', 'Young adults', 'A program for young adults (about 18 to 25).', ['TAY']),
  c('population', 'seniors', 'Older adults', 'A program for seniors.', ['SE', 'SNR']),
  c('population', 'veterans', 'Veterans', 'A program for veterans.', ['VET']),
  c('population', 'lgbtq', 'LGBTQ+ people', 'A program for lesbian, gay, bisexual, transgender and queer people.', ['GL']),
  c(
    'population',
    'justice',
    'People involved with the justice system',
    'A program for people on probation, parole or with a court order.',
    ['CJ'],
  ),
  // DU is "offers a DUI/DWI program" (3,900 places); DUO is "serves only DUI/DWI clients" (about 60).
  c('population', 'dui-dwi', 'People with a DUI or DWI', 'A program for people referred after driving drunk or high.', [
    'DU',
    'DUO',
  ]),
  c('population', 'co-occurring', 'Mental health and substance use together', 'Help for both at the same time.', ['CO', 'SUMH']),

  c('language', 'spanish', 'Spanish', 'Care in Spanish.', ['SP']),
  // AH is help for Deaf and hard of hearing clients, from staff or an on-call interpreter: not always ASL.
  c(
    'language',
    'deaf-hard-of-hearing',
    'Help for Deaf and hard of hearing people',
    'Staff or an interpreter can help. Ask if they offer American Sign Language (ASL).',
    ['AH'],
    ['asl'],
  ),

  c('approach', 'cbt', 'Cognitive behavioral therapy (CBT)', 'Learning to change thoughts and habits that lead to use.', ['CBT']),
  c('approach', 'dbt', 'Dialectical behavior therapy (DBT)', 'Skills for strong emotions and relationships.', ['DBT']),
  c('approach', 'contingency', 'Contingency management', 'Small rewards for reaching goals, like negative drug tests.', [
    'CMI',
    'CRV',
  ]),
  c('approach', 'twelve-step', '12-step facilitation', 'Help getting started with groups like Narcotics Anonymous.', ['TWFA']),
  c('approach', 'motivational', 'Motivational interviewing', 'Talking through your own reasons for change.', ['MOTI']),
  c('approach', 'relapse-prevention', 'Relapse prevention', 'Planning for triggers and hard moments.', ['RELP']),
  c('approach', 'trauma', 'Trauma-related counseling', 'Care that takes past trauma into account.', ['TRC']),
];

/** A concept's key, "group:value": how a facility's answers are stored and compared. */
export const conceptKey = (x: Pick<Concept, 'group' | 'value'>): string => `${x.group}:${x.value}`;

const byKey = new Map<string, Concept>(
  CONCEPTS.flatMap((x) => [x.value, ...(x.aliases ?? [])].map((v) => [`${x.group}:${v}`, x] as const)),
);

/** The concept a filter value (or one of its older aliases) names. */
export function concept(group: FilterGroup, value: string): Concept | undefined {
  return byKey.get(`${group}:${value}`);
}

/** The concept with this key ("medication:methadone"), or undefined. */
export const conceptByKey = (key: string): Concept | undefined => byKey.get(key);

/** Every alias of a group, mapped to the value it stands for. */
export function conceptAliases(group: FilterGroup): Map<string, string> {
  return new Map(CONCEPTS.filter((x) => x.group === group).flatMap((x) => (x.aliases ?? []).map((a) => [a, x.value] as const)));
}

export function conceptValues(group: FilterGroup): string[] {
  return CONCEPTS.filter((x) => x.group === group).map((x) => x.value);
}

/** Does a facility with these codes offer this concept? */
export function offers(codes: ReadonlySet<string> | readonly string[], target: Concept): boolean {
  const set = codes instanceof Set ? codes : new Set(codes as readonly string[]);
  return target.codes.some((code) => set.has(code));
}

/** Every concept a facility offers, in the order of CONCEPTS. */
export function conceptsOf(codes: ReadonlySet<string> | readonly string[]): Concept[] {
  const set = codes instanceof Set ? codes : new Set(codes as readonly string[]);
  return CONCEPTS.filter((x) => offers(set, x));
}
