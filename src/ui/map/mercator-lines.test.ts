import assert from 'node:assert/strict';
import { test } from 'node:test';
import { geoMercator } from 'd3-geo';
import { MercatorLines } from './mercator-lines.ts';
import { decodeOutlines, KEEP_ALWAYS, LINE_KIND } from './outlines.ts';

/** Two lines: one by Baltimore, and one from 100 E to 110 E (across the meridian opposite a map of Maryland). */
const lines = decodeOutlines({
  transform: { scale: [0.01, 0.01], translate: [-180, -90] },
  lines: [
    [LINE_KIND.state, 10330, 12927, 10, 1, KEEP_ALWAYS, 10, -1, KEEP_ALWAYS],
    [LINE_KIND.state, 28000, 12927, 1000, 0, KEEP_ALWAYS],
  ],
});

const view = { lat0: 39.29, lon0: -76.61, width: 360, height: 240, scale: 20000 };

/** Records what a line writes. */
function record() {
  const events: string[] = [];
  return {
    events,
    sink: {
      lineStart: () => events.push('start'),
      point: (x: number, y: number) => events.push(`${x},${y}`),
      lineEnd: () => events.push('end'),
    },
  };
}

test('projects and clips a line to the same numbers d3-geo does', () => {
  const mine = record();
  assert.equal(new MercatorLines(view, [-2, -2, 362, 242]).line(lines, 0, 3, 0, mine.sink), true);
  const theirs = record();
  const stream = geoMercator()
    .rotate([-view.lon0, 0])
    .center([0, view.lat0])
    .scale(view.scale)
    .translate([180, 120])
    .clipExtent([
      [-2, -2],
      [362, 242],
    ])
    .precision(0)
    .stream(theirs.sink as never);
  stream.lineStart();
  for (let p = 0; p < 3; p++) stream.point(lines.lon[p] as number, lines.lat[p] as number);
  stream.lineEnd();
  assert.ok(mine.events.length >= 4, mine.events.join(' '));
  assert.deepEqual(mine.events, theirs.events);
});

test('leaves a line across the meridian opposite the centre to d3-geo, writing nothing', () => {
  const mine = record();
  assert.equal(new MercatorLines(view, [-2, -2, 362, 242]).line(lines, 3, 5, 0, mine.sink), false);
  assert.deepEqual(mine.events, []);
});

test('only a view narrower than the world is drawn here', () => {
  assert.equal(MercatorLines.fits(view), true);
  assert.equal(MercatorLines.fits({ ...view, scale: 50 }), false);
});
