/**
 * A link checker: on the real server (the browser tier's shared one), crawls every page reachable from / (and every address in
 * /sitemap.xml), in English and in Spanish (/es/…), follows every internal href, src and GET form action, and fails on any that answers 4xx
 * or 5xx, or that points at an #anchor the target page does not have. Each broken link is reported with
 * the pages it was found on. No browser needed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useSite } from '../support/site.ts';

/** Far more than the site has; a crawl that reaches it has found a link trap, which is a bug too. */
const MAX_URLS = 5000;

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const attribute = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return match ? decode(match[1]!) : undefined;
};

/** Every address a page points at that a browser would GET: links, assets, and GET forms' actions. */
function linksIn(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(?:a|link|script|img|source|iframe|form)\b[^>]*>/gi)) {
    if (/^<form/i.test(tag)) {
      const method = (attribute(tag, 'method') ?? 'get').toLowerCase();
      if (method === 'get') found.push(attribute(tag, 'action') ?? '');
      continue;
    }
    for (const name of ['href', 'src']) {
      const value = attribute(tag, name);
      if (value !== undefined) found.push(value);
    }
  }
  return found;
}

const idsIn = (html: string) => new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1]!)));

interface Fetched {
  status: number;
  ids?: Set<string>;
}

// The browser tier's shared site (the crawl only reads pages), or a server of its own when run elsewhere.
const site = useSite();

test('every internal link on the site works', async () => {
  const origin = new URL(site.server.url).origin;
  const foundOn = new Map<string, Set<string>>();
  const anchorsWanted = new Map<string, Set<string>>(); // "url#id" -> pages
  const queue: string[] = [];
  const results = new Map<string, Fetched>();

  const note = (map: Map<string, Set<string>>, key: string, page: string) => {
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)!.add(page);
  };
  /** `page` is the path the link was found on; links are resolved against it, as a browser would. */
  const enqueue = (raw: string, page: string) => {
    if (/^(?:tel|sms|mailto|javascript|data):/i.test(raw.trim())) return;
    const url = new URL(raw, `${origin}${page.startsWith('/') ? page : '/'}`);
    if (url.origin !== origin) return;
    // The API is checked by its own tests; only its front page belongs to the site's pages.
    if (url.pathname.startsWith('/api/')) return;
    const target = url.pathname + url.search;
    if (url.hash.length > 1) note(anchorsWanted, `${target}${url.hash}`, page);
    // A link within the page (the skip link, a citation) is only an anchor to check, not a link to report.
    if (target === page && url.hash) return;
    if (!foundOn.has(target)) queue.push(target);
    note(foundOn, target, page);
  };

  enqueue('/', '(start)');
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) enqueue(decode(loc!), '/sitemap.xml');

  while (queue.length > 0 && results.size < MAX_URLS) {
    const batch = queue.splice(0, 8);
    await Promise.all(
      batch.map(async (target) => {
        const response = await fetch(`${origin}${target}`, { redirect: 'follow' });
        const fetched: Fetched = { status: response.status };
        const finalUrl = new URL(response.url);
        if ((response.headers.get('content-type') ?? '').startsWith('text/html') && finalUrl.origin === origin) {
          // Error pages are parsed too: their navigation is the site's, and the crawl must not stop at one.
          const html = await response.text();
          fetched.ids = idsIn(html);
          for (const link of linksIn(html)) enqueue(link, finalUrl.pathname + finalUrl.search);
        } else {
          await response.arrayBuffer();
        }
        results.set(target, fetched);
      }),
    );
  }
  assert.ok(results.size < MAX_URLS, `the crawl stopped after ${MAX_URLS} addresses; is there a link trap?`);
  assert.ok(results.size > 10, `expected to crawl more than ${results.size} addresses`);
  // Both languages: every page links to its twin, and the sitemap lists the Spanish pages.
  for (const spanish of ['/es', '/es/find', '/es/guias', '/es/crisis', '/es/self-check', '/es/about/privacy', '/es/api']) {
    assert.equal(results.get(spanish)?.status, 200, `the crawl reached ${spanish}`);
  }

  const pages = (set: Set<string> | undefined) => {
    const list = [...(set ?? [])];
    return `${list.slice(0, 4).join(', ')}${list.length > 4 ? ` and ${list.length - 4} more` : ''}`;
  };
  const broken = [...results]
    .filter(([, r]) => r.status >= 400)
    .map(([target, r]) => `  ${r.status} ${target}  (found on ${pages(foundOn.get(target))})`)
    .sort();
  const missingAnchors = [...anchorsWanted]
    .filter(([key]) => {
      const [target, id] = [key.slice(0, key.indexOf('#')), decodeURIComponent(key.slice(key.indexOf('#') + 1))];
      const result = results.get(target);
      return result?.ids !== undefined && result.status < 400 && !result.ids.has(id);
    })
    .map(([key, on]) => `  ${key}  (found on ${pages(on)})`)
    .sort();

  const report = [
    broken.length ? `Broken links (${broken.length}):\n${broken.join('\n')}` : '',
    missingAnchors.length ? `Links to a missing #anchor (${missingAnchors.length}):\n${missingAnchors.join('\n')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  assert.equal(report, '', `Checked ${results.size} addresses.\n${report}`);
});
