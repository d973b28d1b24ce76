import { type CorrectionsSource, fixedCorrections, NO_CORRECTIONS } from '../../db/corrections-feed.ts';
import type { DirectoryHandle } from '../../db/directory-connection.ts';
import { overlayDirectory } from '../../domain/corrections.ts';
import { at } from '../../lib/arrays.ts';
import { KeptPromise } from '../../lib/kept-promise.ts';
import { hsdsId, UUID } from './hsds.ids.ts';
import {
  assuredFromChecks,
  type HsdsContext,
  type HsdsFacility,
  TAXONOMY_ID,
  taxonomy,
  taxonomyTerm,
  toHsds,
} from './hsds.mapper.ts';
import { type HsdsDirectory, loadHsdsDirectory } from './hsds.repository.ts';

type Obj = Record<string, unknown>;

/** An HSDS API page: the Page fields of the HSDS OpenAPI description, and the records. */
export interface HsdsPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Obj[];
}

export type HsdsListKind = 'services' | 'organizations' | 'service_at_locations';

interface Loaded {
  /** The directory file's generation and the corrections' version this was built from. */
  key: string;
  directory: HsdsDirectory;
  ctx: HsdsContext;
  /** Every HSDS id of an organization, service or service_at_location -> the facility's position. */
  byId: Map<string, number>;
  mapped: (HsdsFacility | undefined)[];
  terms: Obj[];
}

/** A service without its organization: what an organization lists under `services`. */
const withoutOrganization = ({ organization: _o, ...service }: Obj) => service;
/** A service without its service_at_locations: what a service_at_location nests under `service`. */
const withoutPlaces = ({ service_at_locations: _s, ...service }: Obj) => service;

/**
 * The directory as HSDS 3.0, for the API and the export. The directory is read once per file; each facility is
 * mapped the first time it is asked for and kept, so paging through the whole directory maps each place once.
 * Our team's corrections are laid over it as over the locator's, and reloaded when they change; the day a place
 * was last checked is its `assured_date`.
 */
export class HsdsService {
  private readonly loaded = new KeptPromise<Loaded>();
  /** The directory file as read, kept while only the corrections change (reading it takes a second or two). */
  private readonly fromFile = new KeptPromise<HsdsDirectory>();

  constructor(
    private readonly directory: DirectoryHandle,
    private readonly publicUrl: string,
    private readonly corrections: CorrectionsSource = fixedCorrections(NO_CORRECTIONS),
    private readonly assuredDate: HsdsContext['assuredDate'] = assuredFromChecks,
  ) {}

  private readFile(snapshot: ReturnType<DirectoryHandle['snapshot']>): Promise<HsdsDirectory> {
    return this.fromFile.get(String(snapshot.generation), () => loadHsdsDirectory(snapshot));
  }

  private async load(): Promise<Loaded> {
    const snapshot = this.directory.snapshot();
    const corrections = await this.corrections.current();
    const key = `${snapshot.generation}:${corrections.version}`;
    return this.loaded.get(key, () =>
      this.readFile(snapshot).then((read) => {
        const directory = { ...read, facilities: overlayDirectory(read.facilities, corrections.byFacility) };
        const ctx: HsdsContext = {
          sources: directory.sources,
          legend: directory.legend,
          builtAt: directory.builtAt,
          publicUrl: this.publicUrl,
          assuredDate: this.assuredDate,
        };
        const byId = new Map<string, number>();
        directory.facilities.forEach((f, i) => {
          const { organization, service, serviceAtLocation } = toHsdsIds(f.id);
          byId.set(organization, i).set(service, i).set(serviceAtLocation, i);
        });
        return {
          key,
          directory,
          ctx,
          byId,
          mapped: new Array(directory.facilities.length),
          terms: [...directory.legend.values()].map(taxonomyTerm),
        };
      }),
    );
  }

  private facilityAt(loaded: Loaded, i: number): HsdsFacility {
    let mapped = loaded.mapped[i];
    if (!mapped) {
      mapped = toHsds(at(loaded.directory.facilities, i, 'facility'), loaded.ctx);
      loaded.mapped[i] = mapped;
    }
    return mapped;
  }

  private record(kind: HsdsListKind, h: HsdsFacility, options: { fullService?: boolean } = {}): Obj {
    if (kind === 'services') return h.service;
    if (kind === 'organizations')
      return options.fullService ? { ...h.organization, services: [withoutOrganization(h.service)] } : h.organization;
    return { ...h.serviceAtLocation, service: withoutPlaces(h.service) };
  }

  /** One page of services, organizations or service_at_locations, in facility id order. */
  async list(kind: HsdsListKind, page: number, perPage: number, options: { fullService?: boolean } = {}): Promise<HsdsPage> {
    const loaded = await this.load();
    const total = loaded.directory.facilities.length;
    const from = (page - 1) * perPage;
    const contents: Obj[] = [];
    for (let i = from; i < Math.min(total, from + perPage); i++)
      contents.push(this.record(kind, this.facilityAt(loaded, i), options));
    return pageOf(contents, total, page, perPage);
  }

  /** One record by its HSDS id, or undefined. */
  async get(kind: HsdsListKind, id: string, options: { fullService?: boolean } = {}): Promise<Obj | undefined> {
    if (!UUID.test(id)) return undefined;
    const loaded = await this.load();
    const i = loaded.byId.get(id);
    if (i === undefined) return undefined;
    const record = this.record(kind, this.facilityAt(loaded, i), options);
    return record.id === id ? record : undefined;
  }

  async taxonomies(): Promise<Obj[]> {
    return [taxonomy((await this.load()).ctx)];
  }

  async taxonomy(id: string): Promise<Obj | undefined> {
    return id === TAXONOMY_ID ? (await this.taxonomies())[0] : undefined;
  }

  async terms(page: number, perPage: number): Promise<HsdsPage> {
    const { terms } = await this.load();
    return pageOf(terms.slice((page - 1) * perPage, page * perPage), terms.length, page, perPage);
  }

  async term(id: string): Promise<Obj | undefined> {
    return (await this.load()).terms.find((t) => t.id === id);
  }

  /** Every facility as HSDS, in id order, for the export; nothing is kept in memory once written. */
  async *all(): AsyncGenerator<HsdsFacility> {
    const loaded = await this.load();
    for (const [i, facility] of loaded.directory.facilities.entries()) yield loaded.mapped[i] ?? toHsds(facility, loaded.ctx);
  }
}

function toHsdsIds(facilityId: string) {
  return {
    organization: hsdsId('organization', facilityId),
    service: hsdsId('service', facilityId),
    serviceAtLocation: hsdsId('service_at_location', facilityId),
  };
}

export function pageOf(contents: Obj[], total: number, page: number, perPage: number): HsdsPage {
  const pages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: pages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= pages,
    empty: contents.length === 0,
    contents,
  };
}
