import { html, raw } from 'hono/html';
import type { Concept } from '../../domain/concepts.ts';
import type { Facility } from '../../domain/facility.ts';
import { lastCheckedLine } from '../../ui/checks.tsx';
import { currentLocale, intlLocale } from '../../ui/locale.ts';
import { RESULTS_MAP_ID, resultId } from '../../ui/map/locator-maps.ts';
import { fill, messages } from '../../ui/messages/index.ts';
import { addressLines, callNumbers, milesText, phoneListedAs, placeLabel, telUri } from './facility-format.ts';
import { shortLabel } from './filter-words.ts';
import type { SourceSummary } from './locator.repository.ts';
import type { SearchHit } from './locator.service.ts';
import { servesOnlyLabel } from './locator-words.ts';
import { facilityHref } from './search-link.ts';

/** The services worth showing on a card: the ones the search asked for first, then care and medication. */
function highlights(item: SearchHit): Concept[] {
  const key = item.concepts.filter((c) => (c.group === 'care' || c.group === 'medication') && !item.matched.includes(c));
  return [...item.matched, ...key].slice(0, 6);
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
  serves: string;
  name2: string;
  address: string;
  call: string;
  lastChecked: string;
  provenance: string;
}

// Facility records and the sources map are replaced together when a directory (or its corrections) reloads,
// so a WeakMap drops the old parts with the old records.
// The parts are in the page's language, so each language keeps its own.
const partsCache = new Map<string, WeakMap<Facility, CardParts>>();

function cardParts(f: Facility, sources: Map<string, SourceSummary>): CardParts {
  const locale = currentLocale();
  let cache = partsCache.get(locale);
  if (!cache) {
    cache = new WeakMap();
    partsCache.set(locale, cache);
  }
  const cached = cache.get(f);
  if (cached && cached.sources === sources) return cached;
  const m = messages().locator.card;
  const numbers = callNumbers(f);
  const address = addressLines(f).join(', ') || placeLabel(f);
  const parts: CardParts = {
    sources,
    serves:
      f.servesOnly.length > 0
        ? String(
            html`<p class="serves">${f.servesOnly.map((s, i) => html`${i > 0 ? ' ' : ''}<span class="tag${s === 'custody' ? ' tag--warning' : ''}">${servesOnlyLabel(s).label}</span>`)}</p>`,
          )
        : '',
    name2: f.name2 ? String(html`<p class="small">${f.name2}</p>`) : '',
    address: String(html`${address}${f.locationMethod !== 'source' ? m.approximate : ''}`),
    call: String(
      numbers.length > 0
        ? html`<p class="call">${numbers.map((p) => html`<a class="call-button" href="${telUri(p.phone)}">${callText(p.label)} <span class="nowrap">${p.phone}</span></a>`)}</p>`
        : html`<p class="small">${m.noPhone}</p>`,
    ),
    lastChecked: String(lastCheckedLine(f)),
    provenance: String(provenance(f, sources)),
  };
  cache.set(f, parts);
  return parts;
}

/**
 * One result card, written as an escaped HTML template rather than JSX: a results page renders twenty of these,
 * and templates render several times faster. `html` escapes every interpolated value, as JSX does. What depends
 * only on the facility is rendered once per directory load (cardParts); only the search's own parts (the
 * distance, what matched, the links that carry the search) are written per request.
 *
 * In the order a person on a phone needs it: who the place serves (when it is only for some people), its name,
 * how far and where, the phone as a big button, what it offers of what was asked (and what its listing
 * doesn't say), and one line of provenance.
 */
export function resultCard(item: SearchHit, search: string, sources: Map<string, SourceSummary>, n: number) {
  const f = item.facility;
  const parts = cardParts(f, sources);
  const shown = highlights(item);
  const disagree = new Set(f.disagreements);
  const m = messages().locator.card;
  // The distance is bold wherever the language puts it ("2.4 miles away", "a 2.4 millas").
  const away = m.away.split('{distance}') as [string, string];
  return html`<li class="result${item.unknown.length > 0 ? ' result--maybe' : ''}" id="${resultId(n)}">
${raw(parts.serves)}
<h3><a href="${facilityHref(f.id, search)}">${f.name}</a></h3>
${item.concepts.some((c) => c.group === 'language' && c.value === 'spanish') ? html`<p><span class="tag tag--language" lang="es">Se habla español</span></p>` : ''}
${raw(parts.name2)}
<p class="meta">${away[0]}<strong>${milesText(item.miles)}</strong>${away[1]} · ${raw(parts.address)}</p>
${raw(parts.call)}
${item.unknown.length > 0 ? html`<p class="maybe"><span class="tag tag--grey">${m.ask}</span> ${fill(m.listingDoesntSay, { list: item.unknown.map(shortLabel).join(', ') })}</p>` : ''}
${
  shown.length > 0
    ? html`<p>${fill(m.offers, { list: shown.map((c) => (disagree.has(`${c.group}:${c.value}`) ? fill(m.disagree, { label: shortLabel(c) }) : shortLabel(c))).join(' · ') })}</p>`
    : html`<p class="small">${m.noServicesShort}</p>`
}
${raw(parts.lastChecked)}
<p class="small">${raw(parts.provenance)} · <a href="#${RESULTS_MAP_ID}">${fill(m.onMap, { number: String(n) })}</a></p>
</li>`;
}
