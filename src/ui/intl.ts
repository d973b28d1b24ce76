/**
 * `Intl` formatters made once per locale and options, not per call. `n.toLocaleString(locale, options)` and
 * `new Intl.ListFormat(…)` build a formatter every time (loading locale data), which cost a fifth of a results
 * page's time when each of its twenty cards wrote its distance that way.
 *
 * Pure: the browser bundle may use it too.
 *
 * @module
 */

const numbers = new Map<string, Intl.NumberFormat>();

/**
 * Locales in which Intl writes a number below 1,000 as plain digits: no grouping, "." before any decimals, as
 * `String()` does. Code that writes small numbers without Intl's work (a results page writes dozens) checks
 * this first; its tests compare with Intl.
 */
const PLAIN_SMALL_NUMBERS = new Set(['en-US', 'es-US']);
export const writesSmallNumbersPlainly = (locale: string): boolean => PLAIN_SMALL_NUMBERS.has(locale);
const lists = new Map<string, Intl.ListFormat>();

/** A number formatter for `locale` with these options, made on first use and kept. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
  let format = numbers.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numbers.set(key, format);
  }
  return format;
}

/** A list formatter ("a, b, or c") for `locale`, made on first use and kept. */
export function listFormat(locale: string, type: Intl.ListFormatType): Intl.ListFormat {
  const key = `${locale}|${type}`;
  let format = lists.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, { type });
    lists.set(key, format);
  }
  return format;
}

const dates = new Map<string, Intl.DateTimeFormat>();

/** A date formatter for `locale` with these options, made on first use and kept. */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dates.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dates.set(key, format);
  }
  return format;
}
