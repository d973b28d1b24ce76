import type { Correction } from '../domain/corrections.ts';
import type { AppDb } from './app-db.ts';
import { activeCorrections, correctionsVersion, facilityAliases } from './corrections.repository.ts';

/** The corrections in force, as every part of the site that shows a facility needs them. */
export interface CorrectionSet {
  /** The version counter these were read at; -1 when none could be read. */
  version: number;
  /** Active corrections by the facility's current id (ids an import changed are followed through aliases). */
  byFacility: ReadonlyMap<string, readonly Correction[]>;
  /** Old facility id -> newer id, as the directory command recorded them. */
  aliases: ReadonlyMap<string, string>;
  /** The id a facility has now: `id` followed through aliases (several imports may have renamed it). */
  resolve(id: string): string;
}

const MAX_HOPS = 20;

export function correctionSet(
  version: number,
  corrections: readonly Correction[],
  aliases: ReadonlyMap<string, string>,
): CorrectionSet {
  const resolve = (id: string): string => {
    let current = id;
    for (let hops = 0; hops < MAX_HOPS; hops++) {
      const next = aliases.get(current);
      if (next === undefined || next === current) return current;
      current = next;
    }
    return current;
  };
  const byFacility = new Map<string, Correction[]>();
  for (const c of corrections) {
    const id = resolve(c.facilityId);
    const list = byFacility.get(id) ?? [];
    list.push(c);
    byFacility.set(id, list);
  }
  return { version, byFacility, aliases, resolve };
}

/** No corrections at all: for tools and tests that run without an app database. */
export const NO_CORRECTIONS: CorrectionSet = correctionSet(-1, [], new Map());

/** Anything that can say which corrections are in force (a CorrectionsFeed, or a fixed set in a test). */
export interface CorrectionsSource {
  current(): Promise<CorrectionSet>;
  /**
   * What `current()` would answer now, when it can answer without a database read (no check is due); else
   * undefined. Lets a search that needs nothing else asynchronous skip a promise.
   */
  peek?(): CorrectionSet | undefined;
}

export const fixedCorrections = (set: CorrectionSet): CorrectionsSource => ({ current: async () => set, peek: () => set });

/**
 * The corrections every instance lays over its directory, kept in memory and refreshed when they change.
 *
 * Several instances share one app database, and an editor's decision on one must show on all. Each instance
 * therefore reads one small row, the version counter that every change bumps in its own transaction, at most
 * once every `checkEveryMs` (default one second), and reloads the corrections and aliases only when the counter
 * moved. The instance that made a change calls `changed()`, so it shows there at the very next request.
 *
 * If the database cannot be read, the last corrections read stay in force (and `onError` hears why); the check
 * is tried again after the interval. The locator and the open data keep answering either way.
 */
export class CorrectionsFeed implements CorrectionsSource {
  private known: CorrectionSet | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private stale = false;
  private checking: Promise<CorrectionSet> | undefined;

  constructor(
    private readonly appDb: AppDb,
    private readonly options: { checkEveryMs?: number; onError?: (error: unknown) => void; now?: () => number } = {},
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** The corrections in force, when no check is due (as `current()` would answer); else undefined. */
  peek(): CorrectionSet | undefined {
    return this.known && !this.stale && this.now() - this.checkedAt < (this.options.checkEveryMs ?? 1000)
      ? this.known
      : undefined;
  }

  /** The corrections in force; cheap: usually no database access at all. */
  current(): Promise<CorrectionSet> {
    const known = this.peek();
    if (known) return Promise.resolve(known);
    if (!this.checking) {
      const check = this.check();
      this.checking = check;
      void check.finally(() => {
        if (this.checking === check) this.checking = undefined;
      });
    }
    return this.checking;
  }

  /** This instance just changed corrections or aliases: read them again before the next answer. */
  changed(): void {
    this.stale = true;
    this.checking = undefined;
  }

  private async check(): Promise<CorrectionSet> {
    this.checkedAt = this.now();
    this.stale = false;
    try {
      const db = await this.appDb.ready();
      // The version first: a change landing between the two reads is then read again at the next check.
      const version = await correctionsVersion(db);
      if (this.known && this.known.version === version) return this.known;
      const [corrections, aliases] = await Promise.all([activeCorrections(db), facilityAliases(db)]);
      this.known = correctionSet(version, corrections, aliases);
      return this.known;
    } catch (error) {
      this.options.onError?.(error);
      return this.known ?? NO_CORRECTIONS;
    }
  }
}
