/**
 * Response bodies carved one after another out of a large buffer, as Node's own pool does for small buffers
 * (a body of a few kilobytes is above its pool's limit). Making each body its own `Buffer.allocUnsafe` was
 * as costly as writing its JSON. A piece given out is never written again: the next one starts after it, and
 * a new slab is made when one is used up; a slab is freed once none of its pieces is referenced.
 *
 * @example
 * const out = slab.take(most); // room for at most `most` bytes
 * const used = out.write(text, 0, 'utf8');
 * return slab.keep(used); // those bytes, now the caller's
 */
export class ByteSlab {
  private buffer: Buffer;
  private used = 0;
  private taken = 0;

  constructor(private readonly size: number) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Room to write at most `most` bytes into, from index 0; valid until the next take(). */
  take(most: number): Buffer {
    if (this.buffer.length - this.used < most) {
      this.buffer = Buffer.allocUnsafe(Math.max(this.size, most));
      this.used = 0;
    }
    this.taken = most;
    return this.buffer.subarray(this.used, this.used + most);
  }

  /** The first `length` bytes of the room last taken, kept for the caller: the slab moves past them. */
  keep(length: number): Buffer {
    if (length > this.taken) throw new RangeError(`Wrote ${length} bytes into room for ${this.taken}.`);
    const start = this.used;
    // The next piece starts at a multiple of 8, as Node's pool aligns its pieces.
    this.used = Math.min(this.buffer.length, (start + length + 7) & ~7);
    this.taken = 0;
    return this.buffer.subarray(start, start + length);
  }
}
