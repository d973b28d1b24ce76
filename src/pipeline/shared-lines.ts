/**
 * Shared phone lines. A number printed for places in different states, or for places with unrelated names,
 * is not a clinic's own line: it is a chain's or a county's central intake line, or a number that came with
 * a row from another organisation. Such a number is shown only where the place's own listing printed it
 * (the name beside it matches the place's name), labelled "central intake line"; anywhere else it is
 * dropped, and the place falls back to its next number, if it has one. This runs on every build, so a new
 * import is checked like everything else.
 *
 * @module
 */

import type { Facility } from '../domain/facility.ts';
import { SAME_ORGANISATION_SIMILARITY } from './match.ts';
import { nameSimilarity } from './similarity.ts';

/** A number a place could show, with the name printed beside it and how alike that name is to the place's. */
export interface PhoneCandidate {
  phone: string | null;
  intakePhone: string | null;
  source: string;
  /** The name printed beside the number. */
  name: string;
  /** How alike that name is to the name the place is shown under. */
  similarity: number;
}

export interface PhoneHolder
  extends Pick<
    Facility,
    | 'name'
    | 'state'
    | 'phone'
    | 'intakePhone'
    | 'phoneSource'
    | 'phoneSourceName'
    | 'phoneCentralIntake'
    | 'intakePhoneCentralIntake'
  > {
  /** Candidates, best first (closest name, then newest list). */
  phoneCandidates: readonly PhoneCandidate[];
}

/** The phone fields of a place whose phone is not picked yet (pickPhone fills them). */
export const UNPICKED_PHONE = {
  phone: null,
  intakePhone: null,
  phoneSource: null,
  phoneSourceName: null,
  phoneCentralIntake: false,
  intakePhoneCentralIntake: false,
} as const satisfies Omit<PhoneHolder, 'name' | 'state' | 'phoneCandidates'>;

const base = (phone: string): string => phone.slice(0, 12);

/** Picks the first candidate whose numbers are not ruled out. */
function pick(f: PhoneHolder, ruledOut: (number: string, c: PhoneCandidate) => boolean): void {
  f.phone = null;
  f.intakePhone = null;
  f.phoneSource = null;
  f.phoneSourceName = null;
  for (const c of f.phoneCandidates) {
    const phone = c.phone && !ruledOut(base(c.phone), c) ? c.phone : null;
    const intake = c.intakePhone && !ruledOut(base(c.intakePhone), c) ? c.intakePhone : null;
    if (!phone && !intake) continue;
    f.phone = phone ?? intake;
    f.intakePhone = phone && intake && base(intake) !== base(phone) ? intake : null;
    f.phoneSource = c.source;
    f.phoneSourceName = c.name;
    return;
  }
}

/** Is one of these names unrelated to another? */
function unrelated(names: readonly string[]): boolean {
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      if (nameSimilarity(names[i] as string, names[j] as string) < SAME_ORGANISATION_SIMILARITY) return true;
    }
  }
  return false;
}

/** Numbers shown at places in more than one state, or at places with unrelated names. */
export function sharedNumbers(places: readonly Pick<PhoneHolder, 'name' | 'state' | 'phone' | 'intakePhone'>[]): Set<string> {
  const byNumber = new Map<string, Pick<PhoneHolder, 'name' | 'state'>[]>();
  for (const f of places) {
    for (const p of new Set([f.phone, f.intakePhone].filter((x): x is string => x !== null).map(base))) {
      const list = byNumber.get(p) ?? [];
      list.push(f);
      byNumber.set(p, list);
    }
  }
  const shared = new Set<string>();
  for (const [number, list] of byNumber) {
    if (list.length < 2) continue;
    const names = [...new Set(list.map((f) => f.name))];
    if (new Set(list.map((f) => f.state)).size > 1 || unrelated(names)) shared.add(number);
  }
  return shared;
}

/**
 * Labels or drops shared numbers, place by place; returns how many numbers were shared and how many places
 * lost one. Dropping a number can make a place show another, so the check repeats until nothing changes.
 */
export function resolveSharedLines(places: readonly PhoneHolder[]): { shared: number; labelled: number; dropped: number } {
  const everShared = new Set<string>();
  const droppedAt = new Set<PhoneHolder>();
  for (let round = 0; round < 4; round++) {
    const shared = sharedNumbers(places);
    let changed = false;
    for (const n of shared) everShared.add(n);
    for (const f of places) {
      const shows = [f.phone, f.intakePhone].some((p) => p !== null && everShared.has(base(p)));
      if (!shows) continue;
      const before = `${f.phone}|${f.intakePhone}`;
      pick(f, (n, c) => everShared.has(n) && c.similarity < SAME_ORGANISATION_SIMILARITY);
      if (`${f.phone}|${f.intakePhone}` !== before) {
        droppedAt.add(f);
        changed = true;
      }
    }
    if (!changed) break;
  }
  let labelled = 0;
  for (const f of places) {
    f.phoneCentralIntake = f.phone !== null && everShared.has(base(f.phone));
    f.intakePhoneCentralIntake = f.intakePhone !== null && everShared.has(base(f.intakePhone));
    if (f.phoneCentralIntake || f.intakePhoneCentralIntake) labelled++;
  }
  return { shared: everShared.size, labelled, dropped: droppedAt.size };
}

export { pick as pickPhone };
