/**
 * The self-check's rules, as data anyone can read. `evaluate()` in `self-check.evaluate.ts` applies them,
 * and the "How the self-check works" page is printed from these same tables, so the page cannot disagree
 * with the code.
 *
 * The approach follows a published idea, not a published rule set: the answer with the highest need sets the
 * minimum level of care (as the six ASAM dimensions do), instead of averaging; see ASAM CONTINUUM's "Is there a
 * standard way to rank dimensional severity" (http://asamcontinuum.org/knowledgebase/is-there-a-standard-way-to-rank-dimensional-severity-across-the-six-dimensions-of-asams-criteria/).
 * The individual rules are our own design recommendation, not the ASAM Criteria, and the result is never a
 * diagnosis or a placement.
 *
 * @module
 */
import type { ClinicalReview } from '../../ui/clinical-review.tsx';
import { POISON_CONTROL } from '../../ui/helplines.ts';
import { type GuideSlug, paths } from '../../ui/paths.ts';
import type { Words } from './self-check.questions.ts';

/**
 * Whether a clinician has reviewed these rules, shown in one line on "How the self-check works" and on every
 * result. REVIEWING.md says how a clinician signs off: this becomes
 * `{ status: 'reviewed', name: '…', credentials: '…', date: 'YYYY-MM-DD' }`, and the bundle is rebuilt.
 * Never filled in for someone who has not really reviewed them.
 */
export const RULES_REVIEW: ClinicalReview = { status: 'pending' };

// ------------------------------------------------------------------ levels of care

export const LEVEL_IDS = ['outpatient', 'intensive', 'partial', 'residential', 'medical'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

export interface Level {
  id: LevelId;
  name: string;
  /** What it is like, in everyday words. */
  description: string;
  /** The locator's `care` filter value (src/domain/concepts.ts). */
  care: string;
}

/** From least to most intensive. Hours per week from Shatterproof ATLAS, https://treatmentatlas.org/types-addiction-treatment. */
export const LEVELS: readonly Level[] = [
  {
    id: 'outpatient',
    name: 'Outpatient care',
    description:
      'Visits to a clinic or office, or by video, usually a few hours a week (up to about 8). People live at home and keep up with daily life.',
    care: 'outpatient',
  },
  {
    id: 'intensive',
    name: 'Intensive outpatient program (IOP)',
    description: 'Treatment on several days each week, 9 hours a week or more for adults, while living at home.',
    care: 'intensive',
  },
  {
    id: 'partial',
    name: 'Partial hospitalization (day treatment)',
    description: 'Treatment for most of the day, 20 hours a week or more, going home at night.',
    care: 'partial',
  },
  {
    id: 'residential',
    name: 'Residential treatment',
    description: 'Living at a treatment place, with staff there day and night, for weeks to months.',
    care: 'residential',
  },
  {
    id: 'medical',
    name: 'Medically managed care (hospital or medical detox)',
    description:
      'Care with doctors and nurses around the clock, in a hospital or a medical unit, usually for days to weeks. It is often used to get through withdrawal or a health problem safely, and other treatment follows.',
    care: 'hospital',
  },
];

export function level(id: LevelId): Level {
  return LEVELS.find((l) => l.id === id)!;
}

export function levelRank(id: LevelId): number {
  return LEVEL_IDS.indexOf(id);
}

/**
 * With no rule saying otherwise, the suggestion is outpatient care with medication: our design, following the CDC's
 * advice to offer or arrange medication (https://www.cdc.gov/opioids/healthcare-professionals/prescribing/opioid-use-disorder.html).
 */
export const DEFAULT_LEVEL: LevelId = 'outpatient';

// ------------------------------------------------------------------ conditions

/** A test on the answers alone. */
export type AnswerCondition =
  | { question: string; anyOf: readonly string[] }
  | { skipped: string }
  | { not: AnswerCondition }
  | { all: readonly AnswerCondition[] }
  | { any: readonly AnswerCondition[] };

/** A test on the answers or on what the rules already decided (for notes, guides and questions to ask). */
export type ResultCondition =
  | AnswerCondition
  | { need: NeedId }
  | { levelAtLeast: LevelId }
  | { all: readonly ResultCondition[] }
  | { any: readonly ResultCondition[] };

const answered = (question: string, ...anyOf: string[]): AnswerCondition => ({ question, anyOf });

export const OPIOIDS = ['heroin-fentanyl', 'opioid-pills'] as const;
const DAILY = ['daily-long', 'daily-short'];

/** Opioids are part of the picture, or we were not told either way. */
export const OPIOIDS_OR_UNKNOWN: AnswerCondition = { any: [answered('substances', ...OPIOIDS), { skipped: 'substances' }] };

// ------------------------------------------------------------------ needs

export const NEED_IDS = [
  'withdrawal-care',
  'mixing-risk',
  'naloxone',
  'no-sudden-stop',
  'see-doctor-soon',
  'other-health',
  'co-occurring',
  'crisis-line',
  'pregnancy',
  'maybe-pregnant',
  'tolerance',
  'injection-care',
] as const;
export type NeedId = (typeof NEED_IDS)[number];

export interface Need {
  id: NeedId;
  title: string;
  /** Shown near the top of the result. */
  notice?: Words;
  /** An extra search filter, with a value from src/domain/concepts.ts. */
  filter?: { group: 'care' | 'population'; value: string };
  urgent?: boolean;
  /** A page on this site that says more, shown after the notice. */
  link?: { href: string; text: string };
}

export const NEEDS: readonly Need[] = [
  {
    id: 'withdrawal-care',
    title: 'Medical help with withdrawal (detox)',
    notice:
      'Ask for medical help with [|their ]withdrawal (often called detox). Getting through withdrawal with care is safer and more comfortable, and it works best when ongoing treatment follows.',
    filter: { group: 'care', value: 'detox' },
  },
  {
    // Opioids with benzodiazepines, other sedatives or alcohol: FDA Drug Safety Communication, August 31, 2016,
    // https://www.fda.gov/Drugs/DrugSafety/ucm518473.htm (slowed or stopped breathing, and deaths). The steps are
    // the overdose steps on /crisis.
    id: 'mixing-risk',
    title: 'A warning about mixing opioids with benzos or alcohol',
    notice:
      'Opioids together with benzos or alcohol sharply raise [the risk of overdose, because each of them slows breathing. Have naloxone with you, never use alone, and know the overdose steps: call 911, give naloxone, and stay with the person.|their risk of overdose, because each of them slows breathing. Keep naloxone where you can reach it, ask them never to use alone, and learn the overdose steps: call 911, give naloxone, and stay with them.]',
    urgent: true,
    link: { href: paths.crisis('overdose'), text: 'See the overdose steps' },
  },
  {
    // Naloxone nasal spray has been sold without a prescription since March 29, 2023 (FDA; quoted at
    // https://maestrodatabase.com/blog/fda-approves-first-over-the-counter-naloxone-nasal-spray).
    id: 'naloxone',
    title: 'Naloxone (Narcan) to reverse an overdose',
    notice:
      '[Carry naloxone, such as Narcan nasal spray. It can reverse an opioid overdose, and pharmacies sell it without a prescription. Show the people around you where it is and how to use it.|Keep naloxone, such as Narcan nasal spray, where you can reach it, and learn how to use it. It can reverse an opioid overdose, and pharmacies sell it without a prescription.]',
    urgent: true,
    link: { href: paths.guide('overdose-signs-and-naloxone'), text: 'How to use naloxone' },
  },
  {
    id: 'no-sudden-stop',
    title: 'A safe plan to stop alcohol or benzos',
    notice:
      'After daily use, stopping alcohol or benzos suddenly can cause seizures and can be life-threatening. Talk with a clinician about a safe way to stop.',
    urgent: true,
  },
  {
    id: 'see-doctor-soon',
    title: 'A doctor for a wound or infection',
    notice:
      'A wound or infection that is red, swollen or spreading needs a doctor or urgent care soon. Infections from using can become serious quickly. If there is a high fever or the redness is spreading fast, go to an emergency room.',
    urgent: true,
  },
  { id: 'other-health', title: 'Care for other health needs' },
  {
    id: 'co-occurring',
    title: 'Care for mental health and substance use together',
    filter: { group: 'population', value: 'co-occurring' },
  },
  {
    id: 'crisis-line',
    title: 'Support for thoughts of suicide',
    notice:
      'Thoughts of suicide are common and they can pass. If they come back, call or text 988 at any time, day or night. If someone is in danger right now, call 911.',
    urgent: true,
  },
  {
    id: 'pregnancy',
    title: 'Care that fits pregnancy',
    notice:
      'Because [you are pregnant, contact a clinician or the SAMHSA National Helpline soon. Tell them you are pregnant: opioid treatment programs must give pregnant patients priority, so you may be seen sooner. Do not go through withdrawal|they are pregnant, help them contact a clinician or the SAMHSA National Helpline soon. They should say they are pregnant: opioid treatment programs must give pregnant patients priority, so they may be seen sooner. Withdrawal during pregnancy should not happen] alone.',
    filter: { group: 'population', value: 'pregnant' },
    urgent: true,
  },
  {
    id: 'maybe-pregnant',
    title: 'A pregnancy check',
    notice:
      'If there is a chance of pregnancy, tell the clinician at the first call. A pregnancy test is quick, and pregnant patients get priority at opioid treatment programs.',
    urgent: true,
  },
  {
    id: 'tolerance',
    title: 'A warning about overdose after a break',
    notice:
      'After a break from opioids, such as detox, jail, a hospital stay or stopping treatment, the body can no longer handle the amount it used to. Using the old amount can cause an overdose. Carry naloxone, and do not use alone.',
    urgent: true,
  },
  { id: 'injection-care', title: 'Health care for people who inject' },
];

export function need(id: NeedId): Need {
  return NEEDS.find((n) => n.id === id)!;
}

// ------------------------------------------------------------------ the rules

/**
 * Plain-language names for the areas a rule looks at, after the six ASAM dimensions
 * (https://cod.pressbooks.pub/addictionscounseling/?p=5; 4th edition names:
 * https://behavioralhealth.news/2024/12/07/the-asam-fourth-edition-criteria-a-new-era-in-addiction-treatment).
 */
export const AREAS = {
  withdrawal: 'Withdrawal',
  health: 'Physical health',
  'mental-health': 'Mental health',
  'use-and-relapse': 'Use, and the chance of using again',
  home: 'Home and support',
  pregnancy: 'Pregnancy',
} as const;
export type Area = keyof typeof AREAS;

export interface Rule {
  /** Stable id: tests and the "How it works" page refer to it. */
  id: string;
  area: Area;
  when: AnswerCondition;
  /** The minimum level this answer calls for, if any. */
  level?: LevelId;
  needs?: readonly NeedId[];
  /** Finishes the sentence "Because you said …". */
  because: Words;
}

/**
 * The rules, in priority order: when two rules set the same level, the earlier one is named first in
 * "because you said…". Every rule here is our own design recommendation, not a published rule set; the
 * "How the self-check works" page marks each one [D] and lists where the ideas come from.
 */
export const RULES: readonly Rule[] = [
  {
    id: 'past-withdrawal-seizure',
    area: 'withdrawal',
    when: answered('withdrawal', 'seizure', 'dts'),
    level: 'medical',
    needs: ['withdrawal-care'],
    because: '[you|they] have had a seizure, or seen or heard things that were not there, during withdrawal before',
  },
  {
    id: 'past-withdrawal-hospital',
    area: 'withdrawal',
    when: answered('withdrawal', 'hospital'),
    level: 'medical',
    needs: ['withdrawal-care'],
    because: '[you|they] needed a hospital during withdrawal before',
  },
  {
    id: 'health-getting-worse',
    area: 'health',
    when: answered('health', 'getting-worse'),
    level: 'medical',
    because: '[you|they] have a health problem that is getting worse or needs a doctor soon',
  },
  {
    id: 'home-unsafe',
    area: 'home',
    when: answered('home-life', 'unsafe'),
    level: 'residential',
    because: 'home is not safe for [you|them] right now',
  },
  {
    id: 'home-no-housing',
    area: 'home',
    when: answered('home-life', 'no-housing'),
    level: 'residential',
    because: '[you|they] do not have a stable place to live',
  },
  {
    id: 'home-use-around',
    area: 'home',
    when: answered('home-life', 'use-around'),
    level: 'residential',
    because: 'other people [at home|where they live] use drugs or drink a lot',
  },
  {
    id: 'outpatient-not-enough',
    area: 'use-and-relapse',
    when: answered('past-treatment', 'outpatient-not-enough'),
    level: 'residential',
    because: 'outpatient care more than once was not enough for [you|them] to stop using',
  },
  {
    id: 'recent-suicidal-thoughts',
    area: 'mental-health',
    when: answered('mental-health', 'suicidal-thoughts'),
    level: 'partial',
    needs: ['co-occurring', 'crisis-line'],
    because:
      '[you have had thoughts of suicide or of hurting yourself|they have had thoughts of suicide or of hurting themselves] in the past month',
  },
  {
    id: 'mental-health-struggling',
    area: 'mental-health',
    when: answered('mental-health', 'struggling'),
    level: 'partial',
    needs: ['co-occurring'],
    because: '[your|their] mental health makes daily life very hard right now',
  },
  {
    id: 'home-little-support',
    area: 'home',
    when: answered('home-life', 'little-support'),
    level: 'intensive',
    because: '[you|they] have little support at home',
  },
  {
    id: 'detox-only-before',
    area: 'use-and-relapse',
    when: answered('past-treatment', 'detox-only'),
    level: 'intensive',
    needs: ['tolerance'],
    because: '[you|they] have been through detox before with no treatment after it',
  },
  {
    id: 'opioids-with-alcohol-or-benzos',
    area: 'use-and-relapse',
    when: { all: [answered('substances', ...OPIOIDS), answered('substances', 'alcohol', 'benzos')] },
    needs: ['mixing-risk', 'naloxone'],
    because: '[you|they] use opioids and also alcohol or benzos',
  },
  {
    id: 'opioids-or-not-told',
    area: 'use-and-relapse',
    when: OPIOIDS_OR_UNKNOWN,
    needs: ['naloxone'],
    because: '[you use opioids, or did not say what you|they use opioids, or you did not say what they] use',
  },
  {
    id: 'alcohol-or-benzos-daily',
    area: 'withdrawal',
    when: { all: [answered('substances', 'alcohol', 'benzos'), answered('use-pattern', ...DAILY)] },
    needs: ['withdrawal-care', 'no-sudden-stop'],
    because: '[you|they] drink alcohol or take benzos most days',
  },
  {
    id: 'past-withdrawal-very-sick',
    area: 'withdrawal',
    when: answered('withdrawal', 'very-sick'),
    needs: ['withdrawal-care'],
    because: '[you|they] were very sick in withdrawal before',
  },
  {
    id: 'wound-or-infection',
    area: 'health',
    when: answered('health', 'wound'),
    needs: ['see-doctor-soon'],
    because: '[you|they] have a wound or infection',
  },
  {
    id: 'long-term-health',
    area: 'health',
    when: answered('health', 'long-term', 'pain'),
    needs: ['other-health'],
    because: '[you|they] have a long-term health condition or pain',
  },
  {
    id: 'mental-health-condition',
    area: 'mental-health',
    when: answered('mental-health', 'condition'),
    needs: ['co-occurring'],
    because: '[you|they] have a mental health condition',
  },
  {
    id: 'pregnant',
    area: 'pregnancy',
    when: answered('pregnancy', 'pregnant'),
    needs: ['pregnancy'],
    because: '[you|they] are pregnant',
  },
  {
    id: 'maybe-pregnant',
    area: 'pregnancy',
    when: answered('pregnancy', 'maybe-pregnant'),
    needs: ['maybe-pregnant'],
    because: '[you|they] might be pregnant',
  },
  {
    id: 'not-using-now',
    area: 'use-and-relapse',
    when: answered('use-pattern', 'not-now'),
    needs: ['tolerance'],
    because: '[you|they] have stopped using for now',
  },
  {
    id: 'injecting',
    area: 'use-and-relapse',
    when: answered('use-method', 'inject'),
    needs: ['injection-care'],
    because: '[you|they] inject',
  },
];

// ------------------------------------------------------------------ the red flags

export const CRISIS_SECTIONS = ['overdose', 'medical', 'suicide', 'poison'] as const;
export type CrisisSection = (typeof CRISIS_SECTIONS)[number];

/**
 * Where each safety-screen answer sends someone on /crisis (sources in crisis.view.tsx). If several are ticked,
 * the first section in CRISIS_SECTIONS wins: a life-threatening overdose comes before everything else.
 */
export const RED_FLAGS: Readonly<Record<string, CrisisSection>> = {
  'not-breathing': 'overdose',
  'overdose-signs': 'overdose',
  suicide: 'suicide',
  seizure: 'medical',
  'chest-pain': 'medical',
  confusion: 'medical',
  'pregnant-withdrawal': 'medical',
  poisoning: 'poison',
};

export const CRISIS_SECTION_TITLES: Readonly<Record<CrisisSection, string>> = {
  overdose: 'Call 911, then follow the overdose steps and give naloxone',
  medical: 'Call 911 or go to an emergency room',
  suicide: 'Call or text 988 (or call 911 if someone is in danger now)',
  poison: `Call Poison Control at ${POISON_CONTROL.display} (or 911 if someone is not breathing or will not wake up)`,
};

// ------------------------------------------------------------------ filters, medicines, guides, questions

/** Answers that choose a locator filter directly. Values from src/domain/concepts.ts. */
export const ANSWER_FILTERS: readonly {
  question: string;
  answer: string;
  group: 'medication' | 'payment' | 'language';
  values: string[];
}[] = [
  { question: 'medication-interest', answer: 'methadone', group: 'medication', values: ['methadone'] },
  { question: 'medication-interest', answer: 'buprenorphine', group: 'medication', values: ['buprenorphine'] },
  { question: 'medication-interest', answer: 'naltrexone', group: 'medication', values: ['naltrexone'] },
  { question: 'payment', answer: 'medicaid', group: 'payment', values: ['medicaid'] },
  { question: 'payment', answer: 'medicare', group: 'payment', values: ['medicare'] },
  { question: 'payment', answer: 'private', group: 'payment', values: ['private'] },
  { question: 'payment', answer: 'military', group: 'payment', values: ['military'] },
  { question: 'payment', answer: 'no-insurance', group: 'payment', values: ['sliding', 'free'] },
  { question: 'language', answer: 'spanish', group: 'language', values: ['spanish'] },
  { question: 'language', answer: 'asl', group: 'language', values: ['asl'] },
];

/**
 * When no medicine was picked, the search asks for places offering any of the three, as long as opioids are
 * part of the picture (or we were not told) and the person did not say they want no medication.
 */
export const ALL_MEDICATIONS = ['methadone', 'buprenorphine', 'naltrexone'] as const;

export interface Medication {
  id: (typeof ALL_MEDICATIONS)[number];
  name: string;
  about: string;
}

/**
 * Described, never prescribed: the page says what to ask about, not what to take. Sources: SAMHSA TIP 63
 * (https://library.samhsa.gov/sites/default/files/pep21-02-01-002.pdf); the 2024 42 CFR Part 8 rule on opioid
 * treatment programs (https://regulations.justia.com/regulations/fedreg/2024/02/02/2024-01693.html); Sublocade
 * and Brixadi starts (https://liqweb.medicalletter.org/TML-article-5102a;
 * https://dailymed.nlm.nih.gov/dailymed/fda/fdaDrugXsl.cfm?setid=5d8a8fd0-8619-422a-a664-d1d2e8970f48&type=display);
 * naltrexone's opioid-free wait and overdose risk (https://vivitrolhcp.com/what-is-vivitrol-od), and the longer wait
 * after methadone or buprenorphine (Vivitrol label,
 * https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=cd11c435-b0f0-4bb9-ae78-60f101f3703f).
 */
export const MEDICATIONS: readonly Medication[] = [
  {
    id: 'methadone',
    name: 'Methadone',
    about:
      'A daily medicine that eases withdrawal and cravings. For opioid use disorder it is only given at opioid treatment programs (sometimes called methadone clinics). At first, visits are often daily; the program can allow more doses to take home as time goes on.',
  },
  {
    id: 'buprenorphine',
    name: 'Buprenorphine',
    about:
      'Eases withdrawal and cravings. Many doctors, nurse practitioners and clinics can prescribe it, often by video or phone. It comes as a film or tablet that melts under the tongue, or as a shot given weekly or monthly (Sublocade, Brixadi). The first dose usually waits until withdrawal has started, so ask how the clinic starts it.',
  },
  {
    id: 'naltrexone',
    name: 'Naltrexone',
    about:
      'Blocks the effects of opioids, and is not an opioid itself. It comes as a daily pill or a monthly shot (Vivitrol). A person must be off all opioids for about 7 to 10 days before the first dose (up to two weeks after methadone or buprenorphine), or it can bring on sudden, severe withdrawal. After stopping it, the body is more sensitive to opioids, so the risk of overdose goes up.',
  },
];

/** Answers that cannot both be true. Both are kept, and the result says they seemed to disagree. */
export const CONFLICTS: readonly { question: string; values: readonly [string, string] }[] = [
  { question: 'daily-life', values: ['travel-daily', 'hard-to-travel'] },
];

export interface GuideLink {
  slug: GuideSlug;
  title: string;
  /** Always shown when absent. */
  when?: ResultCondition;
}

export const GUIDES: readonly GuideLink[] = [
  { slug: 'heroin-rehab-treatment-options', title: 'Treatment options for heroin and other opioids' },
  { slug: 'medications-for-opioid-use-disorder', title: 'Medications for opioid use disorder' },
  {
    slug: 'detox-and-withdrawal',
    title: 'Detox and withdrawal',
    when: { any: [{ need: 'withdrawal-care' }, answered('use-pattern', ...DAILY)] },
  },
  {
    slug: 'overdose-signs-and-naloxone',
    title: 'Overdose signs and naloxone',
    when: { any: [OPIOIDS_OR_UNKNOWN, { need: 'tolerance' }] },
  },
  { slug: 'behavioral-therapies', title: 'Counseling and behavioral therapies', when: { levelAtLeast: 'intensive' } },
  {
    slug: 'paying-for-treatment',
    title: 'Paying for treatment',
    when: { any: [{ skipped: 'payment' }, answered('payment', 'no-insurance', 'not-sure-payment')] },
  },
  { slug: 'helping-someone-you-love', title: 'Helping someone you love', when: answered('answering-for', 'someone-else') },
];

export interface AskItem {
  ask: Words;
  when?: ResultCondition;
}

/** Questions for the first call, on the printable summary. */
export const QUESTIONS_TO_ASK: readonly AskItem[] = [
  {
    ask: 'Do you have [space for me, and how soon could I|space, and how soon could they] start?',
  },
  {
    ask: 'Do you offer methadone, buprenorphine or naltrexone, or help [me keep taking the one I am|them keep taking the one they are] on?',
  },
  {
    ask: 'Do you take [my|their] insurance? What will it cost, and do you have a sliding fee?',
  },
  { ask: 'What does a normal day or week in your program look like?' },
  { ask: 'Do you provide medical help with withdrawal, with nurses or doctors?', when: { need: 'withdrawal-care' } },
  { ask: 'Do you have a program for pregnant people, and how soon can you see us?', when: { need: 'pregnancy' } },
  { ask: 'Can you treat mental health and substance use at the same place?', when: { need: 'co-occurring' } },
  { ask: 'Can you help with other health needs, like pain or a long-term condition?', when: { need: 'other-health' } },
  { ask: 'Do you offer wound care and testing for HIV and hepatitis C, or can you refer us?', when: { need: 'injection-care' } },
  { ask: 'Can some visits be by video or phone?', when: answered('telehealth', 'telehealth-yes') },
  { ask: 'Do you have staff who speak Spanish?', when: answered('language', 'spanish') },
  { ask: 'Do you provide ASL interpreters?', when: answered('language', 'asl') },
  { ask: 'Do you provide interpreters for other languages?', when: answered('language', 'other-language') },
  { ask: 'Do you offer sessions in the evening or on weekends?', when: answered('daily-life', 'must-keep-working') },
  { ask: 'Can children come along, or do you help with child care?', when: answered('daily-life', 'children') },
  { ask: 'Do you help with transportation?', when: answered('daily-life', 'hard-to-travel') },
];

export interface Note {
  id: string;
  text: Words;
  when: ResultCondition;
}

/** Practical notes: they never change the level, but help fit care to real life. */
export const NOTES: readonly Note[] = [
  {
    id: 'keep-working',
    when: { all: [{ levelAtLeast: 'partial' }, answered('daily-life', 'must-keep-working')] },
    text: 'You said [you need to keep working, studying or caring for family. Say so on the first call: a clinician can help you|they need to keep working, studying or caring for family. They can say so on the first call: a clinician can help] weigh the options, and some programs run in the evenings.',
  },
  {
    id: 'hard-to-travel',
    when: answered('daily-life', 'hard-to-travel'),
    text: 'Getting to appointments is hard. Methadone usually means frequent visits to a clinic at first. Buprenorphine can often be prescribed by video or phone visits, and some places help with rides.',
  },
  {
    id: 'no-opioids',
    when: {
      all: [
        answered('substances', 'alcohol', 'benzos', 'stimulants', 'other-drugs'),
        { not: answered('substances', ...OPIOIDS) },
      ],
    },
    text: 'This self-check was made for opioid use. The levels of care are much the same for alcohol and other drugs, but the medicines are different. The SAMHSA National Helpline can help with any substance.',
  },
  {
    id: 'no-medication',
    when: { all: [answered('medication-interest', 'no-medication'), OPIOIDS_OR_UNKNOWN] },
    text: 'You said [you do not want medication. That is your|they do not want medication. That is their] choice to talk over with a clinician. It may still help to know that medication is recommended for opioid use disorder at every level of care, and it lowers the risk of dying.',
  },
  {
    id: 'medication-before',
    when: answered('past-treatment', 'medication-before'),
    text: '[You|They] have taken medication for opioid use before. Tell the place you call which one, and whether it helped.',
  },
];
