/** The newsletter's pages (src/features/newsletter). */
export const newsletter = {
  signUp: {
    title: 'Get email updates',
    description: 'Sign up for occasional emails from Open Treatment about new guides and treatment data.',
    lead: 'Hear from us now and then, when we publish a new guide or update our treatment data.',
    expectTitle: 'What to expect',
    expect: [
      'We only write when we have something new. That is not often.',
      'First, we email you a link to check the address is yours. Nothing starts until you follow it.',
      'Every email has a link to unsubscribe: open it and press one button.',
    ],
    keepTitle: 'What we keep',
    keep: 'Your email address, your first name if you give it, the language of this page, and the dates you signed up and confirmed. We use them only to send these emails. We never share or sell them. If you unsubscribe, we delete them. Read more in our <privacy>privacy notice</privacy>.',
    email: 'Email address',
    firstName: 'First name (optional)',
    firstNameHint: 'We only use it to greet you in our newsletter emails, never in the sign-up email. Up to {max} characters.',
    trap: 'Leave this box empty',
    consentLegend: 'Your permission',
    consent: 'I want to get occasional emails from Open Treatment',
    consentHint: 'You can stop them at any time.',
    submit: 'Sign up',
  },
  /** The sign-up form's errors (GOV.UK style: say what to do). */
  errors: {
    emailMissing: 'Enter your email address',
    emailTooLong: 'Email address must be 254 characters or fewer',
    emailFormat: 'Enter an email address in the correct format, like name@example.com',
    firstNameTooLong: 'First name must be {max} characters or fewer',
    consent: 'Tick the box to say you want to get our emails',
  },
  checkEmail: {
    title: 'Check your email',
    lead: 'Thank you. We are sending an email to the address you gave us.',
    follow: 'Open it and follow the link to finish signing up. The link works for 48 hours.',
    already: 'If you are already on our list, the email will tell you so, and there is nothing more to do.',
    cannotFindTitle: "Can't find it?",
    cannotFind: [
      'It can take a few minutes to arrive.',
      'Look in your spam or junk folder.',
      'Still nothing after 10 minutes? Check you typed the address correctly, and <signup>sign up again</signup>.',
    ],
    meanwhile: 'While you wait, you could read our <guides>guides</guides> or <find>find treatment near you</find>.',
  },
  tooMany: {
    title: 'Please wait a few minutes',
    why: "We have had several sign-ups from your internet connection in a short time. To protect people's inboxes, we only allow a few at once.",
    retry: {
      one: 'Please try again in {count} minute. If you have already signed up, look for our email in your inbox and your spam or junk folder.',
      other:
        'Please try again in {count} minutes. If you have already signed up, look for our email in your inbox and your spam or junk folder.',
    },
    home: 'Go to the home page',
  },
  confirm: {
    title: 'Confirm your email sign-up',
    body: 'Press the button to start getting occasional emails from Open Treatment.',
    button: 'Confirm my subscription',
    notYou: "Didn't sign up? You don't need to do anything. Just close this page.",
  },
  confirmed: {
    title: "You're subscribed",
    body: 'Thank you for confirming. We will email you when we publish a new guide or update our treatment data.',
    leavingTitle: 'Leaving is easy',
    leaving:
      'Every email we send has an unsubscribe link at the bottom. Follow it and press one button, and we delete your email address and name. The email we just sent you has that link too.',
    guides: 'Read our guides',
  },
  unsubscribe: {
    title: 'Unsubscribe from our emails',
    body: 'Press the button and we will stop emailing you. We will also delete your email address and name.',
    button: 'Unsubscribe',
  },
  unsubscribed: {
    title: "You've unsubscribed",
    body: "We won't email you again, and we have deleted your email address and name.",
    again: 'Changed your mind? You can <signup>sign up again</signup> at any time.',
  },
  linkProblem: {
    unsubscribeTitle: 'This unsubscribe link does not work',
    unsubscribeDone: "You may have unsubscribed already. If so, there is nothing more to do: we won't email you again.",
    unsubscribeCut:
      'The link may also have been cut short when it was copied. If we still email you, use the unsubscribe link in our newest email.',
    expiredTitle: 'This link has expired',
    expired: 'Links to confirm a sign-up work for 48 hours, and this one is older than that. You are not subscribed.',
    brokenTitle: 'This link does not work',
    broken:
      'The link may have been cut short when it was copied, or it may be from an old email. If you have already confirmed, you are still subscribed and there is nothing more to do.',
    again: 'To get our emails, <signup>sign up again</signup> and we will send you a new link.',
  },
  email: {
    confirmSubject: 'Please confirm your email sign-up',
    alreadySubject: 'About your email sign-up',
    hello: 'Hello,',
    someone: 'Someone, hopefully you, asked to get emails from Open Treatment at this address.',
    occasional:
      'We will send occasional updates about new guides and changes to our treatment data. Not often, and we never share your address.',
    confirm: 'To start getting them, please confirm your address. The link works for {hours} hours:',
    confirmAction: 'Confirm my email address',
    ignoreConfirm: "Didn't ask for this? You can ignore this email. We won't send you anything else unless you confirm.",
    someoneAgain: 'Someone, hopefully you, just asked to get emails from Open Treatment at this address.',
    already: "Good news: you're already on our list, so there is nothing more to do.",
    ignoreAlready: "Didn't ask for this? You can ignore this email. Nothing has changed.",
    who: 'Who we are: Open Treatment is a free, open-source website that helps people with opioid use disorder, and the people who love them, understand treatment and find it nearby.',
    stop: 'To stop all emails from us, open this link and press the button:',
    help: 'Need help now? Call the {samhsa} at {samhsaNumber} (free and private, any time). In a crisis, call or text {crisisNumber}.',
  },
} as const;
