import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { cacheControlOf } from './cache-control.ts';
import { compressFast, isCompressible, MIN_COMPRESS_BYTES, negotiateEncoding } from './compression.ts';
import { contentSecurityPolicy, SECURITY_HEADERS } from './security.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** The Cache-Control a route opted in to (cacheFor, ./cache-control.ts); `no-store` without one. */
    cacheControl: string;
    /** Open data any site may read (CORS `*`), set for /api/v1 (src/features/api/api.routes.tsx). */
    openToAll: boolean;
  }
}

/** Set by the app's first middleware: whether this instance compresses pages itself (see COMPRESSION). */
export type SendEnv = { Variables: { compressPages: boolean } };

/**
 * Every page and API body (text, or bytes already encoded) leaves through here. It hands @hono/node-server bytes with a
 * plain header object, which the adapter writes straight to the socket; a `String` object, or a middleware that
 * replaces the response after `next()`, makes it rebuild a full web `Response` and read it back (21% of a
 * results page's time). It also compresses the body when the client accepts it and this instance is set to.
 */
export function send(c: Context, body: string | Uint8Array, contentType: string, status?: ContentfulStatusCode): Response {
  const headers: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Type': contentType };
  const nonce = c.get('secureHeadersNonce') as string | undefined;
  if (nonce !== undefined) headers['Content-Security-Policy'] = contentSecurityPolicy(nonce);
  headers['Cache-Control'] = cacheControlOf(c);
  if (c.get('openToAll')) headers['Access-Control-Allow-Origin'] = '*';
  if (isCompressible(contentType)) {
    headers.Vary = 'Accept-Encoding';
    const compress = (c.get('compressPages') as boolean | undefined) ?? false;
    if (compress && body.length >= MIN_COMPRESS_BYTES) {
      const encoding = negotiateEncoding(c.req.header('accept-encoding'));
      if (encoding !== 'identity') {
        headers['Content-Encoding'] = encoding;
        const kind = contentType.startsWith('text/html') ? 'page' : 'data';
        return respond(c, compressFast(body, encoding, kind) as Uint8Array<ArrayBuffer>, headers, status);
      }
    }
  }
  // Bytes, encoded once: given a string, the adapter measures its UTF-8 length and then encodes it again to
  // write it (our pages hold non-ASCII characters such as "·", so neither is a plain copy).
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return respond(c, bytes as Uint8Array<ArrayBuffer>, headers, status);
}

/** Marks a response made here, which already carries every header the app's middleware would add. */
const MADE_BY_SEND = Symbol('made by send');

/**
 * Whether send() made this response with the headers the app's middleware would otherwise add after `next()`
 * (security headers and CSP, Cache-Control, CORS under /api/v1): the middleware then leaves it alone, so the
 * adapter keeps its fast path. A response replaced later (the self-check's same-size padding) is not one.
 */
export const madeBySend = (res: Response): boolean => (res as Response & { [MADE_BY_SEND]?: true })[MADE_BY_SEND] === true;

/** The status and headers a route set with `c.status()` and `c.header()` before it sent (see trackPrepared). */
interface Prepared {
  status: ContentfulStatusCode | undefined;
  /** By lower-case name. */
  headers: Record<string, string> | undefined;
  /** False once a header was appended, deleted or is a cookie: then Hono's own merge is used. */
  plain: boolean;
}

const PREPARED = Symbol('prepared status and headers');
type Tracked = Context & { [PREPARED]?: Prepared };

/**
 * The app's first middleware: notes what a route sets with `c.status()` and `c.header()` (it still sets them),
 * so send() can build the response with one plain header object. Hono's `c.body()` keeps those in a web
 * `Headers` object and copies every header of ours into a new one (with two or more headers, always): the
 * adapter then turns it back into an object, and all of it was a tenth of an API search's time.
 */
export function trackPrepared(): MiddlewareHandler {
  return (c, next) => {
    const prepared: Prepared = { status: undefined, headers: undefined, plain: true };
    const { status, header } = c;
    c.status = (code) => {
      prepared.status = code as ContentfulStatusCode;
      status(code);
    };
    c.header = ((name: string, value?: string, options?: { append?: boolean }) => {
      const key = name.toLowerCase();
      if (value === undefined || options?.append || key === 'set-cookie') prepared.plain = false;
      else {
        prepared.headers ??= {};
        prepared.headers[key] = value;
      }
      header(name, value, options);
    }) as Context['header'];
    (c as Tracked)[PREPARED] = prepared;
    return next();
  };
}

/** Without a status, the one set earlier with `c.status()` (an error page's 400, say) is kept. */
function respond(
  c: Context,
  body: Uint8Array<ArrayBuffer>,
  headers: Record<string, string>,
  status?: ContentfulStatusCode,
): Response {
  const prepared = (c as Tracked)[PREPARED];
  let res: Response;
  if (prepared?.plain) {
    // What the route set, unless send() sets the same header (ours win, as in Hono's merge).
    if (prepared.headers !== undefined) {
      const ours = new Set(Object.keys(headers).map((k) => k.toLowerCase()));
      for (const [k, v] of Object.entries(prepared.headers)) if (!ours.has(k)) headers[k] = v;
    }
    res = new Response(body, { status: status ?? prepared.status ?? 200, headers });
  } else {
    // Not tracked (a feature's routes mounted on their own in a test) or not plain: Hono merges.
    res = status === undefined ? c.body(body, { headers }) : c.body(body, status, headers);
  }
  (res as Response & { [MADE_BY_SEND]?: true })[MADE_BY_SEND] = true;
  return res;
}

export const HTML = 'text/html; charset=utf-8';
