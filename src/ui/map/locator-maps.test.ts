import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FacilityMap, ResultsMap } from './locator-maps.ts';
import { keptOutlineLayers } from './map-svg.ts';
import { decodeOutlines, KEEP_ALWAYS, LINE_KIND } from './outlines.ts';

/** Outlines of their own for this test (drawn layers are kept per outlines object): one state line near Baltimore. */
const outlines = () =>
  decodeOutlines({
    transform: { scale: [0.01, 0.01], translate: [-180, -90] },
    lines: [[LINE_KIND.state, 10320, 12940, 40, 0, KEEP_ALWAYS]],
  });

test('a results map, centred on what someone searched, leaves no trace of the place in memory', () => {
  const lines = outlines();
  for (const [latitude, longitude] of [
    [39.29, -76.61],
    [39.3123, -76.5987],
  ] as const) {
    const map = ResultsMap({
      search: {
        origin: { latitude, longitude, label: 'Baltimore, MD' },
        radiusMiles: 10,
        total: 1,
        results: [{ facility: { name: 'Harbor Clinic', latitude: 39.3, longitude: -76.6 }, miles: 1.2 }],
      },
      first: 1,
      outlines: lines,
    });
    assert.match(String(map), /<path d="M/, 'the state line is drawn');
  }
  assert.equal(keptOutlineLayers(lines), 0);
});

test("a facility's map, centred on a public place, keeps its drawn lines for the next page that shows it", () => {
  const lines = outlines();
  const facility = {
    name: 'Harbor Clinic',
    city: 'Baltimore',
    state: 'MD',
    latitude: 39.3,
    longitude: -76.6,
    locationMethod: 'source',
  };
  const first = String(FacilityMap({ facility, outlines: lines }));
  assert.match(first, /<path d="M/, 'the state line is drawn');
  assert.equal(keptOutlineLayers(lines), 1);
  assert.equal(String(FacilityMap({ facility, outlines: lines })), first, 'the kept lines give the same bytes');
  assert.equal(keptOutlineLayers(lines), 1);
});
