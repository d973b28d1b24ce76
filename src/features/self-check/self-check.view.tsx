/**
 * The self-check's screens: intro, one step, the result and the printable summary. These components take
 * only props (no request, no file system), so the server renders them inside the page layout and the
 * browser bundle renders the very same markup when JavaScript moves between steps.
 *
 * @module
 */
import type { Child } from 'hono/jsx';
import { concept, GROUP_LABELS } from '../../domain/concepts.ts';
import { ClinicalReviewLine } from '../../ui/clinical-review.tsx';
import { ChoiceGroup, ErrorSummary } from '../../ui/forms.tsx';
import { HelplineBox } from '../../ui/helpline-box.tsx';
import { HelplineLink } from '../../ui/helpline-link.tsx';
import { CRISIS_988, EMERGENCY_911, SAMHSA_HELPLINE } from '../../ui/helplines.ts';
import { paths } from '../../ui/paths.ts';
import { FILTER_ORDER, type Result } from './self-check.evaluate.ts';
import { fieldId, type Screen, TOTAL_QUESTIONS } from './self-check.flow.ts';
import { type Answers, choiceLabel, type Question, STEPS, type Step, say, type Who, whoFrom } from './self-check.questions.ts';
import { RULES_REVIEW } from './self-check.rules.ts';

/** Carries every answer not shown on this screen, so nothing is lost and nothing is stored. */
function HiddenAnswers(props: { answers: Answers; except?: readonly Question[] }) {
  const shown = new Set((props.except ?? []).map((q) => q.id));
  return (
    <>
      {Object.entries(props.answers).flatMap(([id, values]) =>
        shown.has(id) ? [] : values.map((value) => <input type="hidden" name={id} value={value} />),
      )}
    </>
  );
}

function StartOver() {
  return (
    <a href={paths.selfCheck()} class="start-over">
      Start over<span class="visually-hidden"> (clears every answer)</span>
    </a>
  );
}

function Intro() {
  return (
    <>
      <h1 tabindex={-1}>What kind of treatment should I ask about?</h1>
      <p class="lead">
        Answer {TOTAL_QUESTIONS} short questions, for yourself or for someone you are helping, and get a suggested place to start,
        medicines to ask about, and a search for treatment near you.
      </p>
      <div class="notice notice--crisis">
        <p>
          <strong>If someone is in danger right now, do not wait.</strong> Call <HelplineLink line={EMERGENCY_911} />, or{' '}
          <a href={paths.crisis()}>get crisis help now</a>.
        </p>
      </div>
      <h2>Before you start</h2>
      <ul>
        <li>It takes about 5 minutes. You can skip any question.</li>
        <li>
          It is private. Your answers are not saved and are not written to our logs. With JavaScript turned on, they never leave
          your device at all. Only if you choose to search at the end do the search filters (such as “Residential” or “Pregnant or
          postpartum people”) go into the search’s web address, where you can see and change them.
        </li>
        <li>
          It is not a diagnosis or a placement. It gives you a starting point to talk over with a clinician or the SAMHSA National
          Helpline at <HelplineLink line={SAMHSA_HELPLINE} />.
        </li>
      </ul>
      <form method="post" action={paths.selfCheck()} data-self-check-form="">
        <input type="hidden" name="step" value="intro" />
        <button type="submit" class="button" name="go" value="start">
          Start the self-check
        </button>
      </form>
      <p>
        The rules are public: read <a href={paths.howSelfCheckWorks()}>how the self-check works</a>.
      </p>
    </>
  );
}

function QuestionField(props: {
  question: Question;
  who: Who;
  answers: Answers;
  error?: string | undefined;
  headingText?: string;
}) {
  const { question: q, who } = props;
  const legend = say(q.legend, who);
  return (
    <ChoiceGroup
      type={q.type}
      id={fieldId(q.id)}
      name={q.id}
      legend={legend}
      legendClass={legend === props.headingText ? 'visually-hidden' : undefined}
      hint={q.hint ? say(q.hint, who) : undefined}
      error={props.error}
      choices={q.choices.map((c) => ({ value: c.value, label: say(c.label, who), hint: c.hint ? say(c.hint, who) : undefined }))}
      selected={props.answers[q.id] ?? []}
    />
  );
}

function StepView(props: { step: Step; index: number; answers: Answers; errors: { href: string; text: string }[] }) {
  const { step, index, answers } = props;
  const who = whoFrom(answers);
  const title = say(step.title, who);
  const isSafety = step.id === 'safety';
  return (
    <form method="post" action={paths.selfCheck()} data-self-check-form="" novalidate>
      <ErrorSummary errors={props.errors} />
      <p class="caption">{isSafety ? 'Safety first' : `Question ${index} of ${TOTAL_QUESTIONS}`}</p>
      <h1 tabindex={-1}>{title}</h1>
      {isSafety ? (
        <p>
          If someone is in danger, you do not need to finish this. <a href={paths.crisis()}>Get crisis help now</a>.
        </p>
      ) : null}
      <input type="hidden" name="step" value={step.id} />
      <HiddenAnswers answers={answers} except={step.questions} />
      {step.questions.map((q) => (
        <QuestionField
          question={q}
          who={who}
          answers={answers}
          headingText={step.questions.length === 1 ? title : undefined}
          error={props.errors.find((e) => e.href === fieldId(q.id))?.text}
        />
      ))}
      {step.why ? (
        <details class="why">
          <summary>Why we ask this</summary>
          <p>{say(step.why, who)}</p>
        </details>
      ) : null}
      <div class="button-group">
        <button type="submit" class="button" name="go" value="next">
          Continue
        </button>
        {isSafety ? null : (
          <button type="submit" class="button button--secondary" name="go" value="skip">
            Skip this question
          </button>
        )}
      </div>
      <p class="step-links">
        <button type="submit" class="link-button" name="go" value="back">
          Back
        </button>
        <StartOver />
      </p>
    </form>
  );
}

/** "Because you said …" for the level, or why the default was chosen. */
function Reasons(props: { result: Result }) {
  const { result } = props;
  if (result.reasons.length === 0) {
    return (
      <p>
        Nothing you told us points to a need for more care than this. Outpatient care with medication works well for many people
        who have a safe place to live.
      </p>
    );
  }
  return (
    <ul>
      {result.reasons.map((r) => (
        <li>Because you said {say(r.because, result.who)}.</li>
      ))}
    </ul>
  );
}

function NotADiagnosis() {
  return (
    <div class="notice">
      <p>
        <strong>This is not a diagnosis or a placement.</strong> It is a starting point. Talk it over with a clinician, or call
        the SAMHSA National Helpline at <HelplineLink line={SAMHSA_HELPLINE} /> (free, private, any time).
      </p>
      <ClinicalReviewLine
        review={RULES_REVIEW}
        pending="No clinician has reviewed the self-check’s rules yet: they are our own design, set out in “How the self-check works”."
      />
    </div>
  );
}

function Medications(props: { result: Result; headingLevel: 'h2' | 'h3' }) {
  const Heading = props.headingLevel;
  return (
    <>
      <p>
        Medication is recommended for opioid use disorder at every level of care, from outpatient visits to a hospital stay.
        People who take methadone or buprenorphine are much less likely to die. Ask each place which of these they offer.
      </p>
      {props.result.medications.map(({ medication, interested }) => (
        <div class="medication">
          <Heading>
            {medication.name} {interested ? <span class="tag">You asked about this</span> : null}
          </Heading>
          <p>{medication.about}</p>
        </div>
      ))}
    </>
  );
}

function filterLines(result: Result): string[] {
  return FILTER_ORDER.flatMap((group) => {
    const labels = result.filters[group].map((v) => concept(group, v)?.label ?? v);
    return labels.length ? [`${GROUP_LABELS[group].legend}: ${labels.join(', ')}`] : [];
  });
}

function AnswerSummary(props: { answers: Answers; compact?: boolean }) {
  const who = whoFrom(props.answers);
  const questions = STEPS.slice(1).flatMap((s) => s.questions);
  return (
    <dl class={props.compact ? 'summary-list summary-list--compact' : 'summary-list'}>
      {questions.map((q) => {
        const values = props.answers[q.id] ?? [];
        return (
          <div>
            <dt>{q.short}</dt>
            <dd>{values.length ? values.map((v) => choiceLabel(q.id, v, who)).join('; ') : 'Skipped'}</dd>
          </div>
        );
      })}
    </dl>
  );
}

function ResultForm(props: { place: 'result' | 'print'; answers: Answers; children?: Child }) {
  return (
    <form method="post" action={paths.selfCheck()} data-self-check-form="" class="no-print">
      <input type="hidden" name="step" value={props.place} />
      <HiddenAnswers answers={props.answers} />
      {props.children}
    </form>
  );
}

function ResultView(props: { answers: Answers; result: Result }) {
  const { result, answers } = props;
  const who = result.who;
  const urgent = result.needs.filter((n) => n.urgent && n.notice);
  const withdrawal = result.needs.find((n) => n.id === 'withdrawal-care');
  // Needs without a notice of their own (the rest are shown above in full).
  const others = result.needs.filter((n) => !n.notice);
  // Printed as it is (at most two pages, see self-check.css); the one-page summary is the PrintView below.
  return (
    <div class="result-page">
      <p class="caption">Your result</p>
      <h1 tabindex={-1}>A place to start: {result.level.name}</h1>
      <NotADiagnosis />
      {urgent.map((n) => (
        <div class="notice notice--warning">
          <p>
            <strong>{n.title}.</strong> {say(n.notice!, who)}
            {n.link ? (
              <>
                {' '}
                <a href={n.link.href}>{n.link.text}</a>
              </>
            ) : null}
          </p>
        </div>
      ))}
      <section class="panel level-panel" aria-labelledby="level-title">
        <h2 id="level-title">Suggested starting level of care: {result.level.name}</h2>
        <p>{result.level.description}</p>
        <Reasons result={result} />
      </section>
      {withdrawal?.notice ? <p>{say(withdrawal.notice, who)}</p> : null}
      {others.length ? (
        <>
          <p>Also ask about:</p>
          <ul>
            {others.map((n) => (
              <li>{n.title}</li>
            ))}
          </ul>
        </>
      ) : null}
      {result.contradictions.length ? (
        <p>
          Some answers seemed to disagree with each other. We went with the answer that may need more care. Talk it through with a
          clinician.
        </p>
      ) : null}
      {result.skipped.length ? (
        <p>
          You skipped {result.skipped.length} of the questions, so this is based only on what you told us. That is fine: a
          clinician will ask more.
        </p>
      ) : null}
      {result.notes.map((note) => (
        <p>{note}</p>
      ))}

      {/* A search only works on screen, so it is left off paper. */}
      <section class="no-print" aria-labelledby="find-title">
        <h2 id="find-title">Find places near you</h2>
        <p>The search starts with these filters. You can change them there, and add your ZIP code or town.</p>
        <ul>
          {filterLines(result).map((line) => (
            <li>{line}</li>
          ))}
        </ul>
        <p>
          <a class="button" href={result.findUrl} data-find-treatment="">
            Find treatment with these filters
          </a>
        </p>
      </section>

      <h2>Medicines to ask about</h2>
      <Medications result={result} headingLevel="h3" />

      <ResultForm place="result" answers={answers}>
        <h2>Take this with you</h2>
        <p>A one-page summary with the suggestion, the answers and questions to ask when you call a place.</p>
        <div class="button-group">
          <button type="submit" class="button button--secondary" name="go" value="print">
            Print or save this summary
          </button>
          <button type="submit" class="link-button" name="go" value="back">
            Back to the questions
          </button>
          <StartOver />
        </div>
      </ResultForm>

      {result.guides.length ? (
        <section class="no-print" aria-labelledby="guides-title">
          <h2 id="guides-title">Guides that fit</h2>
          <ul>
            {result.guides.map((g) => (
              <li>
                <a href={paths.guide(g.slug)}>{g.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2>{who === 'self' ? 'What you told us' : 'What you told us about them'}</h2>
      <AnswerSummary answers={answers} />
      <p class="no-print">
        See <a href={paths.howSelfCheckWorks()}>how the self-check works</a>.
      </p>
      <HelplineBox />
    </div>
  );
}

/** "Naloxone (Narcan) …" → "naloxone (Narcan) …", for a title inside a sentence. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function PrintView(props: { answers: Answers; result: Result }) {
  const { result, answers } = props;
  const who = result.who;
  return (
    <>
      <div class="print-summary">
        <h1 tabindex={-1}>Bring this to your first call</h1>
        <p class="small">
          From the Open Treatment self-check. This is not a diagnosis or a placement; it is a starting point to talk over with a
          clinician.
        </p>
        <h2>Suggested starting point</h2>
        <p>
          <strong>{result.level.name}.</strong>{' '}
          {result.reasons.length
            ? `Because you said ${result.reasons.map((r) => say(r.because, who)).join(', and ')}.`
            : 'No answer pointed to a need for more care.'}
        </p>
        {result.needs.length ? <p>Also ask about: {result.needs.map((n) => lowerFirst(n.title)).join('; ')}.</p> : null}
        <p>
          Medicines to ask about: methadone, buprenorphine, naltrexone
          {result.medications.some((m) => m.interested)
            ? ` (most interested in ${result.medications
                .filter((m) => m.interested)
                .map((m) => m.medication.name.toLowerCase())
                .join(' and ')})`
            : ''}
          .
        </p>
        <h2>Questions to ask</h2>
        <ol class="ask-list">
          {result.questionsToAsk.map((q) => (
            <li>{q}</li>
          ))}
        </ol>
        <h2>{who === 'self' ? 'My answers' : 'Answers about the person I am helping'}</h2>
        <AnswerSummary answers={answers} compact />
        <p class="small">
          Help any time: SAMHSA National Helpline {SAMHSA_HELPLINE.display} · Crisis: call or text {CRISIS_988.display} ·
          Emergency: {EMERGENCY_911.display}
        </p>
      </div>
      <ResultForm place="print" answers={answers}>
        <p>To print or save as a PDF, use your browser’s Print command.</p>
        <div class="button-group">
          <button type="button" class="button" data-print="" hidden>
            Print this page
          </button>
          <button type="submit" class="button button--secondary" name="go" value="result">
            Back to the result
          </button>
          <StartOver />
        </div>
      </ResultForm>
    </>
  );
}

/** One screen of the self-check. The crisis screen is never rendered here: it is the /crisis page. */
export function SelfCheckScreen(props: { screen: Screen }) {
  const { screen } = props;
  switch (screen.kind) {
    case 'intro':
      return <Intro />;
    case 'step':
      return <StepView step={STEPS[screen.index]!} index={screen.index} answers={screen.answers} errors={screen.errors} />;
    case 'result':
      return <ResultView answers={screen.answers} result={screen.result} />;
    case 'print':
      return <PrintView answers={screen.answers} result={screen.result} />;
    case 'crisis':
      return (
        <p>
          <a href={paths.crisis(screen.section)}>Get help now</a>
        </p>
      );
  }
}
