import path from 'node:path';
import { Hono } from 'hono';
import { cacheFor } from '../lib/cache-control.ts';
import { compressBest, type Encoding, isCompressible, MIN_COMPRESS_BYTES, negotiateEncoding } from '../lib/compression.ts';
import { assetNames, readAsset } from './assets.ts';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

interface StaticFile {
  type: string;
  /** The file as it is, and compressed once at the best level for each encoding a browser may accept. */
  bodies: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
}

const bytes = (b: Buffer) => new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)) as Uint8Array<ArrayBuffer>;

/**
 * Serves the few files in public/ (and the parts made from them, such as site-rest.css). Names are checked against the folder's own listing, so no path from a
 * request ever reaches the file system. URLs carry a content hash (see asset()), so they can be cached for
 * a year. Text files are compressed once here, with brotli and gzip at their best levels, whatever the
 * COMPRESSION setting (which is about pages made per request).
 */
export function assetRoutes() {
  const files = new Map<string, StaticFile>();
  for (const name of assetNames()) {
    const type = TYPES[path.extname(name)];
    const body = type ? readAsset(name) : undefined;
    if (!type || !body) continue;
    const file: StaticFile = { type, bodies: { identity: bytes(body) } };
    if (isCompressible(type) && body.byteLength >= MIN_COMPRESS_BYTES) {
      file.bodies.br = bytes(compressBest(body, 'br'));
      file.bodies.gzip = bytes(compressBest(body, 'gzip'));
    }
    files.set(name, file);
  }
  return new Hono().get('/:name', (c) => {
    const file = files.get(c.req.param('name'));
    if (!file) return c.notFound();
    cacheFor(c, c.req.query('v') ? 'immutable' : 'file');
    const headers: Record<string, string> = { 'Content-Type': file.type };
    if (file.bodies.br) headers.Vary = 'Accept-Encoding';
    const encoding = file.bodies.br ? negotiateEncoding(c.req.header('accept-encoding')) : 'identity';
    const body = file.bodies[encoding] ?? (file.bodies.identity as Uint8Array<ArrayBuffer>);
    if (encoding !== 'identity' && file.bodies[encoding]) headers['Content-Encoding'] = encoding;
    return c.body(body, 200, headers);
  });
}
