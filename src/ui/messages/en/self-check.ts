/**
 * The self-check's screens (src/features/self-check): intro, steps, result and printable summary. The
 * questions, answers and rules themselves are data in self-check.questions.ts and self-check.rules.ts.
 * `[you|they]` picks the words for the person or for someone they help (see ../format.ts).
 */
export const selfCheck = {
  description: 'A short, private self-check: what kind of treatment to ask about for opioid use, and which medicines.',
  titles: {
    intro: 'Self-check: what kind of treatment should I ask about?',
    step: '{title} – Self-check',
    result: 'Your result – Self-check',
    print: 'Bring this to your first call – Self-check',
    crisis: 'Get help now',
  },
  startOver: 'Start over',
  startOverHidden: ' (clears every answer)',
  intro: {
    heading: 'What kind of treatment should I ask about?',
    lead: 'Answer {count} short questions, for yourself or for someone you are helping, and get a suggested place to start, medicines to ask about, and a search for treatment near you.',
    danger:
      '<strong>If someone is in danger right now, do not wait.</strong> Call {emergency}, or <crisis>get crisis help now</crisis>.',
    beforeTitle: 'Before you start',
    time: 'It takes about 5 minutes. You can skip any question.',
    private:
      'It is private. Your answers are not saved and are not written to our logs. With JavaScript turned on, they never leave your device at all. Only if you choose to search at the end do the search filters (such as “Residential” or “Pregnant or postpartum people”) go into the search’s web address, where you can see and change them.',
    notDiagnosis:
      'It is not a diagnosis or a placement. It gives you a starting point to talk over with a clinician or the SAMHSA National Helpline at {helpline}.',
    start: 'Start the self-check',
    public: 'The rules are public: read <how>how the self-check works</how>.',
  },
  step: {
    safetyCaption: 'Safety first',
    caption: 'Question {index} of {total}',
    safetyNote: 'If someone is in danger, you do not need to finish this. <crisis>Get crisis help now</crisis>.',
    why: 'Why we ask this',
    continue: 'Continue',
    skip: 'Skip this question',
    back: 'Back',
    bothNone: 'Choose “{none}” or the answers that apply, not both',
  },
  result: {
    caption: 'Your result',
    heading: 'A place to start: {level}',
    levelTitle: 'Suggested starting level of care: {level}',
    noReasons:
      'Nothing you told us points to a need for more care than this. Outpatient care with medication works well for many people who have a safe place to live.',
    because: 'Because you said {reason}.',
    notDiagnosis:
      '<strong>This is not a diagnosis or a placement.</strong> It is a starting point. Talk it over with a clinician, or call the SAMHSA National Helpline at {helpline} (free, private, any time).',
    rulesReviewPending:
      'No clinician has reviewed the self-check’s rules yet: they are our own design, set out in “How the self-check works”.',
    medication:
      'Medication is recommended for opioid use disorder at every level of care, from outpatient visits to a hospital stay. People who take methadone or buprenorphine are much less likely to die. Ask each place which of these they offer.',
    askedAbout: 'You asked about this',
    alsoAsk: 'Also ask about:',
    disagree:
      'Some answers seemed to disagree with each other. We went with the answer that may need more care. Talk it through with a clinician.',
    skipped: {
      one: 'You skipped {count} of the questions, so this is based only on what you told us. That is fine: a clinician will ask more.',
      other:
        'You skipped {count} of the questions, so this is based only on what you told us. That is fine: a clinician will ask more.',
    },
    findTitle: 'Find places near you',
    findIntro: 'The search starts with these filters. You can change them there, and add your ZIP code or town.',
    findButton: 'Find treatment with these filters',
    medicinesTitle: 'Medicines to ask about',
    takeTitle: 'Take this with you',
    takeIntro: 'A one-page summary with the suggestion, the answers and questions to ask when you call a place.',
    print: 'Print or save this summary',
    backToQuestions: 'Back to the questions',
    guidesTitle: 'Guides that fit',
    toldUs: '[What you told us|What you told us about them]',
    howItWorks: 'See <how>how the self-check works</how>.',
    skippedAnswer: 'Skipped',
  },
  print: {
    heading: 'Bring this to your first call',
    from: 'From the Open Treatment self-check. This is not a diagnosis or a placement; it is a starting point to talk over with a clinician.',
    startTitle: 'Suggested starting point',
    because: 'Because you said {reasons}.',
    reasonsJoin: ', and ',
    noReasons: 'No answer pointed to a need for more care.',
    alsoAsk: 'Also ask about: {needs}.',
    medicines: 'Medicines to ask about: methadone, buprenorphine, naltrexone{interested}.',
    interested: ' (most interested in {medicines})',
    and: ' and ',
    questionsTitle: 'Questions to ask',
    answersTitle: '[My answers|Answers about the person I am helping]',
    helpLine: 'Help any time: {samhsaName} {samhsa} · Crisis: call or text {crisis} · Emergency: {emergency}',
    howTo: 'To print or save as a PDF, use your browser’s Print command.',
    printButton: 'Print this page',
    backToResult: 'Back to the result',
  },
  cannotRead: {
    title: 'Sorry, we could not read your answers',
    body: 'Something in the form changed on its way to us, so we could not tell what you chose. Nothing was saved, so there is nothing to clear up.',
    startOver: 'Start over',
    danger: 'If someone is in danger right now, <crisis>get crisis help</crisis>.',
  },
  crisisLink: 'Get help now',
} as const;
