import { raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { currentLocale } from './locale.ts';

const cache = new Map<string, string>();
const LIMIT = 2000;

/**
 * Renders a piece of markup once and reuses the HTML. Only for markup that is a pure function of `key` (the
 * help-line strip, the footer, the filter checkboxes for a given selection): rendering them for every search
 * cost most of the time of a results page. The page's locale is part of the key: the same piece in Spanish is
 * another piece.
 */
export function memoHtml(piece: string, render: () => unknown): HtmlEscapedString {
  const key = `${currentLocale()}:${piece}`;
  let html = cache.get(key);
  if (html === undefined) {
    html = String(render());
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, html);
  }
  return raw(html);
}
