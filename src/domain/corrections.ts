import { z } from 'zod';
import { CONCEPTS, conceptByKey, conceptKey } from './concepts.ts';
import type { Facility } from './facility.ts';
import { SERVES_ONLY, SERVES_ONLY_CONCEPT, SERVES_ONLY_LABELS, type ServesOnly } from './serves-only.ts';

/**
 * Corrections: what our editors checked with a place themselves (usually by calling it), laid over the built
 * directory. The directory is rebuilt from SAMHSA's lists and never edited; a correction is kept in the app
 * database, keyed by facility id, and `applyCorrections` lays it over the facility every time a directory is
 * loaded, so it survives every rebuild and import.
 *
 * Each correction fills one *slot* of a facility: its phone, its intake phone, its address and map point, one
 * service (a filter concept, offered or not), "closed", or who it serves only. A newer correction of the same
 * slot replaces the older one. Each records what the directory said about that slot when it was accepted
 * (`base`, see `observe`), so that a later import that says something else is shown to an editor as a
 * conflict (`conflictOf`) instead of silently winning or silently losing.
 *
 * @module
 */

/** The source key of a fact our own team checked, where a fact usually names a SAMHSA list. */
export const OUR_TEAM_SOURCE = 'our-team';

export const EVIDENCE_KINDS = ['called', 'website', 'samhsa-import'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** How each kind of evidence is said after a date: "confirmed by our team on … (called the facility)". */
export const EVIDENCE_TEXT: Record<EvidenceKind, string> = {
  called: 'called the facility',
  website: 'their website',
  'samhsa-import': 'a newer SAMHSA listing',
};

export const CORRECTION_FIELDS = ['phone', 'intake_phone', 'address', 'service', 'closed', 'serves_only'] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

const text = (max: number) => z.string().max(max);

/** One change, as stored (JSON) in the app database and published by GET /api/v1/corrections. */
export const correctionChangeSchema = z.discriminatedUnion('field', [
  /** `phone: null`: the listed number is wrong and there is no other. */
  z.object({ field: z.literal('phone'), phone: text(40).nullable() }),
  z.object({ field: z.literal('intake_phone'), phone: text(40).nullable() }),
  z.object({
    field: z.literal('address'),
    street: text(200),
    street2: text(200),
    city: text(100),
    state: z.string().regex(/^[A-Z]{2}$/),
    zip: z.string().regex(/^\d{5}$/),
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    /** `source`: the editor gave the point; `zip-centroid`: the middle of the ZIP code. */
    locationMethod: z.enum(['source', 'zip-centroid', 'none']),
    /** For a ZIP code's centre: the table it came from (as the directory names it, e.g. `zcta-2021`). */
    locationSource: z.string().max(40).nullable(),
  }),
  /** One filter concept ("medication:methadone"): offered, or not. */
  z.object({
    field: z.literal('service'),
    concept: z.string().refine((k) => conceptByKey(k) !== undefined),
    offered: z.boolean(),
  }),
  z.object({ field: z.literal('closed'), closed: z.boolean() }),
  z.object({ field: z.literal('serves_only'), servesOnly: z.array(z.enum(SERVES_ONLY)) }),
]);
export type CorrectionChange = z.infer<typeof correctionChangeSchema>;

export interface Correction {
  id: number;
  facilityId: string;
  change: CorrectionChange;
  /** What the directory said about this slot when the correction was accepted: `observe(slot, facility)`. */
  base: string;
  evidence: EvidenceKind;
  /** The day the editor checked (YYYY-MM-DD): the date people see. */
  checkedOn: string;
  /** When the correction was accepted (ISO 8601): the order in which corrections of one slot apply. */
  acceptedAt: string;
}

/** The slot a change fills: one per field, and one per concept for services. */
export const slotOf = (change: CorrectionChange): string =>
  change.field === 'service' ? `service:${change.concept}` : change.field;

export interface Check {
  checkedOn: string;
  evidence: EvidenceKind;
}

/** What our team checked about a facility, for the provenance shown beside each field. */
export interface FacilityChecks {
  /** The newest day anything about this place was checked: "Last checked by our team" (HSDS `assured_date`). */
  lastChecked: string;
  phone?: Check;
  intakePhone?: Check;
  address?: Check;
  /** The place has closed (or, once reopened, that too was checked). */
  closed?: Check & { closed: boolean };
  servesOnly?: Check;
  services: (Check & { concept: string; offered: boolean })[];
}

/** Has our team found this place closed? A closed place keeps its page but leaves every search. */
export const isClosed = (f: Pick<Facility, 'checked'>): boolean => f.checked?.closed?.closed === true;

const ordered = (keys: Iterable<string>): string[] => {
  const set = new Set(keys);
  return CONCEPTS.map(conceptKey).filter((k) => set.has(k));
};

/**
 * A facility with its corrections laid over it. Pure: the facility passed in is not changed, and a facility
 * with no corrections is returned as it is. Corrections apply oldest first, so a newer one of the same slot wins.
 *
 * @example
 * const shown = applyCorrections(facility, [{ change: { field: 'phone', phone: '256-555-0100' }, … }]);
 * shown.phone; // '256-555-0100'
 * shown.checked?.phone; // { checkedOn: '2026-12-03', evidence: 'called' }
 */
export function applyCorrections(f: Facility, corrections: readonly Correction[]): Facility {
  if (corrections.length === 0) return f;
  const out: Facility = { ...f };
  const services = new Map(f.services);
  const offers = new Set(f.offers);
  const disagreements = new Set(f.disagreements);
  const checks: FacilityChecks = { lastChecked: '', services: [] };
  const sorted = [...corrections].sort((a, b) =>
    a.acceptedAt < b.acceptedAt ? -1 : a.acceptedAt > b.acceptedAt ? 1 : a.id - b.id,
  );
  for (const c of sorted) {
    const check: Check = { checkedOn: c.checkedOn, evidence: c.evidence };
    if (c.checkedOn > checks.lastChecked) checks.lastChecked = c.checkedOn;
    const change = c.change;
    switch (change.field) {
      case 'phone':
        out.phone = change.phone;
        out.phoneSource = change.phone ? OUR_TEAM_SOURCE : null;
        out.phoneSourceName = null;
        out.phoneCentralIntake = false;
        checks.phone = check;
        break;
      case 'intake_phone':
        out.intakePhone = change.phone;
        out.intakePhoneCentralIntake = false;
        checks.intakePhone = check;
        break;
      case 'address':
        out.street = change.street;
        out.street2 = change.street2;
        out.city = change.city;
        out.state = change.state;
        out.zip = change.zip;
        out.latitude = change.latitude;
        out.longitude = change.longitude;
        out.locationMethod = change.latitude === null ? 'none' : change.locationMethod;
        out.locationSource =
          change.latitude === null ? null : change.locationMethod === 'source' ? OUR_TEAM_SOURCE : change.locationSource;
        out.locationNote = null;
        out.addressSource = OUR_TEAM_SOURCE;
        checks.address = check;
        break;
      case 'service': {
        const concept = conceptByKey(change.concept);
        if (!concept) break;
        const key = conceptKey(concept);
        disagreements.delete(key);
        if (change.offered) {
          offers.add(key);
          if (!concept.codes.some((code) => services.has(code))) services.set(concept.codes[0] as string, OUR_TEAM_SOURCE);
        } else {
          offers.delete(key);
          for (const code of concept.codes) services.delete(code);
        }
        checks.services = checks.services.filter((s) => s.concept !== key);
        checks.services.push({ ...check, concept: key, offered: change.offered });
        break;
      }
      case 'closed':
        checks.closed = { ...check, closed: change.closed };
        break;
      case 'serves_only':
        out.servesOnly = SERVES_ONLY.filter((s) => change.servesOnly.includes(s));
        for (const s of out.servesOnly) offers.add(SERVES_ONLY_CONCEPT[s]);
        checks.servesOnly = check;
        break;
    }
  }
  out.services = services;
  out.offers = ordered(offers);
  out.disagreements = ordered(disagreements);
  out.checked = checks;
  return out;
}

/** Every facility with its own corrections laid over it (keyed by the facility's current id). */
export function overlayDirectory(facilities: Facility[], byFacility: ReadonlyMap<string, readonly Correction[]>): Facility[] {
  if (byFacility.size === 0) return facilities;
  return facilities.map((f) => {
    const list = byFacility.get(f.id);
    return list ? applyCorrections(f, list) : f;
  });
}

const simple = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Which source lists vouch for any code of a concept, sorted: a service's evidence in the directory. */
function vouchers(f: Facility, key: string): string[] {
  const concept = conceptByKey(key);
  if (!concept) return [];
  return [...new Set(concept.codes.flatMap((code) => f.services.get(code) ?? []))].sort();
}

/**
 * What the directory says about one slot of a facility, as a string to compare: stored as a correction's
 * `base` when it is accepted, and compared again after every rebuild. Besides the value itself it holds the
 * evidence behind it where that matters (the lists a service or a listing comes from), so a newer list that
 * repeats a fact we corrected counts as a change.
 */
export function observe(slot: string, f: Facility): string {
  if (slot === 'phone') return f.phone ?? '';
  if (slot === 'intake_phone') return f.intakePhone ?? '';
  if (slot === 'address') return [f.street, f.street2, f.city, f.state, f.zip].map(simple).join('|');
  if (slot === 'closed') return `${f.listedIn.join(' ')}|${f.lastSeenYear}`;
  if (slot === 'serves_only') return [...f.servesOnly].sort().join(' ');
  if (slot.startsWith('service:')) {
    const key = slot.slice('service:'.length);
    return `${f.offers.includes(key) ? 'offered' : 'not offered'}|${vouchers(f, key).join(' ')}`;
  }
  return '';
}

/** Does the directory already say what the correction says? */
function agrees(change: CorrectionChange, f: Facility): boolean {
  switch (change.field) {
    case 'phone':
      return (f.phone ?? null) === change.phone;
    case 'intake_phone':
      return (f.intakePhone ?? null) === change.phone;
    case 'address':
      return (
        observe('address', f) === [change.street, change.street2, change.city, change.state, change.zip].map(simple).join('|')
      );
    case 'service':
      return f.offers.includes(change.concept) === change.offered;
    case 'closed':
      // The directory lists places; it never says one has closed.
      return !change.closed;
    case 'serves_only':
      return observe('serves_only', f) === [...change.servesOnly].sort().join(' ');
  }
}

export type Conflict =
  | { kind: 'gone'; correction: Correction }
  | { kind: 'disagrees'; correction: Correction; directory: Facility };

/**
 * Does the directory now disagree with a correction? Only when the directory changed that slot since the
 * correction was accepted (a rebuild with the same lists never conflicts) and does not now say the same thing
 * we do. `directory` is the facility as the directory has it, without corrections; undefined when the
 * facility is gone from the directory altogether.
 */
export function conflictOf(correction: Correction, directory: Facility | undefined): Conflict | undefined {
  if (!directory) return { kind: 'gone', correction };
  const slot = slotOf(correction.change);
  if (observe(slot, directory) === correction.base) return undefined;
  return agrees(correction.change, directory) ? undefined : { kind: 'disagrees', correction, directory };
}

const addressText = (a: { street: string; street2: string; city: string; state: string; zip: string }) =>
  [[a.street, a.street2].filter(Boolean).join(', '), `${a.city}, ${a.state} ${a.zip}`].filter(Boolean).join(', ');

/** A change in words, for editors, the audit log and open data: "Phone: 256-555-0100". */
export function describeChange(change: CorrectionChange): string {
  switch (change.field) {
    case 'phone':
      return `Phone: ${change.phone ?? 'no working number'}`;
    case 'intake_phone':
      return `Intake phone: ${change.phone ?? 'no working number'}`;
    case 'address':
      return `Address: ${addressText(change)}`;
    case 'service':
      return `${change.offered ? 'Offers' : 'Does not offer'}: ${conceptByKey(change.concept)?.label ?? change.concept}`;
    case 'closed':
      return change.closed ? 'Closed' : 'Open again';
    case 'serves_only':
      return change.servesOnly.length === 0
        ? 'Open to everyone'
        : `Only serves: ${change.servesOnly.map((s: ServesOnly) => SERVES_ONLY_LABELS[s].label).join('; ')}`;
  }
}

/** What the directory (without corrections) says about a slot, in words, to show beside a conflict. */
export function describeDirectory(slot: string, f: Facility): string {
  if (slot === 'phone') return f.phone ?? 'no phone';
  if (slot === 'intake_phone') return f.intakePhone ?? 'no intake phone';
  if (slot === 'address') return addressText(f);
  if (slot === 'closed') return `still listed (last seen ${f.lastSeenYear}; in ${f.listedIn.join(', ')})`;
  if (slot === 'serves_only')
    return f.servesOnly.length === 0 ? 'open to everyone' : f.servesOnly.map((s) => SERVES_ONLY_LABELS[s].label).join('; ');
  if (slot.startsWith('service:')) {
    const key = slot.slice('service:'.length);
    return `${f.offers.includes(key) ? 'offered' : 'not offered'} (from ${vouchers(f, key).join(', ') || 'no list'})`;
  }
  return '';
}

/** Days since 1970-01-01 of a YYYY-MM-DD date: how the search index compares check dates. */
export const dayNumber = (isoDay: string): number => Math.floor(Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/** "checked in the last 12 months": the window of the `checked` search filter. */
export const CHECKED_WITHIN_DAYS = 365;

/** The day number of a facility's last check, or 0 when our team never checked it. */
export const checkedDay = (f: Pick<Facility, 'checked'>): number => (f.checked ? dayNumber(f.checked.lastChecked) : 0);

/** Today (UTC) as YYYY-MM-DD. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
