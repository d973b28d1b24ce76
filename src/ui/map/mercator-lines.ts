import type { Outlines } from './outlines.ts';
import type { PathWriter } from './path-writer.ts';

/**
 * The outline lines of one map, projected and clipped without d3-geo's stream for each point. map-svg.ts sets up
 * d3-geo's Mercator rotated to the map's longitude, centred on its latitude, with no resampling and a clip
 * rectangle. For a line that does not cross the meridian opposite the centre, that pipeline is: degrees to
 * radians, add the rotation (wrapped into ±π), Mercator's raw y = ln(tan(π/4 + φ/2)), scale and shift, then
 * cut at the rectangle. The radians and the raw y of every point are computed once, when the outlines are read
 * (outlines.ts), so a map only adds, multiplies and clips: d3-geo spent most of a results map's time on the
 * logarithms and tangents of the same points again and again.
 *
 * The arithmetic is d3-geo's, step for step, so the points are the same numbers and the paths the same bytes
 * (map-svg.test.ts compares both over many views). A line that does cross that meridian (which d3-geo cuts on
 * the sphere) is left to d3-geo: line() writes nothing and says so.
 *
 * @module
 */

export interface LineSink {
  lineStart(): void;
  point(x: number, y: number): void;
  lineEnd(): void;
}

/** What a map's projection is made of (map-svg.ts's View). */
export interface MercatorView {
  lat0: number;
  lon0: number;
  width: number;
  height: number;
  /** Drawing units per radian of longitude. */
  scale: number;
}

// d3-geo's constants, written as it writes them.
const PI = Math.PI;
const TAU = PI * 2;
const RADIANS = PI / 180;
const EPSILON = 1e-6;
const CLIP_MAX = 1e9;

/** The projected points of the line being drawn (one line at a time, in one thread), grown as needed. */
const scratch = { xs: new Float64Array(256), ys: new Float64Array(256) };

/** Where clipSegment leaves the ends of the segment it cut: ax, ay, bx, by. */
const cut = new Float64Array(4);

export class MercatorLines {
  private readonly rotation: number;
  private readonly k: number;
  private readonly dx: number;
  private readonly dy: number;
  /** The clip rectangle, in drawing units. */
  private readonly x0: number;
  private readonly y0: number;
  private readonly x1: number;
  private readonly y1: number;

  /**
   * Whether this view can be drawn here: d3-geo's Mercator narrows its clip to one turn of the globe around the
   * centre, which only matters when the map is wider than the whole world (never for a locator map).
   */
  static fits(view: MercatorView): boolean {
    return PI * view.scale > view.width + 10 && PI * view.scale > view.height + 10;
  }

  /** `extent`: the clip rectangle [x0, y0, x1, y1], in drawing units. */
  constructor(view: MercatorView, extent: readonly [number, number, number, number]) {
    // projection.rotate([-lon0, 0]): degrees % 360 to radians, then % τ (d3-geo's rotateRadians).
    this.rotation = ((-view.lon0 % 360) * RADIANS) % TAU;
    this.k = view.scale;
    // projection.center([0, lat0]).translate([w / 2, h / 2]): the centre's projected point, moved to the middle.
    const centreY = Math.log(Math.tan((PI / 2 + (view.lat0 % 360) * RADIANS) / 2));
    this.dx = view.width / 2 - (0 + this.k * 0);
    this.dy = view.height / 2 - (0 - this.k * centreY);
    this.x0 = extent[0];
    this.y0 = extent[1];
    this.x1 = extent[2];
    this.y1 = extent[3];
  }

  /**
   * Projects the points of `outlines` from `from` to `to` (not included) whose level is at least `keep`, clips
   * them to the rectangle and writes what is left to `sink`. Returns false, having written nothing, for a line
   * that crosses the meridian opposite the centre.
   */
  line(outlines: Outlines, from: number, to: number, keep: number, sink: LineSink): boolean {
    const { lambda: lambdas, mercatorY, level } = outlines;
    if (scratch.xs.length < to - from) {
      scratch.xs = new Float64Array(to - from);
      scratch.ys = new Float64Array(to - from);
    }
    const { xs, ys } = scratch;
    const { rotation, k, dx, dy } = this;
    let n = 0;
    let lambda0 = Number.NaN;
    let sign0 = Number.NaN;
    for (let p = from; p < to; p++) {
      if ((level[p] as number) < keep) continue;
      let lambda = (lambdas[p] as number) + rotation;
      if (Math.abs(lambda) > PI) lambda -= Math.round(lambda / TAU) * TAU;
      // d3-geo's antimeridian clip: a line that crosses it (or a pole) is cut there, on the sphere.
      const sign1 = lambda > 0 ? PI : -PI;
      const delta = Math.abs(lambda - lambda0);
      if (Math.abs(delta - PI) < EPSILON || (sign0 !== sign1 && delta >= PI)) return false;
      lambda0 = lambda;
      sign0 = sign1;
      xs[n] = dx + k * lambda;
      ys[n] = dy - k * (mercatorY[p] as number);
      n++;
    }
    this.clip(n, sink);
    return true;
  }

  /**
   * The same for a line whose points all lie inside the clip rectangle, well away from the meridian opposite
   * the centre (drawOutlines knows it from the line's box): the clip would pass every point, and the line
   * cannot cross that meridian, so each point is projected and written, one after the other, by the writer.
   */
  lineInside(outlines: Outlines, from: number, to: number, keep: number, writer: PathWriter): void {
    writer.mercatorLine(outlines, from, to, keep, this.rotation, this.k, this.dx, this.dy);
  }

  /** d3-geo's clipRectangle for one line (not a polygon), over the first `n` projected points. */
  private clip(n: number, sink: LineSink): void {
    const { x0, y0, x1, y1 } = this;
    const { xs, ys } = scratch;
    let x_ = Number.NaN;
    let y_ = Number.NaN;
    let v_ = false;
    for (let i = 0; i < n; i++) {
      let x = xs[i] as number;
      let y = ys[i] as number;
      const v = x0 <= x && x <= x1 && y0 <= y && y <= y1;
      if (v && v_) sink.point(x, y);
      else if (i === 0) {
        if (v) {
          sink.lineStart();
          sink.point(x, y);
        }
      } else {
        x_ = Math.max(-CLIP_MAX, Math.min(CLIP_MAX, x_));
        y_ = Math.max(-CLIP_MAX, Math.min(CLIP_MAX, y_));
        x = Math.max(-CLIP_MAX, Math.min(CLIP_MAX, x));
        y = Math.max(-CLIP_MAX, Math.min(CLIP_MAX, y));
        if (clipSegment(x_, y_, x, y, x0, y0, x1, y1)) {
          if (!v_) {
            sink.lineStart();
            sink.point(cut[0] as number, cut[1] as number);
          }
          sink.point(cut[2] as number, cut[3] as number);
          if (!v) sink.lineEnd();
        } else if (v) {
          sink.lineStart();
          sink.point(x, y);
        }
      }
      x_ = x;
      y_ = y;
      v_ = v;
    }
    if (v_) sink.lineEnd();
  }
}

/**
 * d3-geo's clipLine (Liang–Barsky): cuts the segment a–b to the rectangle, leaving its ends in `cut`; false
 * when it misses it.
 */
function clipSegment(ax: number, ay: number, bx: number, by: number, x0: number, y0: number, x1: number, y1: number): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  let r = x0 - ax;
  if (!dx && r > 0) return false;
  r /= dx;
  if (dx < 0) {
    if (r < t0) return false;
    if (r < t1) t1 = r;
  } else if (dx > 0) {
    if (r > t1) return false;
    if (r > t0) t0 = r;
  }
  r = x1 - ax;
  if (!dx && r < 0) return false;
  r /= dx;
  if (dx < 0) {
    if (r > t1) return false;
    if (r > t0) t0 = r;
  } else if (dx > 0) {
    if (r < t0) return false;
    if (r < t1) t1 = r;
  }
  r = y0 - ay;
  if (!dy && r > 0) return false;
  r /= dy;
  if (dy < 0) {
    if (r < t0) return false;
    if (r < t1) t1 = r;
  } else if (dy > 0) {
    if (r > t1) return false;
    if (r > t0) t0 = r;
  }
  r = y1 - ay;
  if (!dy && r < 0) return false;
  r /= dy;
  if (dy < 0) {
    if (r > t1) return false;
    if (r > t0) t0 = r;
  } else if (dy > 0) {
    if (r < t0) return false;
    if (r < t1) t1 = r;
  }
  cut[0] = t0 > 0 ? ax + t0 * dx : ax;
  cut[1] = t0 > 0 ? ay + t0 * dy : ay;
  cut[2] = t1 < 1 ? ax + t1 * dx : bx;
  cut[3] = t1 < 1 ? ay + t1 * dy : by;
  return true;
}
