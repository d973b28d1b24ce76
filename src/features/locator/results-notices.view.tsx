import { CONCEPTS, type Concept, FILTER_GROUPS } from '../../domain/concepts.ts';
import { RADII, type SearchQuery, searchUrl } from '../../domain/search-query.ts';
import { HelplineLink } from '../../ui/helpline-link.tsx';
import { SAMHSA_HELPLINE } from '../../ui/helplines.ts';
import { listFormat, numberFormat } from '../../ui/intl.ts';
import { intlLocale } from '../../ui/locale.ts';
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

/** "The nearest place that matches Residential · Naltrexone is 38.2 miles away", with a search wide enough to show it. */
function NearestMatch(props: { result: SearchResult; query: SearchQuery; search: string }) {
  const { result, query } = props;
  const nearest = result.nearest;
  if (!nearest) return null;
  const chosen = chosenConcepts(query);
  const wide = RADII.find((r) => r >= nearest.miles);
  const m = messages().locator.results.nearest;
  const parts = {
    filters: chosen.map(shortLabel).join(' · '),
    distance: milesText(nearest.miles),
    name: <a href={facilityHref(nearest.facility.id, props.search)}>{nearest.facility.name}</a>,
    place: placeLabel(nearest.facility),
  };
  return (
    <p class="nearest-match">
      {rich(chosen.length > 0 ? m.matching : m.any, parts)}
      {wide ? (
        <>
          {' '}
          <a href={searchUrl(paths.find(), query, { radius: wide, page: 1 })}>{fill(m.wider, { miles: wide })}</a>
        </>
      ) : null}
    </p>
  );
}

/**
 * Nothing within the radius matches every filter: say where the nearest match is (looking up to 250 miles),
 * then what else to try. When some places may match (their listing doesn't say), they follow this notice.
 */
export function NoResults(props: { result: SearchResult; query: SearchQuery; search: string }) {
  const { query, result } = props;
  const wider = RADII.find((r) => r > query.radius);
  const chosen = FILTER_GROUPS.flatMap((g) => query[g].map((v) => CONCEPTS.find((c) => c.group === g && c.value === v))).filter(
    (c): c is Concept => c !== undefined,
  );
  // The narrowest filter is the one with the fewest codes behind it; dropping it helps most often.
  const narrowest = [...chosen].sort((a, b) => a.codes.length - b.codes.length)[0];
  const maybe = result.total - result.matched;
  const m = messages().locator.results;
  const here = { miles: query.radius, place: result.origin.label };
  return (
    <div class="notice" id="no-results">
      <h2>{fill(maybe > 0 ? m.noMatch.maybeHeading : m.none.heading, here)}</h2>
      <p>
        {fill(chosen.length > 0 ? m.noMatch.foundFiltered : m.noMatch.found, here)}
        {maybe > 0 ? ` ${m.noMatch.maybeBelow}` : ''}
      </p>
      <NearestMatch result={result} query={query} search={props.search} />
      {maybe > 0 ? null : (
        <>
          <p>{m.noMatch.tryElse}</p>
          <ul>
            {wider ? (
              <li>
                <a href={searchUrl(paths.find(), query, { radius: wider, page: 1 })}>{fill(m.none.wider, { miles: wider })}</a>
              </li>
            ) : null}
            {narrowest ? (
              <li>
                <a
                  href={searchUrl(
                    paths.find(),
                    { ...query, [narrowest.group]: query[narrowest.group].filter((v) => v !== narrowest.value) },
                    { page: 1 },
                  )}
                >
                  {fill(m.none.without, { filter: shortLabel(narrowest) })}
                </a>
              </li>
            ) : null}
            {query.checked ? (
              <li>
                <a href={searchUrl(paths.find(), { ...query, checked: undefined }, { page: 1 })}>{m.noMatch.unchecked}</a>
              </li>
            ) : null}
            {!query.include.includes('unconfirmed') ? (
              <li>
                <a href={searchUrl(paths.find(), { ...query, include: [...query.include, 'unconfirmed'] }, { page: 1 })}>
                  {m.none.older}
                </a>
              </li>
            ) : null}
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
          </ul>
        </>
      )}
    </div>
  );
}
