import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Concept } from '../../domain/concepts.ts';
import { type SearchQuery, searchUrl } from '../../domain/search-query.ts';
import { esc } from '../../ui/escape.ts';
import { HelplineBox } from '../../ui/helpline-box.tsx';
import { BytesOut, Encoded, type HtmlOut, TextOut } from '../../ui/html-out.ts';
import { Layout, pageBytes } from '../../ui/layout.tsx';
import { currentLocale } from '../../ui/locale.ts';
import { ResultsMap } from '../../ui/map/locator-maps.ts';
import { memoHtml } from '../../ui/memo.ts';
import { fill, messages, plural } from '../../ui/messages/index.ts';
import { addClassesAndIds, classesAndIds } from '../../ui/page-css.ts';
import { paths } from '../../ui/paths.ts';
import { chosenConcepts, doesntSay, searchHeading } from './filter-words.ts';
import { DidYouMean } from './find.view.tsx';
import type { SourceSummary } from './locator.repository.ts';
import type { ListingFacts, SearchResult } from './locator.service.ts';
import { writeResultCards } from './result-card.ts';
import { CallBeforeYouGo, noResults, StartingToday, startsToday } from './results-notices.view.tsx';
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

type ResultsProps = {
  query: SearchQuery;
  result: SearchResult;
  sources: Map<string, SourceSummary>;
  facts: ListingFacts;
};

/**
 * The results page: results first. The search folds into its heading and a "Change search" link (the form is
 * on its own page, so a phone downloads and shows the places first), the places that match come before the
 * ones whose listing doesn't say, and the map, the notes about the data and the help lines follow the list.
 *
 * The page is written as strings and as pieces encoded once (see resultsPageBytes): the cards and the map are
 * already strings, and the few pieces written in JSX are rendered one by one, so the page knows every class
 * and id it carries (the cards' and the map's without looking, the fixed pieces' as they are written, the few
 * JSX pieces' by a scan of each) and its CSS is chosen without a pass over the whole page
 * (src/ui/page-css.ts). results.routes.test.ts checks that the classes and ids it declares are the ones a scan
 * finds.
 *
 * This renders it through the Layout, as a string: for the tests that compare the two ways (see pageBytes).
 */
export function ResultsPage(props: ResultsProps) {
  const tokens = new Set<string>();
  const content = new TextOut();
  const title = writeResults(content, props, tokens);
  return (
    <Layout title={title} noindex section="find" compactHeader contentTokens={tokens}>
      {raw(content.value)}
    </Layout>
  );
}

/**
 * The results page as the bytes of the response: the same bytes as ResultsPage through the renderer, with the
 * frame, the CSS, the cards' fixed parts and the notices every search shares encoded once (src/ui/html-out.ts).
 * Undefined when the layout is set to render through JSX (the tests' switch): then render ResultsPage.
 */
export function resultsPageBytes(c: Context, props: ResultsProps): Uint8Array | undefined {
  const tokens = new Set<string>();
  const content = new BytesOut();
  const title = writeResults(content, props, tokens);
  return pageBytes(c, { ...PAGE_META, title, contentTokens: tokens }, content);
}

const PAGE_META = { noindex: true, section: 'find', compactHeader: true } as const;

/** The page's content, written to `out` with its classes and ids added to `tokens`; returns the page's title. */
function writeResults(out: HtmlOut, props: ResultsProps, tokens: Set<string>): string {
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
  /** A piece written in JSX, as HTML, its classes and ids noted. */
  const jsx = (node: unknown) => {
    const text = String(node);
    addClassesAndIds(text, tokens);
    out.text(text);
  };
  /** Markup written here, with the classes and ids it carries (none of them from a value). */
  const html = (text: string, ...carries: string[]) => {
    for (const token of carries) tokens.add(token);
    out.text(text);
  };
  /** A memoized piece (the same on every page it is on): its classes and ids found and its bytes encoded once. */
  const fixed = (node: unknown) => {
    const piece = fixedPiece(String(node));
    for (const token of piece.tokens) tokens.add(token);
    out.encoded(piece.encoded);
  };
  // The pieces every results page has are joined as strings (escaped as JSX escapes, see src/ui/escape.ts);
  // the ones only some pages have stay in JSX.
  html(
    `<h1 class="results-title">${esc(searchHeading(query, result.origin.label))}</h1>${summary(result, query, filtered)}`,
    'results-title',
    'search-summary',
  );
  if (currentLocale() === 'es' && !query.language.includes('spanish')) html(spanishFilter(query), 'spanish-filter');
  if (alternatives.length > 0) jsx(<DidYouMean places={alternatives} />);
  if (moud && result.total > 0) html(`<p class="small"><a href="#starting-today">${esc(m.startingLink)}</a></p>`, 'small');
  if (result.matched === 0) out.text(noResults(result, query, search, tokens));
  html('<div class="results-layout"><div>', 'results-layout');
  if (matchesHere.length > 0) {
    const heading = filtered ? m.matchHeading : m.placesHeading;
    html(`<h2 class="visually-hidden">${esc(heading)}</h2><ol class="results" start="${first}">`, 'visually-hidden', 'results');
    writeResultCards(out, matchesHere, search, sources, first, tokens);
    out.text('</ol>');
  }
  if (maybeHere.length > 0) {
    const start = first + matchesHere.length;
    // What the listings don't say, each filter once, in the order first met (doesntSay keeps that order).
    const unknown = new Set<Concept>();
    for (const r of maybeHere) for (const c of r.unknown) unknown.add(c);
    html(
      `<h2 id="may-also-fit">${esc(fill(m.mayAlsoFit, { what: doesntSay([...unknown]) }))}</h2><ol class="results" start="${start}">`,
      'may-also-fit',
      'results',
    );
    writeResultCards(out, maybeHere, search, sources, start, tokens);
    out.text('</ol>');
  }
  const pages = pagination(result, query);
  if (pages) html(pages, 'pagination');
  // Most needed when nothing is near: what an emergency department can do while you wait.
  if (moud) {
    fixed(
      memoHtml(`results:starting:${query.medication.includes('methadone')}:${query.medication.includes('buprenorphine')}`, () => (
        <StartingToday query={query} />
      )),
    );
  }
  out.text(`</div>${ResultsMap({ search: result, first, tokens }) ?? ''}</div>`);
  if (result.total > 0) {
    const sorted = result.matched > 0 && result.matched < result.total ? m.sortedMatchFirst : m.sorted;
    html(`<p class="small">${esc(fill(sorted, { place: result.origin.label }))}</p>`, 'small');
  }
  // The same for every search on one directory: written once per set of facts (and language).
  fixed(memoHtml(`results:call-before:${factsKey(props.facts)}`, () => <CallBeforeYouGo facts={props.facts} />));
  fixed(HelplineBox({}));
  return fill(m.titleNear, { place: result.origin.label });
}

/** A memoized piece of markup, with its classes and ids and its bytes. */
interface FixedPiece {
  tokens: string[];
  encoded: Encoded;
}

/**
 * The pieces memoHtml keeps (src/ui/memo.ts), each found once: keyed by the piece's text, which memoHtml hands
 * out as the same string every time. Never for markup that holds what a person typed.
 */
const fixedPieces = new Map<string, FixedPiece>();
function fixedPiece(html: string): FixedPiece {
  let piece = fixedPieces.get(html);
  if (piece === undefined) {
    piece = { tokens: [...classesAndIds(html)], encoded: new Encoded(html) };
    if (fixedPieces.size >= 100) fixedPieces.clear();
    fixedPieces.set(html, piece);
  }
  return piece;
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
 * (`language=spanish`), written as JSX would write it.
 */
function spanishFilter(query: SearchQuery): string {
  const m = messages().locator.results.spanishFilter;
  const href = searchUrl(paths.find(), { ...query, language: [...query.language, 'spanish'] }, { page: 1 });
  return `<p class="spanish-filter">${esc(m.text)} <a href="${esc(href)}">${esc(m.link)}</a></p>`;
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
