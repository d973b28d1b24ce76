import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { cacheControlOf } from './cache-control.ts';
import { compressFast, type Encoding, isCompressible, MIN_COMPRESS_BYTES, negotiateEncoding } from './compression.ts';
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
 * What a route that calls send() says about its own headers: `own` means it set no status or header with
 * `c.status()`/`c.header()` (these are all it has), so the response is made directly with one plain header
 * object, which the Node adapter writes as it is. Without it, Hono's `c.body()` merges in what the route set:
 * it copies every header into a web `Headers` object (twice without a status), which the adapter then turns
 * back into an object, a tenth of an API search's time. (Noting every route's `c.status()`/`c.header()` calls
 * to learn that, by wrapping them per request, cost /healthz 8 µs a request.)
 */
export interface OwnHeaders {
  own: Record<string, string>;
}

/**
 * Every page and API body (text, or bytes already encoded) leaves through here. It hands @hono/node-server
 * bytes with a plain header object, which the adapter writes straight to the socket; a `String` object, or a
 * middleware that replaces the response after `next()`, makes it rebuild a full web `Response` and read it
 * back (21% of a results page's time). It also compresses the body when the client accepts it and this
 * instance is set to.
 */
export function send(
  c: Context,
  body: string | Uint8Array,
  contentType: string,
  status?: ContentfulStatusCode,
  route?: OwnHeaders,
): Response {
  const headers: Record<string, string> = { ...SECURITY_HEADERS, ...route?.own, 'Content-Type': contentType };
  const nonce = c.get('secureHeadersNonce') as string | undefined;
  if (nonce !== undefined) headers['Content-Security-Policy'] = contentSecurityPolicy(nonce);
  headers['Cache-Control'] = cacheControlOf(c);
  if (c.get('openToAll')) headers['Access-Control-Allow-Origin'] = '*';
  let bytes: Uint8Array;
  const encoding = isCompressible(contentType) ? encodingFor(c, body) : 'identity';
  if (isCompressible(contentType)) headers.Vary = 'Accept-Encoding';
  if (encoding !== 'identity') {
    headers['Content-Encoding'] = encoding;
    bytes = compressFast(body, encoding, contentType.startsWith('text/html') ? 'page' : 'data');
  } else {
    // Bytes, encoded once: given a string, the adapter measures its UTF-8 length and then encodes it again to
    // write it (our pages hold non-ASCII characters such as "·", so neither is a plain copy).
    bytes = typeof body === 'string' ? Buffer.from(body) : body;
  }
  const res =
    route !== undefined
      ? new Response(bytes as Uint8Array<ArrayBuffer>, { status: status ?? 200, headers })
      : status === undefined
        ? c.body(bytes as Uint8Array<ArrayBuffer>, { headers })
        : c.body(bytes as Uint8Array<ArrayBuffer>, status, headers);
  (res as Response & { [MADE_BY_SEND]?: true })[MADE_BY_SEND] = true;
  return res;
}

/** How to encode a compressible body for this request: only when this instance compresses and it is worth it. */
function encodingFor(c: Context, body: string | Uint8Array): Encoding {
  const compress = (c.get('compressPages') as boolean | undefined) ?? false;
  if (!compress || body.length < MIN_COMPRESS_BYTES) return 'identity';
  return negotiateEncoding(c.req.header('accept-encoding'));
}

/** Marks a response made here, which already carries every header the app's middleware would add. */
const MADE_BY_SEND = Symbol('made by send');

/**
 * Whether send() made this response with the headers the app's middleware would otherwise add after `next()`
 * (security headers and CSP, Cache-Control, CORS under /api/v1): the middleware then leaves it alone, so the
 * adapter keeps its fast path. A response replaced later (the self-check's same-size padding) is not one.
 */
export const madeBySend = (res: Response): boolean => (res as Response & { [MADE_BY_SEND]?: true })[MADE_BY_SEND] === true;

export const HTML = 'text/html; charset=utf-8';
