/**
 * The first-screen part of site.css (./site-css.ts), trimmed for each page to the rules that can match it.
 *
 * A results page used about half of the 12.5 KB every page inlined: the rest styled elements it does not
 * have (the search form, article headings, breadcrumbs). Each rule is kept unless one of its selectors is
 * sure to match nothing on the page: a selector is dropped only when it names a class or an id that no
 * element of the page carries. Everything else (tags, attributes, pseudo-classes, at-rules other than
 * @media) is kept, so the trimmed part styles every element exactly as the whole part does: the rules left out
 * could not have applied to anything, and the ones kept stay in the file's order. The part below the first
 * screen is linked as before (site-rest.css), so the cascade is still that of site.css.
 *
 * Finding a page's classes and ids is one regular-expression pass over its HTML (a few hundredths of a
 * millisecond for a results page); the trimmed CSS is kept per set of classes and ids.
 *
 * A page whose script draws new markup in the browser (the self-check's screens) must not trim: what it
 * draws is not in the HTML the server sent (see the layout).
 *
 * @module
 */

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

/** Every class and id on the page's elements. */
export function classesAndIds(html: string): Set<string> {
  const tokens = new Set<string>();
  CLASS_OR_ID.lastIndex = 0;
  for (let m = CLASS_OR_ID.exec(html); m !== null; m = CLASS_OR_ID.exec(html)) {
    const value = m[1] as string;
    if (value.indexOf(' ') < 0) tokens.add(value);
    else for (const word of value.split(' ')) if (word) tokens.add(word);
  }
  return tokens;
}

const CACHE_LIMIT = 500;

export class FirstScreenCss {
  private readonly blocks: Block[];
  private readonly cache = new Map<string, string>();

  constructor(readonly whole: string) {
    this.blocks = topLevel(whole).map(({ head, body, text }) =>
      head.startsWith('@media')
        ? { media: head, rules: topLevel(body).map((r) => rule(r.head, r.text)) }
        : { rule: rule(head, text) },
    );
  }

  /** The rules that may apply to a page with these classes and ids, in the file's order. */
  forTokens(tokens: ReadonlySet<string>): string {
    const key = [...tokens].join(' ');
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
      css = out.join('\n');
      if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(key, css);
    }
    return css;
  }

  /** The rules that may apply to this page (its HTML, in full). */
  forPage(html: string): string {
    return this.forTokens(classesAndIds(html));
  }
}

/** What the layout writes in the page's `<style>`; the renderer puts the page's own rules there (fillFirstScreen). */
export const FIRST_SCREEN_SLOT = '/*@first-screen-rules*/';

/**
 * The page with its first-screen rules in the layout's slot. The slot is found by the response's nonce, which
 * no text on the page can guess, so nothing a person typed can stand in for it.
 */
export function fillFirstScreen(html: string, nonce: string | undefined, css: FirstScreenCss): string {
  const open = nonce === undefined ? '<style>' : `<style nonce="${nonce}">`;
  const at = html.indexOf(`${open}${FIRST_SCREEN_SLOT}`);
  if (at < 0) return html;
  const from = at + open.length;
  return `${html.slice(0, from)}${css.forPage(html)}${html.slice(from + FIRST_SCREEN_SLOT.length)}`;
}
