/** A small seeded pseudo-random generator (an LCG): the same seed gives the same numbers, so a failing
 * generated case, or a benchmark's query set, can be reproduced exactly. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
