/**
 * Makes every answer to a self-check form the same length on the wire.
 *
 * Without JavaScript, each step of the self-check is a POST whose response is the next screen: a question, the
 * result, or (for a danger answer) the crisis page. Their sizes differ, and a reverse proxy's access log usually
 * records the bytes sent with each request. So the page is padded, with an HTML comment after `</html>`, to one
 * fixed size, and sent with that exact Content-Length: every screen, whatever was answered, is the same number
 * of bytes. `SAME_SIZE_BYTES` is chosen above the largest screen the self-check can produce (a test checks the
 * result page with every answer ticked); a page that ever outgrew it would be rounded up to a multiple of it,
 * so sizes would still fall into a few buckets rather than reveal the page.
 *
 * Our own compression is turned off for these responses. What this cannot hide: a proxy that compresses
 * responses itself would shrink the padding and send different
 * sizes again. `no-transform` asks it not to; README.md tells operators not to compress POST /self-check. The
 * time a response takes is not equalised (it is a millisecond or two either way).
 *
 * @module
 */
import type { MiddlewareHandler } from 'hono';
import type { SendEnv } from '../../lib/send.ts';

/**
 * Every 200 answer to POST /self-check is exactly this long. The largest screen, the result with every answer
 * ticked, is about 17 KB; a test keeps it well inside.
 */
export const SAME_SIZE_BYTES = 32 * 1024;

const OPEN = '\n<!--';
const CLOSE = '-->\n';
const encoder = new TextEncoder();

/** `html` followed by a comment of spaces, `size` bytes in all (or the next multiple of `size` if longer). */
export function padToSize(html: string, size: number = SAME_SIZE_BYTES): string {
  const length = encoder.encode(html).length + OPEN.length + CLOSE.length;
  const target = Math.max(1, Math.ceil(length / size)) * size;
  return `${html}${OPEN}${' '.repeat(target - length)}${CLOSE}`;
}

/** Middleware: pads every 200 response to `SAME_SIZE_BYTES` and sends it with an exact Content-Length. */
export function sameSize(size: number = SAME_SIZE_BYTES): MiddlewareHandler<SendEnv> {
  return async (c, next) => {
    // Our own compression would shrink the padding just as a proxy's would: these answers go out uncompressed.
    c.set('compressPages', false);
    await next();
    if (c.res.status !== 200) return;
    const body = padToSize(await c.res.text(), size);
    c.res = new Response(body, { status: 200, headers: c.res.headers });
    c.res.headers.set('Content-Length', String(encoder.encode(body).length));
    c.res.headers.set('Cache-Control', 'no-store, no-transform');
  };
}
