import type { Facility } from '../../domain/facility.ts';

/**
 * The facilities pages showed lately, by id, least recently used dropped first, at most `limit` of them. A
 * cached facility is the same object every time it is asked for, so what is cached per facility object
 * elsewhere (a card's HTML) stays valid; the default holds the whole national directory.
 */
export class FacilityCache {
  private readonly held = new Map<string, Facility>();

  constructor(readonly limit: number) {}

  get size(): number {
    return this.held.size;
  }

  get(id: string): Facility | undefined {
    const f = this.held.get(id);
    if (f !== undefined) {
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
