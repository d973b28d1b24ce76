/** The pieces around content pages (content/pages/*.md), and the words their placeholders stand for. */
export const pages = {
  sources: {
    retrieved: 'Retrieved {date}.',
  },
  reviewPending: 'No clinician has reviewed this page yet: we wrote it from the sources listed here.',
  reportProblem: {
    linked: 'open an issue in <tracker>our public issue tracker</tracker>',
    unlinked: 'contact the people who run this copy of Open Treatment',
  },
  sponsorNow: {
    some: 'this site shows paid advertising from {name} on some guide pages.',
    none: 'this site shows no paid advertising.',
  },
} as const;

/** The crisis page's call buttons (src/features/self-check/crisis.view.tsx). */
export const crisis = {
  callNumber: 'Call {number}',
  callLine: 'Call {name} {number}',
  textNumber: 'Text {number}',
  line: '{name} {number}',
  getHelpNow: 'Get help now',
} as const;

/** The tables and lists of "How the self-check works" (src/features/self-check/how-it-works.view.tsx). */
export const howItWorks = {
  designTag: '[D]',
  designTagHidden: ' our design recommendation',
  rulesReviewPending:
    'No clinician has reviewed these rules yet: they are our own design, from the sources listed at the end of this page.',
  redFlags: { caption: 'Safety answers and where they go', happening: 'If this is happening', show: 'We show' },
  levels: { caption: 'Levels of care', level: 'Level', like: 'What it is like', filter: 'Search filter' },
  rules: {
    atLeast: 'At least: {level}',
    caption: 'Rules that suggest at least {level}',
    rule: 'Rule',
    area: 'Area',
    when: 'If',
    says: 'The result says',
    because: 'Because you said {reason}.',
  },
  needs: { caption: 'Rules that add advice or filters', rule: 'Rule', when: 'If', adds: 'Adds' },
  filters: {
    typeOfCare: 'Type of care: the level’s filter from the table above, plus any added by the rules below.',
    need: 'When the result includes “{need}”: {group} = {value}.',
    answer: 'When “{question}” includes “{answer}”: {group} = {values}.',
    or: ' or ',
    anyMedication:
      'If no medicine was picked, the search looks for places offering any of {medicines}, as long as opioids were ticked (or the question was skipped) and “I do not want medication” was not.',
  },
  conflict: 'The same note appears if “{question}” includes both “{first}” and “{second}”.',
  when: 'when {condition}',
  always: 'always',
  /** A rule's condition in words (src/features/self-check/self-check.describe.ts). */
  describe: {
    quote: '“{text}”',
    or: ' or ',
    is: '{question} is {answers}',
    includes: '{question} includes {answers}',
    skipped: '{question} was skipped',
    not: 'not: {condition}',
    and: ', and ',
    either: 'either {conditions}',
    eitherOr: ', or ',
    need: 'the result includes {need}',
    levelAtLeast: 'the suggested level is {level} or higher',
  },
} as const;
