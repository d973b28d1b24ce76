/** The page frame (src/ui/layout.tsx), the help lines box and the shared form pieces. */
export const layout = {
  siteName: 'Open Treatment',
  /** "Error: " before a page title when its form needs attention. */
  errorPrefix: 'Error: ',
  titleSeparator: ' – ',
  skipLink: 'Skip to main content',
  nav: { label: 'Main', find: 'Find treatment', guides: 'Guides', selfCheck: 'Self-check', crisis: 'Crisis help' },
  strip: {
    needHelp: 'Need help now?',
    needHelpHidden: ' ({name}, free and private, 24 hours)',
    crisis: 'Crisis: call or text',
    emergency: 'In an emergency call',
    quickExit: 'Quick exit',
    quickExitHidden: ' (leave this site now; press Escape twice)',
  },
  footer: {
    label: 'About this site',
    aboutData: 'About our data',
    privacy: 'Privacy',
    accessibility: 'Accessibility',
    editorialPolicy: 'How we write and fund this site',
    api: 'Open data and API',
    newsletter: 'Get email updates',
    notAdvice:
      'Open Treatment gives information, not medical advice. It does not diagnose anyone or place anyone in treatment. It stores nothing about you unless you sign up for our newsletter or send us a report about a listing.',
    attribution:
      'Facility data from SAMHSA (public domain). Contains data from GeoNames (www.geonames.org), licensed CC BY 4.0. See <data>About our data</data>.',
  },
  helplineBox: { title: 'Talk to someone now' },
  errorSummary: { title: 'There is a problem' },
  /** The language switch: it names the other language, in that language. */
  language: { label: 'Language', switchTo: 'Español', switchToHidden: ' (esta página en español)' },
} as const;

/** The error pages (src/error-pages.tsx). */
export const errors = {
  notFoundTitle: 'Page not found',
  serverTitle: 'Sorry, something went wrong',
  problemTitle: 'There is a problem',
  notFound: 'We could not find that page. If you typed the address, check it is right.',
  badRequest: 'We could not read that request. Please try again.',
  server: 'Something went wrong on our side. Please try again in a moment.',
  whereNext: 'You can <find>search for treatment</find>, read our <guides>guides</guides>, or go to the <home>home page</home>.',
  helpNow: 'If you need help now, call the {name} at {number} (free, private, any time).',
} as const;
