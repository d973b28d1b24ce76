import { html, raw } from 'hono/html';
import type { Concept } from '../../domain/concepts.ts';
import type { Facility } from '../../domain/facility.ts';
import { lastCheckedLine } from '../../ui/checks.tsx';
import { esc } from '../../ui/escape.ts';
import { Encoded, type HtmlOut, TextOut } from '../../ui/html-out.ts';
import { currentLocale, intlLocale } from '../../ui/locale.ts';
import { RESULTS_MAP_ID, resultId } from '../../ui/map/locator-maps.ts';
import { fill, messages } from '../../ui/messages/index.ts';
import { classesAndIds } from '../../ui/page-css.ts';
import { paths } from '../../ui/paths.ts';
import { addressLines, callNumbers, milesWriter, phoneListedAs, placeLabel, telUri } from './facility-format.ts';
import { shortLabel } from './filter-words.ts';
import type { SourceSummary } from './locator.repository.ts';
import type { SearchHit } from './locator.service.ts';
import { servesOnlyLabel } from './locator-words.ts';
import { fromSearch } from './search-link.ts';

/**
 * The services worth showing on a card: the ones the search asked for first, then care and medication.
 * `key`: the place's care and medication concepts (its own, the same on every search), found once.
 */
function highlights(item: SearchHit, parts: CardParts): Concept[] {
  parts.key ??= item.concepts.filter((c) => c.group === 'care' || c.group === 'medication');
  const shown = item.matched.slice(0, 6);
  for (const c of parts.key) {
    if (shown.length >= 6) break;
    if (!item.matched.includes(c)) shown.push(c);
  }
  return shown;
}

/** "Call", "Call intake", "Call main line", "Central intake": short enough for one line on a phone. */
const callText = (label: string) => {
  const m = messages().locator.card;
  if (label === messages().locator.phone.phone) return m.call;
  if (label === messages().locator.phone.central) return m.centralIntake;
  return fill(m.callLine, { line: label.toLocaleLowerCase(intlLocale()) });
};

/**
 * One short line of where the card's facts come from: "Listed 2021 · phone from 2017 · call to confirm". The
 * facility page names every source in full.
 */
function provenance(f: Facility, sources: Map<string, SourceSummary>) {
  const phoneYear = f.phoneSource ? sources.get(f.phoneSource)?.year : undefined;
  const listedAs = phoneListedAs(f);
  const m = messages().locator.card;
  const year = String(f.lastSeenYear);
  return html`${f.status === 'unconfirmed' ? html`<span class="tag tag--warning">${fill(m.notConfirmed, { year })}</span>` : fill(m.listed, { year })}${phoneYear ? fill(m.phoneYear, { year: String(phoneYear) }) : ''}${listedAs ? fill(m.listedAs, { name: listedAs }) : ''}${m.callToConfirm}`;
}

/** The parts of a card that depend only on the facility (and the directory's sources), as HTML. */
interface CardParts {
  sources: Map<string, SourceSummary>;
  /** The services the sources disagree about ("care:detox"), when there are some. */
  disagree: Set<string> | undefined;
  /** The classes and ids of the elements in these parts, but for those on every card. */
  tokens: string[];
  /**
   * The card's fixed text between the values each search fills in, joined once: after its id up to the
   * search in the link; from there to the distance (without and with the Spanish tag); after the distance up
   * to what the search asked about; and after that up to the card's number.
   */
  open: Encoded;
  afterName: [Encoded, Encoded];
  afterMiles: Encoded;
  end: Encoded;
  /** "Offers: …" for a search without filters (the same for every such search), made on first use. */
  plainOffers?: string;
  /** Whether the place offers care in Spanish (from its concepts), found on first use. */
  spanish?: boolean;
  /** The place's care and medication concepts, in order, found on first use (see highlights). */
  key?: Concept[];
}

// Facility records and the sources map are replaced together when a directory (or its corrections) reloads,
// so a WeakMap drops the old parts with the old records.
// The parts are in the page's language, so each language keeps its own.
const partsCache = new Map<string, WeakMap<Facility, CardParts>>();

/** The parts of this language's cards, by facility. */
function partsOfLocale(): WeakMap<Facility, CardParts> {
  const locale = currentLocale();
  let cache = partsCache.get(locale);
  if (!cache) {
    cache = new WeakMap();
    partsCache.set(locale, cache);
  }
  return cache;
}

function cardParts(f: Facility, sources: Map<string, SourceSummary>, cache = partsOfLocale()): CardParts {
  const cached = cache.get(f);
  if (cached && cached.sources === sources) return cached;
  const m = messages().locator.card;
  const numbers = callNumbers(f);
  const address = addressLines(f).join(', ') || placeLabel(f);
  const serves =
    f.servesOnly.length > 0
      ? String(
          html`<p class="serves">${f.servesOnly.map((s, i) => html`${i > 0 ? ' ' : ''}<span class="tag${s === 'custody' ? ' tag--warning' : ''}">${servesOnlyLabel(s).label}</span>`)}</p>`,
        )
      : '';
  const name2 = f.name2 ? String(html`<p class="small">${f.name2}</p>`) : '';
  const call = String(
    numbers.length > 0
      ? html`<p class="call">${numbers.map((p) => html`<a class="call-button" href="${telUri(p.phone)}">${callText(p.label)} <span class="nowrap">${p.phone}</span></a>`)}</p>`
      : html`<p class="small">${m.noPhone}</p>`,
  );
  const lastChecked = String(lastCheckedLine(f));
  const provenanceHtml = String(provenance(f, sources));
  const w = pageWords();
  const href = esc(paths.facility(f.id));
  const name = esc(f.name);
  const addressHtml = String(html`${address}${f.locationMethod !== 'source' ? m.approximate : ''}`);
  const parts: CardParts = {
    sources,
    disagree: f.disagreements.length > 0 ? new Set(f.disagreements) : undefined,
    tokens: [...classesAndIds(`${serves} ${name2} ${call} ${lastChecked} ${provenanceHtml}`)].filter(
      (t) => !w.tokens.always.includes(t),
    ),
    open: new Encoded(`">\n${serves}\n<h3><a href="${href}`),
    afterName: [
      new Encoded(`">${name}</a></h3>\n\n${name2}\n${w.away[0]}`),
      new Encoded(`">${name}</a></h3>\n${SPANISH_TAG}\n${name2}\n${w.away[0]}`),
    ],
    afterMiles: new Encoded(`${w.away[1]}${addressHtml}</p>\n${call}\n`),
    end: new Encoded(`\n${lastChecked}\n<p class="small">${provenanceHtml} · <a href="#${RESULTS_MAP_ID}">${w.onMap[0]}`),
  };
  cache.set(f, parts);
  return parts;
}

/**
 * Result cards, written as strings with every interpolated value escaped (as JSX and hono's `html` escape
 * them): a results page renders twenty, and plain strings are several times faster than templates. What
 * depends only on the facility is rendered once per directory load (cardParts); what every card of the page
 * shares (the search in each link, the words around the distance) once per page; only each card's own parts
 * (the distance, what matched, its number) per card. result-card.test.ts compares them with the cards written
 * the plain way, as templates from scratch.
 *
 * In the order a person on a phone needs it: who the place serves (when it is only for some people), its name,
 * how far and where, the phone as a big button, what it offers of what was asked (and what its listing
 * doesn't say), and one line of provenance.
 */
export function resultCards(
  items: readonly SearchHit[],
  search: string,
  sources: Map<string, SourceSummary>,
  first: number,
  /** Where the classes and ids of the cards' elements are added, for the page's CSS. */
  tokens?: Set<string>,
) {
  const out = new TextOut();
  writeResultCards(out, items, search, sources, first, tokens);
  return raw(out.value);
}

/**
 * resultCards() written to `out`: the parts that depend only on the facility, and the words every card shares,
 * as pieces encoded once (src/ui/html-out.ts), the rest as text.
 */
export function writeResultCards(
  out: HtmlOut,
  items: readonly SearchHit[],
  search: string,
  sources: Map<string, SourceSummary>,
  first: number,
  tokens?: Set<string>,
): void {
  const w = pageWords();
  const cache = partsOfLocale();
  const miles = milesWriter();
  // The search each facility link carries (as facilityHref writes it), escaped and encoded once for the page.
  const fromText = esc(fromSearch(search));
  const from = fromText === '' ? undefined : new Encoded(fromText);
  if (tokens && items.length > 0) for (const t of w.tokens.always) tokens.add(t);
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as SearchHit;
    const n = first + i;
    const f = item.facility;
    const parts = cardParts(f, sources, cache);
    // The place's concepts are its own (the same on every search): whether it offers care in Spanish is found once.
    let spanish = parts.spanish;
    if (spanish === undefined) {
      spanish = false;
      for (const c of item.concepts) if (c.group === 'language' && c.value === 'spanish') spanish = true;
      parts.spanish = spanish;
    }
    const plain = item.matched.length === 0;
    const shown = plain && parts.plainOffers !== undefined ? undefined : highlights(item, parts);
    let offers = parts.plainOffers ?? w.noServices;
    if (shown !== undefined) {
      offers = shown.length > 0 ? offersLine(shown, parts, w) : w.noServices;
      if (plain) parts.plainOffers = offers;
    }
    let maybe = '';
    if (item.unknown.length > 0) {
      let list = '';
      for (let k = 0; k < item.unknown.length; k++) list += `${k > 0 ? ', ' : ''}${w.label(item.unknown[k] as Concept).short}`;
      maybe = `${w.ask}${w.doesntSay[0]}${list}${w.doesntSay[1]}</p>`;
    }
    const id = resultId(n);
    if (tokens) {
      tokens.add(id);
      for (const t of parts.tokens) tokens.add(t);
      if (spanish) for (const t of w.tokens.spanish) tokens.add(t);
      if (maybe) for (const t of w.tokens.maybe) tokens.add(t);
      if (offers === w.noServices) for (const t of w.tokens.noServices) tokens.add(t);
    }
    // The card as the plain template in result-card.test.ts writes it, from the pieces joined above.
    out.text(`<li class="result${item.unknown.length > 0 ? ' result--maybe' : ''}" id="${id}`);
    out.encoded(parts.open);
    if (from !== undefined) out.encoded(from);
    out.encoded(parts.afterName[spanish ? 1 : 0]);
    out.text(esc(miles(item.miles)));
    out.encoded(parts.afterMiles);
    out.text(`${maybe}\n${offers}`);
    out.encoded(parts.end);
    out.text(String(n));
    out.encoded(w.close);
  }
}

/** "Offers: Detox · Methadone (sources disagree: ask)", as HTML. */
function offersLine(shown: Concept[], parts: CardParts, w: PageWords): string {
  let list = '';
  for (let k = 0; k < shown.length; k++) {
    const c = shown[k] as Concept;
    const label = w.label(c);
    list += `${k > 0 ? ' · ' : ''}${parts.disagree?.has(`${c.group}:${c.value}`) ? label.disagree : label.short}`;
  }
  return `<p>${w.offers[0]}${list}${w.offers[1]}</p>`;
}

/** A message cut at its one `{name}`, each side escaped: the text around a value every card fills in. */
function around(template: string, name: string): [string, string] {
  const [before, after, more] = template.split(`{${name}}`);
  if (before === undefined || after === undefined || more !== undefined) {
    throw new Error(`The message "${template}" should hold {${name}} once`);
  }
  return [esc(before), esc(after)];
}

/** A concept's short label on a card, and the same with "(sources disagree: ask)", as HTML. */
interface CardLabel {
  short: string;
  disagree: string;
}

/** The words every card of a page shares, as HTML, made once per language (the messages never change). */
interface PageWords {
  away: [string, string];
  offers: [string, string];
  doesntSay: [string, string];
  onMap: [string, string];
  /** After the card's number, to its end. */
  close: Encoded;
  ask: string;
  noServices: string;
  label(c: Concept): CardLabel;
  /** The classes and ids of the card's fixed markup: on every card, with a maybe-match's line, and so on. */
  tokens: { always: string[]; maybe: string[]; noServices: string[]; spanish: string[] };
}

const wordsByLocale = new Map<string, PageWords>();

function pageWords(): PageWords {
  const locale = currentLocale();
  let words = wordsByLocale.get(locale);
  if (words === undefined) {
    const m = messages().locator.card;
    const [before, after] = around(m.away, 'distance');
    // Concepts are a fixed vocabulary of shared objects: their labels are written once per language (a copy
    // would only be written again, never kept).
    const labels = new WeakMap<Concept, CardLabel>();
    const disagree = m.disagree;
    const away: [string, string] = [`<p class="meta">${before}<strong>`, `</strong>${after} · `];
    const ask = `<p class="maybe"><span class="tag tag--grey">${esc(m.ask)}</span> `;
    const noServices = `<p class="small">${esc(m.noServicesShort)}</p>`;
    const scan = (text: string) => [...classesAndIds(text)];
    const onMap = around(m.onMap, 'number');
    words = {
      // The distance is bold wherever the language puts it ("2.4 miles away", "a 2.4 millas").
      away,
      offers: around(m.offers, 'list'),
      doesntSay: around(m.listingDoesntSay, 'list'),
      onMap,
      close: new Encoded(`${onMap[1]}</a></p>\n</li>`),
      ask,
      noServices,
      // As the card below writes them: its <li>, the distance line and the last line, then each optional part.
      tokens: {
        always: scan(`<li class="result"> ${away[0]} <p class="small">`),
        maybe: scan(`<li class="result result--maybe"> ${ask}`),
        noServices: scan(noServices),
        spanish: scan(SPANISH_TAG),
      },
      label(c) {
        let label = labels.get(c);
        if (label === undefined) {
          const short = shortLabel(c);
          label = { short: esc(short), disagree: esc(fill(disagree, { label: short })) };
          labels.set(c, label);
        }
        return label;
      },
    };
    wordsByLocale.set(locale, words);
  }
  return words;
}

const SPANISH_TAG = '<p><span class="tag tag--language" lang="es">Se habla español</span></p>';

/** One result card, number `n` (see resultCards). */
export const resultCard = (item: SearchHit, search: string, sources: Map<string, SourceSummary>, n: number) =>
  resultCards([item], search, sources, n);
