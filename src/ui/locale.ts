/**
 * @module locale
 * Which language a page is in. The locale comes from the path only: `/es/…` is Spanish, everything else is
 * English (no cookie, no guessing from the browser). The server runs each request inside its locale
 * (./locale-context.ts sets the source with AsyncLocalStorage); the self-check's browser bundle reads the
 * page's `<html lang>`. Views never pass the locale around: `messages()` and `paths` ask `currentLocale()`.
 *
 * Pure data and string building: the browser bundle uses it too.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** The `Intl` locale for each of ours (numbers, dates, lists, plurals). */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/** The language each locale's language switch names, in that language. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

let source: () => Locale = () => 'en';

/** Where `currentLocale()` looks: set once by the server (AsyncLocalStorage) or the browser bundle. */
export function setLocaleSource(read: () => Locale): void {
  source = read;
}

/** The locale of the page being made. */
export function currentLocale(): Locale {
  return source();
}

/** The Intl locale of the page being made (`en-US`, `es-US`). */
export const intlLocale = (): string => INTL_LOCALE[currentLocale()];

/** The locale a path is in: `/es` and `/es/…` are Spanish. */
export function localeOfPath(path: string): Locale {
  return path === '/es' || path.startsWith('/es/') ? 'es' : 'en';
}

/** `/find` → `/es/find`, `/` → `/es` (English paths pass through unchanged for `en`). */
export function prefixed(path: string, locale: Locale): string {
  if (locale === 'en') return path;
  return path === '/' ? '/es' : `/es${path}`;
}

/** `/es/find` → `/find`, `/es` → `/`. */
export function unprefixed(path: string): string {
  if (path === '/es') return '/';
  return path.startsWith('/es/') ? path.slice(3) : path;
}
