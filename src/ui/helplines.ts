/**
 * Help lines shown on every page: the ONE place their numbers are written. Everywhere else links to them with
 * `<HelplineLink>` (./helpline-link.tsx), `telHref`/`smsHref`, or `helplineText` for plain text (emails,
 * summaries), and content Markdown uses `{{tel:ID}}` / `{{sms:ID}}` with an id from `HELPLINES`. A test
 * (helplines.test.ts) fails on a phone number written anywhere else. Numbers and facts from the services themselves:
 * - SAMHSA National Helpline: https://www.samhsa.gov/find-help/national-helpline (hours, languages, TTY, text line)
 * - 988 Suicide & Crisis Lifeline: https://988lifeline.org (call or text 988; press 1 for veterans, 2 for Spanish)
 * - Poison Control: https://www.poisoncontrol.org/home/
 * - Never Use Alone: https://neverusealone.com
 * In Spanish (a line's `name`, `note` and text words follow the page's language): the SAMHSA National Helpline
 * answers calls in Spanish, 24/7, but its text service is English only; 988 has Spanish by pressing 2, or by
 * texting AYUDA to 988 (988lifeline.org, "What to expect").
 */
import { currentLocale } from './locale.ts';

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

/** The words of a line in Spanish; the numbers are never repeated. */
interface SpanishWords {
  name: string;
  note: string;
  text?: string;
}

/** A line whose words follow the page's language: the same object everywhere, its numbers written once. */
function line(english: Helpline, spanish: SpanishWords): Helpline {
  const es = () => currentLocale() === 'es';
  const text = english.text;
  return {
    id: english.id,
    display: english.display,
    tel: english.tel,
    get name() {
      return es() ? spanish.name : english.name;
    },
    get note() {
      return es() ? spanish.note : english.note;
    },
    ...(text
      ? {
          text: {
            sms: text.sms,
            get display() {
              return es() && spanish.text ? spanish.text : text.display;
            },
          },
        }
      : {}),
  };
}

export const SAMHSA_HELPLINE: Helpline = line(
  {
    id: 'samhsa',
    name: 'SAMHSA National Helpline',
    display: '1-800-662-4357',
    tel: '+18006624357',
    text: { display: 'text your ZIP code to 435748', sms: '435748' },
    note: 'Free, private help finding treatment, any time of day, in English and Spanish. TTY 1-800-487-4889.',
  },
  {
    name: 'Línea Nacional de Ayuda de SAMHSA',
    note: 'Ayuda gratis y confidencial para encontrar tratamiento, a cualquier hora, en español: llame y pida hablar en español. El servicio de mensajes de texto es solo en inglés. TTY 1-800-487-4889.',
    text: 'mensajes de texto solo en inglés: envíe su código postal al 435748',
  },
);

export const CRISIS_988: Helpline = line(
  {
    id: '988',
    name: '988 Suicide & Crisis Lifeline',
    display: '988',
    tel: '988',
    text: { display: 'or text 988', sms: '988' },
    note: 'Call or text if you or someone you love is in crisis, including a crisis with drugs or alcohol. Press 1 for veterans, 2 for Spanish.',
  },
  {
    name: '988 Línea de Prevención del Suicidio y Crisis',
    note: 'Llame o envíe un texto si usted o un ser querido está en crisis, también por drogas o alcohol. En español: llame y marque 2, o envíe la palabra AYUDA por texto al 988.',
    text: 'o envíe AYUDA por texto al 988',
  },
);

export const EMERGENCY_911: Helpline = line(
  {
    id: '911',
    name: 'Emergency',
    display: '911',
    tel: '911',
    note: 'Call 911 for an overdose, if someone will not wake up, or is not breathing.',
  },
  {
    name: 'Emergencias',
    note: 'Llame al 911 si hay una sobredosis, si alguien no despierta o no respira.',
  },
);

export const POISON_CONTROL: Helpline = line(
  {
    id: 'poison-control',
    name: 'Poison Control',
    display: '1-800-222-1222',
    tel: '+18002221222',
    note: 'Free, private advice about a poisoning or a dose taken by mistake, any time of day.',
  },
  {
    name: 'Control de Envenenamientos',
    note: 'Consejos gratis y confidenciales sobre un envenenamiento o una dosis tomada por error, a cualquier hora.',
  },
);

export const NEVER_USE_ALONE: Helpline = line(
  {
    id: 'never-use-alone',
    name: 'Never Use Alone',
    display: '1-800-484-3731',
    tel: '+18004843731',
    note: 'If you are going to use alone, call. Someone stays on the line and sends help to where you are if you stop answering.',
  },
  {
    name: 'Never Use Alone',
    note: 'Si va a consumir a solas, llame. Alguien se queda en la línea y envía ayuda a donde usted está si deja de contestar.',
  },
);

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
