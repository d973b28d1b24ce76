import type { Child } from 'hono/jsx';
import { type Helpline, smsHref, telHref } from './helplines.ts';

/**
 * A link that calls (or, with `sms`, texts) one of the help lines in ./helplines.ts. Its words are the line's
 * own number unless `children` says otherwise ("Call 988"); `class` makes it a button.
 *
 * @example <HelplineLink line={SAMHSA_HELPLINE} />   // a tel: link whose words are the helpline's number
 * @example <HelplineLink line={CRISIS_988} sms class="button">Text 988</HelplineLink>
 */
export function HelplineLink(props: { line: Helpline; sms?: boolean; class?: string; children?: Child }) {
  return (
    <a href={props.sms ? smsHref(props.line) : telHref(props.line)} class={props.class}>
      {props.children ?? (props.sms ? (props.line.text?.sms ?? props.line.display) : props.line.display)}
    </a>
  );
}
