/**
 * Markup written as UTF-8 bytes from pieces, most of them encoded once: a results page is about 32 KB, and
 * encoding it whole for every response cost more than a tenth of the request (a page that holds "·", "“" or
 * "–" is a two-byte string in V8, which Node encodes several times slower than ASCII, and the page is joined
 * from thousands of pieces, which it must first copy flat). The parts that stay the same for a while (the
 * frame of a kind of page, its CSS, a facility's card between the values a search fills in) are kept as
 * bytes; only the small parts each request writes are encoded, once, when the page is joined.
 *
 * A writer takes text (`text()`) and pieces encoded once (`encoded()`); TextOut joins the same calls as a
 * string, for the pages still rendered through JSX and for the tests that compare the two.
 *
 * @module
 */

import { ByteSlab } from '../lib/byte-slab.ts';

/** A piece of markup with its UTF-8 bytes, encoded once; its text is decoded back only when asked for. */
export class Encoded {
  private textCache: string | undefined;
  readonly bytes: Uint8Array;

  constructor(text: string) {
    this.bytes = Buffer.from(text);
  }

  get text(): string {
    if (this.textCache === undefined)
      this.textCache = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length).toString();
    return this.textCache;
  }
}

/** Where markup is written: text as it comes, or pieces already encoded. */
export interface HtmlOut {
  text(s: string): void;
  encoded(piece: Encoded): void;
}

/** Markup joined as a string. */
export class TextOut implements HtmlOut {
  value = '';

  text(s: string): void {
    this.value += s;
  }

  encoded(piece: Encoded): void {
    this.value += piece.text;
  }
}

/** Markup kept as its parts (texts joined between encoded pieces) until joinBytes() writes them out. */
export class BytesOut implements HtmlOut {
  readonly parts: (string | Uint8Array)[] = [];
  private pending = '';
  /** Characters in the texts and bytes in the encoded pieces: a UTF-8 character takes at most 3 bytes. */
  chars = 0;
  bytes = 0;

  text(s: string): void {
    this.pending += s;
  }

  encoded(piece: Encoded): void {
    this.flush();
    this.parts.push(piece.bytes);
    this.bytes += piece.bytes.length;
  }

  flush(): void {
    if (this.pending === '') return;
    this.parts.push(this.pending);
    this.chars += this.pending.length;
    this.pending = '';
  }
}

/**
 * The parts of `outs`, in order, as one run of UTF-8 bytes (a view of a buffer sized for the worst case: the
 * response is written from it and then dropped).
 */
export function joinBytes(...outs: BytesOut[]): Uint8Array {
  let room = 0;
  for (const out of outs) {
    out.flush();
    room += out.bytes + 3 * out.chars;
  }
  const buffer = pages.take(room);
  let at = 0;
  for (const out of outs) {
    for (const part of out.parts) {
      if (typeof part === 'string') at = writeText(buffer, part, at);
      else {
        buffer.set(part, at);
        at += part.length;
      }
    }
  }
  return pages.keep(at);
}

/**
 * Pages are written one after another into large buffers (see ByteSlab): a buffer of their own, sized for the
 * worst case (about 52 KB for a 27 KB results page), was an allocation outside V8's heap for every response.
 */
const pages = new ByteSlab(1 << 20);

/**
 * Writes `text` as UTF-8 at `at`, returns where it ends. Most of a page's own parts are short and ASCII (a
 * card's number, its distance, its "Offers:" line in English): copied here, they skip Buffer.write's checks,
 * which cost more than copying a few hundred characters; anything longer, or from its first character outside
 * ASCII on, goes through Buffer.write.
 */
function writeText(buffer: Buffer, text: string, at: number): number {
  const length = text.length;
  if (length > 256) return at + buffer.write(text, at);
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return at + i + buffer.write(text.slice(i), at + i);
    buffer[at + i] = code;
  }
  return at + length;
}
