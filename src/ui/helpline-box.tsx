import { HelplineLink } from './helpline-link.tsx';
import { CRISIS_988, EMERGENCY_911, type Helpline, SAMHSA_HELPLINE } from './helplines.ts';
import { memoHtml } from './memo.ts';
import { messages } from './messages/index.ts';

function Line(props: { line: Helpline }) {
  const { line } = props;
  return (
    <li>
      <strong>{line.name}:</strong> <HelplineLink line={line} />
      {line.text ? (
        <>
          {' '}
          (
          <HelplineLink line={line} sms>
            {line.text.display}
          </HelplineLink>
          )
        </>
      ) : null}
      <br />
      <span class="small">{line.note}</span>
    </li>
  );
}

/** The help lines as a block, for the end of guides and results pages. */
export function HelplineBox(props: { title?: string; lines?: Helpline[] }) {
  const lines = props.lines ?? [SAMHSA_HELPLINE, CRISIS_988, EMERGENCY_911];
  // The same few boxes appear on many pages; their HTML depends only on the title and the lines.
  return memoHtml(`helpline-box:${props.title ?? ''}:${lines.map((l) => l.tel).join(',')}`, () => (
    <section class="helpline-box" aria-labelledby="helplines-title">
      <h2 id="helplines-title">{props.title ?? messages().layout.helplineBox.title}</h2>
      <ul>
        {lines.map((line) => (
          <Line line={line} />
        ))}
      </ul>
    </section>
  ));
}
