import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { compressFast, isCompressible, MIN_COMPRESS_BYTES, negotiateEncoding } from './compression.ts';

/** Set by the app's first middleware: whether this instance compresses pages itself (see COMPRESSION). */
export type SendEnv = { Variables: { compressPages: boolean } };

/**
 * Every page and API body leaves through here. It hands @hono/node-server a primitive string or bytes with a
 * plain header object, which the adapter writes straight to the socket; a `String` object, or a middleware that
 * replaces the response after `next()`, makes it rebuild a full web `Response` and read it back (21% of a
 * results page's time). It also compresses the body when the client accepts it and this instance is set to.
 */
export function send(c: Context, body: string, contentType: string, status?: ContentfulStatusCode): Response {
  const headers: Record<string, string> = { 'Content-Type': contentType };
  if (isCompressible(contentType)) {
    headers.Vary = 'Accept-Encoding';
    const compress = (c.get('compressPages') as boolean | undefined) ?? false;
    if (compress && body.length >= MIN_COMPRESS_BYTES) {
      const encoding = negotiateEncoding(c.req.header('accept-encoding'));
      if (encoding !== 'identity') {
        headers['Content-Encoding'] = encoding;
        return respond(c, compressFast(body, encoding) as Uint8Array<ArrayBuffer>, headers, status);
      }
    }
  }
  return respond(c, body, headers, status);
}

/** Without a status, the one set earlier with `c.status()` (an error page's 400, say) is kept. */
function respond(
  c: Context,
  body: string | Uint8Array<ArrayBuffer>,
  headers: Record<string, string>,
  status?: ContentfulStatusCode,
) {
  return status === undefined ? c.body(body, { headers }) : c.body(body, status, headers);
}

export const HTML = 'text/html; charset=utf-8';
