import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seededRandom } from '../../../test/support/random.ts';
import { COUNTY_LINES_UP_TO, DOT_RADIUS, drawOutlines, fitViewMiles, type MapSpec, mapSvg, shortWay, viewOf } from './map-svg.ts';
import { cellKey, decodeOutlines, KEEP_ALWAYS, LINE_KIND, levelOf, usOutlines } from './outlines.ts';
import { PathWriter } from './path-writer.ts';

/** The absolute points of a path written by mapSvg (M, m and l commands with whole numbers). */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, nums] of d.matchAll(/([Mml])([^Mml]*)/g)) {
    const n = (nums?.match(/-?\d+/g) ?? []).map(Number);
    for (let i = 0; i + 1 < n.length; i += 2) {
      if (cmd === 'M' && i === 0) [x, y] = [n[0] as number, n[1] as number];
      else [x, y] = [x + (n[i] as number), y + (n[i + 1] as number)];
      points.push([x, y]);
    }
  }
  return points;
}

const paths = (svg: string) =>
  [...svg.matchAll(/<path d="([^"]+)" fill="none" stroke="([^"]+)"/g)].map((m) => ({ d: m[1] as string, stroke: m[2] }));
const dots = (svg: string) =>
  [...svg.matchAll(/<circle cx="(-?\d+)" cy="(-?\d+)" r="15"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

/** A small hand-made outline file: a county line, a state line, and a coast across the 180th meridian. */
const tiny = decodeOutlines({
  transform: { scale: [0.01, 0.01], translate: [-180, -90] },
  lines: [
    // county line from (-76.7, 39.27) east 0.2 degrees, its middle point kept only up close (level 43)
    [LINE_KIND.county, 10330, 12927, 10, 1, 43, 10, -1, KEEP_ALWAYS],
    // state line from (-76.8, 39.4) to (-76.4, 39.4)
    [LINE_KIND.state, 10320, 12940, 40, 0, KEEP_ALWAYS],
    // a coast from 179.9 E across nothing to 179.99 E (near Adak's antimeridian)
    [LINE_KIND.edge, 35990, 14190, 9, 0, KEEP_ALWAYS],
    // a far-away line (Maine) that no Baltimore map should touch
    [LINE_KIND.state, 10700, 13500, 10, 10, KEEP_ALWAYS],
  ],
});

const spec = (over: Partial<MapSpec> = {}): MapSpec => ({
  id: 'm',
  center: { latitude: 39.29, longitude: -76.61 },
  viewMiles: 10,
  dots: [],
  title: 'Map of places near Baltimore',
  description: '3 places within 10 miles',
  role: 'group',
  ...over,
});

/** Places where maps are hard to draw right: by the 180th meridian, far north, islands, and a few mainland cities. */
const EDGE_PLACES: [number, number][] = [
  [39.29, -76.61],
  [51.88, -176.63], // the Aleutians, by the 180th meridian
  [52.9, 173.2], // Attu, on the other side of it
  [18.45, -66.07],
  [13.45, 144.78],
  [-14.28, -170.7],
  [61.2, -149.9],
  [71.29, -156.79], // Utqiagvik, far north
  [21.3, -157.85],
  [44.98, -93.27],
  [29.95, -90.07],
  [47.6, -122.33],
  [25.77, -80.19],
];

/**
 * `count` map views around EDGE_PLACES in turn, each centre moved at random by up to `spread` degrees (half each
 * way), at each of `scales` (miles across) in turn; every fifth view is a small one.
 */
function edgeViews(o: { seed: number; count: number; spread: number; scales: number[] }) {
  const r = seededRandom(o.seed);
  return Array.from({ length: o.count }, (_, k) => {
    const [lat, lon] = EDGE_PLACES[k % EDGE_PLACES.length] as [number, number];
    return viewOf(
      spec({
        center: { latitude: lat + (r() - 0.5) * o.spread, longitude: lon + (r() - 0.5) * o.spread },
        viewMiles: o.scales[k % o.scales.length] as number,
        ...(k % 5 === 0 ? { width: 300, height: 200 } : {}),
      }),
    );
  });
}
describe('outlines', () => {
  test('decoding turns the delta-encoded grid back into degrees, with a box and the cells each line touches', () => {
    assert.equal(tiny.kind.length, 4);
    assert.equal(tiny.count[0], 3);
    assert.ok(Math.abs((tiny.lon[0] as number) - -76.7) < 1e-9 && Math.abs((tiny.lat[0] as number) - 39.27) < 1e-9);
    assert.ok(Math.abs((tiny.lon[2] as number) - -76.5) < 1e-9);
    assert.deepEqual([tiny.level[0], tiny.level[1], tiny.level[2]], [KEEP_ALWAYS, 43, KEEP_ALWAYS]);
    assert.deepEqual([...(tiny.cells.get(cellKey(39, -77)) ?? [])], [0, 1]);
    assert.ok(tiny.cells.get(cellKey(45, -73))?.includes(3));
  });

  test('levels grow with the area and keep endpoints at every scale', () => {
    assert.equal(levelOf(Number.POSITIVE_INFINITY), KEEP_ALWAYS);
    assert.equal(levelOf(0), 0);
    assert.ok(levelOf(1e-6) < levelOf(1e-4));
  });

  test('the bundled outlines cover the states, DC, Puerto Rico and the island territories', () => {
    const o = usOutlines();
    assert.ok(o.kind.length > 5000);
    const touches = (lat: number, lon: number) => o.cells.has(cellKey(Math.floor(lat), Math.floor(lon)));
    for (const [lat, lon] of [
      [39.29, -76.61], // Baltimore
      [18.45, -66.07], // San Juan
      [61.2, -149.9], // Anchorage
      [21.3, -157.86], // Honolulu
      [13.47, 144.75], // Guam
      [-14.28, -170.7], // American Samoa
      [18.34, -64.93], // St Thomas
    ] as const) {
      assert.ok(touches(lat, lon), `outlines near ${lat},${lon}`);
    }
  });
});

describe('fitViewMiles', () => {
  test('the smallest step that fits the furthest dot, never much more than the radius needs', () => {
    assert.equal(fitViewMiles(0.5, 25), 1);
    assert.ok(fitViewMiles(8, 25) >= 8 * (120 / (120 - DOT_RADIUS - 4)));
    assert.equal(fitViewMiles(24.9, 25), 27);
    assert.equal(fitViewMiles(99, 100), 110);
    assert.ok(fitViewMiles(3, 5) < fitViewMiles(3, 100) + 1);
  });
});

describe('mapSvg', () => {
  test('draws lines in view as compact paths inside the frame, county lines thin and state lines bold', () => {
    const svg = mapSvg(spec(), tiny);
    const [county, state] = paths(svg);
    assert.equal(county?.stroke, '#b1b4b6');
    assert.equal(state?.stroke, '#454d55');
    for (const p of [...pathPoints(county?.d ?? ''), ...pathPoints(state?.d ?? '')]) {
      assert.ok(p[0] >= -2 && p[0] <= 362 && p[1] >= -2 && p[1] <= 242, `point ${p} inside the frame`);
    }
    // The state line runs east-west 0.11 degrees north of the centre: horizontal, above the middle.
    const statePoints = pathPoints(state?.d ?? '');
    assert.ok(statePoints.length >= 2);
    assert.ok(statePoints.every(([, y]) => y === statePoints[0]?.[1] && y < 120));
    assert.equal(paths(mapSvg(spec({ center: { latitude: 30, longitude: -100 } }), tiny)).length, 0, 'nothing far away');
  });

  test('drops small details at small scales and county lines past the county scale', () => {
    const near = pathPoints(paths(mapSvg(spec({ viewMiles: 5 }), tiny))[0]?.d ?? '');
    const far = pathPoints(paths(mapSvg(spec({ viewMiles: 30 }), tiny))[0]?.d ?? '');
    assert.equal(near.length, 3, 'the middle point is kept up close');
    assert.equal(far.length, 2, 'and dropped from afar');
    const wide = mapSvg(spec({ viewMiles: COUNTY_LINES_UP_TO + 10 }), tiny);
    assert.deepEqual(
      paths(wide).map((p) => p.stroke),
      ['#454d55'],
    );
  });

  test('draws across the 180th meridian (the Aleutians)', () => {
    const svg = mapSvg(spec({ center: { latitude: 51.9, longitude: -179.95 }, viewMiles: 20 }), tiny);
    const coast = pathPoints(paths(svg)[0]?.d ?? '');
    assert.equal(coast.length, 2);
    // 179.9 E is 0.15 degrees west of the centre, so left of the middle, and the line runs east.
    assert.ok((coast[0]?.[0] as number) < 180 && (coast[1]?.[0] as number) > (coast[0]?.[0] as number));
  });

  test('dots link to their cards, are named by their titles, never overlap and never hide the search cross', () => {
    const same = { latitude: 39.29, longitude: -76.61 };
    const svg = mapSvg(
      spec({
        marker: true,
        circleMiles: 5,
        dots: Array.from({ length: 12 }, (_, i) => ({
          ...same,
          label: String(i + 1),
          href: `#result-${i + 1}`,
          title: `${i + 1}. Place`,
        })),
      }),
      tiny,
    );
    for (let i = 1; i <= 12; i++) assert.match(svg, new RegExp(`<a href="#result-${i}"><title>${i}\\. Place</title><circle`));
    const placed = dots(svg);
    assert.equal(placed.length, 12);
    for (const [i, a] of placed.entries()) {
      assert.ok((a[0] - 180) ** 2 + (a[1] - 120) ** 2 >= (DOT_RADIUS + 10) ** 2, 'clear of the cross');
      for (const b of placed.slice(i + 1)) assert.ok((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 >= (2 * DOT_RADIUS) ** 2, 'apart');
    }
    assert.match(svg, /<circle cx="180" cy="120" r="[0-9]+" fill="none" stroke="#00546b"/);
    // Each moved dot has a thin line back to its true spot: the centre, for these.
    const leaders = svg.match(/<path d="([^"]+)" stroke="#1b1f23"\/>/)?.[1] ?? '';
    const lines = [...leaders.matchAll(/M(-?\d+) (-?\d+)L(\d+) (\d+)/g)];
    assert.equal(lines.map((m) => m[0]).join(''), leaders);
    assert.equal(lines.length, 12, 'the cross keeps every dot off the centre');
    for (const m of lines) assert.deepEqual([m[1], m[2]], ['180', '120']);
    assert.deepEqual(
      lines.map((m) => [Number(m[3]), Number(m[4])]),
      placed.slice().reverse(),
    );
    // Dots drawn last first, so number 1 is on top.
    assert.ok(svg.indexOf('#result-12') < svg.indexOf('#result-1"'));
  });

  test('a place far outside the map gets its dot at the edge, with its line back to where it really is', () => {
    const svg = mapSvg(spec({ dots: [{ latitude: 39.29, longitude: -70.61, label: '1' }] }), tiny);
    const leader = svg.match(/<path d="M(\d+) (\d+)L(\d+) (\d+)" stroke="#1b1f23"\/>/);
    assert.ok(leader, svg);
    assert.ok(Number(leader[1]) > 1000, 'the true spot, far to the east');
    assert.equal(leader[2], '120');
    assert.deepEqual([leader[3], leader[4]], ['344', '120']);
    assert.match(svg, /<circle cx="344" cy="120" r="15"/);
  });

  test('escapes every piece of text and carries a title and description for assistive technology', () => {
    const svg = mapSvg(
      spec({
        title: 'Near <b>"Here"</b> & there',
        dots: [{ latitude: 39.3, longitude: -76.6, label: '1', href: '#result-1', title: '1. <script>alert(1)</script>' }],
      }),
      tiny,
    );
    assert.doesNotMatch(svg, /<script>|<b>/);
    assert.match(svg, /<title id="m-title">Near &#60;b&#62;&#34;Here&#34;&#60;\/b&#62; &#38; there<\/title>/);
    assert.match(svg, /role="group" aria-labelledby="m-title" aria-describedby="m-desc"/);
    assert.match(svg, /<desc id="m-desc">3 places within 10 miles<\/desc>/);
    assert.doesNotMatch(svg, /style=|https?:/, 'no style attributes (the CSP blocks them) and no outside address');
  });

  test('lines wholly outside the frame are passed over without changing a byte, at every scale and place', () => {
    let drawn = 0;
    for (const view of edgeViews({ seed: 9, count: 200, spread: 2, scales: [1, 3, 7, 15, 27, 45, 75, 140] })) {
      const fast = drawOutlines(view, usOutlines());
      assert.equal(fast, drawOutlines(view, usOutlines(), { skipOutside: false }), JSON.stringify(view));
      if (fast) drawn++;
    }
    assert.ok(drawn > 100, `${drawn} maps with lines`);
  });

  test('lines drawn from the precomputed Mercator coordinates are the bytes d3-geo draws, at every scale and place', () => {
    const scales = [1, 1.5, 2, 3, 4, 5, 7, 10, 15, 20, 27, 35, 45, 55, 75, 90, 110, 140];
    let drawn = 0;
    for (const view of edgeViews({ seed: 13, count: 400, spread: 3, scales })) {
      const fast = drawOutlines(view, usOutlines());
      assert.equal(fast, drawOutlines(view, usOutlines(), { withD3: true }), JSON.stringify(view));
      if (fast) drawn++;
    }
    assert.ok(drawn > 200, `${drawn} maps with lines`);
    // And the hand-made lines, the one across the 180th meridian included.
    for (const center of [
      { latitude: 39.29, longitude: -76.61 },
      { latitude: 39.35, longitude: -76.5 },
      { latitude: 51.9, longitude: -179.95 },
      { latitude: 51.9, longitude: 179.95 },
    ]) {
      for (const viewMiles of [1, 5, 10, 30, 140]) {
        const view = viewOf(spec({ center, viewMiles }));
        assert.equal(drawOutlines(view, tiny), drawOutlines(view, tiny, { withD3: true }), JSON.stringify(view));
      }
    }
  });

  test('the same spec gives the same bytes, and the real outlines draw Puerto Rico and Guam', () => {
    const pr = spec({ center: { latitude: 18.45, longitude: -66.07 }, viewMiles: 20 });
    assert.equal(mapSvg(pr, usOutlines()), mapSvg(pr, usOutlines()));
    assert.ok(pathPoints(paths(mapSvg(pr, usOutlines())).at(-1)?.d ?? '').length > 20, 'the coast of Puerto Rico');
    const guam = spec({ center: { latitude: 13.45, longitude: 144.78 }, viewMiles: 20 });
    assert.ok(pathPoints(paths(mapSvg(guam, usOutlines())).at(-1)?.d ?? '').length > 10, 'the coast of Guam');
  });
});

/**
 * The path writer as it was first written, with strings (the reference for the one that writes bytes): whole
 * units, relative moves, no repeated points, a line that draws nothing dropped and the pen put back.
 */
class StringPathWriter {
  private readonly parts: string[] = [];
  private line = '';
  private started = false;
  private open = false;
  private moved = false;
  private fresh = true;
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private startOpen = false;
  lineStart() {
    this.line = '';
    this.started = false;
    this.moved = false;
  }
  lineEnd() {
    if (this.moved) {
      this.parts.push(this.line);
      this.fresh = false;
    } else if (this.started) {
      this.x = this.startX;
      this.y = this.startY;
      this.open = this.startOpen;
    }
    this.line = '';
  }
  point(px: number, py: number) {
    const pair = (a: number, b: number) => `${a}${b < 0 ? '' : ' '}${b}`;
    const x = Math.round(px);
    const y = Math.round(py);
    if (!this.started) {
      this.started = true;
      this.startX = this.x;
      this.startY = this.y;
      this.startOpen = this.open;
      if (this.fresh) {
        this.line = `M${x} ${y}l`;
        this.open = false;
      } else if (x === this.x && y === this.y) {
        this.line = '';
      } else {
        this.line = `m${pair(x - this.x, y - this.y)}l`;
        this.open = false;
      }
    } else {
      const dx = x - this.x;
      const dy = y - this.y;
      if (dx === 0 && dy === 0) return;
      this.line += `${this.open && dx >= 0 ? ' ' : ''}${pair(dx, dy)}`;
      this.open = true;
      this.moved = true;
    }
    this.x = x;
    this.y = y;
  }
  toString() {
    return this.parts.join('');
  }
}

describe('PathWriter', () => {
  test('writes the same path text as the string writer, for random lines big and small', () => {
    const r = seededRandom(21);
    for (let round = 0; round < 300; round++) {
      const bytes = new PathWriter(round % 2 === 0 ? 0 : 1, '<p d="', '"/>');
      const text = new StringPathWriter();
      // Small steps (repeats, -0 from rounding, lines that draw nothing) and, now and then, far-off numbers.
      const far = round % 10 === 0 ? 1e7 : 400;
      for (let line = 0, lines = round === 299 ? 8 : Math.floor(r() * 8); line < lines; line++) {
        bytes.lineStart();
        text.lineStart();
        let x = (r() - 0.5) * far;
        let y = (r() - 0.5) * far;
        // The last round draws lines longer than the writer's first buffer.
        for (let p = 0, points = round === 299 ? 3000 : Math.floor(r() * 6); p < points; p++) {
          bytes.point(x, y);
          text.point(x, y);
          x += r() < 0.3 ? (r() - 0.5) * 0.9 : (r() - 0.5) * (r() < 0.1 ? 5000 : 60);
          y += r() < 0.3 ? (r() - 0.5) * 0.9 : (r() - 0.5) * 60;
        }
        bytes.lineEnd();
        text.lineEnd();
      }
      const expected = String(text);
      assert.equal(String(bytes), expected ? `<p d="${expected}"/>` : '');
    }
  });

  test('writes -0 as 0 and non-numbers as JavaScript does', () => {
    const w = new PathWriter(0, '', '');
    w.lineStart();
    w.point(-0.2, 3);
    w.point(-0.4, Number.NaN);
    w.lineEnd();
    assert.equal(String(w), 'M0 3l0 NaN');
  });
});

describe('dots', () => {
  test('longitudes taken the short way round are the numbers the two remainders give', () => {
    const r = seededRandom(5);
    const edges = [0, -0, 1e-300, 180, 359.99999999999994, 360, 360.00000000000006, -1e-300, -180, 720, -720, 1e6];
    const values = [...edges, ...Array.from({ length: 20000 }, (_, i) => (r() - 0.5) * (i % 2 === 0 ? 400 : 2000))];
    for (const v of values) assert.ok(Object.is(shortWay(v), ((v % 360) + 360) % 360), String(v));
  });

  test("a numbered result's dot is the dot with that label, link and title, written out", () => {
    const r = seededRandom(8);
    const names = ['Harbor Clinic', 'St. Mary\'s & "Hope" <Center>', 'Clínica Esperanza — Centro'];
    for (let round = 0; round < 60; round++) {
      const centre = { latitude: 39.29 + (r() - 0.5), longitude: -76.61 + (r() - 0.5) };
      const places = Array.from({ length: 1 + Math.floor(r() * 20) }, (_, i) => ({
        latitude: centre.latitude + (r() - 0.5) * 0.2 * (i % 3),
        longitude: centre.longitude + (r() - 0.5) * 0.2,
        n: round % 7 === 0 ? 95 + i : 1 + i,
        name: names[i % names.length] as string,
      }));
      const over = { center: centre, viewMiles: [3, 10, 27][round % 3] as number, marker: round % 2 === 0, circleMiles: 10 };
      const plain = mapSvg(
        spec({
          ...over,
          dots: places.map((p) => ({ ...p, label: String(p.n), href: `#result-${p.n}`, title: `${p.n}. ${p.name}` })),
        }),
        tiny,
      );
      const numbered = mapSvg(
        spec({
          ...over,
          dots: places.map((p) => ({
            latitude: p.latitude,
            longitude: p.longitude,
            label: '',
            result: { n: p.n, nameHtml: p.name.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`) },
          })),
        }),
        tiny,
      );
      assert.equal(numbered, plain);
    }
  });
});
