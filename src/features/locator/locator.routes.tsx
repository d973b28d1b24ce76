import { Hono } from 'hono';
import { directoryInfo } from '../../db/directory-info.repository.ts';
import type { Deps } from '../../deps.ts';
import { conceptAliases, FILTER_GROUPS } from '../../domain/concepts.ts';
import { isClosed } from '../../domain/corrections.ts';
import { FACILITY_ID } from '../../domain/facility-id.ts';
import { parseSearchQuery, type SearchQuery, searchUrl } from '../../domain/search-query.ts';
import { cacheFor } from '../../lib/cache-control.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { searchParamsOf } from '../../lib/query.ts';
import { HTML, send } from '../../lib/send.ts';
import { paths } from '../../ui/paths.ts';
import { ClosedFacilityPage } from './closed.view.tsx';
import { closedAlternatives } from './closed-alternatives.ts';
import { FacilityPage } from './facility.view.tsx';
import { FindPage } from './find.view.tsx';
import { HomePage } from './home.view.tsx';
import type { PageFacts, SearchResult } from './locator.service.ts';
import { searchErrors } from './locator-words.ts';
import { ResultsPage, resultsPageBytes } from './results.view.tsx';
import { emptyForm, type FormValues } from './search-form.view.tsx';
import { resultsHref, searchFrom } from './search-link.ts';

/** What the person typed or ticked, kept as it was so an error never loses their input. */
function formValues(params: URLSearchParams): FormValues {
  const values = emptyForm();
  values.near = (params.get('near') ?? '').slice(0, 200);
  values.radius = params.get('radius') ?? values.radius;
  // An older name of a value ("language=asl") ticks today's box.
  for (const group of FILTER_GROUPS) {
    const aliases = conceptAliases(group);
    values.filters[group] = params.getAll(group).map((v) => aliases.get(v) ?? v);
  }
  values.include = params.getAll('include');
  values.checked = (params.get('checked') ?? '').slice(0, 20);
  return values;
}

/** Home, search results and facility pages. Searches are GET, so every search is a link that can be shared. */
export function locatorRoutes(deps: Pick<Deps, 'directory' | 'locator' | 'corrections'>) {
  const app = new Hono();

  app.get('/', async (c) => {
    const info = await directoryInfo(deps.directory.snapshot());
    cacheFor(c, 'page');
    return c.render(<HomePage facilities={info.facilities.confirmed} />);
  });

  app.get('/find', (c) => {
    // A search can hold a ZIP code: it is never cached (the default), never indexed.
    const params = searchParamsOf(c.req.url);
    // What was typed, for the form: only a page with the form (an error, no place yet) needs it.
    const values = () => formValues(params);
    const parsed = parseSearchQuery(params);
    if (!parsed.ok) {
      c.status(400);
      return c.render(<FindPage values={values()} errors={searchErrors(parsed.fields)} />);
    }
    const query: SearchQuery = { ...parsed.query, per_page: 20 };
    if (!query.near) return c.render(<FindPage values={values()} errors={{}} />);
    /** A place we don't know, or a page past the end: the form again, with what to fix. */
    const problem = (error: unknown) => {
      if (!(error instanceof AppError)) throw error;
      c.status(error.status === 404 ? 404 : 400);
      // "Did you mean …?": each suggestion runs this same search, filters and all, with that place.
      const suggestions = error.suggestions
        .filter((s) => s.field === 'near')
        .map((s) => ({ label: s.label, href: searchUrl(paths.find(), { ...query, near: s.value }, { page: 1 }) }));
      return c.render(<FindPage values={values()} errors={searchErrors(error.fields)} suggestions={suggestions} />);
    };
    const page = (result: SearchResult, { sources, facts }: PageFacts) => {
      const props = { query, result, sources, facts };
      // The page's bytes, written from pieces encoded once (src/ui/html-out.ts); through JSX when the tests ask.
      // This path sets no status or header of its own (`own`, see src/lib/send.ts).
      const bytes = resultsPageBytes(c, props);
      return bytes === undefined ? c.render(<ResultsPage {...props} />) : send(c, bytes, HTML, 200, { own: {} });
    };
    const withFacts = (result: SearchResult) => {
      const facts = deps.locator.pageFactsNow();
      return facts instanceof Promise ? facts.then((f) => page(result, f)) : page(result, facts);
    };
    // Without a promise when the directory is in memory (the common case): each one costs, as the async hooks
    // of the locale's AsyncLocalStorage see it.
    let searched: SearchResult | Promise<SearchResult>;
    try {
      searched = deps.locator.searchNow({ ...query, near: query.near });
    } catch (error) {
      return problem(error);
    }
    return searched instanceof Promise ? searched.then(withFacts, problem) : withFacts(searched);
  });

  // "Change search" from a results page: the form, filled in with that search.
  app.get('/find/change', (c) => {
    const values = formValues(searchParamsOf(c.req.url));
    return c.render(<FindPage values={values} errors={{}} changing />);
  });

  app.get('/facilities/:id', async (c) => {
    const id = c.req.param('id');
    const found = FACILITY_ID.test(id) ? await deps.locator.facility(id) : undefined;
    if (!found) {
      // An id a later import changed (see facility_aliases): 301 to the facility's id of today.
      const now = FACILITY_ID.test(id) ? (await deps.corrections.current()).resolve(id) : id;
      if (now !== id) return c.redirect(`${paths.facility(now)}${new URL(c.req.url).search}`, 301);
      throw notFound('facility');
    }
    if (isClosed(found)) {
      return c.render(<ClosedFacilityPage facility={found} alternatives={await closedAlternatives(deps.locator, found)} />);
    }
    // Opened from a results page: the way back to that search (rebuilt from the parsed search, never echoed).
    // The page stays `no-store`, as the search in its URL can hold a ZIP code.
    const from = searchFrom(c.req.query('from'));
    const place = from ? await deps.locator.resolve(from.near) : undefined;
    const back = from && place?.ok ? { href: resultsHref(from), label: place.place.label } : undefined;
    const [sources, legend] = await Promise.all([deps.locator.sources(), deps.locator.legend()]);
    return c.render(<FacilityPage facility={found} sources={sources} legend={legend} back={back} />);
  });

  return app;
}
