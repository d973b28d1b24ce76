import type { FacilityRecord } from '../locator/locator.repository.ts';
import type { ApiFacility } from './api.schemas.ts';

/** One facility record as the API shows it: snake_case, every fact with its source. */
export function toApiFacility(f: FacilityRecord, publicUrl: string): ApiFacility {
  const services: Record<string, string[]> = {};
  for (const [code, source] of [...f.services].sort(([a], [b]) => a.localeCompare(b))) {
    services[source] = [...(services[source] ?? []), code];
  }
  return {
    id: f.id,
    name: f.name,
    name2: f.name2 || null,
    address: { street: f.street, street2: f.street2 || null, city: f.city, state: f.state, zip: f.zip },
    phone: f.phone,
    intake_phone: f.intakePhone,
    website: f.website,
    latitude: f.latitude,
    longitude: f.longitude,
    services: [...f.services.keys()].sort(),
    status: f.status,
    last_seen_year: f.lastSeenYear,
    sources: {
      listed_in: f.seenIn,
      address: f.addressSource,
      location: f.locationSource,
      location_method: f.locationMethod,
      phone: f.phoneSource,
      services,
    },
    url: `${publicUrl}/facilities/${f.id}`,
  };
}
