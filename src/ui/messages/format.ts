/**
 * @module format
 * The small message format our catalogue (./en.ts) is written in, chosen so a translator can say the same
 * thing in another language without touching code:
 *
 * - `{name}`: a value the code fills in (`fill`). A number is written for the page's locale (en-US, es-US).
 * - `[you|they]`: words that change with who the self-check is for: the first for the person themselves, the
 *   second for someone they help (`variant`). A whole sentence can be the variant: `[Do you use?|Do they use?]`.
 * - Plurals: an object of `Intl.PluralRules` categories (`one`, `other`, and `few`, `many`… where a language
 *   has them), each a message with `{count}` (`plural`).
 * - `<name>words</name>`: words the code wraps in markup, such as a link (`rich`).
 *
 * Nothing here touches the DOM or the network: the self-check's browser bundle uses it too.
 */
import type { Child } from 'hono/jsx';
import { numberFormat, writesSmallNumbersPlainly } from '../intl.ts';
import { intlLocale } from '../locale.ts';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** One message per plural category the language uses; `other` is always there. */
export type PluralForms = { other: string } & Partial<Record<Exclude<PluralCategory, 'other'>, string>>;
/** A sentence; a sentence per plural category; or a list of sentences (bullet points, in order). */
export type Message = string | PluralForms | readonly string[];
export interface MessageTree {
  readonly [key: string]: Message | MessageTree;
}

export type Params = Record<string, string | number>;

/** Whose wording: the person themselves, or someone they are helping. */
export type Who = 'self' | 'other';

const VARIANT = /\[([^[\]|]*)\|([^[\]|]*)\]/g;

const PARAM_SPLIT = /\{([a-zA-Z][a-zA-Z0-9_]*)\}/;
/** Each template cut once into its text and its `{name}`s (odd places): a results page fills a hundred. */
const cut = new Map<string, string[]>();
const CUT_LIMIT = 5000;

function pieces(template: string): string[] {
  let p = cut.get(template);
  if (p === undefined) {
    p = template.split(PARAM_SPLIT);
    if (cut.size >= CUT_LIMIT) cut.clear();
    cut.set(template, p);
  }
  return p;
}

/** `{name}` filled from `params` (numbers written for `locale`); a missing value is a bug, so it throws. */
export function fill(template: string, params: Params = {}, locale = intlLocale()): string {
  const p = pieces(template);
  if (p.length === 1) return template;
  let out = p[0] as string;
  for (let i = 1; i < p.length; i += 2) {
    const name = p[i] as string;
    const value = params[name];
    if (value === undefined) throw new Error(`The message "${template}" needs {${name}}`);
    out += typeof value === 'number' ? numberText(value, locale) : value;
    out += p[i + 1] as string;
  }
  return out;
}

/** A number as `locale` writes it; a small whole number without Intl's work (a results page writes dozens). */
function numberText(value: number, locale: string): string {
  return Number.isInteger(value) && value >= 0 && value < 1000 && writesSmallNumbersPlainly(locale)
    ? String(value)
    : numberFormat(locale).format(value);
}

/** `[you|they]` resolved for `who`. */
export function variant(template: string, who: Who): string {
  return template.replace(VARIANT, (_, self: string, other: string) => (who === 'self' ? self : other));
}

const rules = new Map<string, Intl.PluralRules>();
/** Per locale, the plural category of each whole number below 1,000, as the rules choose it, filled in as used. */
const smallCategories = new Map<string, (PluralCategory | undefined)[]>();

function categoryOf(rule: Intl.PluralRules, locale: string, count: number): PluralCategory {
  if (!(Number.isInteger(count) && count >= 0 && count < 1000)) return rule.select(count) as PluralCategory;
  let known = smallCategories.get(locale);
  if (!known) {
    known = [];
    smallCategories.set(locale, known);
  }
  let category = known[count];
  if (category === undefined) {
    category = rule.select(count) as PluralCategory;
    known[count] = category;
  }
  return category;
}

/** The form for `count` in `locale`, with `{count}` and `params` filled. */
export function plural(forms: PluralForms, count: number, params: Params = {}, locale = intlLocale()): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  const category = categoryOf(rule, locale, count);
  return fill(forms[category] ?? forms.other, { ...params, count }, locale);
}

const TAG = /<([a-z][a-z0-9-]*)>([^<]*)<\/\1>|\{([a-zA-Z][a-zA-Z0-9_]*)\}/g;

/**
 * A message with markup: each `<name>words</name>` becomes `parts[name](words)` and each `{name}` becomes
 * `parts[name]` (text or markup), in order, so a link can sit anywhere in the sentence a language needs.
 *
 * @example rich(m.aboutData.stale, { findtreatment: (words) => <a href="https://findtreatment.gov/">{words}</a> })
 */
export function rich(template: string, parts: Record<string, Child | ((words: string) => Child)>): Child[] {
  const out: Child[] = [];
  let last = 0;
  for (const match of template.matchAll(TAG)) {
    out.push(template.slice(last, match.index));
    const name = (match[1] ?? match[3]) as string;
    const part = parts[name];
    if (part === undefined) throw new Error(`The message "${template}" needs <${name}>`);
    out.push(typeof part === 'function' ? (part as (words: string) => Child)(match[2] ?? '') : part);
    last = (match.index ?? 0) + match[0].length;
  }
  out.push(template.slice(last));
  return out.filter((part) => part !== '');
}

/** Every `{name}` and `<name>` a message uses, for checking a catalogue. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(TAG)].map((m) => (m[1] ?? m[3]) as string);
}
