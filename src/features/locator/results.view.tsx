import { raw } from 'hono/html';
import { type SearchQuery, searchUrl } from '../../domain/search-query.ts';
import { esc } from '../../ui/escape.ts';
import { HelplineBox } from '../../ui/helpline-box.tsx';
import { Layout } from '../../ui/layout.tsx';
import { currentLocale } from '../../ui/locale.ts';
import { ResultsMap } from '../../ui/map/locator-maps.ts';
import { memoHtml } from '../../ui/memo.ts';
import { fill, messages, plural } from '../../ui/messages/index.ts';
import { addClassesAndIds, addFixedClassesAndIds } from '../../ui/page-css.ts';
import { paths } from '../../ui/paths.ts';
import { chosenConcepts, doesntSay, searchHeading } from './filter-words.ts';
import { DidYouMean } from './find.view.tsx';
import type { SourceSummary } from './locator.repository.ts';
import type { ListingFacts, SearchResult } from './locator.service.ts';
import { resultCards } from './result-card.ts';
import { CallBeforeYouGo, NoResults, StartingToday, startsToday } from './results-notices.view.tsx';
import { searchQueryString } from './search-link.ts';

/** The link to the search form, filled in with this search. */
export const changeSearchHref = (query: SearchQuery) => searchUrl(paths.changeSearch(), { ...query, page: 1 });

/** "3 places match, nearest first." and the way to change the search, in one line. */
function summary(result: SearchResult, query: SearchQuery, filtered: boolean): string {
  const maybe = result.total - result.matched;
  const m = messages().locator.results.summary;
  let text: string;
  if (result.total === 0) text = m.none;
  else if (!filtered) text = plural(m.places, result.total);
  else if (maybe === 0) text = plural(m.match, result.matched);
  else if (result.matched === 0) text = plural(m.mayFit, maybe);
  else text = `${plural(m.matchSome, result.matched)}${plural(m.moreMayFit, maybe)}`;
  return `<p class="search-summary"><span aria-live="polite">${esc(text)}</span> <a href="${esc(changeSearchHref(query))}">${esc(m.change)}</a></p>`;
}

/**
 * The results page: results first. The search folds into its heading and a "Change search" link (the form is
 * on its own page, so a phone downloads and shows the places first), the places that match come before the
 * ones whose listing doesn't say, and the map, the notes about the data and the help lines follow the list.
 *
 * The content is joined as strings: the cards and the map are already strings, and the few pieces written in
 * JSX are rendered one by one, so the page knows every class and id it carries (the cards' and the map's
 * without looking, the small pieces' by a scan of each) and its CSS is chosen without a pass over the whole
 * page (src/ui/page-css.ts). results.routes.test.ts checks that the classes and ids it declares are the ones a
 * scan finds.
 */
export function ResultsPage(props: {
  query: SearchQuery;
  result: SearchResult;
  sources: Map<string, SourceSummary>;
  facts: ListingFacts;
}) {
  const { result, query, sources } = props;
  const alternatives = (result.origin.alternatives ?? []).map((a) => ({
    label: a.label,
    href: searchUrl(paths.find(), { ...query, near: a.near }, { page: 1 }),
  }));
  const first = (result.page - 1) * result.perPage + 1;
  const search = searchQueryString(query);
  const matchesHere = result.results.filter((r) => r.unknown.length === 0);
  const maybeHere = result.results.filter((r) => r.unknown.length > 0);
  const moud = startsToday(query);
  const filtered = chosenConcepts(query).length > 0;
  const m = messages().locator.results;
  const tokens = new Set<string>();
  /** A piece written in JSX, as HTML, its classes and ids noted. */
  const jsx = (node: unknown): string => {
    const text = String(node);
    addClassesAndIds(text, tokens);
    return text;
  };
  /** A memoized piece (the same on every page it is on), its classes and ids noted once for all pages. */
  const fixed = (node: unknown): string => {
    const text = String(node);
    addFixedClassesAndIds(text, tokens);
    return text;
  };
  // The pieces every results page has are joined as strings (escaped as JSX escapes, see src/ui/escape.ts);
  // the ones only some pages have stay in JSX.
  let content = jsx(
    `<h1 class="results-title">${esc(searchHeading(query, result.origin.label))}</h1>${summary(result, query, filtered)}`,
  );
  if (currentLocale() === 'es' && !query.language.includes('spanish')) content += jsx(<SpanishFilter query={query} />);
  if (alternatives.length > 0) content += jsx(<DidYouMean places={alternatives} />);
  if (moud && result.total > 0) content += jsx(`<p class="small"><a href="#starting-today">${esc(m.startingLink)}</a></p>`);
  if (result.matched === 0) content += jsx(<NoResults result={result} query={query} search={search} />);
  content += jsx('<div class="results-layout"><div>');
  if (matchesHere.length > 0) {
    const heading = filtered ? m.matchHeading : m.placesHeading;
    content += jsx(`<h2 class="visually-hidden">${esc(heading)}</h2>`);
    content += `${jsx(`<ol class="results" start="${first}">`)}${resultCards(matchesHere, search, sources, first, tokens)}</ol>`;
  }
  if (maybeHere.length > 0) {
    content += jsx(
      `<h2 id="may-also-fit">${esc(fill(m.mayAlsoFit, { what: doesntSay(maybeHere.flatMap((r) => r.unknown)) }))}</h2>`,
    );
    const start = first + matchesHere.length;
    content += `${jsx(`<ol class="results" start="${start}">`)}${resultCards(maybeHere, search, sources, start, tokens)}</ol>`;
  }
  content += jsx(pagination(result, query));
  // Most needed when nothing is near: what an emergency department can do while you wait.
  if (moud) {
    content += fixed(
      memoHtml(`results:starting:${query.medication.includes('methadone')}:${query.medication.includes('buprenorphine')}`, () => (
        <StartingToday query={query} />
      )),
    );
  }
  content += `</div>${ResultsMap({ search: result, first, tokens }) ?? ''}</div>`;
  if (result.total > 0) {
    const sorted = result.matched > 0 && result.matched < result.total ? m.sortedMatchFirst : m.sorted;
    content += jsx(`<p class="small">${esc(fill(sorted, { place: result.origin.label }))}</p>`);
  }
  // The same for every search on one directory: written once per set of facts (and language).
  content += fixed(memoHtml(`results:call-before:${factsKey(props.facts)}`, () => <CallBeforeYouGo facts={props.facts} />));
  content += fixed(HelplineBox({}));
  return (
    <Layout title={fill(m.titleNear, { place: result.origin.label })} noindex section="find" compactHeader contentTokens={tokens}>
      {raw(content)}
    </Layout>
  );
}

/** The facts as text, for the key of their notice: written once per facts object (one per directory load). */
const factsKeys = new WeakMap<ListingFacts, string>();
function factsKey(facts: ListingFacts): string {
  let key = factsKeys.get(facts);
  if (key === undefined) {
    key = JSON.stringify(facts);
    factsKeys.set(facts, key);
  }
  return key;
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

function pagination(result: SearchResult, query: SearchQuery): string {
  const pages = Math.ceil(result.total / result.perPage);
  if (pages <= 1) return '';
  const m = messages().locator.results;
  const previous =
    result.page > 1
      ? `<a href="${esc(searchUrl(paths.find(), query, { page: result.page - 1 }))}" rel="prev">${esc(m.previous)}</a>`
      : '';
  const next =
    result.page < pages
      ? `<a href="${esc(searchUrl(paths.find(), query, { page: result.page + 1 }))}" rel="next">${esc(m.next)}</a>`
      : '';
  return `<nav class="pagination" aria-label="${esc(m.pages)}">${previous}<span>${esc(fill(m.pageOf, { page: result.page, pages }))}</span>${next}</nav>`;
}
