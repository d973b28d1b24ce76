/**
 * The server's per-request locale: the app runs each request inside `runInLocale(localeOfPath(path), …)`, and
 * `currentLocale()` (./locale.ts) reads it back anywhere below, in routes, views and messages, without the
 * locale being passed by hand. Outside a request (start-up, tests that render a view) it is English, unless the
 * code asks for another with `runInLocale` (Spanish content pages are rendered that way at start-up).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { type Locale, setLocaleSource } from './locale.ts';

const store = new AsyncLocalStorage<Locale>();
setLocaleSource(() => store.getStore() ?? 'en');

export function runInLocale<T>(locale: Locale, run: () => T): T {
  return store.run(locale, run);
}
