import { isClosed, OUR_TEAM_SOURCE } from '../../domain/corrections.ts';
import type { Facility } from '../../domain/facility.ts';
import type { ServesOnly } from '../../domain/serves-only.ts';
import { US_STATES } from '../../lib/us-states.ts';
import { hsdsId } from './hsds.ids.ts';

/**
 * One facility in the Open Referral Human Services Data Specification (HSDS) 3.0. The mapping, which the
 * /open-data/hsds page explains in words:
 *
 * - SAMHSA lists places, not operators or programs, so each facility is one organization, one service, one
 *   physical location and the service_at_location that joins them. Nothing is split into separate services.
 * - Every SAMHSA service code the facility has becomes an attribute of the service, pointing at a term of one
 *   taxonomy ("SAMHSA treatment facility service codes", one term per legend code with its plain label).
 * - Some codes are also written where HSDS has a field for them: language codes as languages; age, gender,
 *   special-program and "only serves" codes as the eligibility description; payment codes as the fees
 *   description; licence and accreditation codes as accreditations.
 * - Every fact carries metadata saying which source list (and its year) gave it; for the codes, one entry per
 *   source on the service lists the codes that source gave.
 *
 * Imported text is untrusted: it is trimmed, control characters are dropped, empty fields are left out, and
 * only http(s) addresses are published as URLs.
 *
 * @module
 */

export interface SourceInfo {
  key: string;
  name: string;
  publisher: string;
  year: number;
}

export interface LegendEntry {
  code: string;
  category: string;
  label: string;
  plainLabel: string;
}

/** Everything the mapping needs besides the facility; the same for a whole directory file. */
export interface HsdsContext {
  sources: ReadonlyMap<string, SourceInfo>;
  legend: ReadonlyMap<string, LegendEntry>;
  /** When the directory file was built (ISO 8601): the date of every import in the metadata. */
  builtAt: string;
  publicUrl: string;
  /**
   * When a person last checked this facility's details with the place itself (our corrections), or null and
   * `assured_date` is left out. By default, the facility's own `checked.lastChecked` (see assuredFromChecks).
   */
  assuredDate: (facility: Facility) => string | null;
}

/** The day our team last checked the facility with the place itself, from the corrections laid over it. */
export const assuredFromChecks: HsdsContext['assuredDate'] = (f) => f.checked?.lastChecked ?? null;

/** For tests of the mapping alone: no facility has been checked by hand. */
export const noCorrections: HsdsContext['assuredDate'] = () => null;

type Obj = Record<string, unknown>;

export const TAXONOMY_ID = hsdsId('taxonomy', 'samhsa-service-codes');
export const TAXONOMY_NAME = 'SAMHSA treatment facility service codes';

/** Which legend categories fill which HSDS text fields, in the words used there. */
export const FIELD_CATEGORIES = {
  eligibility: [
    ['Age groups accepted', 'Ages'],
    ['Gender accepted', 'Accepts'],
    ['Special programs / groups', 'Programs for'],
    // The legend files DU ("offers a DUI/DWI program") under exclusive services beside DUO ("serves only
    // DUI/DWI clients"): who a place is *only* for comes from the build's servesOnly, not from this category.
    ['Exclusive services', 'Programs for'],
    ['Exclusive Services', 'Programs for'],
  ],
  fees: [
    ['Payment / insurance / funding accepted', 'Accepts'],
    ['Payment Accepted', 'Accepts'],
    ['Payment assistance', 'Help paying'],
  ],
  accreditations: [
    ['License / certification / accreditation', ''],
    ['License/Certification/Accreditation', ''],
  ],
} as const;
export const LANGUAGE_CATEGORY = 'Language services';

/** Who a place is only for, as the end of "Only serves: …". */
const ONLY_SERVES: Record<ServesOnly, string> = {
  custody: 'people held in a jail, prison or detention center (not open to the public)',
  veterans: 'veterans',
  'dui-dwi': 'people with a DUI or DWI',
  adolescents: 'teens',
};
/** Language codes that name no single language ("other languages"): attributes only. */
const NOT_ONE_LANGUAGE = new Set(['FX', 'NX']);
/** Codes whose language has no ISO 639-1 code: American Sign Language is ISO 639-3 `ase`. */
const LANGUAGE_CODE_OVERRIDES: Record<string, string> = { AH: 'ase' };
const ASL_NAME = 'American Sign Language';

/** English language names -> ISO 639-1 codes, from the runtime's own language names (no list to keep). */
const ISO_639_1 = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const out = new Map<string, string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters)
    for (const b of letters) {
      const name = names.of(a + b);
      if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), a + b);
    }
  return out;
})();

/** Imported text, made safe to publish: no control characters, spaces collapsed, trimmed. */
export function cleanText(value: string | null | undefined): string {
  return (value ?? '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An http(s) address, or undefined: imported "websites" can be anything. */
export function cleanUrl(value: string | null | undefined): string | undefined {
  const text = cleanText(value);
  if (!text) return undefined;
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `http://${text}`);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Leaves out keys whose value is undefined, null, an empty string or an empty list. */
function compact<T extends Obj>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

const sourceLabel = (key: string | null, ctx: HsdsContext) => {
  if (key === OUR_TEAM_SOURCE) return 'a check with the place by our editors (see assured_date)';
  const s = key ? ctx.sources.get(key) : undefined;
  return s ? `${s.name} (${s.publisher}, ${s.year})` : 'SAMHSA';
};

/** A provenance entry: this field of this resource came from that source, imported when the directory was built. */
function provenance(
  resource: { id: string; type: string },
  field: string,
  value: string,
  source: string | null,
  ctx: HsdsContext,
): Obj {
  return {
    id: hsdsId('metadata', resource.id, field, source ?? ''),
    resource_id: resource.id,
    resource_type: resource.type,
    last_action_date: ctx.builtAt.slice(0, 10),
    last_action_type: source === OUR_TEAM_SOURCE ? 'update' : 'import',
    field_name: field,
    previous_value: '',
    replacement_value: value,
    updated_by:
      source === OUR_TEAM_SOURCE
        ? `Open Treatment editors, from ${sourceLabel(source, ctx)}`
        : `Open Treatment directory build, from ${sourceLabel(source, ctx)}`,
  };
}

/** The taxonomy term for one legend code. */
export function taxonomyTerm(entry: LegendEntry): Obj {
  const official = cleanText(entry.label);
  const plain = cleanText(entry.plainLabel) || official || entry.code;
  return compact({
    id: hsdsId('taxonomy_term', entry.code),
    code: entry.code,
    name: plain,
    description: `${official || plain} (SAMHSA code ${entry.code}; category: ${cleanText(entry.category)})`,
    taxonomy: TAXONOMY_NAME,
    taxonomy_id: TAXONOMY_ID,
    language: 'en',
  });
}

export function taxonomy(ctx: HsdsContext): Obj {
  const legend = ctx.sources.get('service-codes');
  return compact({
    id: TAXONOMY_ID,
    name: TAXONOMY_NAME,
    description:
      'The service codes SAMHSA uses in its treatment directories and locator (type of care, setting, medications, payment, programs, languages and more), each with a plain-language label written by Open Treatment.',
    uri: `${ctx.publicUrl}/api/v1/services`,
    version: legend ? `${legend.name}, ${legend.year}` : undefined,
  });
}

/** "Ages: Adults, Young adults. Programs for: Veterans." from the codes in the given categories. */
function describeCodes(codes: string[], categories: readonly (readonly [string, string])[], ctx: HsdsContext): string {
  const parts: string[] = [];
  const byHeading = new Map<string, string[]>();
  for (const [category, heading] of categories) {
    for (const code of codes) {
      const entry = ctx.legend.get(code);
      if (entry?.category !== category) continue;
      const list = byHeading.get(heading) ?? [];
      list.push(cleanText(entry.plainLabel) || code);
      byHeading.set(heading, list);
    }
  }
  for (const [heading, labels] of byHeading) parts.push(heading ? `${heading}: ${labels.join(', ')}.` : `${labels.join(', ')}.`);
  return parts.join(' ');
}

export interface HsdsFacility {
  organization: Obj;
  service: Obj;
  location: Obj;
  serviceAtLocation: Obj;
}

/**
 * The HSDS records for one facility. `service` is fully nested (organization, phones, languages, attributes,
 * and its service_at_location with the location); the others are the same objects on their own.
 */
export function toHsds(f: Facility, ctx: HsdsContext): HsdsFacility {
  const orgId = hsdsId('organization', f.id);
  const serviceId = hsdsId('service', f.id);
  const locationId = hsdsId('location', f.id);
  const salId = hsdsId('service_at_location', f.id);
  const name = cleanText(f.name) || 'Unnamed treatment facility';
  const name2 = cleanText(f.name2);
  const city = cleanText(f.city);
  const state = cleanText(f.state);
  const zip = cleanText(f.zip);
  const url = cleanUrl(f.website);
  const codes = [...f.services.keys()].sort();
  const newest = f.listedIn[0] ? ctx.sources.get(f.listedIn[0]) : undefined;
  const lastListed = newest?.year ?? f.lastSeenYear;
  const place = [city, US_STATES[state] ?? state].filter(Boolean).join(', ');

  const organization = compact({
    id: orgId,
    name,
    alternate_name: name2,
    description: `A substance use treatment facility in ${place}, as listed in SAMHSA's treatment directories. SAMHSA lists places, not the organizations that run them, so this record stands for the place.`,
    website: url,
    metadata: [provenance({ id: orgId, type: 'organization' }, 'name', name, f.addressSource, ctx)],
  });

  const street = [cleanText(f.street), cleanText(f.street2)].filter(Boolean);
  const addressId = hsdsId('address', f.id);
  const address =
    street.length > 0
      ? [
          compact({
            id: addressId,
            location_id: locationId,
            address_1: street[0],
            address_2: street[1],
            city,
            state_province: state,
            postal_code: zip,
            country: 'US',
            address_type: 'physical',
            metadata: [provenance({ id: addressId, type: 'address' }, 'address_1', street.join(', '), f.addressSource, ctx)],
          }),
        ]
      : [];
  const hasPoint = f.latitude !== null && f.longitude !== null;
  const approximate = f.locationMethod === 'zip-centroid' ? 'the centre of its ZIP code' : 'the centre of its town';
  const location = compact({
    id: locationId,
    location_type: 'physical',
    organization_id: orgId,
    name,
    alternate_name: name2,
    description:
      street.length === 0
        ? `The street address is not listed (some places keep it private). ${[city, state, zip].filter(Boolean).join(', ')}.`
        : hasPoint && f.locationMethod !== 'source'
          ? `The map point is approximate: ${approximate}.`
          : undefined,
    latitude: f.latitude ?? undefined,
    longitude: f.longitude ?? undefined,
    addresses: address,
    metadata: hasPoint
      ? [
          provenance(
            { id: locationId, type: 'location' },
            'latitude,longitude',
            `${f.latitude},${f.longitude}${f.locationMethod === 'source' ? '' : ` (approximate: ${approximate})`}`,
            f.locationSource,
            ctx,
          ),
        ]
      : [],
  });

  const phones = [
    [f.phone, 'Main number'],
    [f.intakePhone, 'Intake'],
  ].flatMap(([number, description]) => {
    const clean = cleanText(number);
    if (!clean) return [];
    const id = hsdsId('phone', f.id, description as string);
    return [
      {
        id,
        service_id: serviceId,
        number: clean,
        type: 'voice',
        description,
        metadata: [provenance({ id, type: 'phone' }, 'number', clean, f.phoneSource, ctx)],
      },
    ];
  });

  const languages = codes.flatMap((code) => {
    const entry = ctx.legend.get(code);
    if (entry?.category !== LANGUAGE_CATEGORY || NOT_ONE_LANGUAGE.has(code)) return [];
    const label = code === 'AH' ? ASL_NAME : cleanText(entry.plainLabel) || cleanText(entry.label);
    const id = hsdsId('language', f.id, code);
    return [
      compact({
        id,
        service_id: serviceId,
        name: label,
        code: LANGUAGE_CODE_OVERRIDES[code] ?? ISO_639_1.get(label.toLowerCase()),
        note: code === 'AH' ? cleanText(entry.plainLabel) : undefined,
        metadata: [provenance({ id, type: 'language' }, 'name', label, f.services.get(code) ?? null, ctx)],
      }),
    ];
  });

  // Attributes point at their term by id (the terms are listed once, at /taxonomy_terms): nesting the term and
  // a metadata entry in each of half a million attributes would make the export ten times the size. Which
  // source vouches for each code is in the service's metadata, one entry per source.
  const attributes = codes.map((code) => ({
    id: hsdsId('attribute', f.id, code),
    link_id: serviceId,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: hsdsId('taxonomy_term', code),
  }));

  const serviceAtLocation = {
    id: salId,
    service_id: serviceId,
    location_id: locationId,
    location,
  };
  const assured = ctx.assuredDate(f);
  const service = compact({
    id: serviceId,
    organization_id: orgId,
    name,
    alternate_name: name2,
    description: `Substance use treatment at ${name} in ${place}. Listed by SAMHSA; last listed in ${lastListed}.`,
    url,
    // HSDS "defunct": the place has closed for good, as our team found by checking with it.
    status: isClosed(f) ? 'defunct' : 'active',
    alert: isClosed(f)
      ? `Our team found that this place has closed (checked ${f.checked?.closed?.checkedOn}).`
      : f.status === 'unconfirmed'
        ? `Not seen in any list since ${f.lastSeenYear}: this place may have closed or moved. Call before you go.`
        : `Last listed by SAMHSA in ${lastListed}. Services, hours and phone numbers change: call before you go.`,
    eligibility_description: [
      f.servesOnly.length > 0 ? `Only serves: ${f.servesOnly.map((g) => ONLY_SERVES[g]).join(', ')}.` : '',
      describeCodes(codes, FIELD_CATEGORIES.eligibility, ctx),
    ]
      .filter(Boolean)
      .join(' '),
    fees_description: describeCodes(codes, FIELD_CATEGORIES.fees, ctx),
    accreditations: describeCodes(codes, FIELD_CATEGORIES.accreditations, ctx),
    assured_date: assured ?? undefined,
    last_modified: ctx.builtAt,
    phones,
    languages,
    organization,
    service_at_locations: [serviceAtLocation],
    attributes,
    metadata: [
      provenance(
        { id: serviceId, type: 'service' },
        'status',
        `${f.status}, last seen ${f.lastSeenYear}`,
        f.listedIn[0] ?? null,
        ctx,
      ),
      ...[...new Set(f.services.values())].map((source) =>
        provenance(
          { id: serviceId, type: 'service' },
          'attributes',
          codes.filter((c) => f.services.get(c) === source).join(' '),
          source,
          ctx,
        ),
      ),
    ],
  });
  return { organization, service, location, serviceAtLocation };
}
