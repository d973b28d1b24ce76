import type { Outlines } from './outlines.ts';

/**
 * The writer of a map's outline paths (map-svg.ts): SVG path data as bytes.
 *
 * @module
 */

// d3-geo's constants, as mercator-lines.ts writes them.
const PI = Math.PI;
const TAU = PI * 2;

/** The path data written so far, as bytes (all ASCII): one buffer per layer, reused by every map (maps are drawn
 * one at a time, start to end, in one thread), grown as needed. */
const pathBuffers = [Buffer.allocUnsafe(16384), Buffer.allocUnsafe(16384)];

const MINUS = 45;
const SPACE = 32;
const ZERO = 48;
const LETTER = { M: 77, m: 109, l: 108 } as const;
/** The most one point can take: a letter, two numbers as long as String writes them, a space and a letter. */
const ROOM = 64;

/**
 * Writes the whole number `v` as `${v}` writes it (-0 as 0) into `buf` at `n`; returns where it ended. The
 * buffer has room for any number below 1,000 (a point in a map's frame); others are rare and written by String.
 */
export function writeInt(buf: Buffer, n: number, v: number): number {
  if (v < 0) {
    buf[n++] = MINUS;
    v = -v;
  }
  if (v < 10) {
    buf[n] = ZERO + v;
    return n + 1;
  }
  if (v < 100) {
    // In integer arithmetic (a remainder of a double is a call to fmod).
    const t = ((v | 0) / 10) | 0;
    buf[n] = ZERO + t;
    buf[n + 1] = ZERO + (v | 0) - 10 * t;
    return n + 2;
  }
  if (v < 1000) {
    const u = v | 0;
    const h = (u / 100) | 0;
    const r = u - 100 * h;
    const t = (r / 10) | 0;
    buf[n] = ZERO + h;
    buf[n + 1] = ZERO + t;
    buf[n + 2] = ZERO + r - 10 * t;
    return n + 3;
  }
  return n + buf.write(String(v), n, 'latin1');
}

/**
 * Writes the pair `dx dy` at `n`, with a space between them only where the second has no minus sign to keep
 * them apart, and one before them when `open` (the path so far ends in a number) and `dx` has no minus sign
 * either; returns where it ended.
 */
function writePair(buf: Buffer, n: number, open: boolean, dx: number, dy: number): number {
  if (open && dx >= 0) buf[n++] = SPACE;
  n = writeInt(buf, n, dx);
  if (!(dy < 0)) buf[n++] = SPACE;
  return writeInt(buf, n, dy);
}

/**
 * Writes the start of a line at (x, y) with the pen at (x0, y0) and returns where it ended: on a fresh path an
 * absolute move; else a move relative to the pen (shorter), or nothing when the line starts where the last one
 * ended (the next chunk of the same arc just carries on with more relative line-to pairs). What it writes ends
 * in a letter, so nothing that follows needs a space to be kept apart from it.
 */
function writeLineStart(buf: Buffer, n: number, fresh: boolean, x: number, y: number, x0: number, y0: number): number {
  if (fresh) {
    buf[n] = LETTER.M;
    n = writeInt(buf, n + 1, x);
    buf[n] = SPACE;
    n = writeInt(buf, n + 1, y);
    buf[n] = LETTER.l;
    return n + 1;
  }
  if (x === x0 && y === y0) return n;
  buf[n] = LETTER.m;
  n = writePair(buf, n + 1, false, x - x0, y - y0);
  buf[n] = LETTER.l;
  return n + 1;
}

/**
 * A d3 stream sink that writes projected lines as compact SVG path data: whole drawing units, relative moves,
 * no repeated points, and nothing for a line that moves less than a unit at this scale. The text goes straight
 * into a byte buffer, whole numbers written digit by digit; toString() gives it between `prefix` and `suffix`.
 */
export class PathWriter {
  private buf: Buffer;
  /** Bytes written; where the current line's bytes start (dropped if it draws nothing). */
  private n = 0;
  private lineAt = 0;
  /** Past this many bytes, the buffer may not have room for one more point. */
  private limit: number;
  private started = false;
  /** Whether the line so far ends in a number that the next pair must be kept apart from. */
  private open = false;
  private moved = false;
  private fresh = true;
  /** The pen: where the last point written was, and where the current line started. */
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private startOpen = false;
  constructor(
    private readonly layer: 0 | 1,
    private readonly prefix: string,
    private readonly suffix: string,
  ) {
    this.buf = pathBuffers[layer] as Buffer;
    this.limit = this.buf.length - ROOM;
  }
  lineStart() {
    this.lineAt = this.n;
    this.started = false;
    this.moved = false;
  }
  lineEnd() {
    if (this.moved) {
      this.fresh = false;
    } else {
      this.n = this.lineAt;
      if (this.started) {
        // Nothing drawn: the pen goes back to where it was before this line.
        this.x = this.startX;
        this.y = this.startY;
        this.open = this.startOpen;
      }
    }
  }
  point(px: number, py: number) {
    const x = Math.round(px);
    const y = Math.round(py);
    // Room for the point (two numbers below 1,000 need a dozen bytes, the rare others, written by String, more).
    if (this.n > this.limit) this.grow();
    const buf = this.buf;
    let n = this.n;
    if (!this.started) {
      this.started = true;
      this.startX = this.x;
      this.startY = this.y;
      this.startOpen = this.open;
      const end = writeLineStart(buf, n, this.fresh, x, y, this.x, this.y);
      if (end !== n) this.open = false;
      n = end;
    } else {
      const dx = x - this.x;
      const dy = y - this.y;
      if (dx === 0 && dy === 0) return;
      n = writePair(buf, n, this.open, dx, dy);
      this.open = true;
      this.moved = true;
    }
    this.n = n;
    this.x = x;
    this.y = y;
  }
  private grow() {
    const bigger = Buffer.allocUnsafe(2 * this.buf.length);
    this.buf.copy(bigger, 0, 0, this.n);
    this.buf = bigger;
    this.limit = bigger.length - ROOM;
    pathBuffers[this.layer] = bigger;
  }
  /**
   * One line wholly inside the frame, projected as MercatorLines projects it: the same as lineStart(), point()
   * for each point from `from` to `to` (not included) whose level is at least `keep`, and lineEnd(), with the
   * pen and the bytes kept in local variables (most of a map's points come this way).
   */
  mercatorLine(o: Outlines, from: number, to: number, keep: number, rotation: number, k: number, dx: number, dy: number) {
    const { lambda: lambdas, mercatorY, level } = o;
    const lineAt = this.n;
    let buf = this.buf;
    let n = lineAt;
    let x0 = this.x;
    let y0 = this.y;
    let open = this.open;
    let started = false;
    let moved = false;
    for (let p = from; p < to; p++) {
      if ((level[p] as number) < keep) continue;
      let lambda = (lambdas[p] as number) + rotation;
      if (Math.abs(lambda) > PI) lambda -= Math.round(lambda / TAU) * TAU;
      const x = Math.round(dx + k * lambda);
      const y = Math.round(dy - k * (mercatorY[p] as number));
      if (n > this.limit) {
        this.n = n;
        this.grow();
        buf = this.buf;
      }
      if (!started) {
        started = true;
        const end = writeLineStart(buf, n, this.fresh, x, y, x0, y0);
        if (end !== n) open = false;
        n = end;
      } else {
        const lx = x - x0;
        const ly = y - y0;
        if (lx === 0 && ly === 0) continue;
        n = writePair(buf, n, open, lx, ly);
        open = true;
        moved = true;
      }
      x0 = x;
      y0 = y;
    }
    // lineEnd(): a line that drew nothing leaves no bytes, and the pen where it was.
    if (moved) {
      this.fresh = false;
      this.n = n;
      this.x = x0;
      this.y = y0;
      this.open = open;
    } else this.n = lineAt;
  }
  // Stream events lines never send.
  polygonStart() {}
  polygonEnd() {}
  sphere() {}
  /** The element, or nothing when no line was drawn. */
  toString(): string {
    if (this.n === 0) return '';
    return this.prefix + this.buf.toString('latin1', 0, this.n) + this.suffix;
  }
}
