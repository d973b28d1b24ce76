/**
 * Pages as a reader meets them: parsed with cheerio, so tests assert on headings, links, labels, regions and
 * text rather than on regular expressions over raw markup (which break on attribute order and wording).
 *
 * @example
 * const page = await t.page('/crisis');
 * assert.equal(page.h1(), 'Get help now');
 * assert.equal(page.link('Call 911')?.href, 'tel:911');
 * assert.match(page.region('If someone may be having an overdose').text(), /naloxone/);
 */
import { type Cheerio, type CheerioAPI, load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** Text as it reads: whitespace collapsed, trimmed. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface Link {
  /** The link's words, including text only screen readers hear. */
  text: string;
  href: string;
  rel: string | undefined;
}

export interface Html {
  $: CheerioAPI;
  /** The text of the page's main content (or of `selector`), whitespace collapsed. */
  text(selector?: string): string;
  /** The one level-1 heading's text. */
  h1(): string;
  /** The text of every heading of this level (2 by default) in the main content. */
  headings(level?: 1 | 2 | 3 | 4): string[];
  /** The document's <title>. */
  title(): string;
  /** A <meta name=…> content. */
  meta(name: string): string | undefined;
  /** The canonical URL, if any. */
  canonical(): string | undefined;
  /** Every link (under `selector`, the whole page by default). */
  links(selector?: string): Link[];
  /** The first link whose words are exactly `name`, or match it. */
  link(name: string | RegExp, selector?: string): Link | undefined;
  /** The form control labelled `label` (by <label for>, or by its fieldset's legend for a group). */
  field(label: string | RegExp): Cheerio<Element>;
  /** A section, nav, aside or form whose heading (aria-labelledby or first heading) is `name`. */
  region(name: string | RegExp): Cheerio<Element>;
  /** The markup as sent. */
  html: string;
}

export interface Page extends Html {
  status: number;
  headers: Headers;
}

const matches = (value: string, name: string | RegExp) => (typeof name === 'string' ? value === name : name.test(value));

/** Parses an HTML string. */
export function parseHtml(html: string): Html {
  const $ = load(html);
  const textOf = (el: Cheerio<AnyNode>) => squash(el.text());
  const linkOf = (el: Element): Link => ({
    text: squash($(el).text()),
    href: $(el).attr('href') ?? '',
    rel: $(el).attr('rel'),
  });
  const links = (selector?: string) =>
    (selector ? $(selector).find('a[href]') : $('a[href]')).toArray().map((el) => linkOf(el as Element));
  const headingName = (el: Cheerio<Element>) => {
    const labelledBy = el.attr('aria-labelledby');
    if (labelledBy)
      return squash(
        labelledBy
          .split(/\s+/)
          .map((id) => $(`#${id}`).text())
          .join(' '),
      );
    return squash(el.find('h1, h2, h3, h4, legend').first().text());
  };
  return {
    $,
    html,
    text: (selector = 'main') => textOf($(selector).length ? $(selector) : $('body')),
    h1: () => textOf($('h1').first()),
    headings: (level = 2) =>
      $(`main h${level}`)
        .toArray()
        .map((h) => textOf($(h))),
    title: () => textOf($('title')),
    meta: (name) => $(`meta[name="${name}"]`).attr('content'),
    canonical: () => $('link[rel="canonical"]').attr('href'),
    links,
    link: (name, selector) => links(selector).find((l) => matches(l.text, name)),
    field(label) {
      for (const el of $('label').toArray()) {
        const target = $(el).attr('for');
        if (target && matches(squash($(el).text()), label)) return $(`#${target}`) as Cheerio<Element>;
      }
      for (const el of $('fieldset').toArray()) {
        if (matches(squash($(el).find('legend').first().text()), label)) return $(el) as Cheerio<Element>;
      }
      return $([]) as Cheerio<Element>;
    },
    region(name) {
      for (const el of $('section, nav, aside, form, div[role="region"], div[role="alert"]').toArray()) {
        const region = $(el) as Cheerio<Element>;
        if (matches(headingName(region), name)) return region;
      }
      return $([]) as Cheerio<Element>;
    },
  };
}

/** Reads a response's body and parses it. */
export async function parsePage(response: Response): Promise<Page> {
  const html = await response.text();
  return { ...parseHtml(html), status: response.status, headers: response.headers };
}
