import { type Concept, conceptByKey } from '../../domain/concepts.ts';
import { OUR_TEAM_SOURCE } from '../../domain/corrections.ts';
import type { Facility } from '../../domain/facility.ts';
import { properCity, simplify } from '../../domain/place-names.ts';
import { numberFormat, writesSmallNumbersPlainly } from '../../ui/intl.ts';
import { intlLocale } from '../../ui/locale.ts';
import { fill, messages } from '../../ui/messages/index.ts';
import type { SourceSummary } from './locator.repository.ts';

/** A phone number as a tel: URI: "+12563810013", with ",5" to dial an extension after a pause. */
export function telUri(phone: string): string {
  const m = phone.match(/^(\d{3})-(\d{3})-(\d{4})(?: x(\d+))?$/);
  if (!m) return `tel:${phone.replace(/[^\d+]/g, '')}`;
  return `tel:+1${m[1]}${m[2]}${m[3]}${m[4] ? `,${m[4]}` : ''}`;
}

/**
 * The number to show first: the intake line when there is one, because that is who books a first visit. A
 * number shared with other places (a chain's or a county's) is labelled as the central intake line it is.
 */
export function callNumbers(f: Facility): { label: string; phone: string; central: boolean }[] {
  const out: { label: string; phone: string; central: boolean }[] = [];
  if (f.intakePhone) {
    out.push({
      label: f.intakePhoneCentralIntake ? messages().locator.phone.central : messages().locator.phone.intake,
      phone: f.intakePhone,
      central: f.intakePhoneCentralIntake,
    });
  }
  if (f.phone) {
    const m = messages().locator.phone;
    const label = f.phoneCentralIntake ? m.central : f.intakePhone ? m.main : m.phone;
    out.push({ label, phone: f.phone, central: f.phoneCentralIntake });
  }
  return out;
}

/**
 * The name the phone's list printed beside it, when it is not the name shown ("listed as “Howard County
 * Health Department”"), so a person who hears another name on the line knows why.
 */
export function phoneListedAs(f: Facility): string | undefined {
  if (!f.phoneSourceName) return undefined;
  const shown = simplify(`${f.name} ${f.name2}`);
  return simplify(f.phoneSourceName.replace(/,/g, ' ')) === shown || simplify(f.phoneSourceName) === simplify(f.name)
    ? undefined
    : f.phoneSourceName;
}

/** The labels of the concepts the sources disagree about, for "sources disagree: ask". */
export function disagreementLabels(f: Facility, label: (c: Concept) => string = (c) => c.label): string[] {
  return f.disagreements.flatMap((k) => {
    const c = conceptByKey(k);
    return c ? [label(c)] : [];
  });
}

/**
 * A facility's city as people write it: a list that printed it in capitals ("POMPANO BEACH") gets proper case;
 * a name already in mixed case ("Prairie du Chien", "Coeur d'Alene") is kept as the list wrote it.
 */
export const cityName = (city: string): string =>
  city === city.toUpperCase() || city === city.toLowerCase() ? properCity(city) : city;

/** "McAllen, TX". */
export const placeLabel = (f: Pick<Facility, 'city' | 'state'>): string => `${cityName(f.city)}, ${f.state}`;

export function addressLines(f: Facility): string[] {
  const street = [f.street, f.street2].filter(Boolean).join(', ');
  return [street, `${placeLabel(f)} ${f.zip}`].filter(Boolean);
}

/** "the 2017 National Directory" style names for sources, short enough for a result line. */
export function sourceName(key: string | null, sources: Map<string, SourceSummary>): string {
  const m = messages().locator.source;
  if (!key) return m.unknown;
  const s = sources.get(key);
  if (!s) {
    if (key === 'zcta-2021') return m.zcta;
    if (key === 'geonames-postal') return m.postal;
    if (key === 'geonames-cities') return m.city;
    if (key === OUR_TEAM_SOURCE) return messages().locator.facility.ourTeam;
    return key;
  }
  return fill(m.named, { name: s.name, publisher: s.publisher, year: String(s.year) });
}

/** The newest list this facility appears in: the line every result carries. */
export function newestListing(f: Facility, sources: Map<string, SourceSummary>): SourceSummary | undefined {
  return f.listedIn.map((k) => sources.get(k)).find((s): s is SourceSummary => s !== undefined);
}

/** "2.4 miles", "2.4 millas": Intl with the page's locale (es-US writes a decimal point, as US Spanish speakers do). */
const ONE_DECIMAL: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1 };

/** The formatter per Intl locale, kept here: numberFormat's own lookup writes its options as JSON every call. */
const oneDecimal = new Map<string, Intl.NumberFormat>();

/**
 * `x` (0.1 to 999) to one decimal as Intl writes it: Intl rounds the shortest decimal that reads back as the
 * number (String(x): "0.15", not the binary 0.1499…), half away from zero. facility-format.test.ts compares
 * with Intl over many values; this spares Intl's work on each of a page's twenty distances.
 */
function oneDecimalText(x: number): string {
  // Tenths by arithmetic, the digits from a whole number (no decimal conversion of a double, the slow part):
  // x * 10 is off by at most a few units in its last place, which can only change the rounding next to a
  // half, so a value within a hair of one is rounded from its decimal text below.
  const tens = x * 10;
  const whole = Math.floor(tens);
  const rest = tens - whole;
  if (rest < 0.4999999 || rest > 0.5000001) {
    const n = rest > 0.5 ? whole + 1 : whole;
    return `${(n - (n % 10)) / 10}.${n % 10}`;
  }
  return halfTenthsText(x);
}

/** oneDecimalText() from the shortest decimal text that reads back as `x`. */
function halfTenthsText(x: number): string {
  const s = String(x);
  const dot = s.indexOf('.');
  if (dot < 0) return `${s}.0`;
  if (s.length === dot + 2) return s;
  const whole = s.slice(0, dot);
  const tenths = s.charCodeAt(dot + 1) - 48;
  if (s.charCodeAt(dot + 2) - 48 < 5) return `${whole}.${tenths}`;
  return tenths < 9 ? `${whole}.${tenths + 1}` : `${Number(whole) + 1}.0`;
}

/**
 * milesText() for many distances in the page's language: the message cut once around its number, which is
 * written without Intl where the language writes small numbers as plain digits.
 */
export function milesWriter(): (miles: number) => string {
  const m = messages().locator.distance;
  const locale = intlLocale();
  const around = m.miles.split('{miles}');
  const [before, after] = around as [string, string];
  if (!writesSmallNumbersPlainly(locale) || around.length !== 2 || `${before}${after}`.includes('{')) return milesText;
  return (miles) => (miles < 0.1 ? m.lessThan : miles < 999 ? `${before}${oneDecimalText(miles)}${after}` : milesText(miles));
}

export const milesText = (miles: number): string => {
  const m = messages().locator.distance;
  if (miles < 0.1) return m.lessThan;
  const locale = intlLocale();
  // Below 999 (which cannot round up to 1,000) neither of our locales groups digits.
  if (miles < 999 && writesSmallNumbersPlainly(locale)) return fill(m.miles, { miles: oneDecimalText(miles) }, locale);
  let format = oneDecimal.get(locale);
  if (format === undefined) {
    format = numberFormat(locale, ONE_DECIMAL);
    oneDecimal.set(locale, format);
  }
  return fill(m.miles, { miles: format.format(miles) }, locale);
};
