/**
 * Help lines shown on every page. Numbers and facts from the services themselves:
 * - SAMHSA National Helpline: https://www.samhsa.gov/find-help/national-helpline (hours, languages, TTY, text line)
 * - 988 Suicide & Crisis Lifeline: https://988lifeline.org (call or text 988; press 1 for veterans, 2 for Spanish)
 * - Poison Control: https://www.poisoncontrol.org/home/
 * - Never Use Alone: https://neverusealone.com
 */
export interface Helpline {
  name: string;
  display: string;
  /** A tel: link target, digits only. */
  tel: string;
  text?: { display: string; sms: string };
  note: string;
}

export const SAMHSA_HELPLINE: Helpline = {
  name: 'SAMHSA National Helpline',
  display: '1-800-662-4357',
  tel: '+18006624357',
  text: { display: 'text your ZIP code to 435748', sms: '435748' },
  note: 'Free, private help finding treatment, any time of day, in English and Spanish. TTY 1-800-487-4889.',
};

export const CRISIS_988: Helpline = {
  name: '988 Suicide & Crisis Lifeline',
  display: '988',
  tel: '988',
  text: { display: 'or text 988', sms: '988' },
  note: 'Call or text if you or someone you love is in crisis, including a crisis with drugs or alcohol. Press 1 for veterans, 2 for Spanish.',
};

export const EMERGENCY_911: Helpline = {
  name: 'Emergency',
  display: '911',
  tel: '911',
  note: 'Call 911 for an overdose, if someone will not wake up, or is not breathing.',
};

export const POISON_CONTROL: Helpline = {
  name: 'Poison Control',
  display: '1-800-222-1222',
  tel: '+18002221222',
  note: 'Free, private advice about a poisoning or a dose taken by mistake, any time of day.',
};

export const NEVER_USE_ALONE: Helpline = {
  name: 'Never Use Alone',
  display: '1-800-484-3731',
  tel: '+18004843731',
  note: 'If you are going to use alone, call. Someone stays on the line and sends help to where you are if you stop answering.',
};

/** Where "Quick exit" goes: a plain, neutral public-service page. */
export const QUICK_EXIT_URL = 'https://www.weather.gov/';
