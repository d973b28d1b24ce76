/**
 * Help lines shown on every page: the ONE place their numbers are written. Everywhere else links to them with
 * `<HelplineLink>` (./helpline-link.tsx), `telHref`/`smsHref`, or `helplineText` for plain text (emails,
 * summaries), and content Markdown uses `{{tel:ID}}` / `{{sms:ID}}` with an id from `HELPLINES`. A test
 * (helplines.test.ts) fails on a phone number written anywhere else. Numbers and facts from the services themselves:
 * - SAMHSA National Helpline: https://www.samhsa.gov/find-help/national-helpline (hours, languages, TTY, text line)
 * - 988 Suicide & Crisis Lifeline: https://988lifeline.org (call or text 988; press 1 for veterans, 2 for Spanish)
 * - Poison Control: https://www.poisoncontrol.org/home/
 * - Never Use Alone: https://neverusealone.com
 */
export interface Helpline {
  /** How content refers to the line: `{{tel:samhsa}}`. */
  id: string;
  name: string;
  display: string;
  /** The number to dial: digits, with + and the country code for a full number. */
  tel: string;
  text?: { display: string; sms: string };
  note: string;
}

export const SAMHSA_HELPLINE: Helpline = {
  id: 'samhsa',
  name: 'SAMHSA National Helpline',
  display: '1-800-662-4357',
  tel: '+18006624357',
  text: { display: 'text your ZIP code to 435748', sms: '435748' },
  note: 'Free, private help finding treatment, any time of day, in English and Spanish. TTY 1-800-487-4889.',
};

export const CRISIS_988: Helpline = {
  id: '988',
  name: '988 Suicide & Crisis Lifeline',
  display: '988',
  tel: '988',
  text: { display: 'or text 988', sms: '988' },
  note: 'Call or text if you or someone you love is in crisis, including a crisis with drugs or alcohol. Press 1 for veterans, 2 for Spanish.',
};

export const EMERGENCY_911: Helpline = {
  id: '911',
  name: 'Emergency',
  display: '911',
  tel: '911',
  note: 'Call 911 for an overdose, if someone will not wake up, or is not breathing.',
};

export const POISON_CONTROL: Helpline = {
  id: 'poison-control',
  name: 'Poison Control',
  display: '1-800-222-1222',
  tel: '+18002221222',
  note: 'Free, private advice about a poisoning or a dose taken by mistake, any time of day.',
};

export const NEVER_USE_ALONE: Helpline = {
  id: 'never-use-alone',
  name: 'Never Use Alone',
  display: '1-800-484-3731',
  tel: '+18004843731',
  note: 'If you are going to use alone, call. Someone stays on the line and sends help to where you are if you stop answering.',
};

/** Every line, by the id content uses for it. */
export const HELPLINES: ReadonlyMap<string, Helpline> = new Map(
  [SAMHSA_HELPLINE, CRISIS_988, EMERGENCY_911, POISON_CONTROL, NEVER_USE_ALONE].map((line) => [line.id, line]),
);

/** The line's tel: URI. */
export const telHref = (line: Helpline) => `tel:${line.tel}`;

/** The line's sms: URI (the text number when it has one, else its phone number). */
export const smsHref = (line: Helpline) => `sms:${line.text?.sms ?? line.tel}`;

/** For plain text (emails, printed summaries): "SAMHSA National Helpline: 1-800-662-4357". */
export const helplineText = (line: Helpline) => `${line.name}: ${line.display}`;

/** Where "Quick exit" goes: a plain, neutral public-service page. */
export const QUICK_EXIT_URL = 'https://www.weather.gov/';
