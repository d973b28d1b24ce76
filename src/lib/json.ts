import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { send } from './send.ts';

/**
 * JSON with <, > and & written as \u escapes. It is the same JSON to any parser, but text someone typed (an
 * error message can quote a bad filter value) can never be read as HTML, even by a browser that sniffs.
 */
const ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026' };

export function safeJsonText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&]/g, (ch) => ESCAPES[ch] as string);
}

/**
 * Text JSON.stringify writes as it is between quotes, and safeJsonText leaves alone: no quote, backslash,
 * control character or surrogate (it escapes a lone one; a pair is left to it too), and no <, > or &.
 */
const PLAIN = /^[ !#-%'-;=?-\x5b\x5d-\ud7ff\ue000-\uffff]*$/;

/**
 * `safeJsonText(text)` for one string, without stringifying when nothing in it needs escaping (most place
 * names a search answers with): done for every search response.
 */
export function safeJsonString(text: string): string {
  return PLAIN.test(text) ? `"${text}"` : safeJsonText(text);
}

export function safeJson(
  c: Context,
  data: unknown,
  status?: ContentfulStatusCode,
  contentType = 'application/json; charset=utf-8',
) {
  return send(c, safeJsonText(data), contentType, status);
}
