import { Hono } from 'hono';
import { directoryInfo } from '../../db/directory-info.repository.ts';
import type { Deps } from '../../deps.ts';
import { conceptAliases, FILTER_GROUPS } from '../../domain/concepts.ts';
import { FACILITY_ID } from '../../domain/facility-id.ts';
import { parseSearchQuery, type SearchQuery, searchUrl } from '../../domain/search-query.ts';
import { cacheFor } from '../../lib/cache-control.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { paths } from '../../ui/paths.ts';
import { FacilityPage } from './facility.view.tsx';
import { FindPage } from './find.view.tsx';
import { HomePage } from './home.view.tsx';
import type { SearchResult } from './locator.service.ts';
import { searchErrors } from './locator-words.ts';
import { emptyForm, type FormValues } from './search-form.view.tsx';

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
  return values;
}

/** Home, search results and facility pages. Searches are GET, so every search is a link that can be shared. */
export function locatorRoutes(deps: Pick<Deps, 'directory' | 'locator'>) {
  const app = new Hono();

  app.get('/', async (c) => {
    const info = await directoryInfo(deps.directory.snapshot());
    cacheFor(c, 'page');
    return c.render(<HomePage facilities={info.facilities.confirmed} />);
  });

  app.get('/find', async (c) => {
    // A search can hold a ZIP code: it is never cached (the default), never indexed.
    const params = new URL(c.req.url).searchParams;
    const values = formValues(params);
    const sources = await deps.locator.sources();
    const parsed = parseSearchQuery(params);
    if (!parsed.ok) {
      c.status(400);
      return c.render(<FindPage values={values} errors={searchErrors(parsed.fields)} sources={sources} />);
    }
    const query: SearchQuery = { ...parsed.query, per_page: 20 };
    if (!query.near) return c.render(<FindPage values={values} errors={{}} sources={sources} />);
    let result: SearchResult;
    try {
      result = await deps.locator.search({ ...query, near: query.near });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      c.status(error.status === 404 ? 404 : 400);
      // "Did you mean …?": each suggestion runs this same search, filters and all, with that place.
      const suggestions = error.suggestions
        .filter((s) => s.field === 'near')
        .map((s) => ({ label: s.label, href: searchUrl(paths.find(), { ...query, near: s.value }, { page: 1 }) }));
      return c.render(
        <FindPage values={values} errors={searchErrors(error.fields)} sources={sources} suggestions={suggestions} />,
      );
    }
    return c.render(<FindPage values={values} errors={{}} query={query} result={result} sources={sources} />);
  });

  app.get('/facilities/:id', async (c) => {
    const id = c.req.param('id');
    const found = FACILITY_ID.test(id) ? await deps.locator.facility(id) : undefined;
    if (!found) throw notFound('facility');
    const [sources, legend] = await Promise.all([deps.locator.sources(), deps.locator.legend()]);
    return c.render(<FacilityPage facility={found} sources={sources} legend={legend} />);
  });

  return app;
}
