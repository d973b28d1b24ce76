import { normaliseName } from './normalise.ts';

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const s = text.replace(/ /g, '');
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

function diceOf(ga: Map<string, number>, gb: Map<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const n of ga.values()) total += n;
  for (const [g, n] of gb) {
    total += n;
    shared += Math.min(n, ga.get(g) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Sørensen–Dice coefficient over character bigrams: 1 for the same text, 0 for nothing in common. */
export function dice(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  return diceOf(bigrams(a), bigrams(b));
}

interface PreparedName {
  normalised: string;
  words: Set<string>;
  grams: Map<string, number>;
}

// The merge compares the same few thousand names many times over; normalise each one once.
const prepared = new Map<string, PreparedName>();
function prepare(name: string): PreparedName {
  let p = prepared.get(name);
  if (!p) {
    const normalised = normaliseName(name);
    p = { normalised, words: new Set(normalised.split(' ').filter(Boolean)), grams: bigrams(normalised) };
    // Bounded: the merge compares about 100,000 different name lines, and a full cache would hold them all.
    if (prepared.size >= 60_000) prepared.clear();
    prepared.set(name, p);
  }
  return p;
}

/** Lets go of the prepared names once a merge is done. */
export function clearPreparedNames(): void {
  prepared.clear();
}

/**
 * How alike two facility names are, from 0 to 1. Names are normalised first, and a name that is wholly
 * contained in the other ("Bradford Health Services" in "Bradford Health Services Birmingham Regional
 * Office") counts as a strong match, because sources often append a program or site to the same name.
 */
export function nameSimilarity(a: string, b: string): number {
  const pa = prepare(a);
  const pb = prepare(b);
  if (!pa.normalised || !pb.normalised) return 0;
  if (pa.normalised === pb.normalised) return 1;
  const [small, large] = pa.words.size <= pb.words.size ? [pa.words, pb.words] : [pb.words, pa.words];
  let contained = 0;
  for (const w of small) if (large.has(w)) contained++;
  const containment = small.size >= 2 && contained === small.size ? 0.9 : 0;
  return Math.max(diceOf(pa.grams, pb.grams), containment);
}
