import type { Facility } from '../../domain/facility.ts';
import type { SourceSummary } from './locator.repository.ts';

/** A phone number as a tel: URI: "+12563810013", with ",5" to dial an extension after a pause. */
export function telUri(phone: string): string {
  const m = phone.match(/^(\d{3})-(\d{3})-(\d{4})(?: x(\d+))?$/);
  if (!m) return `tel:${phone.replace(/[^\d+]/g, '')}`;
  return `tel:+1${m[1]}${m[2]}${m[3]}${m[4] ? `,${m[4]}` : ''}`;
}

/** The number to show first: the intake line when there is one, because that is who books a first visit. */
export function callNumbers(f: Facility): { label: string; phone: string }[] {
  const out: { label: string; phone: string }[] = [];
  if (f.intakePhone) out.push({ label: 'Intake', phone: f.intakePhone });
  if (f.phone) out.push({ label: f.intakePhone ? 'Main line' : 'Phone', phone: f.phone });
  return out;
}

export function addressLines(f: Facility): string[] {
  const street = [f.street, f.street2].filter(Boolean).join(', ');
  return [street, `${f.city}, ${f.state} ${f.zip}`].filter(Boolean);
}

/** "the 2017 National Directory" style names for sources, short enough for a result line. */
export function sourceName(key: string | null, sources: Map<string, SourceSummary>): string {
  if (!key) return 'unknown';
  const s = sources.get(key);
  if (!s) {
    if (key === 'zcta-2021') return 'the center of its ZIP code (Census 2021)';
    if (key === 'geonames-postal') return 'the center of its ZIP code (GeoNames)';
    if (key === 'geonames-cities') return 'the center of its city (GeoNames)';
    return key;
  }
  return `${s.name} (${s.publisher}, ${s.year})`;
}

/** The newest list this facility appears in: the line every result carries. */
export function newestListing(f: Facility, sources: Map<string, SourceSummary>): SourceSummary | undefined {
  return f.listedIn.map((k) => sources.get(k)).find((s): s is SourceSummary => s !== undefined);
}

export const milesText = (miles: number): string => (miles < 0.1 ? 'less than 0.1 miles' : `${miles.toFixed(1)} miles`);
