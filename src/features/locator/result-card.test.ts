import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { parseSearchQuery } from '../../domain/search-query.ts';
import type { SourceSummary } from './locator.repository.ts';
import { resultCard } from './result-card.ts';
import { searchQueryString } from './search-link.ts';

forEachDatabase(
  (database) => {
    const t = database.useTestApp();

    describe('result cards built once per facility', () => {
      test('a card from the per-facility parts is the card rendered from scratch, in every search it is in', async () => {
        const sources = await t.deps.locator.sources();
        const seen = new Map<string, Set<string>>();
        // Overlapping searches: the same places come back at other distances, numbers, matches and search links.
        for (const qs of [
          'near=21201&per_page=100',
          'near=21201&medication=buprenorphine&payment=medicaid&per_page=100',
          'near=21201&care=residential&per_page=100&page=2',
          'near=20001&radius=50&per_page=100',
          'near=99501&radius=100&per_page=100',
        ]) {
          const parsed = parseSearchQuery(new URLSearchParams(qs));
          assert.ok(parsed.ok && parsed.query.near);
          const result = await t.deps.locator.search({ ...parsed.query, near: parsed.query.near });
          const search = searchQueryString(parsed.query);
          result.results.forEach((item, i) => {
            const n = (result.page - 1) * result.perPage + i + 1;
            const warm = String(resultCard(item, search, sources, n));
            // A copy of the record is not in the cache: its card is rendered from scratch.
            const fresh = String(resultCard({ ...item, facility: { ...item.facility } }, search, sources, n));
            assert.equal(warm, fresh, `${qs}: card ${n}`);
            assert.ok(warm.includes(`id="result-${n}"`) && warm.includes(`See number ${n} on the map`));
            seen.set(item.facility.id, (seen.get(item.facility.id) ?? new Set()).add(warm));
          });
        }
        assert.ok(
          [...seen.values()].some((cards) => cards.size > 1),
          'some place shows in more than one search, differently',
        );
      });

      test('new sources (a directory reload) rebuild the provenance line', async () => {
        const sources = await t.deps.locator.sources();
        const parsed = parseSearchQuery(new URLSearchParams('near=21201&per_page=100'));
        assert.ok(parsed.ok && parsed.query.near);
        const result = await t.deps.locator.search({ ...parsed.query, near: parsed.query.near });
        const item = result.results.find((r) => r.facility.phoneSource && sources.get(r.facility.phoneSource)?.year);
        assert.ok(item, 'a place whose phone comes from a dated source');
        const key = item.facility.phoneSource as string;
        const source = sources.get(key) as SourceSummary;
        const before = String(resultCard(item, '', sources, 1));
        const moved = new Map(sources).set(key, { ...source, year: 1999 });
        const after = String(resultCard(item, '', moved, 1));
        assert.match(after, /phone from 1999/);
        assert.doesNotMatch(before, /phone from 1999/);
      });
    });
  },
  { emptyEachTest: false },
);
