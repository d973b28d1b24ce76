/**
 * site.css in two parts (cut when public/ is read, src/ui/assets.ts), for the pages that cannot carry only
 * their own rules (src/ui/page-css.ts): those whose script draws new screens in the browser (the self-check).
 * On a phone with a 400 ms round trip, a stylesheet linked from `<head>` holds back the first paint by at least
 * one more round trip.
 *
 * - `firstScreen`: everything above the `@below-first-screen` line of public/site.css. Such a page inlines it
 *   in `<head>`, in a `<style>` element carrying the response's CSP nonce (src/lib/security.ts).
 * - `belowFirstScreen`: the rest, served as `/assets/site-rest.css` and linked at the end of `<body>`. A
 *   stylesheet linked there does not hold up the paint of what comes before it, and needs no script.
 *
 * Both come from the one file, cut at one line and kept in order, so nothing is copied by hand and the cascade
 * is exactly that of site.css. test/e2e/first-screen.e2e.test.ts checks that our pages' first screens look the
 * same with the second part blocked, and that every page looks the same as with site.css whole.
 *
 * @module
 */

/** The line in site.css that starts the part no first screen needs. */
export const SPLIT_MARKER = '@below-first-screen';

export interface SiteCss {
  firstScreen: string;
  belowFirstScreen: string;
}

/** Cuts a stylesheet at the comment holding {@link SPLIT_MARKER}, and compacts both parts. */
export function splitSiteCss(css: string): SiteCss {
  const at = css.indexOf(SPLIT_MARKER);
  if (at < 0 || css.indexOf(SPLIT_MARKER, at + 1) >= 0) {
    throw new Error(`site.css must hold "${SPLIT_MARKER}" exactly once, in the comment that splits it.`);
  }
  const commentStart = css.lastIndexOf('/*', at);
  if (commentStart < 0 || css.slice(commentStart, at).includes('*/')) {
    throw new Error(`"${SPLIT_MARKER}" in site.css must sit inside a comment.`);
  }
  const firstScreen = compactCss(css.slice(0, commentStart));
  if (/<\/style/i.test(firstScreen)) throw new Error('The first-screen styles contain "</style", which would end the element.');
  return { firstScreen, belowFirstScreen: compactCss(css.slice(commentStart)) };
}

/**
 * CSS without comments, indentation or blank lines: the first-screen part is sent with every page, so every
 * byte counts (brotli makes what a full minifier would add small). Whitespace at the start or end of a line is
 * never significant in CSS (a string cannot run over a line), and our stylesheet has no comment markers inside
 * strings.
 */
export function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
