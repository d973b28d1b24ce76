import type { Facility } from '../../domain/facility.ts';

/**
 * The facilities pages showed lately, by id, least recently used dropped first, at most `limit` of them. A
 * cached facility is the same object every time it is asked for, so what is cached per facility object
 * elsewhere (a card's HTML) stays valid; the default holds the whole national directory.
 *
 * When the directory has no more facilities than the cache holds (`count`), nothing is ever dropped, so the
 * recency order is not kept at all: a hit is a plain lookup (moving it to the end of the order was 4% of an
 * API search).
 */
export class FacilityCache {
  private readonly held = new Map<string, Facility>();
  /** Whether a facility can ever be dropped, and so whether the recency order matters. */
  private readonly bounded: boolean;

  constructor(
    readonly limit: number,
    /** How many facilities there are to hold, when known. */
    count?: number,
  ) {
    this.bounded = count === undefined || count > limit;
  }

  get size(): number {
    return this.held.size;
  }

  has(id: string): boolean {
    return this.held.has(id);
  }

  get(id: string): Facility | undefined {
    const f = this.held.get(id);
    if (f !== undefined && this.bounded) {
      // A Map keeps insertion order: moving an entry to the end makes the first one the least recently used.
      this.held.delete(id);
      this.held.set(id, f);
    }
    return f;
  }

  /** Keeps `f` unless a facility with its id is already held; returns the one held. */
  add(f: Facility): Facility {
    const held = this.get(f.id);
    if (held) return held;
    if (this.limit <= 0) return f;
    this.held.set(f.id, f);
    if (this.held.size > this.limit) this.held.delete(this.held.keys().next().value as string);
    return f;
  }
}
