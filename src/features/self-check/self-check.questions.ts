/**
 * The self-check's questions, as data: the safety screen first, then one screen per topic. The server's
 * pages, the browser bundle, the rules and the "How the self-check works" page all read this one list, so
 * the wording, the allowed answers and the rules cannot drift apart.
 *
 * Every value here is a form value, so it must stay stable: the rules in `self-check.rules.ts` refer to
 * them. Nothing in this module touches the network, the file system or the DOM.
 *
 * @module
 */

import { currentLocale } from '../../ui/locale.ts';
import { variant, type Who } from '../../ui/messages/format.ts';
import { SELF_CHECK_ES } from './self-check.es.ts';

/** Who the person is answering for. Questions read "Do you…" or "Do they…" to match. */
export type { Who };

/**
 * Text that can change with who is answering, written once: `[you|they]` holds the words for the person
 * themselves, then for someone they help (`'Do [you|they] use?'`); a whole sentence can be the variant. Text
 * with no brackets reads the same either way. See src/ui/messages/format.ts.
 */
export type Words = string;

/**
 * The words in the page's language (the Spanish are in ./self-check.es.ts, found by their English words), still
 * with their `[you|they]` variants.
 */
export function inLanguage(words: Words): Words {
  return currentLocale() === 'es' ? (SELF_CHECK_ES[words] ?? words) : words;
}

/** The words for this reader, in the page's language. */
export function say(words: Words, who: Who): string {
  return variant(inLanguage(words), who);
}

export interface Choice {
  value: string;
  label: Words;
  hint?: Words;
  /** "None of these" and the like: cannot be chosen together with another answer to the same question. */
  exclusive?: boolean;
}

export interface Question {
  /** The form field name, and the id the rules use. */
  id: string;
  type: 'radio' | 'checkbox';
  /** The question as the reader sees it. */
  legend: Words;
  hint?: Words;
  /** A few words for the summary of answers, such as "Past withdrawal". */
  short: string;
  choices: readonly Choice[];
}

export interface Step {
  id: string;
  /** The page heading. */
  title: Words;
  /** Shown under "Why we ask this", so people know what an answer is used for. */
  why?: Words;
  questions: readonly Question[];
}

const SOMEONE_ELSE = 'someone-else';

/** The safety screen's answers: anything here stops the questionnaire and opens the crisis page. */
export const DANGER: Question = {
  id: 'danger',
  type: 'checkbox',
  legend: 'Is any of this happening right now, to you or to the person you are helping?',
  hint: 'Tick any that are true right now. If none are, choose Continue.',
  short: 'Danger right now',
  choices: [
    { value: 'not-breathing', label: 'Someone is not breathing, or will not wake up' },
    {
      value: 'overdose-signs',
      label:
        'Signs of an overdose: very slow breathing, blue or gray lips, tiny pupils, gurgling or snoring sounds, or a limp body',
    },
    { value: 'suicide', label: 'Thoughts of suicide or of hurting themselves' },
    { value: 'seizure', label: 'A seizure (a fit)' },
    { value: 'chest-pain', label: 'Chest pain or trouble breathing' },
    { value: 'confusion', label: 'Very confused, or seeing or hearing things that are not there' },
    { value: 'pregnant-withdrawal', label: 'Pregnant and going through withdrawal' },
    { value: 'poisoning', label: 'A child or anyone else took a medicine or drug by mistake' },
  ],
};

export const ANSWERING_FOR: Question = {
  id: 'answering-for',
  type: 'radio',
  legend: 'Who are you answering for?',
  hint: 'We will word the questions to fit. Either way, nothing is saved.',
  short: 'Answering for',
  choices: [
    { value: 'myself', label: 'Myself' },
    { value: SOMEONE_ELSE, label: 'Someone I am helping, like a family member, partner or friend' },
  ],
};

export const STEPS: readonly Step[] = [
  { id: 'safety', title: 'First, is anyone in danger right now?', questions: [DANGER] },
  { id: 'who', title: 'Who are you answering for?', questions: [ANSWERING_FOR] },
  {
    id: 'substances',
    title: 'What do [you|they] use?',
    why: 'Withdrawal from alcohol or benzos can be dangerous, unlike withdrawal from opioids alone. That changes which kind of care is safest.',
    questions: [
      {
        id: 'substances',
        type: 'checkbox',
        legend: 'Which of these do [you|they] use?',
        hint: 'Tick all that apply.',
        short: 'What is used',
        choices: [
          { value: 'heroin-fentanyl', label: 'Heroin or fentanyl' },
          {
            value: 'opioid-pills',
            label: 'Opioid pills not taken as prescribed, such as oxycodone, or pills bought on the street',
          },
          { value: 'alcohol', label: 'Alcohol' },
          { value: 'benzos', label: 'Benzodiazepines (“benzos”), such as Xanax, Valium or Klonopin' },
          { value: 'stimulants', label: 'Meth, cocaine or other stimulants' },
          { value: 'other-drugs', label: 'Something else' },
        ],
      },
      {
        id: 'use-method',
        type: 'checkbox',
        legend: 'How do [you|they] use them?',
        hint: 'Tick all that apply.',
        short: 'How',
        choices: [
          { value: 'inject', label: 'Injecting (with needles)' },
          { value: 'smoke-snort', label: 'Smoking or snorting' },
          { value: 'swallow', label: 'Swallowing' },
        ],
      },
    ],
  },
  {
    id: 'pattern',
    title: 'How often do [you|they] use, and for how long?',
    why: 'Using most days usually means the body has come to depend on it, so stopping brings withdrawal. That helps plan for withdrawal and medication.',
    questions: [
      {
        id: 'use-pattern',
        type: 'radio',
        legend: 'How often do [you|they] use, and for how long?',
        hint: 'Think about the last month or so.',
        short: 'How often',
        choices: [
          { value: 'daily-long', label: 'Every day or most days, for a year or more' },
          { value: 'daily-short', label: 'Every day or most days, for less than a year' },
          { value: 'some-days', label: 'Some days, but not most days' },
          {
            value: 'not-now',
            label: '[I|They] have stopped for now, in the last few months',
          },
        ],
      },
    ],
  },
  {
    id: 'withdrawal',
    title: 'When [you|they] stopped or cut down before, what happened?',
    why: 'What happened in past withdrawal is one of the best clues to how much medical care withdrawal needs next time.',
    questions: [
      {
        id: 'withdrawal',
        type: 'checkbox',
        legend: 'When [you|they] stopped or cut down before, what happened?',
        hint: 'Tick all that apply.',
        short: 'Past withdrawal',
        choices: [
          { value: 'seizure', label: 'A seizure (a fit)' },
          { value: 'dts', label: 'Seeing or hearing things that were not there, or being very confused' },
          { value: 'hospital', label: 'Needed a hospital or an emergency room' },
          { value: 'very-sick', label: 'Very sick: could not keep food or water down, or could not get out of bed' },
          { value: 'got-through', label: 'Felt sick, but got through it' },
          {
            value: 'never-stopped',
            label: '[I|They] have never stopped or cut down',
            exclusive: true,
          },
        ],
      },
    ],
  },
  {
    id: 'health',
    title: 'Do [you|they] have any of these health problems?',
    why: 'Some health problems need doctors and nurses close by while treatment starts.',
    questions: [
      {
        id: 'health',
        type: 'checkbox',
        legend: 'Do [you|they] have any of these health problems?',
        hint: 'Tick all that apply.',
        short: 'Other health problems',
        choices: [
          { value: 'getting-worse', label: 'A health problem that is getting worse, or needs a doctor soon' },
          { value: 'wound', label: 'A wound, abscess or skin infection that is red, swollen or spreading' },
          { value: 'long-term', label: 'A long-term condition, such as diabetes, HIV, hepatitis C or heart disease' },
          { value: 'pain', label: 'Pain that has lasted for months' },
          { value: 'no-health-problems', label: 'None of these', exclusive: true },
        ],
      },
    ],
  },
  {
    id: 'mental-health',
    title: 'How is [your|their] mental health?',
    why: 'Many people live with both a mental health condition and a substance use disorder. Care that treats both at once tends to work better.',
    questions: [
      {
        id: 'mental-health',
        type: 'checkbox',
        legend: 'Are any of these true for [you?|them?]',
        hint: 'Tick all that apply. If thoughts of suicide are happening right now, call or text 988.',
        short: 'Mental health',
        choices: [
          {
            value: 'suicidal-thoughts',
            label:
              '[I have had thoughts of suicide or of hurting myself|They have had thoughts of suicide or of hurting themselves] in the past month',
          },
          {
            value: 'struggling',
            label:
              '[My mental health makes daily life very hard right now, like I cannot sleep, eat or look after myself|Their mental health makes daily life very hard right now, like they cannot sleep, eat or look after themselves]',
          },
          { value: 'condition', label: 'A mental health condition, such as depression, anxiety, PTSD or bipolar disorder' },
          { value: 'no-mental-health-concerns', label: 'None of these', exclusive: true },
        ],
      },
    ],
  },
  {
    id: 'pregnancy',
    title: 'Are [you|they] pregnant?',
    why: 'Pregnant people can often start treatment sooner, and care needs to fit both parent and baby.',
    questions: [
      {
        id: 'pregnancy',
        type: 'radio',
        legend: 'Are [you|they] pregnant?',
        short: 'Pregnant',
        choices: [
          { value: 'pregnant', label: 'Yes' },
          { value: 'maybe-pregnant', label: 'Maybe, or not sure' },
          { value: 'not-pregnant', label: 'No, or this does not apply' },
        ],
      },
    ],
  },
  {
    id: 'home',
    title: 'What is home like for [you|them] right now?',
    why: 'Where someone lives can make recovery easier or much harder. It helps decide whether living at a treatment place for a while could help.',
    questions: [
      {
        id: 'home-life',
        type: 'radio',
        legend: 'What is home like for [you|them] right now?',
        short: 'Home',
        choices: [
          { value: 'supportive', label: 'Safe, with people who support recovery' },
          {
            value: 'little-support',
            label: 'Safe, but [I am|they are] alone a lot or have little support',
          },
          { value: 'use-around', label: 'Other people there use drugs or drink a lot' },
          { value: 'unsafe', label: 'Not safe, for example because of violence or threats' },
          {
            value: 'no-housing',
            label: '[I|They] do not have a stable place to live',
          },
        ],
      },
    ],
  },
  {
    id: 'past-treatment',
    title: 'Have [you|they] had treatment before? What happened?',
    why: 'What has and has not helped before is a good guide to what to try next.',
    questions: [
      {
        id: 'past-treatment',
        type: 'checkbox',
        legend: 'Have [you|they] had treatment before? What happened?',
        hint: 'Tick all that apply.',
        short: 'Past treatment',
        choices: [
          { value: 'detox-only', label: 'Detox, with no treatment after it' },
          {
            value: 'outpatient-not-enough',
            label: 'Outpatient care or counseling more than once, but it was not enough to stop using',
          },
          { value: 'residential-before', label: 'Residential or inpatient treatment' },
          {
            value: 'medication-before',
            label: 'Medication for opioid use (methadone, buprenorphine or naltrexone), now or in the past',
          },
          { value: 'no-treatment', label: 'No treatment before', exclusive: true },
        ],
      },
    ],
  },
  {
    id: 'daily-life',
    title: 'What can [you|they] do right now?',
    why: 'Good care has to fit real life. This does not change the suggestion, but it changes what to ask about.',
    questions: [
      {
        id: 'daily-life',
        type: 'checkbox',
        legend: 'Which of these are true for [you?|them?]',
        hint: 'Tick all that apply.',
        short: 'Day to day',
        choices: [
          {
            value: 'must-keep-working',
            label: '[I|They] need to keep working, going to school, or caring for family',
          },
          { value: 'children', label: 'Children live with [me|them]' },
          { value: 'travel-daily', label: 'Can get to a clinic most days' },
          { value: 'hard-to-travel', label: 'Getting to appointments is hard, with no car, no bus or no time' },
          {
            value: 'can-go-away',
            label: '[I|They] could stay at a treatment place for a few weeks',
          },
        ],
      },
    ],
  },
  {
    id: 'medication',
    title: 'Which medicines would [you|they] like to know about?',
    why: 'Medication is a proven treatment for opioid use disorder, at every level of care. Not every place offers every medicine.',
    questions: [
      {
        id: 'medication-interest',
        type: 'checkbox',
        legend: 'Which medicines would [you|they] like to know about?',
        hint: 'Tick all that apply. We explain each one on the next page.',
        short: 'Medicines of interest',
        choices: [
          { value: 'methadone', label: 'Methadone' },
          { value: 'buprenorphine', label: 'Buprenorphine, such as Suboxone, Sublocade or Brixadi' },
          { value: 'naltrexone', label: 'Naltrexone, such as Vivitrol' },
          { value: 'not-sure-medication', label: 'Not sure yet' },
          {
            value: 'no-medication',
            label: '[I|They] do not want medication',
            exclusive: true,
          },
        ],
      },
    ],
  },
  {
    id: 'practical',
    title: 'A few last things',
    why: 'These help find places that fit. You can change them on the search page.',
    questions: [
      {
        id: 'telehealth',
        type: 'radio',
        legend: 'Would [you|they] like some visits by video or phone?',
        short: 'Video or phone visits',
        choices: [
          { value: 'telehealth-yes', label: 'Yes, if possible' },
          { value: 'telehealth-no', label: 'No, in person' },
          { value: 'telehealth-either', label: 'Either is fine' },
        ],
      },
      {
        id: 'language',
        type: 'checkbox',
        legend: 'Do [you|they] need care in a language other than English?',
        hint: 'Tick all that apply.',
        short: 'Language',
        choices: [
          { value: 'spanish', label: 'Spanish' },
          { value: 'asl', label: 'American Sign Language (ASL)' },
          { value: 'other-language', label: 'Another language' },
          { value: 'english', label: 'No, English is fine', exclusive: true },
        ],
      },
      {
        id: 'payment',
        type: 'checkbox',
        legend: 'How would [you|they] pay?',
        hint: 'Tick all that apply. Many places offer low-cost or free care.',
        short: 'Payment',
        choices: [
          { value: 'medicaid', label: 'Medicaid' },
          { value: 'medicare', label: 'Medicare' },
          { value: 'private', label: 'Private insurance, from work or the marketplace' },
          { value: 'military', label: 'Military insurance (TRICARE)' },
          { value: 'no-insurance', label: 'No insurance' },
          { value: 'not-sure-payment', label: 'Not sure' },
        ],
      },
    ],
  },
];

/** Every question, safety screen included, by id. */
export const QUESTIONS: ReadonlyMap<string, Question> = new Map(STEPS.flatMap((s) => s.questions).map((q) => [q.id, q]));

/** The questions after the safety screen and "who": the ones a result is made from. */
export const TOPIC_STEPS: readonly Step[] = STEPS.slice(2);

export type Answers = Readonly<Record<string, readonly string[]>>;

/** Who the answers are about; "myself" unless they said otherwise (or skipped the question). */
export function whoFrom(answers: Answers): Who {
  return answers[ANSWERING_FOR.id]?.includes(SOMEONE_ELSE) ? 'other' : 'self';
}

export function question(id: string): Question {
  const found = QUESTIONS.get(id);
  if (!found) throw new Error(`No self-check question "${id}"`);
  return found;
}

export function choiceLabel(questionId: string, value: string, who: Who): string {
  const choice = question(questionId).choices.find((c) => c.value === value);
  if (!choice) throw new Error(`No answer "${value}" for self-check question "${questionId}"`);
  return say(choice.label, who);
}
