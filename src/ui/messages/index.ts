/**
 * @module messages
 * The interface's words, in one typed catalogue per language. `en` (./en.ts) is the source; its shape is
 * `Messages`, and another language is a catalogue that `satisfies Messages`, so a missing key, a missing
 * plural form or a list where a sentence belongs fails the type check:
 *
 * @example
 * // src/ui/messages/es.ts
 * export const es = { locale: 'es-US', layout: { … }, … } satisfies Messages;
 *
 * `messages()` gives the catalogue for the page being made: the locale comes from its path (`/es/…` is
 * Spanish; see ../locale.ts), so views never pass it around. The format of a message
 * (`{name}`, `[you|they]`, plurals, `<link>words</link>`) is in ./format.ts. Page-length prose is not here:
 * it is Markdown in content/ (see src/ui/content-pages.tsx).
 */
import { currentLocale, type Locale } from '../locale.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import type { MessageTree, PluralForms } from './format.ts';

/** The catalogue's shape: every key `en` has, with any words. */
export type Shape<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : T extends PluralForms
      ? PluralForms
      : { readonly [K in keyof T]: Shape<T[K]> };

export type Messages = Shape<typeof en>;

const CATALOGUES: Record<Locale, Messages> = { en, es };

/** The catalogue for `locale`: by default the locale of the page being made. */
export function messages(locale: Locale = currentLocale()): Messages {
  return CATALOGUES[locale] ?? en;
}

export { fill, plural, rich, variant } from './format.ts';
export type { MessageTree };
