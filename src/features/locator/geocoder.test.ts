import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { buildTestDirectory } from '../../../test/support/directory.ts';
import { SqliteDirectoryHandle } from '../../db/directory-connection.ts';
import type { Facility } from '../../domain/facility.ts';
import { haversineMiles } from '../../lib/geo.ts';
import { type GeocodeResult, type GeoTables, geocode, indexPlaces, type Place, type Places } from './geocoder.ts';
import { loadFacilities, loadGeoTables } from './locator.repository.ts';

let tables: GeoTables;
let places: Places;
let facilities: Facility[];
before(async () => {
  const handle = new SqliteDirectoryHandle(await buildTestDirectory());
  tables = await loadGeoTables(handle.snapshot());
  facilities = await loadFacilities(handle.snapshot());
  handle.close();
  places = indexPlaces(tables);
});

const place = (input: string): Place => {
  const r = geocode(input, places);
  assert.ok(r.ok, `${input} should resolve: ${r.ok ? '' : r.message}`);
  return r.place;
};
const problem = (input: string): Extract<GeocodeResult, { ok: false }> => {
  const r = geocode(input, places);
  assert.ok(!r.ok, `${input} should not resolve, but found ${r.ok ? r.place.label : ''}`);
  return r;
};
const labels = (list: { label: string }[] | undefined) => (list ?? []).map((s) => s.label);
const near = (p: { latitude: number; longitude: number }, lat: number, lon: number, tolerance = 0.2) => {
  assert.ok(
    Math.abs(p.latitude - lat) < tolerance && Math.abs(p.longitude - lon) < tolerance,
    `${p.latitude},${p.longitude} is near ${lat},${lon}`,
  );
};

describe('geocode: ZIP codes', () => {
  test('a ZIP gets its cross-checked point (where the Census and GeoNames agree, the GeoNames one) and its place name', () => {
    const p = place('21201');
    assert.equal(p.kind, 'zip');
    assert.equal(p.label, 'ZIP 21201 (Baltimore, MD)');
    near(p, 39.295, -76.622, 0.01);
  });
  test('Billings 59101 starts downtown, not at the Census point 15 miles out, and the ZIP is kept for the search', () => {
    const p = place('59101');
    near(p, 45.7745, -108.5005, 0.01);
    assert.equal(p.zip, '59101');
  });
  test('ZIP+4 is accepted', () => assert.equal(place('21201-1234').label, 'ZIP 21201 (Baltimore, MD)'));
  test('a PO-box-only ZIP that is not a ZCTA falls back to GeoNames', () => {
    // 00501 is the IRS's unique ZIP in Holtsville, NY: GeoNames has it, the Census ZCTA file does not.
    const p = place('00501');
    assert.match(p.label, /Holtsville, NY/);
  });
  test('a Puerto Rico ZIP works from the ZCTA file', () => near(place('00901'), 18.46, -66.1, 0.1));
  test('the place name of a ZIP is shown in proper case', () => assert.equal(place('22101').label, 'ZIP 22101 (McLean, VA)'));
  test('an unknown ZIP says so', () => assert.match(problem('00000').message, /couldn’t find the ZIP code 00000/));
  test('a short number is not a ZIP', () => assert.match(problem('2120').message, /5 digits/));

  const addresses: [string, string][] = [
    ['Billings MT 59101', 'ZIP 59101 (Billings, MT)'],
    ['Billings, MT 59101', 'ZIP 59101 (Billings, MT)'],
    ['Billings, MT, 59101', 'ZIP 59101 (Billings, MT)'],
    ['billings montana 59101-2233', 'ZIP 59101 (Billings, MT)'],
    ['Baltimore, MD 21201-1234', 'ZIP 21201 (Baltimore, MD)'],
  ];
  for (const [input, label] of addresses) test(`"${input}" uses the ZIP`, () => assert.equal(place(input).label, label));
  test('"City, ST ZIP" with a ZIP we do not know falls back to the city', () =>
    assert.equal(place('Billings, MT 00000').label, 'Billings, MT'));
  test('"City, ST ZIP" with neither known reports the ZIP', () =>
    assert.match(problem('Nowhereville, MT 00000').message, /ZIP code 00000/));
});

describe('geocode: city and state, as people write them', () => {
  const cases: [string, string][] = [
    ['Baltimore, MD', 'Baltimore, MD'],
    ['baltimore md', 'Baltimore, MD'],
    ['BALTIMORE,MD', 'Baltimore, MD'],
    ['Dayton, Ohio', 'Dayton, OH'],
    ['Charleston West Virginia', 'Charleston, WV'],
    ['Santa Fe New Mexico', 'Santa Fe, NM'],
    ['St. Louis, MO', 'St. Louis, MO'],
    ['Saint Louis MO', 'St. Louis, MO'],
    ['st louis, missouri', 'St. Louis, MO'],
    ['St. Louis, MI', 'St. Louis, MI'],
    ["O'Fallon, MO", "O'Fallon, MO"],
    ['O’Fallon, Missouri', "O'Fallon, MO"],
    ['OFallon IL', "O'Fallon, IL"],
    ['McLean, VA', 'McLean, VA'],
    ['Mc Lean, Virginia', 'McLean, VA'],
    ['mclean va', 'McLean, VA'],
    ['McAllen, TX', 'McAllen, TX'],
    ['MCALLEN TX', 'McAllen, TX'],
    ['Ste. Genevieve, MO', 'Ste. Genevieve, MO'],
    ['Sainte Genevieve, MO', 'Ste. Genevieve, MO'],
    ['Coeur d’Alene, ID', "Coeur d'Alene, ID"],
    ['Ft. Worth, TX', 'Fort Worth, TX'],
    ['Winston Salem, NC', 'Winston-Salem, NC'],
    ['Bayamón, PR', 'Bayamón, PR'],
    ['Bayamon, Puerto Rico', 'Bayamón, PR'],
    ['Washington, D.C.', 'Washington, DC'],
    ['Washington DC', 'Washington, DC'],
    ['Queens, NY', 'Queens, NY'],
    ['Brooklyn, NY', 'Brooklyn, NY'],
    ['The Bronx, NY', 'The Bronx, NY'],
    ['Manhattan, New York', 'Manhattan, NY'],
    ['Staten Island, NY', 'Staten Island, NY'],
    ['New York City, NY', 'New York, NY'],
  ];
  for (const [input, label] of cases) test(`"${input}" is ${label}`, () => assert.equal(place(input).label, label));

  test('"Saint", "St." and accents give the same point', () => {
    assert.deepEqual(place('St. Louis, MO'), place('Saint Louis, MO'));
    assert.deepEqual(place('Bayamon, Puerto Rico'), place('Bayamón, PR'));
  });
  test('Puerto Rico cities come from facility locations, since GeoNames has no PR', () =>
    near(place('San Juan, PR'), 18.42, -66.06, 0.15));
  test('Queens is the middle of Queens County, not another borough', () => near(place('Queens, NY'), 40.71, -73.83, 0.08));
  test('Manhattan is the USPS "New York"', () =>
    assert.deepEqual(place('Manhattan, NY').latitude, place('New York, NY').latitude));
  test('a city not in that state says which state we looked in and offers that name elsewhere', () => {
    const r = problem('Baltimore, AK');
    assert.match(r.message, /couldn’t find “Baltimore” in Alaska/);
    assert.equal(labels(r.suggestions)[0], 'Baltimore, MD');
  });
  test('words that are not a place get the hint, and no made-up suggestions', () => {
    const r = problem('somewhere nice');
    assert.match(r.message, /5-digit ZIP code/);
    assert.deepEqual(r.suggestions, []);
  });
});

describe('geocode: a city without its state', () => {
  const cases: [string, string, string][] = [
    // input, the likeliest place, one of the others offered
    ['St. Louis', 'St. Louis, MO', 'St. Louis, MI'],
    ['Saint Louis', 'St. Louis, MO', 'St. Louis, MI'],
    ['Baltimore', 'Baltimore, MD', 'Baltimore, OH'],
    ['Kansas City', 'Kansas City, MO', 'Kansas City, KS'],
    ['Portland', 'Portland, OR', 'Portland, ME'],
    ['Brooklyn', 'Brooklyn, NY', 'Brooklyn, MD'],
    ['Manhattan', 'Manhattan, NY', 'Manhattan, KS'],
  ];
  for (const [input, label, other] of cases) {
    test(`"${input}" is ${label}, and offers ${other}`, () => {
      const p = place(input);
      assert.equal(p.label, label);
      assert.equal(p.kind, 'city');
      assert.ok(labels(p.alternatives).includes(other), labels(p.alternatives).join('; '));
      assert.ok(!labels(p.alternatives).includes(label));
    });
  }
  const unique: [string, string][] = [
    ['New York', 'New York, NY'],
    ['NYC', 'New York, NY'],
    ['Queens', 'Queens, NY'],
    ['The Bronx', 'The Bronx, NY'],
    ['Staten Island', 'Staten Island, NY'],
    ['Philly', 'Philadelphia, PA'],
    ['DC', 'Washington, DC'],
    ['McAllen', 'McAllen, TX'],
  ];
  for (const [input, label] of unique) test(`"${input}" is ${label}`, () => assert.equal(place(input).label, label));

  test('a state alone asks for a place in it, and offers towns of that name', () => {
    const r = problem('Virginia');
    assert.match(r.message, /Virginia is a state\. Enter a ZIP code, or a city and state like “[^”]+, VA”/);
    assert.ok(labels(r.suggestions).includes('Virginia, MN'));
  });
});

describe('geocode: typos get suggestions', () => {
  const cases: [string, string, string][] = [
    // input, what is wrong, the first suggestion
    ['Baltimroe, MD', 'two letters swapped', 'Baltimore, MD'],
    ['Tuscon, AZ', 'two letters swapped', 'Tucson, AZ'],
    ['Milwuakee, WI', 'two letters swapped', 'Milwaukee, WI'],
    ['Baltmore, MD', 'a missing letter', 'Baltimore, MD'],
    ['Pitsburgh, PA', 'a missing letter', 'Pittsburgh, PA'],
    ['Albuquerqe, NM', 'a missing letter', 'Albuquerque, NM'],
    ['Cincinatti, OH', 'a letter doubled in the wrong place', 'Cincinnati, OH'],
    ['Philladelphia, PA', 'an extra letter', 'Philadelphia, PA'],
    ['Sant Louis, MO', 'a misspelt "Saint"', 'St. Louis, MO'],
    ['Baltimore City, MD', 'an extra word', 'Baltimore, MD'],
    ['Baltimroe', 'no state', 'Baltimore, MD'],
    ['Los Angles', 'no state, a missing letter', 'Los Angeles, CA'],
    ['Chicgo', 'no state, a missing letter', 'Chicago, IL'],
    ['Fort Worht', 'no state, two letters swapped', 'Fort Worth, TX'],
    ['Baltimroe, VA', 'the wrong state', 'Baltimore, MD'],
  ];
  for (const [input, what, first] of cases) {
    test(`"${input}" (${what}) suggests ${first}`, () => {
      const r = problem(input);
      assert.equal(labels(r.suggestions)[0], first, labels(r.suggestions).join('; '));
      assert.ok(r.suggestions.length <= 3);
    });
  }
  test('the message says what we could not find', () => {
    assert.equal(
      problem('Baltimroe, MD').message,
      'We couldn’t find “Baltimroe” in Maryland. Check the spelling, or try a ZIP code.',
    );
    assert.match(problem('Baltimroe').message, /couldn’t find a place called “Baltimroe”/);
  });
  test('a typo with its state suggests places in that state first', () => {
    const r = problem('Springfeild, MA');
    assert.deepEqual(
      r.suggestions.map((s) => s.label.slice(-2)),
      r.suggestions.map(() => 'MA'),
    );
  });
  test('every suggestion, searched as it is, finds that place', () => {
    for (const input of ['Baltimroe', 'Sant Louis, MO', 'Virginia', 'Mclaen, VA', 'Ofalon, MO', 'Land O Lake, FL']) {
      for (const s of [...problem(input).suggestions]) assert.equal(place(s.near).label, s.label, `${input} -> ${s.near}`);
    }
  });
});

describe('geocode: coordinates', () => {
  test('"lat,lon" as "Use my location" sends it', () => {
    const p = place('39.29,-76.61');
    assert.equal(p.kind, 'coordinates');
    near(p, 39.29, -76.61, 0.0001);
  });
  test('spaces are fine', () => near(place(' 39.29 , -76.61 '), 39.29, -76.61, 0.0001));
  test('coordinates off the Earth are refused', () => assert.match(problem('95,-76').message, /not on Earth/));
});

describe('geocode: every place name we hold', () => {
  test('every city label we show, searched as it is, finds the same point', () => {
    const misses: string[] = [];
    for (const row of tables.cities.values()) {
      const r = geocode(`${row.city}, ${row.state}`, places);
      if (!r.ok) {
        misses.push(`${row.city}, ${row.state}`);
        continue;
      }
      const again = geocode(r.place.label, places);
      if (!again.ok || again.place.latitude !== r.place.latitude || again.place.longitude !== r.place.longitude) {
        misses.push(`${row.city}, ${row.state} -> ${r.place.label}`);
      }
    }
    assert.deepEqual(misses, []);
  });
});

describe('geocode: every facility’s own city', () => {
  test('every facility on the map can be found by its own "City, ST"', () => {
    // A place with no point at all (Palau and Yap: no reference point to check a location against, so the build
    // leaves them off the map and counts them) cannot be found by any search, whatever its city.
    const mapped = facilities.filter((f) => f.latitude !== null);
    assert.ok(facilities.length - mapped.length < 10, `${facilities.length - mapped.length} places have no point`);
    const misses = new Set<string>();
    for (const f of mapped) if (!geocode(`${f.city}, ${f.state}`, places).ok) misses.add(`${f.city}, ${f.state}`);
    assert.deepEqual([...misses], []);
  });

  test('…and the point it finds is near the facility', () => {
    // Only facilities placed by their own coordinates: a ZIP-centroid location tells us about the ZIP table.
    const own = facilities.filter((f) => f.locationMethod === 'source');
    const far: string[] = [];
    let within25 = 0;
    for (const f of own) {
      const p = place(`${f.city}, ${f.state}`);
      const miles = haversineMiles(f.latitude as number, f.longitude as number, p.latitude, p.longitude);
      if (miles <= 25) within25++;
      // 60 miles is the build's own tolerance for a facility's coordinates against its ZIP code.
      if (miles > 60) far.push(`${f.id} ${f.city}, ${f.state}: ${Math.round(miles)} miles`);
    }
    assert.ok(own.length > 15_000, `${own.length} facilities with their own coordinates`);
    assert.deepEqual(far, []);
    assert.ok(within25 / own.length > 0.995, `${own.length - within25} of ${own.length} are over 25 miles from their city`);
  });
});

describe('geocode: Puerto Rico', () => {
  test('every municipio is a place, with or without its accents, its comma or its state (Census, not our facilities)', () => {
    // Cataño has no facility in our lists: before the municipio table it could not be found at all.
    const catano = place('Cataño, PR');
    assert.equal(catano.label, 'Cataño, PR');
    near(catano, 18.44, -66.14, 0.05);
    for (const typed of ['Catano PR', 'catano, pr', 'CATAÑO, Puerto Rico', 'Cataño'])
      assert.equal(place(typed).label, 'Cataño, PR', typed);
    assert.equal(place('Bayamón').label, 'Bayamón, PR');
    assert.equal(place('Bayamon, PR').label, 'Bayamón, PR');
    const mayaguez = place('Mayagüez, PR');
    assert.equal(mayaguez.label, 'Mayagüez, PR');
    // On the island, not pulled out to sea by Mona and Desecheo, which belong to the municipio.
    near(mayaguez, 18.2, -67.14, 0.1);
    assert.equal(place('Mayaguez PR').label, 'Mayagüez, PR');
    for (const typed of ['Loíza, PR', 'Añasco', 'Peñuelas, PR', 'Vieques', 'Culebra, PR'])
      assert.match(place(typed).label, /, PR$/, typed);
  });

  test('a typo of a municipio offers it', () => {
    const r = problem('Catanio, PR');
    assert.ok(labels(r.suggestions).includes('Cataño, PR'), labels(r.suggestions).join(', '));
  });
});
