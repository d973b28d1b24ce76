/**
 * @module guide.markdown
 * Turns a guide's Markdown body into HTML. markdown-it runs with `html: false`, so raw HTML in a guide is
 * shown as text and never reaches the page. On top of plain Markdown this adds what a guide needs:
 * heading ids with anchor links, numbered citations from `{{ref:ID}}`, `rel="noreferrer"` on links to other
 * sites, tables that scroll on small screens, and no images (an image would load from another host).
 */
import markdownIt, { type MarkdownIt, type StateInline, type Token } from 'markdown-it';

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
  /** Level-1 headings in the body (the page's only h1 is the title, so these are mistakes). */
  h1Count: number;
  /** Images in the body (not shown: they could load from another host). */
  imageCount: number;
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
};

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

function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: true });
  md.inline.ruler.before('emphasis', 'guide_citation', citationRule);

  md.renderer.rules.guide_citation = (tokens, idx, _options, renderEnv) => {
    const env = renderEnv as RenderEnv;
    const id = (tokens[idx]!.meta as { id: string }).id;
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
    const token = tokens[idx]!;
    const anchor = anchorOf(token);
    if (!anchor) return `</${token.tag}>\n`;
    const label = escapeHtml(`Link to this section: ${anchor.text}`);
    return `</${token.tag}><a class="heading-anchor" href="#${escapeHtml(anchor.id)}" aria-label="${label}"><span aria-hidden="true">#</span></a></div>\n`;
  };

  // An image would be fetched from wherever it points; show its description as text instead.
  md.renderer.rules.image = (tokens, idx) => escapeHtml(tokens[idx]!.content);

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
  const env: RenderEnv = { numbers: new Map(), counts: new Map() };
  const tokens = md.parse(markdown, env);
  const used = new Set(RESERVED_IDS);
  const headings: Heading[] = [];
  const guideLinks: string[] = [];
  let h1Count = 0;
  let imageCount = 0;

  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') {
      const level = Number(token.tag.slice(1));
      if (level === 1) h1Count++;
      const text = inlineText(tokens[i + 1]);
      let id = slugify(text);
      if (/^(?:ref|cite)-/.test(id)) id = `section-${id}`;
      for (let n = 2; used.has(id); n++) id = `${slugify(text)}-${n}`;
      used.add(id);
      token.attrSet('id', id);
      if (level === 2 || level === 3) headings.push({ level, id, text });
      // markdown-it always emits heading_open, inline, heading_close.
      const close = tokens[i + 2];
      if (close?.type === 'heading_close' && level >= 2) close.meta = { anchor: { id, text } };
    }
    for (const child of token.children ?? []) {
      if (child.type === 'image') imageCount++;
      if (child.type !== 'link_open') continue;
      const href = String(child.attrGet('href') ?? '');
      // Other sites get no referrer, so they cannot learn which guide someone was reading.
      if (isExternal(href)) child.attrSet('rel', 'noreferrer');
      const guide = /^\/guides\/([^/?#]+)/.exec(href);
      if (guide?.[1]) guideLinks.push(decodeURIComponent(guide[1]));
    }
  });

  const html = md.renderer.render(tokens, md.options, env);
  const citationOrder = [...env.numbers.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
  return { html, headings, citationOrder, citationCounts: env.counts, guideLinks, h1Count, imageCount };
}
