/** The guides index and the parts of a guide page around its Markdown (src/features/guides). */
export const guides = {
  index: {
    title: 'Guides',
    description:
      'Plain-language guides to treatment for heroin and other opioid use: medicines, detox, therapy, paying for care, overdose and helping someone you love.',
    lead: 'Clear, honest information about treatment for heroin and other opioid use, for you or for someone you care about. Each guide lists its sources and when we last checked it.',
    empty: 'There are no guides here yet. Please check back soon.',
    lastReviewed: 'Last reviewed',
    reviewPending: 'Clinician review pending',
    due: 'Due for review',
  },
  page: {
    breadcrumb: 'Breadcrumb',
    home: 'Home',
    guides: 'Guides',
    writtenBy: 'Written by: {name} ({role})',
    lastReviewed: 'Page last reviewed:',
    nextReview: 'Next review due:',
    factChecked: 'Facts last checked against the sources:',
    reviewPending: 'No clinician has reviewed this guide yet: we wrote it from the sources listed at the end.',
    overdueTitle: 'This guide is due for review.',
    overdue:
      'We planned to check it again by {next}, and we have not done that yet. Some details may have changed since {last}. Please check anything important with a doctor, a pharmacist or the SAMHSA National Helpline.',
    expiredIntro: 'In particular, this guide says something that was only known to hold until a date that has passed:',
    expiredUntil: '(until {date})',
    contents: 'On this page',
    commonQuestions: 'Common questions',
    references: 'References',
    retrieved: 'Retrieved {date}.',
    backToText: 'Back to text',
    backToTextHidden: ' for reference {number}',
    backToTextPlace: 'reference {number}, place ',
    related: 'Related guides',
    find: {
      title: 'Find treatment near you',
      label: 'ZIP code, or city and state',
      hint: 'For example, 43215 or Columbus, OH',
      button: 'Find treatment',
    },
  },
} as const;
