/** "Something wrong with this listing?": the report form, its errors and its thank-you page (src/features/reports). */
export const reports = {
  title: 'Report a problem with {name}',
  wait: {
    heading: 'Please wait a little',
    body: {
      one: 'We have had many reports in a short time, so we are not taking more right now. Please try again in {count} minute. What you wrote is still below.',
      other:
        'We have had many reports in a short time, so we are not taking more right now. Please try again in {count} minutes. What you wrote is still below.',
    },
  },
  heading: 'Something wrong with this listing?',
  lead: 'Tell us what is wrong with {name}, {place}. You do not need an account, and we do not need your name.',
  editorReads:
    'An editor from our team reads every report and checks with the place, usually by calling it. If our listing is wrong, we fix it for everyone.',
  kind: {
    legend: 'What is wrong?',
    closed: { label: 'It has closed', hint: '' },
    phone: { label: 'The phone number is wrong', hint: 'Give the right number below, if you know it.' },
    moved: { label: 'It has moved', hint: 'Give the new address below, if you know it.' },
    serviceMissing: { label: 'It does not offer a service we list', hint: 'Choose the service below.' },
    serviceExtra: { label: 'It offers a service we do not list', hint: 'Choose the service below.' },
    servesOnly: {
      label: 'It only serves some people',
      hint: 'For example only veterans, only teens or only women. Tell us below.',
    },
    other: { label: 'Something else', hint: 'Tell us below.' },
  },
  phone: { label: 'The right phone number', hint: 'If the phone number is wrong. Include the area code.' },
  address: { label: 'The new address', hint: 'If the place has moved: street, city, state and ZIP code.' },
  service: {
    label: 'Which service',
    hint: 'If a service is wrong: the one they do not offer, or the one we do not list.',
    choose: 'Choose a service',
    option: '{group}: {service}',
  },
  note: {
    label: 'Tell us more',
    hint: 'Needed if you chose “only serves some people” or “something else”. Please do not write your name or anything about your health. Up to {max} characters.',
  },
  email: {
    label: 'Your email address (optional)',
    hint: 'Only if you want us to write back. We delete it, and what you wrote, 90 days after we close your report.',
  },
  trap: 'Leave this box empty',
  send: 'Send report',
  keep: 'We keep your report to check the listing. Read what we keep and for how long in our <privacy>privacy notice</privacy>.',
  errors: {
    kind: 'Choose what is wrong with this listing',
    phone: 'Enter the right phone number',
    phoneFormat: 'Enter a phone number with its area code, like 256-555-0100',
    address: 'Enter the new address',
    addressLength: 'The address must be {max} characters or fewer',
    service: 'Choose the service',
    somethingElse: 'Tell us what is wrong',
    servesOnly: 'Tell us who they serve',
    noteLength: 'Your note must be {max} characters or fewer',
    emailLength: 'Your email address must be {max} characters or fewer',
    email: 'Enter an email address in the correct format, like name@example.com, or leave it empty',
    tooLarge: 'That was more than this form can take. Please shorten your note and try again.',
  },
  sent: {
    title: 'Thank you for your report',
    lead: 'We have your report about {name}.',
    next: 'What happens next',
    steps: [
      'An editor from our team reads it, usually within a few days.',
      'They check with the place itself, usually by calling it.',
      'If our listing is wrong, they fix it. The listing then shows what they checked and the date, such as “Phone confirmed by our team”.',
      'If you gave your email address, we may write to you. We delete your email address and what you wrote 90 days after we close your report.',
    ],
    meanwhile: 'Until then, please call the place before you go. Places change their hours, services and phone numbers.',
    back: 'Back to {name}',
    find: 'Find treatment',
  },
} as const;
