import { CONCEPTS, type Concept, FILTER_GROUPS } from '../../domain/concepts.ts';
import { RADII, type SearchQuery, searchUrl } from '../../domain/search-query.ts';
import { esc } from '../../ui/escape.ts';
import { HelplineLink } from '../../ui/helpline-link.tsx';
import { SAMHSA_HELPLINE } from '../../ui/helplines.ts';
import { listFormat, numberFormat } from '../../ui/intl.ts';
import { intlLocale } from '../../ui/locale.ts';
import { memoHtml } from '../../ui/memo.ts';
import { fill, messages, rich } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import { milesText, placeLabel } from './facility-format.ts';
import { chosenConcepts, shortLabel } from './filter-words.ts';
import type { ListingFacts, SearchResult } from './locator.service.ts';
import { facilityHref } from './search-link.ts';

/** The guide section with the questions to ask on the phone. */
export const WHAT_TO_ASK_HREF = paths.guide('paying-for-treatment', 'what-to-ask-when-you-call');

const and = (words: string[]) => listFormat(intlLocale(), 'conjunction').format(words);

/** "About half of the places we show (50%)", from a share between 0 and 1, in the page's language. */
export function shareWords(share: number): string {
  const m = messages().locator.results.callBefore;
  const pct = Math.round(share * 100);
  const words = pct >= 45 && pct <= 55 ? m.half : pct < 10 ? m.few : fill(m.tenths, { n: Math.max(1, Math.round(share * 10)) });
  const percent = numberFormat(intlLocale(), { style: 'percent' }).format(pct / 100);
  return fill(m.noPhone, { share: words, pct: percent });
}

/** How old our data is, in real years measured from the directory, and why a call comes first. */
export function CallBeforeYouGo(props: { facts: ListingFacts }) {
  const { facts } = props;
  const m = messages().locator.results.callBefore;
  const years = { first: String(facts.firstYear), last: String(facts.lastYear), years: and(facts.phoneYears.map(String)) };
  const from = facts.phoneYears.length === 0 ? m.from : facts.phoneYears.length === 1 ? m.fromPhone : m.fromPhones;
  return (
    <div class="notice notice--warning" id="call-before-you-go">
      <p>
        <strong>{m.title}</strong> {fill(from, years)} {shareWords(facts.noPhoneShare)}{' '}
        {rich(m.rest, { ask: (words) => <a href={WHAT_TO_ASK_HREF}>{words}</a> })}
      </p>
    </div>
  );
}

/** A search for methadone or buprenorphine: the people most likely to need to start soon. */
export const startsToday = (query: SearchQuery): boolean =>
  query.medication.includes('methadone') || query.medication.includes('buprenorphine');

const THREE_DAY_RULE = 'https://regulations.justia.com/regulations/fedreg/2023/08/08/2023-16892.html';
const PART_8 = 'https://regulations.justia.com/regulations/fedreg/2024/02/02/2024-01693.html';
const WAIVER_FAQ =
  'https://www.samhsa.gov/medication-assisted-treatment/become-buprenorphine-waivered-practitioner/buprenorphine-waiver-faqs';

/**
 * "Starting today", for methadone and buprenorphine searches: call first, and what an emergency department can
 * do while you wait. Each fact names its public source; what has no source (when programs take new patients)
 * is said as advice to ask.
 */
export function StartingToday(props: { query: SearchQuery }) {
  const methadone = props.query.medication.includes('methadone');
  const buprenorphine = props.query.medication.includes('buprenorphine');
  const m = messages().locator.results.starting;
  const link = (href: string) => (words: string) => (
    <a href={href} rel="noreferrer">
      {words}
    </a>
  );
  return (
    <section class="notice" id="starting-today" aria-labelledby="starting-today-title">
      <h2 id="starting-today-title">{m.title}</h2>
      <ul>
        <li>{m.callFirst}</li>
        {methadone ? <li>{m.methadone}</li> : null}
        {buprenorphine ? <li>{m.buprenorphine}</li> : null}
        <li>{m.emergency}</li>
      </ul>
      <p class="small">
        {rich(m.sources, { rule: link(THREE_DAY_RULE) })}
        {methadone ? <> {rich(m.methadoneSource, { part8: link(PART_8) })}</> : null}
        {buprenorphine ? <> {rich(m.buprenorphineSource, { faq: link(WAIVER_FAQ) })}</> : null}
      </p>
    </section>
  );
}

/**
 * A message with markup (as rich() in src/ui/messages/format.ts), as HTML: its text escaped as JSX escapes
 * it, each `<name>words</name>` and `{name}` replaced by `parts[name]`, which is HTML already.
 */
function richHtml(template: string, parts: Record<string, string | ((words: string) => string)>): string {
  let out = '';
  let last = 0;
  for (const match of template.matchAll(RICH_TAG)) {
    out += esc(template.slice(last, match.index));
    const name = (match[1] ?? match[3]) as string;
    const part = parts[name];
    if (part === undefined) throw new Error(`The message "${template}" needs <${name}>`);
    out += typeof part === 'function' ? part(esc(match[2] ?? '')) : part;
    last = (match.index ?? 0) + match[0].length;
  }
  return out + esc(template.slice(last));
}

const RICH_TAG = /<([a-z][a-z0-9-]*)>([^<]*)<\/\1>|\{([a-zA-Z][a-zA-Z0-9_]*)\}/g;

const link = (href: string, words: string) => `<a href="${esc(href)}">${words}</a>`;

/** "The nearest place that matches Residential · Naltrexone is 38.2 miles away", with a search wide enough to show it. */
function nearestMatch(result: SearchResult, query: SearchQuery, search: string): string {
  const nearest = result.nearest;
  if (!nearest) return '';
  const chosen = chosenConcepts(query);
  const wide = RADII.find((r) => r >= nearest.miles);
  const m = messages().locator.results.nearest;
  const parts = {
    filters: esc(chosen.map(shortLabel).join(' · ')),
    distance: esc(milesText(nearest.miles)),
    name: link(facilityHref(nearest.facility.id, search), esc(nearest.facility.name)),
    place: esc(placeLabel(nearest.facility)),
  };
  const wider = wide
    ? ` ${link(searchUrl(paths.find(), query, { radius: wide, page: 1 }), esc(fill(m.wider, { miles: wide })))}`
    : '';
  return `<p class="nearest-match">${richHtml(chosen.length > 0 ? m.matching : m.any, parts)}${wider}</p>`;
}

/**
 * Nothing within the radius matches every filter: say where the nearest match is (looking up to 250 miles),
 * then what else to try. When some places may match (their listing doesn't say), they follow this notice.
 *
 * Written as strings, as JSX would write it (results-notices.test.ts compares with the notice written in JSX),
 * with the classes and ids it carries added to `tokens`.
 */
export function noResults(result: SearchResult, query: SearchQuery, search: string, tokens?: Set<string>): string {
  const wider = RADII.find((r) => r > query.radius);
  const chosen = FILTER_GROUPS.flatMap((g) => query[g].map((v) => CONCEPTS.find((c) => c.group === g && c.value === v))).filter(
    (c): c is Concept => c !== undefined,
  );
  // The narrowest filter is the one with the fewest codes behind it; dropping it helps most often.
  const narrowest = [...chosen].sort((a, b) => a.codes.length - b.codes.length)[0];
  const maybe = result.total - result.matched;
  const m = messages().locator.results;
  const here = { miles: query.radius, place: result.origin.label };
  const nearest = nearestMatch(result, query, search);
  if (tokens) {
    tokens.add('notice');
    tokens.add('no-results');
    if (nearest) tokens.add('nearest-match');
  }
  let out = `<div class="notice" id="no-results"><h2>${esc(fill(maybe > 0 ? m.noMatch.maybeHeading : m.none.heading, here))}</h2><p>${esc(
    fill(chosen.length > 0 ? m.noMatch.foundFiltered : m.noMatch.found, here),
  )}${maybe > 0 ? esc(` ${m.noMatch.maybeBelow}`) : ''}</p>${nearest}`;
  if (maybe === 0) {
    const item = (href: string, words: string) => `<li>${link(href, esc(words))}</li>`;
    out += `<p>${esc(m.noMatch.tryElse)}</p><ul>`;
    if (wider) out += item(searchUrl(paths.find(), query, { radius: wider, page: 1 }), fill(m.none.wider, { miles: wider }));
    if (narrowest) {
      const without = { ...query, [narrowest.group]: query[narrowest.group].filter((v) => v !== narrowest.value) };
      out += item(searchUrl(paths.find(), without, { page: 1 }), fill(m.none.without, { filter: shortLabel(narrowest) }));
    }
    if (query.checked) out += item(searchUrl(paths.find(), { ...query, checked: undefined }, { page: 1 }), m.noMatch.unchecked);
    if (!query.include.includes('unconfirmed')) {
      out += item(searchUrl(paths.find(), { ...query, include: [...query.include, 'unconfirmed'] }, { page: 1 }), m.none.older);
    }
    // The same in every such notice (per language).
    out += String(
      memoHtml('results:no-results:elsewhere', () => (
        <>
          <li>{rich(m.noMatch.helpline, { number: <HelplineLink line={SAMHSA_HELPLINE} /> })}</li>
          <li>
            {rich(m.none.findtreatment, {
              findtreatment: (words) => (
                <a href="https://findtreatment.gov/" rel="noreferrer">
                  {words}
                </a>
              ),
            })}
          </li>
        </>
      )),
    );
    out += '</ul>';
  }
  return `${out}</div>`;
}
