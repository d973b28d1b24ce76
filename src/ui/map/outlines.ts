import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../config.ts';

/**
 * The county, state and coast lines the maps are drawn from, precomputed by scripts/build-map-outlines.ts into
 * data/map/us-outlines.json (US Census Bureau boundaries via us-atlas, public domain). They are read once, on
 * the first map, into flat typed arrays with a bounding box per chunk, so drawing a map only scans boxes and
 * copies the points in view.
 *
 * @module
 */

export const OUTLINES_PATH = path.join('data', 'map', 'us-outlines.json');
/** Points per stored chunk: small enough that a map reads little outside its view. */
export const CHUNK_POINTS = 32;
/** The level of points every scale keeps (the ends of a chunk). */
export const KEEP_ALWAYS = 99;
export const LINE_KIND = { county: 0, state: 1, edge: 2 } as const;
export type LineKind = (typeof LINE_KIND)[keyof typeof LINE_KIND];

/** A Visvalingam weight (square degrees) as a whole-number level: one level per doubling of the area. */
export function levelOf(weight: number): number {
  if (weight === Number.POSITIVE_INFINITY) return KEEP_ALWAYS;
  if (!(weight > 0)) return 0;
  return Math.max(0, Math.min(KEEP_ALWAYS - 1, Math.floor(Math.log2(weight)) + 60));
}

/** The lowest level a map keeps when one unit of its drawing is `unitDegrees` degrees of latitude across. */
export function minimumLevel(unitDegrees: number): number {
  // A triangle smaller than about eight square drawing units hardly changes the picture at this size.
  return levelOf(unitDegrees * unitDegrees * 8);
}

export interface Outlines {
  /** Per line: kind, and its box [west, south, east, north] in degrees. */
  kind: Uint8Array;
  box: Float64Array;
  /** Per line: where its points start in the point arrays, and how many it has. */
  start: Uint32Array;
  count: Uint16Array;
  lon: Float64Array;
  lat: Float64Array;
  /**
   * Per point, Mercator's raw coordinates, as d3-geo computes them (radians of longitude, and the projected
   * y of the latitude): a map centred anywhere only scales and shifts these (see mercator-lines.ts), so the
   * logarithms and tangents are taken once for every point of every state, when the outlines are read.
   */
  lambda: Float64Array;
  mercatorY: Float64Array;
  level: Uint8Array;
  /** One-degree cells -> the lines that touch them (see cellKey), so a map visits only the cells it shows. */
  cells: Map<number, Uint32Array>;
  /** The same without county lines, for maps too wide to draw them. */
  cellsWithoutCounties: Map<number, Uint32Array>;
  /** The same two, flat, for drawing: cell `key`'s lines are `lines[start[key]]` up to `lines[start[key + 1]]`. */
  grid: CellGrid;
  gridWithoutCounties: CellGrid;
}

/** One-degree cells and their lines, as offsets into one array (no map to look up, no array per cell). */
export interface CellGrid {
  start: Uint32Array;
  lines: Uint32Array;
  /** The box of each line in `lines` ([west, south, east, north] at 4 × its place), copied beside it. */
  boxes: Float64Array;
}

/** How many one-degree cells there are (cellKey's range). */
export const CELL_COUNT = 180 * 360;

function cellGrid(cells: Map<number, Uint32Array>, box: Float64Array): CellGrid {
  const start = new Uint32Array(CELL_COUNT + 1);
  for (const [key, list] of cells) start[key + 1] = list.length;
  for (let key = 0; key < CELL_COUNT; key++) start[key + 1] = (start[key + 1] as number) + (start[key] as number);
  const lines = new Uint32Array(start[CELL_COUNT] as number);
  for (const [key, list] of cells) lines.set(list, start[key]);
  const boxes = new Float64Array(lines.length * 4);
  for (let j = 0; j < lines.length; j++) boxes.set(box.subarray((lines[j] as number) * 4, (lines[j] as number) * 4 + 4), j * 4);
  return { start, lines, boxes };
}

/** The key of the one-degree cell with this south-west corner (whole degrees, longitude -180 to 179). */
export function cellKey(lat: number, lon: number): number {
  return (lat + 90) * 360 + (lon + 180);
}

/** d3-geo's degrees-to-radians factor, written the way d3-geo writes it, so the products are the same bits. */
export const RADIANS = Math.PI / 180;

/** d3-geo's mercatorRaw y for a latitude in radians (the same expression, so the same bits). */
export const rawMercatorY = (phi: number): number => Math.log(Math.tan((Math.PI / 2 + phi) / 2));

interface OutlineFile {
  transform: { scale: [number, number]; translate: [number, number] };
  lines: number[][];
}

/** Decodes the stored lines (delta-encoded integers on the atlas grid) into degrees. */
export function decodeOutlines(file: OutlineFile): Outlines {
  const [sx, sy] = file.transform.scale;
  const [tx, ty] = file.transform.translate;
  const n = file.lines.length;
  const total = file.lines.reduce((sum, line) => sum + 1 + (line.length - 3) / 3, 0);
  const o: Outlines = {
    kind: new Uint8Array(n),
    box: new Float64Array(n * 4),
    start: new Uint32Array(n),
    count: new Uint16Array(n),
    lon: new Float64Array(total),
    lat: new Float64Array(total),
    lambda: new Float64Array(total),
    mercatorY: new Float64Array(total),
    level: new Uint8Array(total),
    cells: new Map(),
    cellsWithoutCounties: new Map(),
    grid: { start: new Uint32Array(0), lines: new Uint32Array(0), boxes: new Float64Array(0) },
    gridWithoutCounties: { start: new Uint32Array(0), lines: new Uint32Array(0), boxes: new Float64Array(0) },
  };
  const cells = new Map<number, number[]>();
  let p = 0;
  file.lines.forEach((line, i) => {
    o.kind[i] = line[0] as number;
    o.start[i] = p;
    let x = line[1] as number;
    let y = line[2] as number;
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    for (let j = 0; j < line.length; j += 3) {
      if (j > 0) {
        x += line[j] as number;
        y += line[j + 1] as number;
      }
      const lon = tx + x * sx;
      const lat = ty + y * sy;
      o.lon[p] = lon;
      o.lat[p] = lat;
      o.lambda[p] = lon * RADIANS;
      o.mercatorY[p] = rawMercatorY(lat * RADIANS);
      o.level[p] = j === 0 ? KEEP_ALWAYS : (line[j + 2] as number);
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
      p++;
    }
    o.count[i] = p - (o.start[i] as number);
    o.box.set([west, south, east, north], i * 4);
    for (let la = Math.floor(south); la <= Math.floor(north); la++) {
      for (let lo = Math.floor(west); lo <= Math.floor(east); lo++) {
        const key = cellKey(la, ((((lo + 180) % 360) + 360) % 360) - 180);
        const list = cells.get(key);
        if (list) list.push(i);
        else cells.set(key, [i]);
      }
    }
  });
  for (const [key, list] of cells) {
    o.cells.set(key, Uint32Array.from(list));
    const wide = list.filter((i) => o.kind[i] !== LINE_KIND.county);
    if (wide.length > 0) o.cellsWithoutCounties.set(key, Uint32Array.from(wide));
  }
  o.grid = cellGrid(o.cells, o.box);
  o.gridWithoutCounties = cellGrid(o.cellsWithoutCounties, o.box);
  return o;
}

let loaded: Outlines | undefined;

/** The outlines, read from data/map/us-outlines.json on first use and kept for the life of the process. */
export function usOutlines(): Outlines {
  loaded ??= decodeOutlines(JSON.parse(fs.readFileSync(path.join(ROOT, OUTLINES_PATH), 'utf8')) as OutlineFile);
  return loaded;
}
