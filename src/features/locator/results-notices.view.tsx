import { CONCEPTS, type Concept, FILTER_GROUPS } from '../../domain/concepts.ts';
import { RADII, type SearchQuery, searchUrl } from '../../domain/search-query.ts';
import { HelplineLink } from '../../ui/helpline-link.tsx';
import { SAMHSA_HELPLINE } from '../../ui/helplines.ts';
import { listFormat } from '../../ui/intl.ts';
import { paths } from '../../ui/paths.ts';
import { milesText, placeLabel } from './facility-format.ts';
import { chosenConcepts, shortLabel } from './filter-words.ts';
import type { ListingFacts, SearchResult } from './locator.service.ts';
import { facilityHref } from './search-link.ts';

/** The guide section with the questions to ask on the phone. */
export const WHAT_TO_ASK_HREF = paths.guide('paying-for-treatment', 'what-to-ask-when-you-call');

const and = (words: string[]) => listFormat('en-US', 'conjunction').format(words);

/** "About half of the places we show (50%)", from a share between 0 and 1. */
export function shareWords(share: number): string {
  const pct = Math.round(share * 100);
  const words = pct >= 45 && pct <= 55 ? 'About half' : pct < 10 ? 'A few' : `About ${Math.max(1, Math.round(share * 10))} in 10`;
  return `${words} of the places we show (${pct}%)`;
}

/** How old our data is, in real years measured from the directory, and why a call comes first. */
export function CallBeforeYouGo(props: { facts: ListingFacts }) {
  const { facts } = props;
  const phones = facts.phoneYears.map(String);
  return (
    <div class="notice notice--warning" id="call-before-you-go">
      <p>
        <strong>Call before you go.</strong> Our listings come from SAMHSA lists from {facts.firstYear} to {facts.lastYear}
        {phones.length > 0
          ? `, and the phone numbers from its ${and(phones)} ${phones.length === 1 ? 'directory' : 'directories'}`
          : ''}
        . {shareWords(facts.noPhoneShare)} have no phone number in our data: the SAMHSA National Helpline can help you reach them.
        Places close, move and change what they offer. A quick call tells you if they have room, take your insurance and offer
        what you need. <a href={WHAT_TO_ASK_HREF}>What to ask when you call</a>.
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
  return (
    <section class="notice" id="starting-today" aria-labelledby="starting-today-title">
      <h2 id="starting-today-title">Starting today</h2>
      <ul>
        <li>
          Call first. Ask what time they see new patients, how long a first visit takes and what to bring. If you have a photo ID,
          bring it.
        </li>
        {methadone ? (
          <li>Methadone for opioid use disorder is only given at opioid treatment programs that SAMHSA certifies.</li>
        ) : null}
        {buprenorphine ? (
          <li>
            Many doctors can prescribe buprenorphine now. Since 2023 no special waiver is needed, so ask your own doctor or clinic
            too.
          </li>
        ) : null}
        <li>
          If you can’t start today, an emergency department may be able to help with withdrawal while you wait for a program. A
          federal rule lets a doctor outside a treatment program give up to 3 days of medication at one time, while your treatment
          is arranged. It can’t be renewed.
        </li>
      </ul>
      <p class="small">
        Sources: the three-day rule is the DEA’s final rule of August 2023,{' '}
        <a href={THREE_DAY_RULE} rel="noreferrer">
          88 FR 53377
        </a>{' '}
        (21 CFR 1306.07(b)).
        {methadone ? (
          <>
            {' '}
            Methadone programs:{' '}
            <a href={PART_8} rel="noreferrer">
              42 CFR Part 8 (89 FR 7528, 2024)
            </a>
            .
          </>
        ) : null}
        {buprenorphine ? (
          <>
            {' '}
            Prescribing buprenorphine:{' '}
            <a href={WAIVER_FAQ} rel="noreferrer">
              SAMHSA, waiver elimination (MAT Act)
            </a>
            .
          </>
        ) : null}
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
  return (
    <p class="nearest-match">
      The nearest {chosen.length > 0 ? `place that matches ${chosen.map(shortLabel).join(' · ')}` : 'place'} is{' '}
      {milesText(nearest.miles)} away: <a href={facilityHref(nearest.facility.id, props.search)}>{nearest.facility.name}</a> in{' '}
      {placeLabel(nearest.facility)}.
      {wide ? (
        <>
          {' '}
          <a href={searchUrl(paths.find(), query, { radius: wide, page: 1 })}>Show places within {wide} miles</a>
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
  return (
    <div class="notice" id="no-results">
      <h2>
        {maybe > 0 ? `No place within ${query.radius} miles is known to match` : `No places found within ${query.radius} miles`}
      </h2>
      <p>
        We found no places within {query.radius} miles of {result.origin.label}
        {chosen.length > 0 ? ' that match all your filters' : ''}.
        {maybe > 0 ? ' The places below may fit: their listings don’t say.' : ''}
      </p>
      <NearestMatch result={result} query={query} search={props.search} />
      {maybe > 0 ? null : (
        <>
          <p>Here is what else you can try:</p>
          <ul>
            {wider ? (
              <li>
                <a href={searchUrl(paths.find(), query, { radius: wider, page: 1 })}>Search within {wider} miles</a>
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
                  Search again without “{shortLabel(narrowest)}”
                </a>
              </li>
            ) : null}
            {query.checked ? (
              <li>
                <a href={searchUrl(paths.find(), { ...query, checked: undefined }, { page: 1 })}>
                  Include places our team has not checked lately
                </a>
              </li>
            ) : null}
            {!query.include.includes('unconfirmed') ? (
              <li>
                <a href={searchUrl(paths.find(), { ...query, include: [...query.include, 'unconfirmed'] }, { page: 1 })}>
                  Include older listings not confirmed since 2015 or 2017
                </a>
              </li>
            ) : null}
            <li>
              Call the SAMHSA National Helpline at <HelplineLink line={SAMHSA_HELPLINE} />. It is free, private and open all day,
              every day. They can help you find a place.
            </li>
            <li>
              Search{' '}
              <a href="https://findtreatment.gov/" rel="noreferrer">
                FindTreatment.gov
              </a>
              , the government’s own list. (It uses Google services, so what you type there is shared with Google.)
            </li>
          </ul>
        </>
      )}
    </div>
  );
}
