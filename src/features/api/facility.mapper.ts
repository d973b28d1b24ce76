import { isClosed } from '../../domain/corrections.ts';
import type { Facility } from '../../domain/facility.ts';
import { safeJsonText } from '../../lib/json.ts';
import type { ApiFacility } from './api.schemas.ts';

// A facility's API form never changes while its directory file is in use, so it is built once per record.
const cache = new WeakMap<Facility, ApiFacility>();

/** One facility record as the API shows it: snake_case, every fact with its source. */
export function toApiFacility(f: Facility, publicUrl: string): ApiFacility {
  const cached = cache.get(f);
  if (cached && cached.url === `${publicUrl}/facilities/${f.id}`) return cached;
  const built = buildApiFacility(f, publicUrl);
  cache.set(f, built);
  return built;
}

/** Per site address: each facility's JSON bytes (see apiFacilityJsonHead). */
const jsonCache = new Map<string, WeakMap<Facility, Buffer>>();

/**
 * A facility's API form as UTF-8 JSON without its closing brace, and with a comma after its last field, so a
 * search can splice in its own fields (distance, match) and never stringify or encode a facility again:
 * escaping JSON was 18% of an API search's time, and encoding the response text to bytes another 10%.
 * Built once per record, like the object; a directory swap drops both with the records (WeakMap). Returns
 * the lookup for one site address, to use for every facility of a response.
 */
export function apiFacilityJsonHeads(publicUrl: string): (f: Facility) => Buffer {
  let cache = jsonCache.get(publicUrl);
  if (cache === undefined) {
    cache = new WeakMap();
    jsonCache.set(publicUrl, cache);
  }
  const held = cache;
  return (f) => {
    let bytes = held.get(f);
    if (bytes === undefined) {
      // From a fresh object: the bytes are all a search needs, so the object is not kept as well.
      bytes = Buffer.from(`${safeJsonText(buildApiFacility(f, publicUrl)).slice(0, -1)},`);
      held.set(f, bytes);
    }
    return bytes;
  };
}

function buildApiFacility(f: Facility, publicUrl: string): ApiFacility {
  const services: Record<string, string[]> = {};
  for (const [code, source] of [...f.services].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const list = services[source] ?? [];
    list.push(code);
    services[source] = list;
  }
  return {
    id: f.id,
    name: f.name,
    name2: f.name2 || null,
    address: { street: f.street, street2: f.street2 || null, city: f.city, state: f.state, zip: f.zip },
    phone: f.phone,
    intake_phone: f.intakePhone,
    central_intake_lines: [
      ...(f.phone && f.phoneCentralIntake ? [f.phone] : []),
      ...(f.intakePhone && f.intakePhoneCentralIntake ? [f.intakePhone] : []),
    ],
    website: f.website,
    latitude: f.latitude,
    longitude: f.longitude,
    services: [...f.services.keys()].sort(),
    concepts: [...f.offers],
    sources_disagree: [...f.disagreements],
    serves_only: [...f.servesOnly],
    status: f.status,
    last_seen_year: f.lastSeenYear,
    closed: isClosed(f),
    last_checked: f.checked?.lastChecked ?? null,
    checks: apiChecks(f),
    sources: {
      listed_in: [...f.listedIn],
      address: f.addressSource,
      location: f.locationSource,
      location_method: f.locationMethod,
      phone: f.phoneSource,
      phone_listed_as: f.phoneSourceName,
      services,
    },
    url: `${publicUrl}/facilities/${f.id}`,
  };
}

/** Each fact our team checked, in a fixed field order. */
function apiChecks(f: Facility): ApiFacility['checks'] {
  const c = f.checked;
  if (!c) return [];
  const one = (
    field: ApiFacility['checks'][number]['field'],
    check: { checkedOn: string; evidence: ApiFacility['checks'][number]['evidence'] } | undefined,
  ) => (check ? [{ field, concept: null, checked_on: check.checkedOn, evidence: check.evidence }] : []);
  return [
    ...one('phone', c.phone),
    ...one('intake_phone', c.intakePhone),
    ...one('address', c.address),
    ...c.services.map((s) => ({ field: 'service' as const, concept: s.concept, checked_on: s.checkedOn, evidence: s.evidence })),
    ...one('closed', c.closed),
    ...one('serves_only', c.servesOnly),
  ];
}
