/**
 * Text as JSX and hono's `html` write it in an element or an attribute value: the five characters `&<>'"`
 * escaped the same way (`'` as `&#39;`), so markup joined as strings is byte for byte what JSX would write.
 *
 * @module
 */

const SPECIAL = /[&<>'"]/;
const SPECIALS = /[&<>'"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** `text` escaped as JSX escapes it (most text has nothing to escape and comes back as it is). */
export function esc(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (ch) => ENTITIES[ch] as string) : text;
}
