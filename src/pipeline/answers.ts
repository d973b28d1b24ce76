/**
 * One answer per question. Each list that describes a place speaks about some questions ("does it offer
 * methadone?", "what level of care?"); for each question the newest list that speaks wins, the codes it
 * contradicts are left out, and where lists of the same year truly disagree the place is marked
 * "sources disagree: ask".
 *
 * - Full directories (2015, 2017, a FindTreatment.gov import) speak about everything: a code they leave out
 *   is a "no". The newest one that covers a place gives its level of care, payment and programs.
 * - The 2020 medication list speaks about buprenorphine (BUM), methadone (MM) and injectable naltrexone
 *   (VTRL): a place it lists without a flag does not offer that medicine (as of 2020).
 * - The 2022 OTP directory only says a place is a certified opioid treatment program. That means methadone
 *   unless a list that records each medication says otherwise: in the 2020 list, 92% of the OTPs it also
 *   covers were marked for methadone; the rest were mostly residential or detox programs.
 * - "Does not use medication for opioid use disorder" (NMOA) and "does not treat opioid use disorder"
 *   (NOOP) contradict every medication. Beside a medicine name only (NXN oral naltrexone, VTRL, BWN…) they
 *   win, as such medicines are also used for alcohol or pain; beside an opioid treatment code (BU, BUM, MM)
 *   in the same row, the row contradicts itself and the place is marked "sources disagree".
 *
 * @module
 */
import { CONCEPTS, type Concept, conceptKey } from '../domain/concepts.ts';
import type { SourceInfo } from './source-row.ts';

export const NO_MEDICATION = ['NMOA', 'NOOP'] as const;
/** Codes that name a medicine (the directories' "Pharmacotherapies"), not what it treats. */
const MEDICINE_NAMES = new Set(['NXN', 'VTRL', 'BWN', 'BWON', 'BSDM', 'BERI']);
/** A listing in the OTP directory; in a full directory row, OTP says nothing about methadone on its own. */
const OTP_LISTING = 'OTP';
/** "Only methadone clients" and "only methadone and buprenorphine clients" contradict a "no methadone". */
const ONLY_METHADONE = ['MO', 'BMO'];

const MEDICATIONS = CONCEPTS.filter((c) => c.group === 'medication');

export interface SourceCodes {
  info: SourceInfo;
  /** The codes one row of this source printed for the place. */
  codes: ReadonlySet<string>;
}

type Say = 'yes' | 'no' | 'unsure';
interface Statement {
  info: SourceInfo;
  say: Say;
  /** `absent`: a full directory that does not print the code; `listing`: the OTP directory. */
  strength: 'explicit' | 'absent' | 'listing';
}

/** What one source row says about one medication, if anything. */
function statement({ info, codes }: SourceCodes, medication: Concept): Statement | undefined {
  if (info.codes === 'full') {
    const negative = NO_MEDICATION.some((c) => codes.has(c));
    const specific = medication.codes.some((c) => c !== OTP_LISTING && !MEDICINE_NAMES.has(c) && codes.has(c));
    const named = medication.codes.some((c) => MEDICINE_NAMES.has(c) && codes.has(c));
    if (specific && negative) return { info, say: 'unsure', strength: 'explicit' };
    if (specific || (named && !negative)) return { info, say: 'yes', strength: 'explicit' };
    return { info, say: 'no', strength: negative ? 'explicit' : 'absent' };
  }
  if (info.codes === 'flags') {
    const flags = (info.flags ?? []).filter((f) => medication.codes.includes(f));
    if (flags.length === 0) return undefined;
    if (flags.every((f) => f === OTP_LISTING))
      return codes.has(OTP_LISTING) ? { info, say: 'yes', strength: 'listing' } : undefined;
    return { info, say: flags.some((f) => codes.has(f)) ? 'yes' : 'no', strength: 'explicit' };
  }
  return undefined;
}

export type Decision = 'yes' | 'no' | 'disagree';

/**
 * The answer for one medication. The newest year of the lists that record medications decides; lists of
 * that year that say yes and no (or a row that says both) disagree. A newer OTP listing overrides a full
 * directory's "no" (the place became an OTP since), but not the 2020 list's "no methadone".
 */
export function decideMedication(rows: readonly SourceCodes[], medication: Concept): Decision {
  const said = rows.map((r) => statement(r, medication)).filter((s): s is Statement => s !== undefined);
  const recorded = said.filter((s) => s.strength !== 'listing');
  const listings = said.filter((s) => s.strength === 'listing');
  if (recorded.length === 0) return listings.length > 0 ? 'yes' : 'no';
  const newest = Math.max(...recorded.map((s) => s.info.year));
  const atNewest = recorded.filter((s) => s.info.year === newest);
  const yes = atNewest.some((s) => s.say === 'yes');
  const explicitNo = atNewest.some((s) => s.say === 'no' && s.strength === 'explicit');
  if (atNewest.some((s) => s.say === 'unsure') || (yes && explicitNo)) return 'disagree';
  if (yes) return 'yes';
  const flagListSaysNo = recorded.some((s) => s.info.codes === 'flags' && s.say === 'no');
  if (listings.some((s) => s.info.year > newest) && !flagListSaysNo) return 'yes';
  return 'no';
}

export interface Answers {
  /** Code -> the source that vouches for it, without contradicted codes. */
  services: Map<string, string>;
  /** Concept keys the place offers. */
  offers: string[];
  /** Concept keys the sources disagree about (also in `offers`). */
  disagreements: string[];
}

/**
 * Reconciles the codes of every row that speaks for a place. Level of care, payment, programs and the rest
 * come from the newest full directory that covers the place, with newer flag lists added on top (as before);
 * medications are decided one by one, and codes the decision contradicts are left out.
 */
export function reconcile(rows: readonly SourceCodes[], order: (a: SourceInfo, b: SourceInfo) => number): Answers {
  const fullYears = rows.filter((r) => r.info.codes === 'full' && r.codes.size > 0).map((r) => r.info.year);
  const newestFull = fullYears.length > 0 ? Math.max(...fullYears) : undefined;
  const used = rows
    .filter(
      ({ info }) =>
        (info.codes === 'full' && info.year === newestFull) ||
        (info.codes === 'flags' && (newestFull === undefined || info.year > newestFull)),
    )
    .sort((a, b) => order(a.info, b.info));
  const decisions = new Map(MEDICATIONS.map((m) => [m, decideMedication(rows, m)] as const));

  const hidden = new Set<string>();
  const anyMedication = [...decisions.values()].some((d) => d !== 'no');
  if (anyMedication) for (const c of NO_MEDICATION) hidden.add(c);
  for (const [m, d] of decisions) {
    if (d !== 'no') continue;
    for (const c of m.codes) if (c !== OTP_LISTING) hidden.add(c);
    if (m.value === 'methadone') for (const c of ONLY_METHADONE) hidden.add(c);
  }

  const services = new Map<string, string>();
  for (const { info, codes } of used)
    for (const code of codes) if (!hidden.has(code) && !services.has(code)) services.set(code, info.key);

  const offers: string[] = [];
  const disagreements: string[] = [];
  for (const concept of CONCEPTS) {
    const decision = decisions.get(concept);
    const offered = decision ? decision !== 'no' : concept.codes.some((c) => services.has(c));
    if (offered) offers.push(conceptKey(concept));
    if (decision === 'disagree') disagreements.push(conceptKey(concept));
  }
  return { services, offers, disagreements };
}
