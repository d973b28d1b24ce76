import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seededRandom as random } from '../../../test/support/random.ts';
import { fullScanSearch, type IndexData, type IndexQuery, SearchIndex, WORDS } from './search-index.ts';

function synthetic(n: number, seed: number): IndexData {
  const r = random(seed);
  const data: IndexData = {
    latitude: new Float64Array(n),
    longitude: new Float64Array(n),
    bits: new Uint32Array(n * WORDS),
    known: new Uint32Array(n * WORDS),
    unconfirmed: new Uint8Array(n),
    custody: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    // Clusters around a few US cities, plus points near the date line (Aleutians, Guam).
    const centers = [
      [39.29, -76.61],
      [40.71, -74.0],
      [34.05, -118.24],
      [51.88, -176.63],
      [13.44, 144.79],
      [18.46, -66.1],
    ];
    const [lat, lon] = centers[Math.floor(r() * centers.length)] as [number, number];
    data.latitude[i] = lat + (r() - 0.5) * 4;
    let x = lon + (r() - 0.5) * 6;
    if (x > 180) x -= 360;
    if (x < -180) x += 360;
    data.longitude[i] = x;
    for (let w = 0; w < WORDS; w++) {
      data.bits[i * WORDS + w] = Math.floor(r() * 2 ** 32) >>> 0;
      // A third of the places record everything; the rest leave random concepts unrecorded (a place never
      // offers what its listing doesn't record, as in the directory).
      const known = r() < 0.33 ? 0xffffffff : Math.floor(r() * 2 ** 32) >>> 0;
      data.known[i * WORDS + w] = (known | (data.bits[i * WORDS + w] as number)) >>> 0;
    }
    data.unconfirmed[i] = r() < 0.25 ? 1 : 0;
    data.custody[i] = r() < 0.05 ? 1 : 0;
  }
  return data;
}

/** `data` with every `nth` place moved to the spot of the one before it (ties in distance). */
function sharingSpots(data: IndexData, nth: number): IndexData {
  for (let i = nth; i < data.latitude.length; i += nth) {
    data.latitude[i] = data.latitude[i - 1] as number;
    data.longitude[i] = data.longitude[i - 1] as number;
  }
  return data;
}

const mask = (...bits: number[]) => {
  const m = new Uint32Array(WORDS);
  for (const b of bits) m[b >> 5] = (m[b >> 5] as number) | (1 << (b & 31));
  return m;
};

describe('SearchIndex agrees with a full haversine scan', () => {
  const data = synthetic(5000, 42);
  const index = new SearchIndex(data);
  const r = random(7);
  const origins: [number, number][] = [
    [39.3, -76.6],
    [40.7, -74.0],
    [51.9, -179.9], // the date line: points on both sides
    [13.4, 144.8],
    [18.4, -66.1],
    [0, 0], // nothing near
  ];
  for (const [lat, lon] of origins) {
    for (const radius of [5, 25, 100]) {
      test(`around ${lat},${lon} within ${radius} miles, with random filters and pages`, () => {
        for (let k = 0; k < 5; k++) {
          const q: IndexQuery = {
            latitude: lat + (r() - 0.5) * 0.5,
            longitude: lon + (r() - 0.5) * 0.5,
            radiusMiles: radius,
            groupMasks:
              k === 0
                ? []
                : [
                    mask(Math.floor(r() * 64), Math.floor(r() * 64)),
                    mask(Math.floor(r() * 64)),
                    mask(Math.floor(r() * 64)),
                  ].slice(0, k),
            includeUnconfirmed: k % 2 === 0,
            includeCustody: k === 3,
            // Places to include at any distance, as a ZIP search does: some near, some far away.
            alsoInclude: k >= 2 ? Array.from({ length: 8 }, () => Math.floor(r() * data.latitude.length)) : undefined,
            offset: k * 3,
            limit: 20,
          };
          const fast = index.search(q);
          const slow = fullScanSearch(data, q);
          assert.equal(fast.total, slow.total);
          assert.equal(fast.matched, slow.matched);
          const show = (h: { miles: number; unknown: number }) => `${h.miles.toFixed(6)} unknown:${h.unknown}`;
          assert.deepEqual(fast.hits.map(show), slow.hits.map(show));
        }
      });
    }
  }
});

describe('SearchIndex pages deep into a long list as the full scan does', () => {
  // Every third place shares the spot of the one before it: places equally near come in index order.
  const data = sharingSpots(synthetic(5000, 5), 3);
  const index = new SearchIndex(data);
  test('long pages and far pages (which grow the kept nearest past their first size), then short ones again', () => {
    // The same index answers them one after another, as a server does.
    for (const [offset, limit, groups] of [
      [0, 20, 0],
      [0, 100, 0],
      [1200, 100, 0],
      [300, 100, 1],
      [0, 20, 1],
      [40, 20, 2],
      [0, 1, 0],
    ] as const) {
      const q: IndexQuery = {
        latitude: 39.3,
        longitude: -76.6,
        radiusMiles: 500,
        groupMasks: [mask(1, 7), mask(40)].slice(0, groups),
        includeUnconfirmed: true,
        includeCustody: false,
        offset,
        limit,
      };
      const fast = index.search(q);
      const slow = fullScanSearch(data, q);
      assert.equal(fast.total, slow.total);
      assert.equal(fast.matched, slow.matched);
      assert.equal(slow.hits.length, limit, `${offset} ${limit}: a whole page to compare`);
      const show = (h: { index: number; miles: number; unknown: number }) => `${h.index} ${h.miles.toFixed(9)} ${h.unknown}`;
      assert.deepEqual(fast.hits.map(show), slow.hits.map(show), `${offset} ${limit}`);
    }
  });
});

describe('nearestMatch agrees with a search out to the same distance', () => {
  // Every fifth place shares the spot of the one before it, so places equally near must be picked as search does.
  const data = sharingSpots(synthetic(5000, 11), 5);
  const index = new SearchIndex(data);
  const r = random(3);
  test('over 300 searches with sparse filters, near clusters, across the date line and far from everything', () => {
    let found = 0;
    for (let k = 0; k < 300; k++) {
      const [lat, lon] = [
        [39.3, -76.6],
        [51.9, -179.9],
        [13.4, 144.8],
        [30, -100],
        [0, 0],
      ][k % 5] as [number, number];
      const q: IndexQuery = {
        latitude: lat + (r() - 0.5) * 6,
        longitude: lon + (r() - 0.5) * 6,
        radiusMiles: 5,
        groupMasks: Array.from({ length: 1 + (k % 4) }, () => mask(Math.floor(r() * 64))),
        includeUnconfirmed: k % 2 === 0,
        includeCustody: k % 7 === 0,
        alsoInclude: [1, 2, 3],
        offset: 20,
        limit: 20,
      };
      const maxMiles = [250, 60, 1000][k % 3] as number;
      const plain = { ...q, radiusMiles: maxMiles, alsoInclude: [], offset: 0, limit: 1 };
      const first = fullScanSearch(data, plain).hits[0];
      const expected = first && first.unknown === 0 ? first : undefined;
      assert.deepEqual(index.search(plain).hits[0]?.unknown === 0 ? index.search(plain).hits[0] : undefined, expected);
      assert.deepEqual(index.nearestMatch(q, maxMiles), expected, JSON.stringify({ k, maxMiles }));
      if (expected) found++;
    }
    // Both kinds of answer were tried: a place found, and none within reach.
    assert.ok(found > 50 && found < 275, `${found} found`);
  });

  test('with rare concepts, where the walk skips the parts of the tree where no place offers one', () => {
    // Each place offers one or two of the 64 concepts and records a few more, so most of the tree's nodes
    // offer none of a filter's values (random bits, above, make every node offer every concept).
    const sparse = synthetic(5000, 21);
    const s = random(5);
    for (let i = 0; i < sparse.latitude.length; i++) {
      const offers = mask(...Array.from({ length: 1 + Math.floor(s() * 2) }, () => Math.floor(s() * 64)));
      const records = mask(...Array.from({ length: Math.floor(s() * 4) }, () => Math.floor(s() * 64)));
      for (let w = 0; w < WORDS; w++) {
        sparse.bits[i * WORDS + w] = offers[w] as number;
        sparse.known[i * WORDS + w] = ((offers[w] as number) | (records[w] as number)) >>> 0;
      }
    }
    const sparseIndex = new SearchIndex(sparse);
    let found = 0;
    for (let k = 0; k < 300; k++) {
      const [lat, lon] = [
        [39.3, -76.6],
        [40.7, -74.0],
        [51.9, -179.9],
        [34.0, -118.2],
      ][k % 4] as [number, number];
      const q: IndexQuery = {
        latitude: lat + (s() - 0.5) * 4,
        longitude: lon + (s() - 0.5) * 4,
        radiusMiles: [5, 25, 100][k % 3] as number,
        // One value in the first group, or two; a second group now and then.
        groupMasks: [
          mask(...Array.from({ length: 1 + (k % 2) }, () => Math.floor(s() * 64))),
          ...(k % 5 === 0 ? [mask(Math.floor(s() * 64), Math.floor(s() * 64))] : []),
        ],
        includeUnconfirmed: k % 2 === 0,
        includeCustody: false,
        offset: 0,
        limit: 20,
      };
      const maxMiles = [250, 600][k % 2] as number;
      const first = fullScanSearch(sparse, { ...q, radiusMiles: maxMiles, alsoInclude: [], limit: 1 }).hits[0];
      const expected = first && first.unknown === 0 ? first : undefined;
      assert.deepEqual(sparseIndex.nearestMatch(q, maxMiles), expected, JSON.stringify({ k, maxMiles }));
      if (expected) found++;
    }
    assert.ok(found > 50 && found < 275, `${found} found`);
  });
});

describe('filter semantics', () => {
  // Four facilities at the same spot: A offers concept 0, B concepts 0 and 1, C concept 2; C is unconfirmed;
  // D (concept 0) is inside a jail.
  const data: IndexData = {
    latitude: new Float64Array([39, 39, 39, 39]),
    longitude: new Float64Array([-76, -76, -76, -76]),
    bits: new Uint32Array([0b001, 0, 0b011, 0, 0b100, 0, 0b001, 0]),
    known: new Uint32Array(4 * WORDS).fill(0xffffffff),
    unconfirmed: new Uint8Array([0, 0, 1, 0]),
    custody: new Uint8Array([0, 0, 0, 1]),
  };
  const index = new SearchIndex(data);
  const run = (groupMasks: Uint32Array[], includeUnconfirmed = true, includeCustody = false) =>
    index
      .search({
        latitude: 39,
        longitude: -76,
        radiusMiles: 5,
        groupMasks,
        includeUnconfirmed,
        includeCustody,
        offset: 0,
        limit: 10,
      })
      .hits.map((h) => h.index)
      .sort();
  test('values within one filter are OR’d', () => assert.deepEqual(run([mask(1, 2)]), [1, 2]));
  test('filters are AND’ed across groups', () => assert.deepEqual(run([mask(0), mask(1)]), [1]));
  test('no filters, everything open to the public', () => assert.deepEqual(run([]), [0, 1, 2]));
  test('unconfirmed places only when asked', () => assert.deepEqual(run([], false), [0, 1]));
  test('custody settings only when asked, and then still filtered', () => {
    assert.deepEqual(run([], true, true), [0, 1, 2, 3]);
    assert.deepEqual(run([mask(1)], true, true), [1]);
  });
});

describe('matches first, then places whose listing doesn’t say', () => {
  // Along one meridian, nearest first: B 0.5 miles (records nothing about concepts 0 and 1), A 1 mile (offers
  // 0), C 2 miles (records 0 and does not offer it), D 3 miles (offers 0; records nothing about 1), E 4 miles
  // (records nothing about 0, records 1 and does not offer it).
  const miles = [1, 0.5, 2, 3, 4];
  const data: IndexData = {
    latitude: new Float64Array(miles.map((m) => 39 + m / 69.09)),
    longitude: new Float64Array(5).fill(-76),
    bits: new Uint32Array([0b01, 0, 0, 0, 0, 0, 0b01, 0, 0, 0]),
    known: new Uint32Array([0b11, 0, 0b00, 0, 0b11, 0, 0b01, 0, 0b10, 0]),
    unconfirmed: new Uint8Array(5),
    custody: new Uint8Array(5),
  };
  const index = new SearchIndex(data);
  const run = (groupMasks: Uint32Array[], offset = 0, limit = 10) => {
    const q: IndexQuery = {
      latitude: 39,
      longitude: -76,
      radiusMiles: 10,
      groupMasks,
      includeUnconfirmed: false,
      includeCustody: false,
      offset,
      limit,
    };
    const result = index.search(q);
    assert.deepEqual(result, fullScanSearch(data, q), 'the full scan agrees');
    return { ...result, hits: result.hits.map((h) => `${'ABCDE'[h.index]}${h.unknown ? `?${h.unknown}` : ''}`) };
  };

  test('a place that matches comes before a nearer place that may match', () => {
    const r = run([mask(0)]);
    assert.deepEqual(r.hits, ['A', 'D', 'B?1', 'E?1']);
    assert.equal(r.matched, 2);
    assert.equal(r.total, 4);
  });
  test('a recorded "no" in any group leaves a place out; an unknown group says which', () => {
    const r = run([mask(0), mask(1)]);
    // A records 1 and does not offer it; D offers 0 and may offer 1; B may offer both; E fails group 1.
    assert.deepEqual(r.hits, ['B?3', 'D?2']);
    assert.equal(r.matched, 0);
  });
  test('one offered value is enough: OR within a group beats an unknown one', () =>
    assert.deepEqual(run([mask(0, 1)]).hits, ['A', 'D', 'B?1', 'E?1']));
  test('pages run on from the matches into the maybe-matches', () => {
    assert.deepEqual(run([mask(0)], 1, 2).hits, ['D', 'B?1']);
    assert.deepEqual(run([mask(0)], 3, 2).hits, ['E?1']);
    assert.equal(run([mask(0)], 3, 2).total, 4);
  });
  test('no filters: nothing is unknown', () => assert.deepEqual(run([]).hits, ['B', 'A', 'C', 'D', 'E']));
});

describe('places included at any distance (the places in a searched ZIP code)', () => {
  // A is 1 mile from the origin, B 30 miles, C 30 miles but unconfirmed.
  const data: IndexData = {
    latitude: new Float64Array([39.0145, 39.4342, 39.4342]),
    longitude: new Float64Array([-76, -76, -76]),
    bits: new Uint32Array(3 * WORDS),
    known: new Uint32Array(3 * WORDS),
    unconfirmed: new Uint8Array([0, 0, 1]),
    custody: new Uint8Array(3),
  };
  const index = new SearchIndex(data);
  const base: IndexQuery = {
    latitude: 39,
    longitude: -76,
    radiusMiles: 5,
    groupMasks: [],
    includeUnconfirmed: false,
    includeCustody: false,
    offset: 0,
    limit: 10,
  };
  test('are found beyond the radius, at their true distance, nearest first', () => {
    const result = index.search({ ...base, alsoInclude: [1, 0] });
    assert.equal(result.total, 2);
    assert.deepEqual(
      result.hits.map((h) => h.index),
      [0, 1],
    );
    assert.ok(Math.abs((result.hits[1]?.miles ?? 0) - 30) < 0.2, `${result.hits[1]?.miles}`);
  });
  test('are counted once when also inside the radius', () =>
    assert.equal(index.search({ ...base, alsoInclude: [0, 0] }).total, 1));
  test('still pass the filters (an unconfirmed place stays out unless asked)', () => {
    assert.equal(index.search({ ...base, alsoInclude: [2] }).total, 1);
    assert.equal(index.search({ ...base, includeUnconfirmed: true, alsoInclude: [2] }).total, 2);
    assert.equal(index.search({ ...base, radiusMiles: 5, includeUnconfirmed: true, alsoInclude: [1, 2] }).total, 3);
  });
});

describe('distance and order', () => {
  test('nearest first, with the distance in miles', () => {
    const data: IndexData = {
      latitude: new Float64Array([39.5, 39.1, 39.3]),
      longitude: new Float64Array([-76.6, -76.6, -76.6]),
      bits: new Uint32Array(3 * WORDS),
      known: new Uint32Array(3 * WORDS),
      unconfirmed: new Uint8Array(3),
      custody: new Uint8Array(3),
    };
    const result = new SearchIndex(data).search({
      latitude: 39,
      longitude: -76.6,
      radiusMiles: 50,
      groupMasks: [],
      includeUnconfirmed: false,
      includeCustody: false,
      offset: 0,
      limit: 10,
    });
    assert.deepEqual(
      result.hits.map((h) => h.index),
      [1, 2, 0],
    );
    // 0.1 degree of latitude is about 6.9 miles.
    assert.ok(Math.abs((result.hits[0]?.miles ?? 0) - 6.91) < 0.05);
  });
});
