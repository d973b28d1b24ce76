/**
 * @module markdown
 * Turns the Markdown of guides (content/guides) and information pages (content/pages) into HTML. markdown-it
 * runs with `html: false`, so raw HTML in content is shown as text and never reaches the page. On top of plain
 * Markdown this adds what our content needs: heading ids (from the words, or given as `## Title {#id}`) with
 * optional anchor links, numbered citations from `{{ref:ID}}`, `rel="noreferrer"` on links to other sites,
 * tables that scroll on small screens, and no images (an image would load from another host).
 *
 * Placeholders: `{{name}}` or `{{name:argument}}` stands for a piece the page builds in code, so safety-critical
 * parts (a help line's number, a call button) stay components with tests, and the words around them stay
 * reviewable prose. `{{tel:ID}}` and `{{sms:ID}}` link to a help line by its id in src/ui/helplines.ts (see
 * ./content-placeholders.tsx); a page can offer more (the crisis page's `{{call:911}}`, for example). A
 * placeholder alone in its paragraph may stand for a block (a group of buttons, a table) and replaces the
 * paragraph. A placeholder the page does not offer is a content problem the loader reports, naming the file.
 *
 * Boxes: `::: notice` … `:::` puts its Markdown in the site's notice box (`::: notice warning` and
 * `::: notice crisis` for the other two looks); no other class can be written.
 */
import markdownIt, { type MarkdownIt, type StateInline, type Token } from 'markdown-it';
import container from 'markdown-it-container';
import { at } from '../lib/arrays.ts';
import { HELPLINE_PLACEHOLDERS } from './content-placeholders.tsx';

export interface Heading {
  level: number;
  id: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  /** Every heading of level 2 or 3, in order, with the id the page gives it. */
  headings: Heading[];
  /** Reference ids in order of first citation; a reference's number is its position here plus one. */
  citationOrder: string[];
  /** How many times each reference is cited, so the list can link back to each place. */
  citationCounts: Map<string, number>;
  /** Slugs of other guides the body links to (`/guides/<slug>`), to check they exist. */
  guideLinks: string[];
  /** Slugs of Spanish guides the body links to (`/es/guias/<slug>`), to check they exist. */
  spanishGuideLinks: string[];
  /** Level-1 headings in the body (the page's only h1 is the title, so these are mistakes). */
  h1Count: number;
  /** Images in the body (not shown: they could load from another host). */
  imageCount: number;
  /** Placeholders written in the body that the caller does not offer, as written (`{{nope:x}}`). */
  unknownPlaceholders: string[];
}

/** What a placeholder becomes: HTML, and whether it is a block that replaces a paragraph of its own. */
export interface PlaceholderOutput {
  html: string;
  block?: boolean;
}

/** The pieces a page offers to its Markdown, by name; each gets the argument after the colon, if any. */
export type Placeholders = Record<string, (argument: string | undefined) => PlaceholderOutput | undefined>;

export interface RenderOptions {
  /** A "#" link beside each heading (guides). */
  anchors?: boolean;
  placeholders?: Placeholders;
}

/** Ids the guide page uses for its own parts; a heading never takes one of these. */
const RESERVED_IDS = new Set([
  'main',
  'contents',
  'contents-title',
  'common-questions',
  'references',
  'related-guides',
  'find-treatment',
  'near',
  'near-hint',
  'helplines-title',
  'sponsor-label',
  'review-status',
]);

/** A citation as written in a guide, tolerant of stray spaces so a typo is reported rather than shown. */
const ANY_CITATION = /\{\{\s*ref\s*:([^}]*)\}\}/g;
const CITATION_AT = /\{\{\s*ref\s*:\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*\}\}/y;
export const REFERENCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every citation written in a Markdown body, as typed (trimmed), in order. */
export function citationsIn(markdown: string): string[] {
  return [...markdown.matchAll(ANY_CITATION)].map((m) => (m[1] ?? '').trim());
}

type RenderEnv = {
  numbers: Map<string, number>;
  counts: Map<string, number>;
  placeholders: Placeholders;
  unknown: string[];
};

/** `{{name}}` or `{{name:argument}}`; `ref` is the citation, handled above. */
const PLACEHOLDER_AT = /\{\{([a-z][a-z0-9-]*)(?::([a-z0-9][a-z0-9-]*))?\}\}/y;
/** `::: notice`, `::: notice warning` or `::: notice crisis`. */
const NOTICE = /^notice(?:\s+(warning|crisis))?$/;
/** `## Title {#id}`: the heading's own id. */
const HEADING_ID = /\s*\{#([a-z][a-z0-9-]*)\}\s*$/;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'section';
}

const isExternal = (href: string) => /^(?:https?:)?\/\//i.test(href);

function citationRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b /* { */) return false;
  CITATION_AT.lastIndex = state.pos;
  const match = CITATION_AT.exec(state.src);
  if (!match) return false;
  if (!silent) {
    const token = state.push('guide_citation', '', 0);
    token.meta = { id: match[1] };
  }
  state.pos += match[0].length;
  return true;
}

function placeholderRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b /* { */) return false;
  PLACEHOLDER_AT.lastIndex = state.pos;
  const match = PLACEHOLDER_AT.exec(state.src);
  if (!match || match[1] === 'ref') return false;
  if (!silent) {
    const token = state.push('placeholder', '', 0);
    token.meta = { name: match[1], argument: match[2], source: match[0] };
  }
  state.pos += match[0].length;
  return true;
}

function expandPlaceholder(token: Token, env: RenderEnv): PlaceholderOutput | undefined {
  const { name, argument, source } = token.meta as { name: string; argument: string | undefined; source: string };
  const output = env.placeholders[name]?.(argument);
  if (!output) env.unknown.push(source);
  return output;
}

function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: true });
  md.inline.ruler.before('emphasis', 'guide_citation', citationRule);
  md.inline.ruler.before('emphasis', 'placeholder', placeholderRule);
  md.renderer.rules.placeholder = (tokens, idx, _options, renderEnv) => {
    // An unknown placeholder shows as written (and the loader refuses the file before anyone can see it).
    const token = at(tokens, idx, 'token');
    const output = expandPlaceholder(token, renderEnv as RenderEnv);
    return output ? output.html : escapeHtml((token.meta as { source: string }).source);
  };

  md.renderer.rules.guide_citation = (tokens, idx, _options, renderEnv) => {
    const env = renderEnv as RenderEnv;
    const id = (at(tokens, idx, 'token').meta as { id: string }).id;
    let number = env.numbers.get(id);
    if (number === undefined) {
      number = env.numbers.size + 1;
      env.numbers.set(id, number);
    }
    const count = (env.counts.get(id) ?? 0) + 1;
    env.counts.set(id, count);
    const citeId = citationId(id, count);
    // The bracketed number is what sighted readers see; "reference" makes the link make sense when heard.
    return `<sup class="citation" id="${citeId}"><a href="#ref-${escapeHtml(id)}">[<span class="visually-hidden">reference </span>${number}]</a></sup>`;
  };

  // The "#" link sits beside the heading, not inside it, so a screen reader's list of headings reads the
  // headings' own words and nothing else.
  const anchorOf = (token: { meta: unknown } | undefined) =>
    (token?.meta as { anchor?: { id: string; text: string } } | null)?.anchor;
  md.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
    const open = self.renderToken(tokens, idx, options);
    return anchorOf(tokens[idx + 2]) ? `<div class="heading-wrap">${open}` : open;
  };
  md.renderer.rules.heading_close = (tokens, idx) => {
    const token = at(tokens, idx, 'token');
    const anchor = anchorOf(token);
    if (!anchor) return `</${token.tag}>\n`;
    const label = escapeHtml(`Link to this section: ${anchor.text}`);
    return `</${token.tag}><a class="heading-anchor" href="#${escapeHtml(anchor.id)}" aria-label="${label}"><span aria-hidden="true">#</span></a></div>\n`;
  };

  // An image would be fetched from wherever it points; show its description as text instead.
  md.renderer.rules.image = (tokens, idx) => escapeHtml(at(tokens, idx, 'token').content);

  md.use(container, 'notice', {
    validate: (params: string) => NOTICE.test(params.trim()),
    render: (tokens: Token[], idx: number) => {
      const token = at(tokens, idx, 'token');
      if (token.nesting !== 1) return '</div>\n';
      const kind = NOTICE.exec(token.info.trim())?.[1];
      return `<div class="notice${kind ? ` notice--${kind}` : ''}">\n`;
    },
  });

  md.renderer.rules.table_open = () => '<div class="table-scroll">\n<table>\n';
  md.renderer.rules.table_close = () => '</table>\n</div>\n';
  return md;
}

const md = createMarkdown();

/** The id of the nth (1-based) place a reference is cited, for the "back to text" links. */
export function citationId(refId: string, nth: number): string {
  return nth === 1 ? `cite-${refId}` : `cite-${refId}-${nth}`;
}

function inlineText(token: Token | undefined): string {
  return (token?.children ?? [])
    .filter((child) => child.type === 'text' || child.type === 'code_inline')
    .map((child) => child.content)
    .join('')
    .trim();
}

/**
 * Renders a guide body. Citation numbers follow the order of first use. Whether each cited id is a real
 * reference is the loader's job: it refuses a guide that cites an unknown one.
 */
export function renderGuideBody(markdown: string): RenderedBody {
  return renderMarkdown(markdown, { anchors: true, placeholders: HELPLINE_PLACEHOLDERS });
}

/** Renders Markdown content: a guide's body or an information page. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedBody {
  const env: RenderEnv = { numbers: new Map(), counts: new Map(), placeholders: options.placeholders ?? {}, unknown: [] };
  const tokens = md.parse(markdown, env);
  const used = new Set(RESERVED_IDS);
  const headings: Heading[] = [];
  const guideLinks: string[] = [];
  const spanishGuideLinks: string[] = [];
  let h1Count = 0;
  let imageCount = 0;

  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') {
      const level = Number(token.tag.slice(1));
      if (level === 1) h1Count++;
      const given = takeHeadingId(tokens[i + 1]);
      const text = inlineText(tokens[i + 1]);
      let id = given ?? slugify(text);
      if (!given && /^(?:ref|cite)-/.test(id)) id = `section-${id}`;
      for (let n = 2; used.has(id); n++) id = `${given ?? slugify(text)}-${n}`;
      used.add(id);
      token.attrSet('id', id);
      if (level === 2 || level === 3) headings.push({ level, id, text });
      // markdown-it always emits heading_open, inline, heading_close.
      const close = tokens[i + 2];
      if (close?.type === 'heading_close' && level >= 2 && options.anchors) close.meta = { anchor: { id, text } };
    }
    // A placeholder alone in its paragraph that stands for a block replaces the paragraph.
    const only = token.type === 'inline' && token.children?.length === 1 ? token.children[0] : undefined;
    const paragraphOpen = tokens[i - 1];
    if (only?.type === 'placeholder' && paragraphOpen?.type === 'paragraph_open') {
      const output = expandPlaceholder(only, { ...env, unknown: [] });
      if (output?.block) {
        paragraphOpen.hidden = true;
        at(tokens, i + 1, 'paragraph_close token').hidden = true;
      }
    }
    for (const child of token.children ?? []) {
      if (child.type === 'image') imageCount++;
      if (child.type !== 'link_open') continue;
      const href = String(child.attrGet('href') ?? '');
      // Other sites get no referrer, so they cannot learn which guide someone was reading.
      if (isExternal(href)) child.attrSet('rel', 'noreferrer');
      const guide = /^\/guides\/([^/?#]+)/.exec(href);
      if (guide?.[1]) guideLinks.push(decodeURIComponent(guide[1]));
      const spanish = /^\/es\/guias\/([^/?#]+)/.exec(href);
      if (spanish?.[1]) spanishGuideLinks.push(decodeURIComponent(spanish[1]));
    }
  });

  const html = md.renderer.render(tokens, md.options, env);
  const citationOrder = [...env.numbers.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  const unknownPlaceholders = [...new Set(env.unknown)];
  return {
    html,
    headings,
    citationOrder,
    citationCounts: env.counts,
    guideLinks,
    spanishGuideLinks,
    h1Count,
    imageCount,
    unknownPlaceholders,
  };
}

/** Reads and removes a trailing `{#id}` from a heading's words; the id, if one was given. */
function takeHeadingId(inline: Token | undefined): string | undefined {
  const last = inline?.children?.at(-1);
  const match = last?.type === 'text' ? HEADING_ID.exec(last.content) : null;
  if (!last || !match) return undefined;
  last.content = last.content.slice(0, match.index);
  inline!.content = inline!.content.replace(HEADING_ID, '');
  return match[1];
}

/**
 * Plain text with its placeholders expanded, for places that are not Markdown (a guide's common questions,
 * structured data): `{{tel:samhsa}}` becomes the number. Unknown placeholders are left as written.
 */
export function expandPlainText(
  text: string,
  plain: Record<string, (argument: string | undefined) => string | undefined>,
): string {
  return text.replace(/\{\{([a-z][a-z0-9-]*)(?::([a-z0-9][a-z0-9-]*))?\}\}/g, (all, name: string, argument?: string) =>
    name === 'ref' ? all : (plain[name]?.(argument) ?? all),
  );
}
