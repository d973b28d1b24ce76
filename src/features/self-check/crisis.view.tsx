/**
 * /crisis: what to do right now. Plain HTML with big tel: links, so it works on any phone with no JavaScript.
 * The words are in content/pages/crisis.md (with its sources and review status); this file keeps the page's
 * structure and its call buttons, which the Markdown places with `{{call-buttons}}`, `{{call:ID}}` and
 * `{{call-and-text:ID}}`. The parts the self-check's safety screen links to have stable ids (`CRISIS_SECTIONS`),
 * and the page refuses to load without them.
 *
 * @module
 */
import { raw } from 'hono/html';
import type { ContentPage, PageSpec } from '../../ui/content-pages.tsx';
import { HelplineLink } from '../../ui/helpline-link.tsx';
import { CRISIS_988, EMERGENCY_911, HELPLINES, type Helpline, POISON_CONTROL } from '../../ui/helplines.ts';
import { fill, messages } from '../../ui/messages/index.ts';
import { CRISIS_SECTIONS, type CrisisSection } from './self-check.rules.ts';

/** The words on a call button: "Call 911", or the line's name and number for a full number. */
function callLabel(line: Helpline): string {
  const m = messages().crisis;
  return line.display.length <= 3
    ? fill(m.callNumber, { number: line.display })
    : fill(m.callLine, { name: line.name, number: line.display });
}

export function CallButton(props: { line: Helpline; label?: string }) {
  const warning = props.line === EMERGENCY_911 ? ' button--warning' : '';
  return (
    <HelplineLink line={props.line} class={`button call-button${warning}`}>
      {props.label ?? callLabel(props.line)}
    </HelplineLink>
  );
}

export function TextButton(props: { line: Helpline }) {
  return (
    <HelplineLink line={props.line} sms class="button call-button button--secondary">
      {fill(messages().crisis.textNumber, { number: props.line.text?.sms ?? props.line.display })}
    </HelplineLink>
  );
}

/** What content/pages/crisis.md may use, and the parts it must have. */
export function crisisPageSpec(): PageSpec {
  const block = (html: unknown) => ({ html: String(html), block: true });
  return {
    sections: CRISIS_SECTIONS,
    placeholders: {
      'call-buttons': () =>
        block(
          <div class="button-group crisis-calls">
            <CallButton line={EMERGENCY_911} />
            <CallButton line={CRISIS_988} />
            <TextButton line={CRISIS_988} />
            <CallButton
              line={POISON_CONTROL}
              label={fill(messages().crisis.line, { name: POISON_CONTROL.name, number: POISON_CONTROL.display })}
            />
          </div>,
        ),
      call: (id) => {
        const line = id ? HELPLINES.get(id) : undefined;
        return line ? { html: String(<CallButton line={line} />) } : undefined;
      },
      'call-and-text': (id) => {
        const line = id ? HELPLINES.get(id) : undefined;
        if (!line?.text) return undefined;
        return block(
          <div class="button-group">
            <CallButton line={line} />
            <TextButton line={line} />
          </div>,
        );
      },
    },
  };
}

const isCrisisSection = (id: string): id is CrisisSection => (CRISIS_SECTIONS as readonly string[]).includes(id);

/**
 * The crisis page. `first` puts one part at the top, marked out, right after the call buttons: the self-check
 * does this (without JavaScript) for the danger someone ticked, on the very page that answers their form.
 */
export function CrisisPage(props: { page: ContentPage; first?: CrisisSection }) {
  const { page, first } = props;
  const byId = new Map(page.sections.map((s) => [s.id, s]));
  const order = first ? [first, ...CRISIS_SECTIONS.filter((s) => s !== first)] : CRISIS_SECTIONS;
  const others = page.sections.filter((s) => !isCrisisSection(s.id));
  return (
    <>
      <h1>{page.meta.title}</h1>
      {page.meta.summary ? <p class="lead">{page.meta.summary}</p> : null}
      {raw(page.intro)}
      {order.map((id) => {
        const section = byId.get(id);
        return section ? (
          <section
            id={id}
            class={id === first ? 'crisis-section crisis-section--first' : 'crisis-section'}
            aria-labelledby={`${id}-title`}
          >
            <h2 id={`${id}-title`}>{section.title}</h2>
            {raw(section.html)}
          </section>
        ) : null;
      })}
      {others.map((section) =>
        section.id === 'sources' ? (
          <>
            <h2 id="sources">{section.title}</h2>
            {raw(section.html)}
          </>
        ) : (
          <section id={section.id} class="crisis-section" aria-labelledby={`${section.id}-title`}>
            <h2 id={`${section.id}-title`}>{section.title}</h2>
            {raw(section.html)}
          </section>
        ),
      )}
    </>
  );
}
