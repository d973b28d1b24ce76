/**
 * The rules that decide what a source row is to the places already built from newer lists: the same place,
 * the same listing printed twice, a different organisation that only confirms the address, or a new place.
 * Every threshold here was tuned on the bundled lists (see docs/data-quality.md for the counts measured).
 *
 * @module
 */
import { explicitUnits, normalisePhone, simplify, unitsDiffer } from './normalise.ts';
import { nameSimilarity } from './similarity.ts';
import type { SourceInfo, SourceRow } from './source-row.ts';

/** Two rows of one source at one address with names at least this alike are the same listing twice. */
export const DUPLICATE_NAME_SIMILARITY = 0.85;
/** Names at least this alike belong to one organisation; below it, only a shared phone number says so. */
export const SAME_ORGANISATION_SIMILARITY = 0.5;
/**
 * Rows that name different suites, floors or buildings at one street address are different offices unless
 * their names are at least this alike or they share a phone ("Suite 160" AHBI and "Suite 110" Anchor
 * Counseling; "Midwest Treatment Center" and "Alternatives Treatment Center" at 0.63).
 */
export const SAME_OFFICE_SIMILARITY = 0.7;

/**
 * What a row is to the place it joined. Only `address-only` rows lend nothing: they come from another
 * organisation at the same street address and merely confirm that treatment was offered there.
 */
export type RowRole = 'founding' | 'match' | 'duplicate' | 'address-only' | 'nearby';

export interface DraftRow {
  info: SourceInfo;
  row: SourceRow;
  role: RowRole;
  units: ReadonlyMap<string, string>;
  /** The row's phone numbers without extensions, for "do these rows share a phone?". */
  phones: readonly string[];
}

/** A place being built: its founding row (from the newest list that has it) and every row merged into it. */
export interface Draft {
  index: number;
  founding: DraftRow;
  zip: string;
  street: string;
  rows: DraftRow[];
  /** Sources that have a row lending facts to this place. */
  claimedBy: Set<string>;
  /** Set when the second pass folded this place into another one. */
  mergedInto?: Draft;
}

const NONE: readonly string[] = Object.freeze([]);

export function draftRow(info: SourceInfo, row: SourceRow, role: RowRole): DraftRow {
  const phones = [row.phone, row.intakePhone]
    .map((p) => normalisePhone(p)?.slice(0, 12))
    .filter((p): p is string => p !== undefined);
  return {
    info,
    row,
    role,
    units: explicitUnits(row.street, row.street2),
    phones: phones.length > 0 ? [...new Set(phones)] : NONE,
  };
}

export const lends = (r: DraftRow): boolean => r.role !== 'address-only';
export const lendingRows = (d: Draft): DraftRow[] => d.rows.filter(lends);

const nameVariants = (r: SourceRow): string[] => (r.name2 ? [r.name, `${r.name} ${r.name2}`] : [r.name]);

/** An acronym for a name counts as this alike ("WTCR" and "West Texas Counseling and Rehabilitation"). */
export const ACRONYM_SIMILARITY = 0.75;
const ACRONYM_SKIP = new Set(['of', 'and', 'the', 'for', 'at', 'in', 'on', 'inc', 'llc', 'a']);

/**
 * Is a word of one name the initials of consecutive words of the other? "CKF" and "Central Kansas
 * Foundation", "LESC" and "Lower Eastside Service Center". Three to six letters, so "VA" or "OP" never count.
 */
export function acronymOf(a: string, b: string): boolean {
  const [x, y] = [nameParts(a), nameParts(b)];
  const check = (short: NameParts, long: NameParts) =>
    short.shortWords.some((w) => !long.words.has(w) && long.initials.includes(w));
  return check(x, y) || check(y, x);
}

interface NameParts {
  words: ReadonlySet<string>;
  /** Words of three to six letters: possible acronyms. */
  shortWords: readonly string[];
  initials: string;
}

// The merge compares the same names many times over: take each one apart once.
const partsCache = new Map<string, NameParts>();
/** Lets go of the names taken apart once a merge is done. */
export const clearNameParts = (): void => partsCache.clear();
function nameParts(name: string): NameParts {
  let parts = partsCache.get(name);
  if (!parts) {
    const list = simplify(name).split(' ').filter(Boolean);
    parts = {
      words: new Set(list),
      shortWords: list.filter((w) => /^[a-z]{3,6}$/.test(w)),
      initials: list
        .filter((w) => !ACRONYM_SKIP.has(w))
        .map((w) => w[0])
        .join(''),
    };
    if (partsCache.size > 200_000) partsCache.clear();
    partsCache.set(name, parts);
  }
  return parts;
}

/**
 * How alike two rows' names are, trying the name alone and with its second line, and acronyms. When both
 * rows name a program on their second line and the programs differ ("Akeela Inc | Outpatient" and "Akeela
 * Inc | Women and Families Programs"), the organisation's name alone does not make them alike.
 */
export function rowSimilarity(a: SourceRow, b: SourceRow): number {
  const programs = a.name2 !== '' && b.name2 !== '' && nameSimilarity(a.name2, b.name2) < SAME_ORGANISATION_SIMILARITY;
  const [va, vb] = programs ? [[`${a.name} ${a.name2}`], [`${b.name} ${b.name2}`]] : [nameVariants(a), nameVariants(b)];
  let best = 0;
  for (const x of va) for (const y of vb) best = Math.max(best, nameSimilarity(x, y));
  if (best < ACRONYM_SIMILARITY && acronymOf(`${a.name} ${a.name2}`, `${b.name} ${b.name2}`)) best = ACRONYM_SIMILARITY;
  return best;
}

/** "ATS of Cecil County, LLC", "WCHS, Inc.": the name a company is registered under. */
const LEGAL_NAME = /\b(llc|l l c|inc|incorporated|corp|corporation|lp|l p|pllc|pllp|pc|ltd|opco|holdings?)\s*$/;
export const isLegalName = (name: string): boolean => LEGAL_NAME.test(simplify(name));

/** How alike a row's name is to any name the place has been seen under (in rows that speak for it). */
export function similarityTo(draft: Draft, row: SourceRow): number {
  let best = 0;
  for (const seen of draft.rows) if (lends(seen)) best = Math.max(best, rowSimilarity(seen.row, row));
  return best;
}

/** Does the row print a phone number that a row speaking for the place also printed (extensions aside)? */
export function sharesPhone(draft: Draft, row: DraftRow): boolean {
  if (row.phones.length === 0) return false;
  return draft.rows.some((r) => lends(r) && r.phones.some((p) => row.phones.includes(p)));
}

/** Does the row name a different suite, floor or building from every row speaking for the place that names one? */
export function differentUnit(draft: Draft, row: DraftRow): boolean {
  if (row.units.size === 0) return false;
  const withUnits = draft.rows.filter((r) => lends(r) && r.units.size > 0);
  return withUnits.length > 0 && withUnits.every((r) => unitsDiffer(r.units, row.units));
}

/**
 * Does a row that speaks for the place name another unit under a name that is not alike (below 0.5)? Then
 * the row and the place are two offices, whatever else they share.
 */
export function unitClash(draft: Draft, row: DraftRow): boolean {
  if (row.units.size === 0) return false;
  return draft.rows.some(
    (r) =>
      lends(r) &&
      r.units.size > 0 &&
      unitsDiffer(r.units, row.units) &&
      rowSimilarity(r.row, row.row) < SAME_ORGANISATION_SIMILARITY,
  );
}

/**
 * Words rare enough across every list to name one organisation ("Hazelden", "AdCare", "Agape", "Branden"):
 * in at most DISTINCTIVE_MAX_NAMES different names, at least three letters, not a word of any town's name
 * ("Valley", "Quincy") and not a common word of the trade.
 */
export const DISTINCTIVE_MAX_NAMES = 25;
const TRADE_WORDS = new Set(
  (
    'treatment trt center ctr centers services servs service recovery health behavioral behav counseling csl ' +
    'clinic program programs mental substance abuse alcohol drug family community hospital medical care house ' +
    'outpatient residential detox addiction addictions association institute foundation group associates new life ' +
    // credentials after a counsellor's name, and who a program is for, are shared by unrelated places
    'lcpc ladc lcsw lpc cadc lmft lcadc ladac lmhc psyd phd aids hiv youth women womens men mens children adult ' +
    'adults veterans teens adolescent adolescents'
  ).split(' '),
);
const words = (text: string): string[] => [...nameParts(text).words].filter((w) => w.length >= 3);

export function distinctiveWords(names: Iterable<string>, townWords: ReadonlySet<string>): Set<string> {
  const seen = new Map<string, number>();
  for (const name of new Set(names)) for (const w of new Set(words(name))) seen.set(w, (seen.get(w) ?? 0) + 1);
  const out = new Set<string>();
  for (const [w, n] of seen)
    if (n <= DISTINCTIVE_MAX_NAMES && !townWords.has(w) && !TRADE_WORDS.has(w) && !/\d/.test(w)) out.add(w);
  return out;
}

/** Does the row's name share a distinctive word with a name the place has been seen under? */
export function sharesDistinctiveWord(draft: Draft, row: SourceRow, distinctive: ReadonlySet<string>): boolean {
  const mine = words(`${row.name} ${row.name2}`).filter((w) => distinctive.has(w));
  if (mine.length === 0) return false;
  return draft.rows.some((r) => lends(r) && words(`${r.row.name} ${r.row.name2}`).some((w) => mine.includes(w)));
}

interface Candidate {
  draft: Draft;
  similarity: number;
  phone: boolean;
  /** The names share a word that names one organisation. */
  word: boolean;
  unit: boolean;
  clash: boolean;
  claimed: boolean;
}

/**
 * The OTP directory gives the company that holds a program's certification ("ATS of Cecil County, LLC") for
 * the clinic every other list calls by its own name, and it prints no phone to compare. At the one place at
 * exactly that street address, such a registered name is the place's own company: 33 of the 34 OTP
 * directory rows like this in the bundled lists are the same clinic. (The 2020 list uses the names on the
 * door; there, "Resource Training Center Inc" is not the detox program at the same address.)
 */
const legalNameOfPlace = (info: SourceInfo, row: DraftRow): boolean =>
  info.companyNames === true && row.phones.length === 0 && isLegalName(row.row.name);

export type Target = { kind: 'new' } | { kind: 'match' | 'duplicate' | 'address-only'; draft: Draft };

/** One organisation: alike names or a shared phone, and not two different offices at one street address. */
const sameOrganisation = (c: Candidate): boolean =>
  (c.similarity >= SAME_ORGANISATION_SIMILARITY || c.phone || c.word) &&
  !c.clash &&
  !(c.unit && !c.phone && c.similarity < SAME_OFFICE_SIMILARITY);

const best = (list: Candidate[]): Candidate | undefined =>
  list.reduce<Candidate | undefined>(
    (a, c) => (!a || c.similarity > a.similarity || (c.similarity === a.similarity && c.phone && !a.phone) ? c : a),
    undefined,
  );

/**
 * Chooses what a row is, given the places already at its address:
 * 1. a place this source already spoke for, under a name this alike (≥ 0.85): the same listing twice;
 * 2. a place of the same organisation (names alike, a shared phone, or a shared distinctive word) that this
 *    source has not spoken for yet: a match;
 *    (or the one place at exactly this street address, when a flag list gives a company's registered name);
 * 3. a place founded by a newer list, already matched by this source, same organisation: one more program there;
 * 4. a place founded by another list at this street address, different organisation, same office or no units
 *    given: the row confirms the address and lends nothing;
 * 5. otherwise (a different office, or another listing of the source that founded every place here): new.
 */
export function chooseTarget(
  drafts: Draft[],
  info: SourceInfo,
  row: DraftRow,
  exactAddress = true,
  distinctive: ReadonlySet<string> = new Set(),
): Target {
  if (drafts.length === 0) return { kind: 'new' };
  const candidates: Candidate[] = drafts.map((draft) => ({
    draft,
    similarity: similarityTo(draft, row.row),
    phone: sharesPhone(draft, row),
    word: sharesDistinctiveWord(draft, row.row, distinctive),
    unit: differentUnit(draft, row),
    clash: unitClash(draft, row),
    claimed: draft.claimedBy.has(info.key),
  }));
  const claimed = candidates.filter((c) => c.claimed);
  const twice = best(claimed.filter((c) => c.similarity >= DUPLICATE_NAME_SIMILARITY && !c.unit && !c.clash));
  if (twice) return { kind: 'duplicate', draft: twice.draft };
  const match = best(candidates.filter((c) => !c.claimed && sameOrganisation(c)));
  if (match) return { kind: 'match', draft: match.draft };
  const lone = candidates.length === 1 ? candidates[0] : undefined;
  if (lone && !lone.claimed && !lone.unit && !lone.clash && exactAddress && legalNameOfPlace(info, row))
    return { kind: 'match', draft: lone.draft };
  const foreign = candidates.filter((c) => c.draft.founding.info.key !== info.key);
  const program = best(foreign.filter((c) => c.claimed && sameOrganisation(c)));
  if (program) return { kind: 'duplicate', draft: program.draft };
  const address = best(foreign.filter((c) => !c.unit && !c.clash));
  if (address) return { kind: 'address-only', draft: address.draft };
  return { kind: 'new' };
}
