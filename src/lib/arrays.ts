/**
 * The item at `index`, for code that knows the index is in range (a renderer's own token, a step the flow chose):
 * says so in one place, and fails with a clear error instead of a later "cannot read properties of undefined".
 */
export function at<T>(items: ArrayLike<T>, index: number, what = 'item'): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No ${what} at index ${index} (there are ${items.length})`);
  return item;
}

/** Every unordered pair of distinct positions, each once: (a, b), (a, c), (b, c) for [a, b, c]. */
export function* pairs<T>(items: readonly T[]): Generator<[T, T]> {
  for (const [i, a] of items.entries()) for (const b of items.slice(i + 1)) yield [a, b];
}
