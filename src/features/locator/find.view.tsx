import { html } from 'hono/html';
import { CONCEPTS, type Concept, FILTER_GROUPS, type FilterGroup } from '../../domain/concepts.ts';
import { RADII, type SearchQuery, searchUrl } from '../../domain/search-query.ts';
import { SERVES_ONLY_LABELS } from '../../domain/serves-only.ts';
import { lastCheckedLine } from '../../ui/checks.tsx';
import { ErrorSummary, type FieldError } from '../../ui/forms.tsx';
import { HelplineBox } from '../../ui/helpline-box.tsx';
import { Layout } from '../../ui/layout.tsx';
import { RESULTS_MAP_ID, ResultsMap, resultId } from '../../ui/map/locator-maps.ts';
import { memoHtml } from '../../ui/memo.ts';
import { addressLines, callNumbers, milesText, newestListing, phoneListedAs, sourceName, telUri } from './facility-format.ts';
import type { SourceSummary } from './locator.repository.ts';
import type { SearchResult } from './locator.service.ts';
import { type FormValues, SearchForm } from './search-form.view.tsx';

const FIELD_ANCHOR: Record<string, string> = {
  near: 'near',
  radius: 'radius',
  include: 'include',
  checked: 'checked',
  page: 'near',
  per_page: 'near',
};

export function errorList(fields: Record<string, string>): FieldError[] {
  return Object.entries(fields).map(([field, text]) => ({
    href: FIELD_ANCHOR[field] ?? (FILTER_GROUPS.includes(field as FilterGroup) ? field : 'near'),
    text,
  }));
}

export interface PlaceLink {
  label: string;
  href: string;
}

/** "Did you mean A, B or C?", each place a link that runs the same search there. */
export function DidYouMean(props: { places: PlaceLink[] }) {
  if (props.places.length === 0) return null;
  const parts = new Intl.ListFormat('en-US', { type: 'disjunction' }).formatToParts(props.places.map((p) => p.label));
  let i = 0;
  return (
    <p class="did-you-mean">
      Did you mean{' '}
      {parts.map((part) => {
        if (part.type === 'literal') return part.value;
        const place = props.places[i++] as PlaceLink;
        return <a href={place.href}>{place.label}</a>;
      })}
      ?
    </p>
  );
}

function CallBeforeYouGo() {
  return (
    <div class="notice notice--warning">
      <p>
        <strong>Call before you go.</strong> Our lists come from SAMHSA and are a few years old. Places close, move and change
        what they offer. A quick call tells you if they have room, take your insurance and offer what you need.{' '}
        <a href="/guides/paying-for-treatment">What to ask when you call</a>.
      </p>
    </div>
  );
}

/** The concepts worth showing on a result: the ones the search asked for first, then care and medication. */
function highlights(concepts: Concept[], query: SearchQuery): Concept[] {
  const asked = concepts.filter((c) => query[c.group].includes(c.value));
  const key = concepts.filter((c) => (c.group === 'care' || c.group === 'medication') && !asked.includes(c));
  return [...asked, ...key].slice(0, 8);
}

/**
 * One result, written as an escaped HTML template rather than JSX: a results page renders twenty of these,
 * and templates render several times faster. `html` escapes every interpolated value, as JSX does.
 */
function resultItem(item: SearchResult['results'][number], query: SearchQuery, sources: Map<string, SourceSummary>, n: number) {
  const { facility: f, miles, concepts } = item;
  const listed = newestListing(f, sources);
  const shown = highlights(concepts, query);
  const numbers = callNumbers(f);
  const listedAs = phoneListedAs(f);
  const phoneFrom =
    f.phone && f.phoneSource && (f.phoneSource !== listed?.key || listedAs)
      ? `; phone from ${sourceName(f.phoneSource, sources)}${listedAs ? `, listed as “${listedAs}”` : ''}`
      : '';
  const disagree = new Set(f.disagreements);
  return html`<li class="result" id="${resultId(n)}">
<h3><a href="/facilities/${f.id}">${f.name}</a></h3>
${f.name2 ? html`<p class="small">${f.name2}</p>` : ''}
<p class="meta"><strong>${milesText(miles)}</strong> away · ${addressLines(f).join(', ') || `${f.city}, ${f.state}`}${f.locationMethod !== 'source' ? ' (approximate location)' : ''}</p>
${f.status === 'unconfirmed' ? html`<p><span class="tag tag--warning">Not confirmed since ${f.lastSeenYear}</span></p>` : ''}
${f.servesOnly.length > 0 ? html`<p>${f.servesOnly.map((s, i) => html`${i > 0 ? ' ' : ''}<span class="tag${s === 'custody' ? ' tag--warning' : ''}">${SERVES_ONLY_LABELS[s].label}</span>`)}</p>` : ''}
${
  numbers.length > 0
    ? html`<p class="call">${numbers.map((n, i) => html`${i > 0 ? ' · ' : ''}${n.label}: <a href="${telUri(n.phone)}">${n.phone}</a>`)}</p>`
    : html`<p class="small">No phone number in our data. Try the SAMHSA National Helpline to reach them.</p>`
}
${
  shown.length > 0
    ? html`<p>Offers: ${shown.map((c) => (disagree.has(`${c.group}:${c.value}`) ? `${c.label} (sources disagree: ask)` : c.label)).join(' · ')}</p>`
    : html`<p class="small">Our data does not list this place’s services.</p>`
}
${lastCheckedLine(f)}
<p class="small">Data from ${listed ? `${listed.name} (${listed.year})` : 'SAMHSA'}${phoneFrom} — call to confirm. <a href="#${RESULTS_MAP_ID}">See number ${n} on the map</a></p>
</li>`;
}

function Pagination(props: { result: SearchResult; query: SearchQuery }) {
  const { result, query } = props;
  const pages = Math.ceil(result.total / result.perPage);
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label="Result pages">
      {result.page > 1 ? (
        <a href={searchUrl('/find', query, { page: result.page - 1 })} rel="prev">
          ← Previous page
        </a>
      ) : null}
      <span>
        Page {result.page} of {pages}
      </span>
      {result.page < pages ? (
        <a href={searchUrl('/find', query, { page: result.page + 1 })} rel="next">
          Next page →
        </a>
      ) : null}
    </nav>
  );
}

/** An empty result explains itself and offers the next step: wider radius, fewer filters, the helpline. */
function NoResults(props: { result: SearchResult; query: SearchQuery }) {
  const { query, result } = props;
  const wider = RADII.find((r) => r > query.radius);
  const chosen = FILTER_GROUPS.flatMap((g) => query[g].map((v) => CONCEPTS.find((c) => c.group === g && c.value === v))).filter(
    (c): c is Concept => c !== undefined,
  );
  // The narrowest filter is the one with the fewest codes behind it; dropping it helps most often.
  const narrowest = [...chosen].sort((a, b) => a.codes.length - b.codes.length)[0];
  return (
    <div class="notice">
      <h2>No places found within {query.radius} miles</h2>
      <p>
        We found no places within {query.radius} miles of {result.origin.label}
        {chosen.length > 0 ? ' that match all your filters' : ''}. Here is what you can try:
      </p>
      <ul>
        {wider ? (
          <li>
            <a href={searchUrl('/find', query, { radius: wider, page: 1 })}>Search within {wider} miles</a>
          </li>
        ) : null}
        {narrowest ? (
          <li>
            <a
              href={searchUrl(
                '/find',
                { ...query, [narrowest.group]: query[narrowest.group].filter((v) => v !== narrowest.value) },
                { page: 1 },
              )}
            >
              Search again without “{narrowest.label}”
            </a>
          </li>
        ) : null}
        {query.checked ? (
          <li>
            <a href={searchUrl('/find', { ...query, checked: undefined }, { page: 1 })}>
              Include places our team has not checked lately
            </a>
          </li>
        ) : null}
        {!query.include.includes('unconfirmed') ? (
          <li>
            <a href={searchUrl('/find', { ...query, include: [...query.include, 'unconfirmed'] }, { page: 1 })}>
              Include older listings not confirmed since 2015 or 2017
            </a>
          </li>
        ) : null}
        <li>
          Call the SAMHSA National Helpline at <a href="tel:+18006624357">1-800-662-4357</a>. It is free, private and open all
          day, every day. They can help you find a place.
        </li>
        <li>
          Search{' '}
          <a href="https://findtreatment.gov/" rel="noreferrer">
            FindTreatment.gov
          </a>
          , the government’s own list. (It uses Google services, so what you type there is shared with Google.)
        </li>
      </ul>
    </div>
  );
}

export function FindPage(props: {
  values: FormValues;
  errors: Record<string, string>;
  query?: SearchQuery | undefined;
  result?: SearchResult | undefined;
  sources: Map<string, SourceSummary>;
  /** Places close to one we could not find, as links that run the same search there. */
  suggestions?: PlaceLink[] | undefined;
}) {
  const { result, query, errors } = props;
  const alternatives =
    result && query
      ? (result.origin.alternatives ?? []).map((a) => ({
          label: a.label,
          href: searchUrl('/find', { ...query, near: a.near }, { page: 1 }),
        }))
      : [];
  const hasErrors = Object.keys(errors).length > 0;
  const title = result ? `Treatment near ${result.origin.label}` : 'Find treatment near you';
  const first = result ? (result.page - 1) * result.perPage + 1 : 0;
  const last = result ? first + result.results.length - 1 : 0;
  return (
    <Layout title={title} hasErrors={hasErrors} noindex section="find" scripts={['locator.js']}>
      <ErrorSummary errors={errorList(errors)}>
        <DidYouMean places={props.suggestions ?? []} />
      </ErrorSummary>
      <h1>{result ? `Treatment near ${result.origin.label}` : 'Find treatment near you'}</h1>
      <DidYouMean places={alternatives} />
      {/* Before a search, show any filters brought in by a link (from the self-check, say); after one, keep the results near the top. */}
      <SearchForm values={props.values} errors={errors} openFilters={!result} />
      {result && query ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" aria-live="polite">
            {result.total === 0
              ? 'No results'
              : `${result.total.toLocaleString('en-US')} ${result.total === 1 ? 'place' : 'places'} within ${result.radiusMiles} miles, nearest first`}
          </h2>
          {result.total > 0 ? (
            <p class="small">
              Showing {first} to {last}. Sorted by straight-line distance from {result.origin.label}. We never rank by payment:
              there are no paid listings.
            </p>
          ) : null}
          {memoHtml('find:call-before-you-go', () => (
            <CallBeforeYouGo />
          ))}
          {result.total === 0 ? <NoResults result={result} query={query} /> : null}
          <ResultsMap search={result} first={first} />
          <ol class="results" start={first}>
            {result.results.map((item, i) => resultItem(item, query, props.sources, first + i))}
          </ol>
          <Pagination result={result} query={query} />
        </section>
      ) : null}
      <HelplineBox />
    </Layout>
  );
}
