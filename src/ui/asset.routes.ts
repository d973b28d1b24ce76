import { Hono } from 'hono';
import { cacheFor } from '../lib/cache-control.ts';
import { negotiateEncoding } from '../lib/compression.ts';
import type { Assets } from './assets.ts';

/**
 * Serves the few files in public/, as loaded by `loadAssets` (src/deps.ts). Names are looked up in the
 * folder's own listing, so no path from a request ever reaches the file system. URLs carry a content hash
 * (see `Assets.url`), so they can be cached for a year. Text files were compressed once, with brotli and gzip
 * at their best levels, whatever the COMPRESSION setting (which is about pages made per request).
 */
export function assetRoutes(deps: { assets: Assets }) {
  return new Hono().get('/:name', (c) => {
    const file = deps.assets.get(c.req.param('name'));
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
