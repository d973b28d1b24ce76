import { conceptByKey } from '../../domain/concepts.ts';
import { OUR_TEAM_SOURCE } from '../../domain/corrections.ts';
import type { Facility } from '../../domain/facility.ts';
import { properCity, simplify } from '../../domain/place-names.ts';
import { numberFormat } from '../../ui/intl.ts';
import { intlLocale } from '../../ui/locale.ts';
import { fill, messages } from '../../ui/messages/index.ts';
import type { SourceSummary } from './locator.repository.ts';

/** A phone number as a tel: URI: "+12563810013", with ",5" to dial an extension after a pause. */
export function telUri(phone: string): string {
  const m = phone.match(/^(\d{3})-(\d{3})-(\d{4})(?: x(\d+))?$/);
  if (!m) return `tel:${phone.replace(/[^\d+]/g, '')}`;
  return `tel:+1${m[1]}${m[2]}${m[3]}${m[4] ? `,${m[4]}` : ''}`;
}

export const CENTRAL_INTAKE_LINE = 'Central intake line';

/**
 * The number to show first: the intake line when there is one, because that is who books a first visit. A
 * number shared with other places (a chain's or a county's) is labelled as the central intake line it is.
 */
export function callNumbers(f: Facility): { label: string; phone: string; central: boolean }[] {
  const out: { label: string; phone: string; central: boolean }[] = [];
  if (f.intakePhone) {
    out.push({
      label: f.intakePhoneCentralIntake ? CENTRAL_INTAKE_LINE : messages().locator.phone.intake,
      phone: f.intakePhone,
      central: f.intakePhoneCentralIntake,
    });
  }
  if (f.phone) {
    const m = messages().locator.phone;
    const label = f.phoneCentralIntake ? CENTRAL_INTAKE_LINE : f.intakePhone ? m.main : m.phone;
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
export function disagreementLabels(f: Facility): string[] {
  return f.disagreements.map((k) => conceptByKey(k)?.label).filter((l): l is string => l !== undefined);
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
  if (!key) return 'unknown';
  const s = sources.get(key);
  if (!s) {
    if (key === 'zcta-2021') return 'the center of its ZIP code (Census 2021)';
    if (key === 'geonames-postal') return 'the center of its ZIP code (GeoNames)';
    if (key === 'geonames-cities') return 'the center of its city (GeoNames)';
    if (key === OUR_TEAM_SOURCE) return 'our team, who checked with the place';
    return key;
  }
  return `${s.name} (${s.publisher}, ${s.year})`;
}

/** The newest list this facility appears in: the line every result carries. */
export function newestListing(f: Facility, sources: Map<string, SourceSummary>): SourceSummary | undefined {
  return f.listedIn.map((k) => sources.get(k)).find((s): s is SourceSummary => s !== undefined);
}

/** "2.4 miles", "2.4 millas": Intl with the page's locale (es-US writes a decimal point, as US Spanish speakers do). */
const ONE_DECIMAL: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1 };

export const milesText = (miles: number): string => {
  const m = messages().locator.distance;
  if (miles < 0.1) return m.lessThan;
  return fill(m.miles, { miles: numberFormat(intlLocale(), ONE_DECIMAL).format(miles) });
};
