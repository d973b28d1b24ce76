/**
 * The pages an app serves, for tests that go through all of them (Spanish twins, the layout's templates).
 */
import assert from 'node:assert/strict';
import type { TestApp } from './app.ts';

/**
 * Routes that are not pages (data, files, machines), the Spanish pages (each English page names its twin), and
 * the editors' pages (staff, English only; each carries a new sign-in token).
 */
const NOT_PAGES = [
  /^\/api\/(v1|openapi)/,
  /^\/assets\//,
  /^\/sitemap\.xml$/,
  /^\/robots\.txt$/,
  /^\/healthz$/,
  /^\/es(\/|$)/,
  /^\/editor(\/|$)/,
];

/** Every English page the app serves by GET, with its parameters filled with a real facility and guide. */
export async function englishPages(t: TestApp): Promise<string[]> {
  const search = await t.request('/api/v1/facilities?near=21201&radius=25');
  const facility = ((await search.json()) as { facilities: { id: string }[] }).facilities[0]?.id;
  assert.ok(facility, 'a facility to visit');
  const guide = t.deps.guides.list()[0]?.meta.slug;
  assert.ok(guide, 'a guide to visit');
  const paths = t.app.routes
    .filter((r) => r.method === 'GET' && !r.path.includes('*') && !NOT_PAGES.some((re) => re.test(r.path)))
    .map((r) => r.path.replace(':id', facility).replace(':slug', guide));
  return [...new Set(paths)];
}
