/**
 * @module assets
 * The files in public/, read once when the app is made (by the composition root, src/deps.ts): each with its
 * content hash for a cache-busting URL, and compressed once at the best level for each encoding a browser may
 * accept. Nothing here reads the disk while a request is served. site.css is also read here into the rules
 * each page carries (src/ui/page-css.ts), and split into a first-screen part and `site-rest.css`, served like
 * the others, for the pages whose script draws screens (src/ui/site-css.ts).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config.ts';
import { compressBest, type Encoding, isCompressible, MIN_COMPRESS_BYTES } from '../lib/compression.ts';
import { PageCss } from './page-css.ts';
import { compactCss, splitSiteCss } from './site-css.ts';

export const PUBLIC_DIR = path.join(ROOT, 'public');

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  type: string;
  /** A short hash of the content, for `?v=` in its URL. */
  version: string;
  /** The file as it is, and compressed once at the best level for each encoding a browser may accept. */
  bodies: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
}

export interface Assets {
  /** The URL of a file in public/, with its content hash so browsers can cache it for a year. */
  url(name: string): string;
  /** A file by its name (never a path: names are looked up in the folder's own listing). */
  get(name: string): StaticFile | undefined;
  /** The first-screen part of site.css, inlined by a page whose script draws screens; the rest is `site-rest.css`. */
  firstScreenCss: string;
  /** All of site.css, trimmed for each page to the rules that can apply to it (./page-css.ts). */
  pageCss: PageCss;
  /**
   * The text of a script small enough to write into the page (under INLINE_SCRIPT_BYTES), else undefined.
   * On one bar of signal a round trip costs 400 ms and a kilobyte 20 ms, so a page that links a 1.2 KB script
   * waits a whole round trip longer to finish loading than one that carries it.
   */
  inlineScript(name: string): string | undefined;
}

/** Scripts smaller than this are written into the pages that use them (see Assets.inlineScript). */
export const INLINE_SCRIPT_BYTES = 2048;

const bytes = (b: Buffer) => new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)) as Uint8Array<ArrayBuffer>;

const loaded = new Map<string, { signature: string; assets: Assets }>();

/**
 * Reads every servable file in `dir` (public/ by default). Compressing at the best levels takes a tenth of a
 * second, so a folder read before and unchanged since (same names, sizes and times) is not read again.
 */
export function loadAssets(dir: string = PUBLIC_DIR): Assets {
  const names = fs.readdirSync(dir).filter((name) => TYPES[path.extname(name)]);
  const signature = names
    .map((name) => {
      const stat = fs.statSync(path.join(dir, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
  const known = loaded.get(dir);
  if (known?.signature === signature) return known.assets;
  const assets = readAssets(dir, names);
  loaded.set(dir, { signature, assets });
  return assets;
}

function readAssets(dir: string, names: string[]): Assets {
  const files = new Map<string, StaticFile>();
  const add = (name: string, body: Buffer) => {
    const type = TYPES[path.extname(name)] as string;
    const version = createHash('sha256').update(body).digest('hex').slice(0, 10);
    const file: StaticFile = { type, version, bodies: { identity: bytes(body) } };
    if (isCompressible(type) && body.byteLength >= MIN_COMPRESS_BYTES) {
      file.bodies.br = bytes(compressBest(body, 'br'));
      file.bodies.gzip = bytes(compressBest(body, 'gzip'));
    }
    files.set(name, file);
  };
  for (const name of names) add(name, fs.readFileSync(path.join(dir, name)));
  let firstScreenCss = '';
  let pageCss = new PageCss('');
  const site = files.get('site.css');
  if (site?.bodies.identity) {
    const text = Buffer.from(site.bodies.identity).toString('utf8');
    pageCss = new PageCss(compactCss(text));
    const parts = splitSiteCss(text);
    firstScreenCss = parts.firstScreen;
    add('site-rest.css', Buffer.from(parts.belowFirstScreen));
  }
  const inlineScripts = new Map<string, string>();
  for (const [name, file] of files) {
    const body = file.bodies.identity;
    if (!name.endsWith('.js') || !body || body.byteLength >= INLINE_SCRIPT_BYTES) continue;
    const text = Buffer.from(body).toString('utf8');
    if (!/<\/script/i.test(text)) inlineScripts.set(name, text);
  }
  return {
    url: (name) => `/assets/${name}?v=${files.get(name)?.version ?? 'missing'}`,
    get: (name) => files.get(name),
    firstScreenCss,
    pageCss,
    inlineScript: (name) => inlineScripts.get(name),
  };
}
