import { html } from 'hono/html';
import { CONCEPTS, type Concept, FILTER_GROUPS, type FilterGroup } from '../../domain/concepts.ts';
import { RADII, type SearchQuery, searchUrl } from '../../domain/search-query.ts';
import { ErrorSummary, type FieldError } from '../../ui/forms.tsx';
import { HelplineBox } from '../../ui/helpline-box.tsx';
import { HelplineLink } from '../../ui/helpline-link.tsx';
import { SAMHSA_HELPLINE } from '../../ui/helplines.ts';
import { Layout } from '../../ui/layout.tsx';
import { currentLocale, intlLocale } from '../../ui/locale.ts';
import { RESULTS_MAP_ID, ResultsMap, resultId } from '../../ui/map/locator-maps.ts';
import { memoHtml } from '../../ui/memo.ts';
import { fill, messages, plural, rich } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import { addressLines, callNumbers, milesText, newestListing, phoneListedAs, sourceName, telUri } from './facility-format.ts';
import type { SourceSummary } from './locator.repository.ts';
import type { SearchResult } from './locator.service.ts';
import { conceptLabel, servesOnlyLabel } from './locator-words.ts';
import { type FormValues, SearchForm } from './search-form.view.tsx';

const FIELD_ANCHOR: Record<string, string> = {
  near: 'near',
  radius: 'radius',
  include: 'include',
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
  const parts = new Intl.ListFormat(intlLocale(), { type: 'disjunction' }).formatToParts(props.places.map((p) => p.label));
  let i = 0;
  const list = parts.map((part) => {
    if (part.type === 'literal') return part.value;
    const place = props.places[i++] as PlaceLink;
    return <a href={place.href}>{place.label}</a>;
  });
  return <p class="did-you-mean">{rich(messages().locator.results.didYouMean, { places: <>{list}</> })}</p>;
}

function CallBeforeYouGo() {
  return (
    <div class="notice notice--warning">
      <p>
        {rich(messages().locator.results.callFirst, {
          strong: (words) => <strong>{words}</strong>,
          ask: (words) => <a href={paths.guide('paying-for-treatment')}>{words}</a>,
        })}
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
  const m = messages().locator.card;
  const listed = newestListing(f, sources);
  const shown = highlights(concepts, query);
  const numbers = callNumbers(f);
  const listedAs = phoneListedAs(f);
  const phoneFrom =
    f.phone && f.phoneSource && (f.phoneSource !== listed?.key || listedAs)
      ? fill(m.phoneFrom, { source: sourceName(f.phoneSource, sources) }) + (listedAs ? fill(m.listedAs, { name: listedAs }) : '')
      : '';
  const disagree = new Set(f.disagreements);
  // The distance is bold wherever the language puts it ("2.4 miles away", "a 2.4 millas").
  const away = m.away.split('{distance}') as [string, string];
  const spanish = concepts.some((c) => c.group === 'language' && c.value === 'spanish');
  const offers = shown
    .map((c) => (disagree.has(`${c.group}:${c.value}`) ? fill(m.disagree, { label: conceptLabel(c) }) : conceptLabel(c)))
    .join(' · ');
  return html`<li class="result" id="${resultId(n)}">
<h3><a href="${paths.facility(f.id)}">${f.name}</a></h3>
${f.name2 ? html`<p class="small">${f.name2}</p>` : ''}
<p class="meta">${away[0]}<strong>${milesText(miles)}</strong>${away[1]} · ${addressLines(f).join(', ') || `${f.city}, ${f.state}`}${f.locationMethod !== 'source' ? m.approximate : ''}</p>
${spanish ? html`<p><span class="tag tag--language" lang="es">${m.spanish}</span></p>` : ''}
${f.status === 'unconfirmed' ? html`<p><span class="tag tag--warning">${fill(m.notConfirmed, { year: String(f.lastSeenYear) })}</span></p>` : ''}
${f.servesOnly.length > 0 ? html`<p>${f.servesOnly.map((s, i) => html`${i > 0 ? ' ' : ''}<span class="tag${s === 'custody' ? ' tag--warning' : ''}">${servesOnlyLabel(s).label}</span>`)}</p>` : ''}
${
  numbers.length > 0
    ? html`<p class="call">${numbers.map((n, i) => html`${i > 0 ? ' · ' : ''}${n.label}: <a href="${telUri(n.phone)}">${n.phone}</a>`)}</p>`
    : html`<p class="small">${m.noPhone}</p>`
}
${shown.length > 0 ? html`<p>${fill(m.offers, { list: offers })}</p>` : html`<p class="small">${m.noServices}</p>`}
<p class="small">${fill(m.dataFrom, { source: listed ? `${listed.name} (${listed.year})` : 'SAMHSA', phoneFrom })} <a href="#${RESULTS_MAP_ID}">${fill(m.onMap, { number: String(n) })}</a></p>
</li>`;
}

function Pagination(props: { result: SearchResult; query: SearchQuery }) {
  const { result, query } = props;
  const m = messages().locator.results;
  const pages = Math.ceil(result.total / result.perPage);
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={m.pages}>
      {result.page > 1 ? (
        <a href={searchUrl(paths.find(), query, { page: result.page - 1 })} rel="prev">
          {m.previous}
        </a>
      ) : null}
      <span>{fill(m.pageOf, { page: result.page, pages })}</span>
      {result.page < pages ? (
        <a href={searchUrl(paths.find(), query, { page: result.page + 1 })} rel="next">
          {m.next}
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
  const m = messages().locator.results.none;
  const place = result.origin.label;
  return (
    <div class="notice">
      <h2>{fill(m.heading, { miles: query.radius })}</h2>
      <p>{fill(chosen.length > 0 ? m.bodyFiltered : m.body, { miles: query.radius, place })}</p>
      <ul>
        {wider ? (
          <li>
            <a href={searchUrl(paths.find(), query, { radius: wider, page: 1 })}>{fill(m.wider, { miles: wider })}</a>
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
              {fill(m.without, { filter: conceptLabel(narrowest) })}
            </a>
          </li>
        ) : null}
        {!query.include.includes('unconfirmed') ? (
          <li>
            <a href={searchUrl(paths.find(), { ...query, include: [...query.include, 'unconfirmed'] }, { page: 1 })}>{m.older}</a>
          </li>
        ) : null}
        <li>{rich(m.helpline, { name: SAMHSA_HELPLINE.name, number: <HelplineLink line={SAMHSA_HELPLINE} /> })}</li>
        <li>
          {rich(m.findtreatment, {
            findtreatment: (words) => (
              <a href="https://findtreatment.gov/" rel="noreferrer">
                {words}
              </a>
            ),
          })}
        </li>
      </ul>
    </div>
  );
}

/**
 * On a Spanish page, a one-tap link to the same search with only places offering care in Spanish
 * (`language=spanish`), unless the search already asks for it.
 */
function SpanishFilter(props: { query: SearchQuery }) {
  if (currentLocale() !== 'es' || props.query.language.includes('spanish')) return null;
  const m = messages().locator.results.spanishFilter;
  return (
    <p class="spanish-filter">
      {m.text}{' '}
      <a href={searchUrl(paths.find(), { ...props.query, language: [...props.query.language, 'spanish'] }, { page: 1 })}>
        {m.link}
      </a>
    </p>
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
  const m = messages().locator.results;
  const alternatives =
    result && query
      ? (result.origin.alternatives ?? []).map((a) => ({
          label: a.label,
          href: searchUrl(paths.find(), { ...query, near: a.near }, { page: 1 }),
        }))
      : [];
  const hasErrors = Object.keys(errors).length > 0;
  const title = result ? fill(m.titleNear, { place: result.origin.label }) : m.title;
  const first = result ? (result.page - 1) * result.perPage + 1 : 0;
  const last = result ? first + result.results.length - 1 : 0;
  return (
    <Layout title={title} hasErrors={hasErrors} noindex section="find" scripts={['locator.js']}>
      <ErrorSummary errors={errorList(errors)}>
        <DidYouMean places={props.suggestions ?? []} />
      </ErrorSummary>
      <h1>{title}</h1>
      <DidYouMean places={alternatives} />
      {/* Before a search, show any filters brought in by a link (from the self-check, say); after one, keep the results near the top. */}
      <SearchForm values={props.values} errors={errors} openFilters={!result} />
      {result && query ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" aria-live="polite">
            {result.total === 0 ? m.noResults : plural(m.count, result.total, { miles: result.radiusMiles })}
          </h2>
          {result.total > 0 ? <p class="small">{fill(m.showing, { first, last, place: result.origin.label })}</p> : null}
          <SpanishFilter query={query} />
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
