import zlib from 'node:zlib';
import Negotiator from 'negotiator';

/**
 * Compression for what we send. A person on a prepaid phone with one bar of signal pays for every byte, and a
 * single machine running `npm start` has no proxy in front to compress for it, so pages, JSON, CSV and GeoJSON
 * are compressed by default: brotli when the browser accepts it, else gzip.
 *
 * Pages are compressed per response at a fast level (brotli 4 costs about 0.2 ms for a 24 KB results page and
 * gives 5.2 KB; gzip 6 costs about as much as rendering the page). Static files are compressed once, at the
 * best level, when the server starts.
 *
 * @module
 */

export type Encoding = 'br' | 'gzip' | 'identity';

/** Below this many bytes compression saves less than its own headers cost. */
export const MIN_COMPRESS_BYTES = 1024;

const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml|javascript|manifest\+json)|image\/svg\+xml)/;

export const isCompressible = (contentType: string | null | undefined): boolean =>
  contentType !== null && contentType !== undefined && COMPRESSIBLE.test(contentType);

/** The best encoding the request accepts, honouring q-values ("br;q=0" means no brotli). */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } });
  // negotiator 1.x breaks ties ("gzip, deflate, br", as Chrome sends) by our preference; @types lags behind.
  const encoding = negotiator.encoding.bind(negotiator) as (available: string[], options: { preferred: string[] }) => string;
  const chosen = encoding(['br', 'gzip', 'identity'], { preferred: ['br', 'gzip', 'identity'] });
  return chosen === 'br' || chosen === 'gzip' ? chosen : 'identity';
}

/** Fast settings, for a body compressed on every response. */
export function compressFast(body: Uint8Array | string, encoding: 'br' | 'gzip'): Buffer {
  if (encoding === 'gzip') return zlib.gzipSync(body, { level: 3 });
  const size = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  return zlib.brotliCompressSync(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size },
  });
}

/** The best settings, for a file compressed once and sent many times. */
export function compressBest(body: Uint8Array, encoding: 'br' | 'gzip'): Buffer {
  if (encoding === 'gzip') return zlib.gzipSync(body, { level: 9 });
  return zlib.brotliCompressSync(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
  });
}
