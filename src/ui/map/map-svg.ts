import { geoMercator } from 'd3-geo';
import { MercatorLines } from './mercator-lines.ts';
import { CELL_COUNT, cellKey, LINE_KIND, minimumLevel, type Outlines } from './outlines.ts';
import { PathWriter, writeInt } from './path-writer.ts';

/**
 * Small maps drawn on the server as inline SVG: county and state lines, a dashed search radius, the search
 * point and numbered dots. No tiles, no script and no request to anyone: the outlines ship with the site
 * (see outlines.ts). A Mercator projection is centred on the place itself, so Puerto Rico, Alaska, Hawaii and
 * the island territories draw as well as anywhere (Albers USA would drop most of them).
 *
 * Everything here is a pure function of its arguments: the same map spec gives the same bytes.
 *
 * @module
 */

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface MapDot extends GeoPoint {
  /** The number printed in the dot ("3"). */
  label: string;
  /** Where the dot links to (a result card, `#result-3`); a dot without one is not a link. */
  href?: string | undefined;
  /** Shown on hover and read as the link's name ("3. Harbor Clinic"). */
  title?: string | undefined;
  /** The title already escaped for markup, in place of `title`. */
  titleHtml?: string | undefined;
  /**
   * A numbered result, in place of `label`, `href` and `title`: the label `n`, a link to `#result-n` and the
   * title `n. name`, with the name already escaped (a results map keeps its names so, per place).
   */
  result?: { n: number; nameHtml: string } | undefined;
  /** mercatorY(latitude), where the caller has it at hand (a results map keeps it per place). */
  mercatorY?: number | undefined;
}

export interface MapSpec {
  /** The id of the `<svg>`; its title and description get `-title` and `-desc` after it. */
  id: string;
  center: GeoPoint;
  /** Miles from the centre to the top (and bottom) edge of the map. */
  viewMiles: number;
  /** A dashed circle this many miles around the centre (the search radius). */
  circleMiles?: number | undefined;
  /** A cross at the centre (the searched place). */
  marker?: boolean | undefined;
  dots: MapDot[];
  title: string;
  description: string;
  /** `img` for a picture with nothing to press; `group` when the dots are links. */
  role: 'img' | 'group';
  width?: number | undefined;
  height?: number | undefined;
  /**
   * The centre is a public place (a facility), so the drawn lines may be kept for the next page that shows it.
   * Never set it for a map centred on what a person searched: kept lines would be a memory, in this process, of
   * the places people looked for (and of where they are, after "use my location").
   */
  keepOutlines?: boolean | undefined;
}

const MILES_PER_RADIAN = 3958.7613;
const MILES_PER_DEGREE_LAT = (MILES_PER_RADIAN * Math.PI) / 180;
/** Dot radius in drawing units: 24 CSS pixels across where the map is 288 pixels wide (a 320 px phone). */
export const DOT_RADIUS = 15;
const DOT_GAP = 2 * DOT_RADIUS + 1;
/** The largest view (miles from the centre to the top edge) that still draws county lines. */
export const COUNTY_LINES_UP_TO = 40;

/** Map scales, as miles from the centre to the top edge; a map uses the smallest that fits. */
const VIEW_STEPS = [1, 1.5, 2, 3, 4, 5, 7, 10, 15, 20, 27, 35, 45, 55, 75, 90, 110, 140];

/**
 * The view (miles from the centre to the top edge) that shows every point up to `furthestMiles` away with
 * room for its dot, but no more than the circle of `radiusMiles` needs.
 */
export function fitViewMiles(furthestMiles: number, radiusMiles: number, height = 240): number {
  // The dot must fit inside the map: the point may be at most (height/2 - dot) units from the centre.
  const half = height / 2;
  const wanted = Math.min((furthestMiles * half) / (half - DOT_RADIUS - 4), radiusMiles * 1.08);
  return VIEW_STEPS.find((s) => s >= wanted) ?? (VIEW_STEPS[VIEW_STEPS.length - 1] as number);
}

const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

/** Text for SVG markup: the five characters that could end an attribute or start a tag, escaped. */
export function esc(text: string): string {
  // Most text has none of them. A short text (a number, a link) is looked at character by character, which
  // costs less than starting a regular expression; a long one (a title, a description) by the expression.
  if (text.length > 24) return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => `&#${c.charCodeAt(0)};`) : text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 62 && (c === 38 || c === 60 || c === 62 || c === 34 || c === 39)) {
      return text.replace(SPECIALS, (ch) => `&#${ch.charCodeAt(0)};`);
    }
  }
  return text;
}

/**
 * ((v % 360) + 360) % 360, the same number, without the two remainders (each a call to fmod) where v is already
 * within one turn: v + 360 rounds as it does there, and taking 360 (or 720) from it is exact.
 */
export function shortWay(v: number): number {
  if (v >= 0 && v < 360) {
    const turned = v + 360;
    return turned < 720 ? turned - 360 : turned - 720;
  }
  return ((v % 360) + 360) % 360;
}

/** Mercator's y for a latitude, in radians of the projection (d3-geo's formula, without the sign). */
export const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** The view a map draws: its centre, its scale, and its size in drawing units. */
export interface View {
  lat0: number;
  lon0: number;
  viewMiles: number;
  width: number;
  height: number;
  /** Drawing units per radian of longitude (d3-geo's Mercator scale). */
  scale: number;
}

export function viewOf(spec: MapSpec): View {
  const width = spec.width ?? 360;
  const height = spec.height ?? 240;
  const { latitude: lat0, longitude: lon0 } = spec.center;
  // Mercator's scale grows with 1/cos(latitude): choose it so viewMiles spans half the height here.
  const scale = ((height / 2) * MILES_PER_RADIAN * Math.cos((lat0 * Math.PI) / 180)) / spec.viewMiles;
  return { lat0, lon0, viewMiles: spec.viewMiles, width, height, scale };
}

// Outline layers already drawn, by view, for maps centred on a facility (MapSpec.keepOutlines).
const layers = new WeakMap<Outlines, Map<string, string>>();
const LAYER_LIMIT = 500;

/** How many drawn outline layers are kept for these outlines (for tests: searched places are never kept). */
export function keptOutlineLayers(outlines: Outlines): number {
  return layers.get(outlines)?.size ?? 0;
}

/** The county lines, then the state lines and coasts, as SVG paths. */
function outlineLayer(view: View, outlines: Outlines, keep: boolean): string {
  if (!keep) return drawOutlines(view, outlines);
  const key = `${view.lat0},${view.lon0},${view.viewMiles},${view.width},${view.height}`;
  const cache = layers.get(outlines) ?? new Map<string, string>();
  layers.set(outlines, cache);
  let layer = cache.get(key);
  if (layer === undefined) {
    layer = drawOutlines(view, outlines);
    if (cache.size >= LAYER_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, layer);
  }
  return layer;
}

/**
 * The lines in view, drawn. `skipOutside` (the default) passes over lines whose box lies wholly outside the
 * frame without projecting them: the clip would leave nothing of them, so the bytes are the same (map-svg.test.ts
 * compares both ways over many views), and a one-degree cell is mostly outside a small map. Lines are projected
 * from their precomputed raw Mercator coordinates (mercator-lines.ts); `withD3` sends every point through
 * d3-geo's projection stream instead, as the reference the tests compare with.
 */
export function drawOutlines(view: View, outlines: Outlines, options: { skipOutside?: boolean; withD3?: boolean } = {}): string {
  const { lat0, lon0, width, height } = view;
  const extent = [-2, -2, width + 2, height + 2] as const;
  // d3-geo's projection, made only for a line the fast path leaves to it (or for every line, as the reference).
  let d3Project: ((w: PathWriter) => D3Stream) | undefined;
  const d3Stream = (writer: PathWriter): D3Stream => {
    if (!d3Project) {
      // Rotating (rather than centring) the longitude keeps the 180th meridian on the far side of the globe.
      const projection = geoMercator()
        .rotate([-lon0, 0])
        .center([0, lat0])
        .scale(view.scale)
        .translate([width / 2, height / 2])
        .clipExtent([
          [extent[0], extent[1]],
          [extent[2], extent[3]],
        ])
        .precision(0);
      d3Project = (w) => projection.stream(w as never);
    }
    return d3Project(writer);
  };
  const fast = !options.withD3 && MercatorLines.fits(view) ? new MercatorLines(view, extent) : undefined;

  // The view's box in degrees (with a margin), to pick the one-degree cells worth reading.
  const unitDegrees = view.viewMiles / (height / 2) / MILES_PER_DEGREE_LAT;
  const latSpan = (height / 2 + 4) * unitDegrees * 1.2;
  const lonSpan = ((width / 2 + 4) * unitDegrees) / Math.max(0.05, Math.cos((lat0 * Math.PI) / 180));
  const keep = minimumLevel(unitDegrees);
  // Past this scale county lines are clutter (and most of the bytes): only state lines and coasts are drawn.
  const withCounties = view.viewMiles <= COUNTY_LINES_UP_TO;

  // The frame (with the clip's margin, and a little more for rounding) in degrees from the centre.
  const frameLon = (((width / 2 + 3) / view.scale) * 180) / Math.PI;
  const y0 = mercatorY(lat0);
  const toLat = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;
  const frameSouth = toLat(y0 - (height / 2 + 3) / view.scale);
  const frameNorth = toLat(y0 + (height / 2 + 3) / view.scale);
  // Inside the clip rectangle with a unit to spare (it reaches 2 units past the edges): a line whose box is
  // wholly in here is drawn without clipping. The frame is less than half the globe across (MercatorLines.fits).
  const innerLon = (((width / 2 + 1) / view.scale) * 180) / Math.PI;
  const innerSouth = toLat(y0 - (height / 2 + 1) / view.scale);
  const innerNorth = toLat(y0 + (height / 2 + 1) / view.scale);
  const skipOutside = options.skipOutside ?? true;

  const writers = [
    new PathWriter(0, '<path d="', '" fill="none" stroke="#b1b4b6"/>'),
    new PathWriter(1, '<path d="', '" fill="none" stroke="#454d55" stroke-width="2"/>'),
  ] as const;
  const streams: [D3Stream | undefined, D3Stream | undefined] = [undefined, undefined];
  const { kind, start, count, lon, lat, level } = outlines;
  const grid = withCounties ? outlines.grid : outlines.gridWithoutCounties;
  const cellStart = grid.start;
  const cellLines = grid.lines;
  // Each line's box, beside it in the cell's list: read in order, not from all over the outlines.
  const cellBoxes = grid.boxes;
  // A line can touch several cells: each is drawn once, and with the shift of the first cell that has it.
  const drawn = visits(outlines);
  const stamp = drawn.stamp;
  const visit = drawn.visit;
  for (let cellLat = Math.floor(lat0 - latSpan); cellLat <= Math.floor(lat0 + latSpan); cellLat++) {
    if (cellLat < -90 || cellLat >= 90) continue;
    for (let cellLon = Math.floor(lon0 - lonSpan); cellLon <= Math.floor(lon0 + lonSpan); cellLon++) {
      // Views across the 180th meridian read the cells on the other side, one turn away.
      const shift = cellLon < -180 ? -360 : cellLon >= 180 ? 360 : 0;
      const key = cellKey(cellLat, cellLon - shift);
      if (key < 0 || key >= CELL_COUNT) continue;
      const end = cellStart[key + 1] as number;
      for (let j = cellStart[key] as number; j < end; j++) {
        const i = cellLines[j] as number;
        if (stamp[i] === visit) continue;
        stamp[i] = visit;
        const west = (cellBoxes[j * 4] as number) + shift - lon0;
        const east = (cellBoxes[j * 4 + 2] as number) + shift - lon0;
        const south = cellBoxes[j * 4 + 1] as number;
        const north = cellBoxes[j * 4 + 3] as number;
        // Wholly outside the frame: passed over. Only a line that stays on this side of the 180th meridian
        // (seen from the centre) can be judged so.
        if (
          skipOutside &&
          west > -180 &&
          east < 180 &&
          (east < -frameLon || west > frameLon || north < frameSouth || south > frameNorth)
        ) {
          continue;
        }
        const layer = kind[i] === LINE_KIND.county ? 0 : 1;
        const from = start[i] as number;
        const to = from + (count[i] as number);
        if (fast && shift === 0 && west >= -innerLon && east <= innerLon && south >= innerSouth && north <= innerNorth) {
          fast.lineInside(outlines, from, to, keep, writers[layer]);
          continue;
        }
        // Shifted points (lon ± 360) are other numbers than the precomputed ones: d3-geo draws those lines.
        if (fast && shift === 0 && fast.line(outlines, from, to, keep, writers[layer])) continue;
        streams[layer] ??= d3Stream(writers[layer]);
        const stream = streams[layer];
        stream.lineStart();
        for (let p = from; p < to; p++) {
          if ((level[p] as number) >= keep) stream.point((lon[p] as number) + shift, lat[p] as number);
        }
        stream.lineEnd();
      }
    }
  }
  return writers[0].toString() + writers[1].toString();
}

/**
 * Which lines this map has already visited: a stamp per line, and this map's number, so a map marks lines
 * without making a set (a map reads a few hundred lines, many of them from more than one cell). Maps are
 * drawn one at a time, start to end, in one thread.
 */
const stamps = new WeakMap<Outlines, { stamp: Uint32Array; visit: number }>();
function visits(outlines: Outlines): { stamp: Uint32Array; visit: number } {
  let v = stamps.get(outlines);
  if (v === undefined || v.visit >= 0xffffffff) {
    v = { stamp: new Uint32Array(outlines.kind.length), visit: 0 };
    stamps.set(outlines, v);
  }
  v.visit++;
  return v;
}

/** The part of a d3-geo projection stream that lines use. */
type D3Stream = { lineStart(): void; point(x: number, y: number): void; lineEnd(): void };

/** The SVG for one map. `outlines` is usOutlines() in the app, or a small set in tests. */
export function mapSvg(spec: MapSpec, outlines: Outlines): string {
  const view = viewOf(spec);
  const { width, height } = view;
  const cx = Math.round(width / 2);
  const cy = Math.round(height / 2);
  const t = `${spec.id}-title`;
  const d = `${spec.id}-desc`;
  // One string added to piece by piece (not an array joined): the pieces are copied once, when the page is.
  let svg = `<svg id="${spec.id}" class="map" viewBox="0 0 ${width} ${height}" role="${spec.role}" aria-labelledby="${t}" aria-describedby="${d}"><title id="${t}">${esc(spec.title)}</title><desc id="${d}">${esc(spec.description)}</desc><rect width="${width}" height="${height}" fill="#f3f5f6"/>`;
  svg += outlineLayer(view, outlines, spec.keepOutlines === true);
  if (spec.circleMiles) {
    const r = Math.round((spec.circleMiles / spec.viewMiles) * (height / 2));
    svg += `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="#00546b" stroke-width="2" stroke-dasharray="6 4"/>`;
  }
  if (spec.marker) {
    // A cross with a white edge, readable on lines and dots alike.
    svg += `<path d="M${cx - 9} ${cy}h18M${cx} ${cy - 9}v18" stroke="#fff" stroke-width="6"/><path d="M${cx - 8} ${cy}h16M${cx} ${cy - 8}v16" stroke="#1b1f23" stroke-width="3"/>`;
  }
  return `${svg + dotsSvg(spec.dots, view, spec.marker ? cx : undefined, cy)}</svg>`;
}

/**
 * The places tried, ring by ring, for a dot that would cover another: per ring (1 to 11), the x and y offsets
 * of its 6 × ring points, computed once (the same products as written out for each dot, so the same spots).
 */
const SPIRAL: Float64Array[] = Array.from({ length: 12 }, (_, ring) => {
  const steps = 6 * ring;
  const offsets = new Float64Array(2 * steps);
  for (let k = 0; k < steps; k++) {
    const a = (2 * Math.PI * k) / steps;
    offsets[2 * k] = Math.cos(a) * DOT_GAP * ring;
    offsets[2 * k + 1] = Math.sin(a) * DOT_GAP * ring;
  }
  return offsets;
});

/**
 * The same offsets in whole units, for a dot at a whole-unit spot: rounding (spot + offset) is then the spot
 * plus the rounded offset. Not where an offset is within a hair of a half (cos 60° × 31 is 15.4999…): there the
 * sum is rounded as written, so every spot tried is the one the products above give.
 */
const SPIRAL_WHOLE: Int32Array[] = SPIRAL.map((offsets) => Int32Array.from(offsets, (v) => Math.round(v)));
const SPIRAL_EXACT: Uint8Array[] = SPIRAL.map((offsets) =>
  Uint8Array.from({ length: offsets.length / 2 }, (_, k) =>
    [offsets[2 * k] as number, offsets[2 * k + 1] as number].some((v) => Math.abs(v - Math.floor(v) - 0.5) < 1e-6) ? 1 : 0,
  ),
);

/**
 * The text of a numbered dot around its numbers, for every whole spot up to SPOT_TEXT units from the top left
 * (maps are 360 × 240) and every result number below it: a dot is then a few pieces and not a dozen. Written
 * once, at start, for every spot and number alike.
 */
const SPOT_TEXT = 512;
const spots = (write: (v: number) => string) => Array.from({ length: SPOT_TEXT }, (_, v) => write(v));
const CIRCLE_X = spots((x) => `<circle cx="${x}" cy="`);
const CIRCLE_Y = spots((y) => `${y}" r="${DOT_RADIUS}" fill="#1d4f91" stroke="#fff" stroke-width="2"/><text x="`);
const TEXT_X = spots((x) => `${x}" y="`);
const TEXT_Y = spots((y) => `${y + 5}" fill="#fff" font-size="14">`);
/** A numbered result's dot: its link and the start of its title; then, after the name, the circle's start. */
const RESULT_OPEN = spots((n) => `<a href="#result-${n}"><title>${n}. `);
const TITLE_CIRCLE_X = spots((x) => `</title><circle cx="${x}" cy="`);
const RESULT_CLOSE = spots((n) => `${n}</text></a>`);

/** Where the dots of the map being drawn are placed, and where their places are (one map at a time, in one thread). */
let placed = { x: new Float64Array(64), y: new Float64Array(64), tx: new Float64Array(64), ty: new Float64Array(64) };
const GAP2 = DOT_GAP * DOT_GAP;
/** The most one leader line can take: two letters, two spaces and four numbers as long as String writes them. */
const LEADER_ROOM = 128;
let leaderBuffer = Buffer.allocUnsafe(64 * LEADER_ROOM);
const CLEAR2 = (DOT_RADIUS + 10) ** 2;

/**
 * Which of the first `n` placed dots a dot at (ax, ay) would cover, or -1: the dot at `hint` (the one that
 * last stood in the way, as the spots tried one after another are close) is asked first.
 */
function coveredBy(xs: Float64Array, ys: Float64Array, n: number, ax: number, ay: number, hint: number): number {
  if (hint < n) {
    const dx = (xs[hint] as number) - ax;
    const dy = (ys[hint] as number) - ay;
    if (dx * dx + dy * dy < GAP2) return hint;
  }
  for (let j = 0; j < n; j++) {
    const dx = (xs[j] as number) - ax;
    const dy = (ys[j] as number) - ay;
    if (dx * dx + dy * dy < GAP2) return j;
  }
  return -1;
}

/**
 * The dots, last first so that number 1 is drawn on top. Dots that would cover one another are moved apart
 * (along a spiral) with a thin line back to the true spot, so every dot stays a separate target. The search
 * marker at (`clearX`, `clearY`), when there is one, is a placed obstacle, never drawn here, so no dot hides it.
 */
function dotsSvg(dots: MapDot[], view: View, clearX: number | undefined, clearY: number): string {
  const count = dots.length;
  if (count === 0) return '';
  const { width, height } = view;
  if (placed.x.length < count) {
    const size = 2 * count;
    placed = { x: new Float64Array(size), y: new Float64Array(size), tx: new Float64Array(size), ty: new Float64Array(size) };
  }
  const { x: xs, y: ys, tx: txs, ty: tys } = placed;
  const min = DOT_RADIUS + 1;
  const marker = clearX !== undefined;
  const mx = clearX ?? 0;
  // The dot that last stood in the way.
  let hint = 0;
  // Each dot's point in drawing units, as the outlines place it (longitude taken the short way round), with the
  // centre's Mercator y taken once for all the dots.
  const y0 = mercatorY(view.lat0);
  // The thin lines from moved dots back to their true spots, as path data written as bytes (see path-writer.ts).
  if (leaderBuffer.length < count * LEADER_ROOM) leaderBuffer = Buffer.allocUnsafe(2 * count * LEADER_ROOM);
  const lb = leaderBuffer;
  let ln = 0;
  for (let n = 0; n < count; n++) {
    const dot = dots[n] as MapDot;
    const dLon = shortWay(dot.longitude - view.lon0 + 180) - 180;
    const tx = Math.round(width / 2 + (view.scale * dLon * Math.PI) / 180);
    const ty = Math.round(height / 2 - view.scale * ((dot.mercatorY ?? mercatorY(dot.latitude)) - y0));
    let x = Math.min(width - min, Math.max(min, tx));
    let y = Math.min(height - min, Math.max(min, ty));
    // Clear of the dots placed so far and of the search marker; else the first spot on the spiral that is.
    let blocked = coveredBy(xs, ys, n, x, y, hint);
    if (blocked >= 0) hint = blocked;
    else if (marker && (mx - x) * (mx - x) + (clearY - y) * (clearY - y) < CLEAR2) blocked = n;
    if (blocked >= 0) {
      // Whole spots (far below where adding a whole offset could round otherwise): whole offsets will do.
      const whole = Math.abs(tx) < 1e6 && Math.abs(ty) < 1e6;
      search: for (let ring = 1; ring < SPIRAL.length; ring++) {
        const offsets = SPIRAL[ring] as Float64Array;
        const wholeOffsets = SPIRAL_WHOLE[ring] as Int32Array;
        const exact = SPIRAL_EXACT[ring] as Uint8Array;
        for (let k = 0; k < offsets.length; k += 2) {
          let nx: number;
          let ny: number;
          if (whole && exact[k >> 1] === 0) {
            nx = tx + (wholeOffsets[k] as number);
            ny = ty + (wholeOffsets[k + 1] as number);
          } else {
            nx = Math.round(tx + (offsets[k] as number));
            ny = Math.round(ty + (offsets[k + 1] as number));
          }
          if (nx < min || ny < min || nx > width - min || ny > height - min) continue;
          const by = coveredBy(xs, ys, n, nx, ny, hint);
          if (by >= 0) {
            hint = by;
            continue;
          }
          if (marker && (mx - nx) * (mx - nx) + (clearY - ny) * (clearY - ny) < CLEAR2) continue;
          x = nx;
          y = ny;
          break search;
        }
      }
    }
    xs[n] = x;
    ys[n] = y;
    txs[n] = tx;
    tys[n] = ty;
    if (x !== tx || y !== ty) {
      // M{tx} {ty}L{x} {y}
      lb[ln] = 77;
      ln = writeInt(lb, ln + 1, tx);
      lb[ln] = 32;
      ln = writeInt(lb, ln + 1, ty);
      lb[ln] = 76;
      ln = writeInt(lb, ln + 1, x);
      lb[ln] = 32;
      ln = writeInt(lb, ln + 1, y);
    }
  }
  // The pieces joined once, at the end, into one flat string: copied once here, not piece by piece later.
  const out: string[] = [
    ln > 0 ? `<path d="${lb.toString('latin1', 0, ln)}" stroke="#1b1f23"/>` : '',
    '<g class="map-dots" text-anchor="middle" font-weight="bold">',
  ];
  for (let i = count - 1; i >= 0; i--) {
    const dot = dots[i] as MapDot;
    const x = xs[i] as number;
    const y = ys[i] as number;
    const spot = x >= 0 && x < SPOT_TEXT && y >= 0 && y < SPOT_TEXT && (x | 0) === x && (y | 0) === y;
    const result = dot.result;
    if (result !== undefined && spot && result.n >= 0 && result.n < 100 && (result.n | 0) === result.n) {
      // A numbered result, from the pieces written once: the same text as a dot with its label, link and title.
      out.push(
        RESULT_OPEN[result.n] as string,
        result.nameHtml,
        TITLE_CIRCLE_X[x] as string,
        CIRCLE_Y[y] as string,
        TEXT_X[x] as string,
        TEXT_Y[y] as string,
        RESULT_CLOSE[result.n] as string,
      );
      continue;
    }
    const label = result ? String(result.n) : dot.label;
    const href = result ? `#result-${label}` : dot.href;
    const titleHtml = result ? `${label}. ${result.nameHtml}` : dot.titleHtml;
    const title = titleHtml ? `<title>${titleHtml}</title>` : dot.title ? `<title>${esc(dot.title)}</title>` : '';
    let body: string;
    if (label && label.length <= 2 && spot) {
      // The usual dot, from the pieces written once for every spot: the same text as below.
      body = `${(CIRCLE_X[x] as string) + (CIRCLE_Y[y] as string) + (TEXT_X[x] as string) + (TEXT_Y[y] as string) + esc(label)}</text>`;
    } else if (label) {
      const small = label.length > 2;
      body = `<circle cx="${x}" cy="${y}" r="${DOT_RADIUS}" fill="#1d4f91" stroke="#fff" stroke-width="2"/><text x="${x}" y="${y + (small ? 4 : 5)}" fill="#fff" font-size="${small ? 10 : 14}">${esc(label)}</text>`;
    } else body = `<circle cx="${x}" cy="${y}" r="8" fill="#1d4f91" stroke="#fff" stroke-width="2"/>`;
    out.push(href ? `<a href="${esc(href)}">${title}${body}</a>` : `<g>${title}${body}</g>`);
  }
  out.push('</g>');
  return out.join('');
}
