/**
 * @module content-placeholders
 * The placeholders every piece of content may use (see ./markdown.ts): `{{tel:ID}}` and `{{sms:ID}}` link to a
 * help line by its id in ./helplines.ts (`samhsa`, `988`, `911`, `poison-control`, `never-use-alone`), so a
 * number is written in one place only. In plain text (a guide's common questions) they become the number.
 */
import { HelplineLink } from './helpline-link.tsx';
import { HELPLINES } from './helplines.ts';
import type { Placeholders } from './markdown.ts';

const line = (id: string | undefined) => (id ? HELPLINES.get(id) : undefined);

export const HELPLINE_PLACEHOLDERS: Placeholders = {
  tel: (id) => {
    const found = line(id);
    return found ? { html: String(<HelplineLink line={found} />) } : undefined;
  },
  sms: (id) => {
    const found = line(id);
    return found?.text ? { html: String(<HelplineLink line={found} sms />) } : undefined;
  },
};

export const HELPLINE_PLAIN_TEXT: Record<string, (id: string | undefined) => string | undefined> = {
  tel: (id) => line(id)?.display,
  sms: (id) => line(id)?.text?.sms,
};
