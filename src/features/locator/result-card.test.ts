import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { html, raw } from 'hono/html';
import { forEachDatabase } from '../../../test/support/databases.ts';
import { seededRandom as random } from '../../../test/support/random.ts';
import { conceptValues, FILTER_GROUPS } from '../../domain/concepts.ts';
import { parseSearchQuery } from '../../domain/search-query.ts';
import { lastCheckedLine } from '../../ui/checks.tsx';
import { intlLocale } from '../../ui/locale.ts';
import { runInLocale } from '../../ui/locale-context.ts';
import { RESULTS_MAP_ID, resultId } from '../../ui/map/locator-maps.ts';
import { fill, messages } from '../../ui/messages/index.ts';
import { addressLines, callNumbers, milesText, phoneListedAs, placeLabel, telUri } from './facility-format.ts';
import { shortLabel } from './filter-words.ts';
import type { SourceSummary } from './locator.repository.ts';
import type { SearchHit } from './locator.service.ts';
import { servesOnlyLabel } from './locator-words.ts';
import { resultCard, resultCards } from './result-card.ts';
import { facilityHref, searchQueryString } from './search-link.ts';

const pick = <T>(values: readonly T[], r: () => number): T => values[Math.floor(r() * values.length)] as T;

/**
 * The card written the plain way, as it was before the fast path: hono `html` templates, every part from
 * scratch. resultCards must write the same bytes.
 */
function plainCard(item: SearchHit, search: string, sources: Map<string, SourceSummary>, n: number): string {
  const f = item.facility;
  const m = messages().locator.card;
  const key = item.concepts.filter((c) => (c.group === 'care' || c.group === 'medication') && !item.matched.includes(c));
  const shown = [...item.matched, ...key].slice(0, 6);
  const disagree = new Set(f.disagreements);
  const away = m.away.split('{distance}') as [string, string];
  const callText = (label: string) => {
    if (label === messages().locator.phone.phone) return m.call;
    if (label === messages().locator.phone.central) return m.centralIntake;
    return fill(m.callLine, { line: label.toLocaleLowerCase(intlLocale()) });
  };
  const numbers = callNumbers(f);
  const address = addressLines(f).join(', ') || placeLabel(f);
  const phoneYear = f.phoneSource ? sources.get(f.phoneSource)?.year : undefined;
  const listedAs = phoneListedAs(f);
  const year = String(f.lastSeenYear);
  const provenance = html`${f.status === 'unconfirmed' ? html`<span class="tag tag--warning">${fill(m.notConfirmed, { year })}</span>` : fill(m.listed, { year })}${phoneYear ? fill(m.phoneYear, { year: String(phoneYear) }) : ''}${listedAs ? fill(m.listedAs, { name: listedAs }) : ''}${m.callToConfirm}`;
  return String(html`<li class="result${item.unknown.length > 0 ? ' result--maybe' : ''}" id="${resultId(n)}">
${f.servesOnly.length > 0 ? html`<p class="serves">${f.servesOnly.map((s, i) => html`${i > 0 ? ' ' : ''}<span class="tag${s === 'custody' ? ' tag--warning' : ''}">${servesOnlyLabel(s).label}</span>`)}</p>` : ''}
<h3><a href="${facilityHref(f.id, search)}">${f.name}</a></h3>
${item.concepts.some((c) => c.group === 'language' && c.value === 'spanish') ? html`<p><span class="tag tag--language" lang="es">Se habla español</span></p>` : ''}
${f.name2 ? html`<p class="small">${f.name2}</p>` : ''}
<p class="meta">${away[0]}<strong>${milesText(item.miles)}</strong>${away[1]} · ${address}${f.locationMethod !== 'source' ? m.approximate : ''}</p>
${numbers.length > 0 ? html`<p class="call">${numbers.map((p) => html`<a class="call-button" href="${telUri(p.phone)}">${callText(p.label)} <span class="nowrap">${p.phone}</span></a>`)}</p>` : html`<p class="small">${m.noPhone}</p>`}
${item.unknown.length > 0 ? html`<p class="maybe"><span class="tag tag--grey">${m.ask}</span> ${fill(m.listingDoesntSay, { list: item.unknown.map(shortLabel).join(', ') })}</p>` : ''}
${
  shown.length > 0
    ? html`<p>${fill(m.offers, { list: shown.map((c) => (disagree.has(`${c.group}:${c.value}`) ? fill(m.disagree, { label: shortLabel(c) }) : shortLabel(c))).join(' · ') })}</p>`
    : html`<p class="small">${m.noServicesShort}</p>`
}
${raw(String(lastCheckedLine(f)))}
<p class="small">${provenance} · <a href="#${RESULTS_MAP_ID}">${fill(m.onMap, { number: String(n) })}</a></p>
</li>`);
}

forEachDatabase(
  (database) => {
    const t = database.useTestApp();

    describe('result cards written fast are the cards written the plain way', () => {
      test('over many searches: filters, maybe-matches, pages, unconfirmed and custody places, both languages', async () => {
        const sources = await t.deps.locator.sources();
        const r = random(5);
        const zips = ['21201', '20001', '99501', '59101', '00901', '10001', '60601', '96813', '87501', '04101'];
        let cards = 0;
        for (let k = 0; k < 120; k++) {
          const params = new URLSearchParams({ near: zips[k % zips.length] as string, radius: String([5, 25, 100][k % 3]) });
          for (const g of FILTER_GROUPS) if (r() < 0.3) params.append(g, pick(conceptValues(g), r));
          if (k % 4 === 0) params.append('include', 'unconfirmed');
          if (k % 9 === 0) params.append('include', 'custody');
          if (k % 5 === 0) params.set('page', '2');
          const parsed = parseSearchQuery(params);
          assert.ok(parsed.ok && parsed.query.near);
          const query = { ...parsed.query, near: parsed.query.near };
          const locale = k % 2 === 0 ? 'en' : 'es';
          let result: Awaited<ReturnType<typeof t.deps.locator.search>>;
          try {
            result = await t.deps.locator.search(query);
          } catch {
            continue; // past the last page
          }
          const search = searchQueryString(parsed.query);
          const first = (result.page - 1) * result.perPage + 1;
          await runInLocale(locale, async () => {
            const fast = String(resultCards(result.results, search, sources, first));
            const plain = result.results.map((item, i) => plainCard(item, search, sources, first + i)).join('');
            assert.equal(fast, plain, `${params} (${locale})`);
          });
          cards += result.results.length;
        }
        assert.ok(cards > 500, `${cards} cards compared`);
      });
    });

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
