import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { PUBLIC_DIR } from './assets.ts';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the few files in public/. Names are checked against the folder's own listing, so no path from a
 * request ever reaches the file system. URLs carry a content hash (see asset()), so they can be cached for
 * a year.
 */
export function assetRoutes() {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const name of fs.readdirSync(PUBLIC_DIR)) {
    const type = TYPES[path.extname(name)];
    if (type) files.set(name, { body: fs.readFileSync(path.join(PUBLIC_DIR, name)), type });
  }
  return new Hono().get('/:name', (c) => {
    const file = files.get(c.req.param('name'));
    if (!file) return c.notFound();
    c.header('Content-Type', file.type);
    c.header('Cache-Control', c.req.query('v') ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    return c.body(new Uint8Array(file.body));
  });
}
