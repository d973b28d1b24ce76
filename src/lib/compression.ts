import zlib from 'node:zlib';
import Negotiator from 'negotiator';

/**
 * Compression for what we send. A person on a prepaid phone with one bar of signal pays for every byte, and a
 * single machine running `npm start` has no proxy in front to compress for it, so pages, JSON, CSV and GeoJSON
 * are compressed by default: brotli when the browser accepts it, else gzip.
 *
 * Pages are compressed per response at a fast level: over 218 of the http benchmark's results pages (24.4 KB
 * each on average), brotli 2 gives 7.2 KB in about a third of the time brotli 4 takes for 6.7 KB (164 against
 * 560 µs each on a busy 2-core machine), and gzip 6 costs about as much as rendering the page. Half a kilobyte
 * more is about 10 ms on a 400 kbit/s phone line; brotli 4 held a busy server's compressed pages to a third of the
 * rate. Static files are compressed once, at the best level, when the server starts.
 *
 * @module
 */

export type Encoding = 'br' | 'gzip' | 'identity';

/** Below this many bytes compression saves less than its own headers cost. */
export const MIN_COMPRESS_BYTES = 1024;

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml|javascript|manifest\+json)|image\/svg\+xml)/;

export const isCompressible = (contentType: string | null | undefined): boolean =>
  contentType !== null && contentType !== undefined && COMPRESSIBLE.test(contentType);

/** The last Accept-Encoding header read and its answer: a client sends the same one with every request. */
let lastAccepted: { header: string; encoding: Encoding } | undefined;

/** The best encoding the request accepts, honouring q-values ("br;q=0" means no brotli). */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  if (lastAccepted?.header === acceptEncoding) return lastAccepted.encoding;
  const encoding = negotiate(acceptEncoding);
  lastAccepted = { header: acceptEncoding, encoding };
  return encoding;
}

function negotiate(acceptEncoding: string): Encoding {
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } });
  // negotiator 1.x breaks ties ("gzip, deflate, br", as Chrome sends) by our preference; @types lags behind.
  const encoding = negotiator.encoding.bind(negotiator) as (available: string[], options: { preferred: string[] }) => string;
  const chosen = encoding(['br', 'gzip', 'identity'], { preferred: ['br', 'gzip', 'identity'] });
  return chosen === 'br' || chosen === 'gzip' ? chosen : 'identity';
}

/**
 * Fast settings, for a body compressed on every response. A page (`'page'`, HTML a person waits for on a
 * phone) gets brotli 2 or gzip 3; open data (`'data'`: JSON, GeoJSON, CSV, read mostly by programs, and up
 * to 100 places long) the fastest, brotli 1 or gzip 1: on a 17 KB API search, brotli 1 took 51 µs for 2.8 KB
 * where brotli 4 took 150 µs for 2.4 KB, more than the search and its JSON together.
 */
export function compressFast(body: Uint8Array | string, encoding: 'br' | 'gzip', kind: 'page' | 'data' = 'page'): Buffer {
  if (encoding === 'gzip') return zlib.gzipSync(body, { level: kind === 'page' ? 3 : 1 });
  const size = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  return zlib.brotliCompressSync(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: kind === 'page' ? 2 : 1, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size },
  });
}

/** The best settings, for a file compressed once and sent many times. */
export function compressBest(body: Uint8Array, encoding: 'br' | 'gzip'): Buffer {
  if (encoding === 'gzip') return zlib.gzipSync(body, { level: 9 });
  return zlib.brotliCompressSync(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
  });
}
