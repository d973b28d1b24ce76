import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { seededRandom as random } from '../../../test/support/random.ts';
import { CONCEPTS, type Concept, conceptValues, FILTER_GROUPS } from '../../domain/concepts.ts';
import { parseSearchQuery, RADII, type SearchQuery, searchUrl } from '../../domain/search-query.ts';
import { HelplineLink } from '../../ui/helpline-link.tsx';
import { SAMHSA_HELPLINE } from '../../ui/helplines.ts';
import { runInLocale } from '../../ui/locale-context.ts';
import { fill, messages, rich } from '../../ui/messages/index.ts';
import { classesAndIds } from '../../ui/page-css.ts';
import { paths } from '../../ui/paths.ts';
import { milesText, placeLabel } from './facility-format.ts';
import { chosenConcepts, shortLabel } from './filter-words.ts';
import type { SearchResult } from './locator.service.ts';
import { noResults } from './results-notices.view.tsx';
import { facilityHref, searchQueryString } from './search-link.ts';

/** The notice written the plain way, in JSX, as it was before it was written as strings: noResults must match. */
function PlainNearestMatch(props: { result: SearchResult; query: SearchQuery; search: string }) {
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

function PlainNoResults(props: { result: SearchResult; query: SearchQuery; search: string }) {
  const { query, result } = props;
  const wider = RADII.find((r) => r > query.radius);
  const chosen = FILTER_GROUPS.flatMap((g) => query[g].map((v) => CONCEPTS.find((c) => c.group === g && c.value === v))).filter(
    (c): c is Concept => c !== undefined,
  );
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
      <PlainNearestMatch result={result} query={query} search={props.search} />
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

const pick = <T,>(values: readonly T[], r: () => number): T => values[Math.floor(r() * values.length)] as T;

forEachDatabase(
  (database) => {
    const t = database.useTestApp();

    describe('"no place matches" written as strings', () => {
      test('is the notice written in JSX, with the classes and ids it declares, over many searches in both languages', async () => {
        const r = random(17);
        const zips = ['21201', '99501', '59101', '00901', '96813', '87501', '04101', '96910', '99950', '82190'];
        let notices = 0;
        let withList = 0;
        for (let k = 0; k < 160; k++) {
          const params = new URLSearchParams({ near: zips[k % zips.length] as string, radius: String(RADII[k % RADII.length]) });
          // Two or more filters, so that often nothing matches.
          for (const g of FILTER_GROUPS) if (r() < 0.5) params.append(g, pick(conceptValues(g), r));
          if (k % 3 === 0) params.append('include', 'unconfirmed');
          if (k % 5 === 0) params.set('checked', '12-months');
          const parsed = parseSearchQuery(params);
          if (!parsed.ok || !parsed.query.near) continue;
          const query = { ...parsed.query, near: parsed.query.near, per_page: 20 };
          let result: SearchResult;
          try {
            result = await t.deps.locator.search(query);
          } catch {
            continue;
          }
          if (result.matched > 0) continue;
          const search = searchQueryString(parsed.query);
          for (const locale of ['en', 'es'] as const) {
            await runInLocale(locale, async () => {
              const tokens = new Set<string>();
              const fast = noResults(result, query, search, tokens);
              const plain = String(<PlainNoResults result={result} query={query} search={search} />);
              assert.equal(fast, plain, `${params} (${locale})`);
              assert.deepEqual([...tokens].sort(), [...classesAndIds(plain)].sort(), `${params} (${locale})`);
            });
          }
          notices++;
          if (result.total === result.matched) withList++;
        }
        assert.ok(notices > 20 && withList > 5, `${notices} notices compared, ${withList} with what else to try`);
      });
    });
  },
  { emptyEachTest: false },
);
