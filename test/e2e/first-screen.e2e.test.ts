/**
 * The first screen in one round trip (issue 13): every page carries the rules of site.css it can use in a
 * <style> in <head> (src/ui/page-css.ts) and links no stylesheet; a page whose script draws new screens (the
 * self-check) inlines the first-screen part of site.css and links the rest (site-rest.css) at the end of
 * <body>. These tests load pages in Chromium three ways and compare the computed styles and boxes of their
 * elements:
 *   - as served, with everything loaded;
 *   - as served, with site.css and site-rest.css blocked: what a phone shows before either arrives. Everything on the
 *     first screen must already look exactly as it will;
 *   - with the inline styles and site-rest.css replaced by the whole site.css in <head>: what the page carries
 *     must style every element exactly as the one stylesheet does (no rule lost, the cascade unchanged).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { IN_PARALLEL, openPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site.ts';

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

/** Public pages of every kind; the facility page is added from the first result. */
const PAGES = [
  '/',
  '/find?near=21201',
  '/find?near=21201&medication=buprenorphine&page=2',
  '/guides',
  '/guides/heroin-rehab-treatment-options',
  '/self-check',
  '/crisis',
  '/about/data',
];

interface ElementStyle {
  /** Tag, id and class, to say which element differs. */
  name: string;
  /** Whether any of it is within the first screen (the viewport on arrival). */
  firstScreen: boolean;
  /** Whether its bottom edge is too: its height then matters to the first screen. */
  endsOnFirstScreen: boolean;
  box: string;
  height: number;
  style: string[];
}

/** Every element of the body with all its computed properties (and those of ::before/::after) and its box. */
function snapshot(page: Page): Promise<ElementStyle[]> {
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  return page.evaluate(SNAPSHOT) as Promise<ElementStyle[]>;
}

/** What our stylesheet sets, in computed form; with each element's box, a change anywhere else shows too. */
const PROPERTIES = [
  'display',
  'position',
  'top',
  'right',
  'z-index',
  'float',
  'visibility',
  'overflow-x',
  'clip-path',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'text-decoration-line',
  'text-decoration-thickness',
  'text-underline-offset',
  'text-align',
  'text-transform',
  'white-space',
  'letter-spacing',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top',
  'border-right',
  'border-bottom',
  'border-left',
  'border-radius',
  'outline',
  'box-shadow',
  'width',
  'max-width',
  'min-height',
  'gap',
  'flex-wrap',
  'align-items',
  'grid-template-columns',
  'list-style-type',
  'accent-color',
  'cursor',
  'content',
  'fill',
  'stroke',
  'break-inside',
];

const SNAPSHOT = `(() => {
  const props = ${JSON.stringify(PROPERTIES)};
  const styleOf = (el, pseudo) => {
    const cs = getComputedStyle(el, pseudo);
    if (pseudo && (cs.content === 'none' || cs.content === 'normal')) return [];
    return props.map((p) => (pseudo ?? '') + p + ': ' + cs.getPropertyValue(p));
  };
  return [...document.body.querySelectorAll('*')]
    .filter((el) => !['SCRIPT', 'LINK', 'STYLE'].includes(el.tagName))
    .map((el) => {
      const r = el.getBoundingClientRect();
      return {
        name: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.classList.length ? '.' + [...el.classList].join('.') : ''),
        firstScreen: r.top < window.innerHeight && r.bottom > 0 && r.width > 0 && r.height > 0,
        endsOnFirstScreen: r.bottom <= window.innerHeight,
        box: [r.x, r.y, r.width].map((n) => Math.round(n)).join(','),
        height: Math.round(r.height),
        style: [...styleOf(el, null), ...styleOf(el, '::before'), ...styleOf(el, '::after')],
      };
    });
})()`;

/** The differences between two snapshots of the same page, for the elements `which` picks; empty if none. */
function differences(expected: ElementStyle[], actual: ElementStyle[], firstScreenOnly: boolean): string[] {
  const which = (e: ElementStyle) => !firstScreenOnly || e.firstScreen;
  if (expected.length !== actual.length) return [`${expected.length} elements, now ${actual.length}`];
  const out: string[] = [];
  expected.forEach((e, i) => {
    const a = actual[i] as ElementStyle;
    if (!which(e)) return;
    if (e.box !== a.box) out.push(`${e.name}: box ${e.box} → ${a.box}`);
    // A box that runs on below the first screen may grow with what is below; only its top part is seen.
    if (e.height !== a.height && (!firstScreenOnly || e.endsOnFirstScreen))
      out.push(`${e.name}: height ${e.height} → ${a.height}`);
    const changed = e.style.filter((p, k) => a.style[k] !== p);
    if (changed.length || e.style.length !== a.style.length) {
      out.push(
        `${e.name}: ${changed.slice(0, 3).join('; ')} → ${a.style
          .filter((p) => !e.style.includes(p))
          .slice(0, 3)
          .join('; ')}`,
      );
    }
  });
  return out;
}

type How = 'served' | 'rest blocked' | 'whole site.css';

/** One page per way of loading, for one viewport: a context each, reused for every path. */
async function openWays(browser: Browser, baseUrl: string, viewport: (typeof VIEWPORTS)[number]) {
  const ways = {} as Record<How, Awaited<ReturnType<typeof openPage>>>;
  for (const how of ['served', 'rest blocked', 'whole site.css'] as How[]) {
    const opened = await openPage(browser, baseUrl, viewport);
    if (how === 'rest blocked') await opened.page.route('**/assets/site*.css*', (route) => route.abort());
    if (how === 'whole site.css') {
      await opened.page.route(
        (url) => !url.pathname.startsWith('/assets/'),
        async (route) => {
          if (route.request().resourceType() !== 'document') return route.continue();
          const response = await route.fetch();
          const html = await response.text();
          const rewritten = html
            .replace(/<style nonce="[^"]+">[\s\S]*?<\/style>/, '<link rel="stylesheet" href="/assets/site.css"/>')
            .replace(/<link rel="stylesheet" href="\/assets\/site-rest\.css\?v=[0-9a-f]+"\/>/, '');
          assert.notEqual(rewritten, html);
          await route.fulfill({ response, body: rewritten });
        },
      );
    }
    ways[how] = opened;
  }
  return ways;
}

async function load(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'load' });
  // Text is measured with its fonts in place (a select is as wide as its widest option's text).
  await page.evaluate('document.fonts.ready.then(() => true)');
  return snapshot(page);
}

/**
 * What differs for one page between the ways of loading it. Looked at twice when something differs: a rule
 * missing from a page's CSS differs every time, while a loaded machine once drew a select 11 px narrower in one
 * of two identical pages (its option text measured before its font was ready); only what differs both times
 * counts.
 */
async function pageProblems(ways: Awaited<ReturnType<typeof openWays>>, path: string): Promise<string[]> {
  const look = async () => {
    const served = await load(ways.served.page, path);
    const blocked = await load(ways['rest blocked'].page, path);
    const whole = await load(ways['whole site.css'].page, path);
    return [
      ...differences(served, blocked, true).map((d) => `${path} first screen: ${d}`),
      ...differences(whole, served, false).map((d) => `${path} vs site.css whole: ${d}`),
    ];
  };
  const first = await look();
  if (first.length === 0) return first;
  const again = new Set(await look());
  return first.filter((problem) => again.has(problem));
}

describe('the first screen in one round trip', () => {
  const site = useSiteInBrowser();
  let facilityPath = '';

  test('home and results: header, search form and first card are styled with no stylesheet file and no script', async () => {
    const { page, context } = await openPage(site.browser, site.server.url, { javaScript: false, width: 360, height: 740 });
    const stylesheets: string[] = [];
    await page.route('**/assets/site*.css*', (route) => {
      stylesheets.push(route.request().url());
      return route.abort();
    });
    await page.goto('/find?near=21201');
    assert.deepEqual(stylesheets, [], 'the results page asks for no stylesheet: its rules are in its HTML');
    const css = (selector: string, prop: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);
    assert.equal(await css('.site-header', 'background-color'), 'rgb(0, 84, 107)');
    assert.equal(await css('.search-summary', 'display'), 'flex');
    assert.equal(await css('.results', 'list-style-type'), 'none');
    assert.equal(await css('.result', 'border-top-style'), 'solid');
    assert.equal(await css('.result .call-button', 'min-height'), '44px');
    const tel = page.locator('main li.result a[href^="tel:"]').first();
    assert.ok(await tel.isVisible(), 'the first result shows its phone without script or a stylesheet file');
    await page.goto('/');
    assert.equal(await css('.search-box', 'background-color'), 'rgb(243, 245, 246)');
    assert.equal(await css('.search-box button[type="submit"]', 'background-color'), 'rgb(0, 112, 60)');
    assert.deepEqual(stylesheets, [], 'nor does the home page');
    await page.goto('/find?near=21201');
    facilityPath = new URL((await page.locator('main li.result h3 a').first().getAttribute('href')) as string, site.server.url)
      .pathname;
    await context.close();
  });

  // The viewports side by side, once the test above has found a facility page.
  describe('every page, at each screen size', { concurrency: IN_PARALLEL }, () => {
    for (const viewport of VIEWPORTS) {
      test(`${viewport.width}×${viewport.height}: every page's first screen looks the same with no stylesheet file, and all of it as with site.css whole`, async () => {
        assert.ok(facilityPath, 'the results test found a facility page');
        const ways = await openWays(site.browser, site.server.url, viewport);
        const problems: string[] = [];
        for (const path of [...PAGES, facilityPath]) problems.push(...(await pageProblems(ways, path)));
        if (viewport.width > 1000) {
          // Printed too: the print rules are in the second part.
          await ways['whole site.css'].page.emulateMedia({ media: 'print' });
          await ways.served.page.emulateMedia({ media: 'print' });
          for (const path of ['/find?near=21201', '/guides/heroin-rehab-treatment-options']) {
            for (const d of differences(
              await load(ways['whole site.css'].page, path),
              await load(ways.served.page, path),
              false,
            )) {
              problems.push(`${path} printed vs site.css whole: ${d}`);
            }
          }
        }
        for (const way of Object.values(ways)) assert.deepEqual(way.foreignRequests, []);
        await Promise.all(Object.values(ways).map((way) => way.context.close()));
        assert.deepEqual(problems, []);
      });
    }
  });
});
