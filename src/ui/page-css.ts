/**
 * site.css trimmed for each page to the rules that can apply to it, written into the page's `<head>` with the
 * response's nonce: a page then needs no stylesheet at all, and draws its first screen, and all of itself, from
 * its own HTML in one round trip.
 *
 * Every page used to inline the same 12.5 KB first-screen part of site.css and link the rest at the end of
 * <body>; a results page used about half of that part, and the linked rest cost a second round trip before
 * the page had loaded (400 ms on one bar). Here each rule of the whole file is kept unless each of its
 * selectors names a class or an id that no element of the page carries. Everything else (tags, attributes,
 * pseudo-classes, at-rules other than @media) is kept, so the trimmed CSS styles every element exactly as
 * site.css does: the rules left out could not have applied to anything, and the ones kept stay in the file's
 * order, so the cascade is that of site.css. test/e2e/first-screen.e2e.test.ts compares every element's
 * computed style with the page served with site.css whole.
 *
 * Finding a page's classes and ids is one regular-expression pass over its HTML (about 0.03 ms for a results
 * page), or none for a page that declares them (a results page: its frame's are known per template, its cards'
 * per facility, the rest as it is written, a rare piece rendered in JSX by a scan of that piece); the trimmed CSS is
 * kept per set of classes and ids, with its bytes (see ./html-out.ts).
 *
 * A page whose script draws new markup in the browser (the self-check's screens) cannot be trimmed, as what it
 * draws is not in the HTML the server sent: it inlines the first-screen part of site.css and links the rest
 * (./site-css.ts, see the layout).
 *
 * @module
 */

import { Encoded } from './html-out.ts';

interface Rule {
  text: string;
  /** Per selector, the classes and ids it names (`.x`, `#y`); null when the rule is always kept. */
  selectors: string[][] | null;
}

type Block = { rule: Rule } | { media: string; rules: Rule[] };

/** Splits `css` (compacted: no comments) into its top-level blocks, each with its text. */
function topLevel(css: string): { head: string; body: string; text: string }[] {
  const out: { head: string; body: string; text: string }[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    let depth = 0;
    let j = open;
    for (; j < css.length; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}' && --depth === 0) break;
    }
    out.push({ head: css.slice(i, open).trim(), body: css.slice(open + 1, j), text: css.slice(i, j + 1).trim() });
    i = j + 1;
  }
  return out;
}

/** The selectors of a selector list (commas inside parentheses do not split). */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out;
}

/**
 * The classes and ids a selector needs. Attribute selectors and anything in parentheses (`:not(.x)` matches
 * where .x is absent) are set aside first, so only names the element (or an ancestor or sibling) must carry
 * are counted.
 */
function needs(selector: string): string[] {
  const bare = selector.replace(/\[[^\]]*\]/g, '').replace(/\([^)]*\)/g, '');
  return [...bare.matchAll(/[.#](-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] as string);
}

function rule(head: string, text: string): Rule {
  if (head.startsWith('@')) return { text, selectors: null };
  return { text, selectors: splitSelectors(head).map(needs) };
}

const applies = (r: Rule, tokens: ReadonlySet<string>) =>
  r.selectors === null || r.selectors.some((names) => names.every((n) => tokens.has(n)));

const CLASS_OR_ID = / (?:class|id)="([^"]*)"/g;

/** Names to keep (a set, or the keys of a map). */
type Names = Pick<ReadonlySet<string>, 'has'>;

/** Every class and id on the page's elements; `only`: just those of these names. */
export function classesAndIds(html: string, only?: Names): Set<string> {
  return addClassesAndIds(html, new Set<string>(), only);
}

/** Adds the classes and ids on the elements of `html` to `tokens` (only those in `only`, when given). */
export function addClassesAndIds(html: string, tokens: Set<string>, only?: Names): Set<string> {
  CLASS_OR_ID.lastIndex = 0;
  for (let m = CLASS_OR_ID.exec(html); m !== null; m = CLASS_OR_ID.exec(html)) {
    const value = m[1] as string;
    if (value.indexOf(' ') < 0) {
      if (only === undefined || only.has(value)) tokens.add(value);
    } else for (const word of value.split(' ')) if (word && (only === undefined || only.has(word))) tokens.add(word);
  }
  return tokens;
}

const CACHE_LIMIT = 500;

export class PageCss {
  private readonly blocks: Block[];
  private readonly cache = new Map<string, Encoded>();
  /** Every class and id a selector names, with its place: no other can change which rules apply. */
  private readonly named = new Map<string, number>();

  constructor(readonly whole: string) {
    this.blocks = topLevel(whole).map(({ head, body, text }) =>
      head.startsWith('@media')
        ? { media: head, rules: topLevel(body).map((r) => rule(r.head, r.text)) }
        : { rule: rule(head, text) },
    );
    for (const b of this.blocks)
      for (const r of 'rule' in b ? [b.rule] : b.rules)
        for (const names of r.selectors ?? []) for (const n of names) if (!this.named.has(n)) this.named.set(n, this.named.size);
  }

  /**
   * The rules that may apply to a page with these classes and ids, in the file's order. Names no selector uses
   * are passed over, and the order of `tokens` does not matter (the cache key is which names are there).
   */
  forTokens(tokens: ReadonlySet<string>): string {
    return this.encodedForTokens(tokens).text;
  }

  /** forTokens() with its UTF-8 bytes, encoded once per set of rules (see ./html-out.ts). */
  encodedForTokens(tokens: ReadonlySet<string>): Encoded {
    const bits = new Uint32Array(Math.ceil(this.named.size / 32) || 1);
    for (const t of tokens) {
      const i = this.named.get(t);
      if (i !== undefined) bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
    }
    const key = bits.join(',');
    let css = this.cache.get(key);
    if (css === undefined) {
      const out: string[] = [];
      for (const b of this.blocks) {
        if ('rule' in b) {
          if (applies(b.rule, tokens)) out.push(b.rule.text);
        } else {
          const kept = b.rules.filter((r) => applies(r, tokens));
          if (kept.length > 0) out.push(`${b.media} {\n${kept.map((r) => r.text).join('\n')}\n}`);
        }
      }
      css = new Encoded(out.join('\n'));
      if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(key, css);
    }
    return css;
  }

  /** The rules that may apply to this page (its HTML, in full). */
  forPage(html: string): string {
    // Only the names a selector uses: pages that differ in others (result-21) share their CSS.
    return this.forTokens(classesAndIds(html, this.named));
  }
}

/** What the layout writes in the page's `<style>`; the renderer puts the page's own rules there (fillPageCss). */
export const PAGE_CSS_SLOT = '/*@page-rules*/';

/**
 * The page with its first-screen rules in the layout's slot. The slot is found by the response's nonce, which
 * no text on the page can guess, so nothing a person typed can stand in for it. A page whose content declared
 * its classes and ids has its rules already (the layout wrote them, see PageMeta.contentTokens): no slot.
 */
export function fillPageCss(html: string, nonce: string | undefined, css: PageCss): string {
  const open = nonce === undefined ? '<style>' : `<style nonce="${nonce}">`;
  const at = html.indexOf(`${open}${PAGE_CSS_SLOT}`);
  if (at < 0) return html;
  const from = at + open.length;
  return `${html.slice(0, from)}${css.forPage(html)}${html.slice(from + PAGE_CSS_SLOT.length)}`;
}

/**
 * The requests (their Hono contexts) whose page the layout wrote with its CSS already chosen (see
 * PageMeta.contentTokens): the renderer then sends the page as it is, with no search for a slot it does not
 * have (an indexOf over the whole page, which also copies the page, joined from thousands of pieces, flat).
 */
export const pageCssWritten = new WeakSet<object>();

/**
 * Whether declared classes and ids are used (the default) or every page is scanned, as all pages were before:
 * the switch is there for the test that compares the two (results.routes.test.ts).
 */
export const pageTokens = { declared: true };
