/**
 * The self-check's screens: intro, one step, the result and the printable summary. These components take
 * only props (no request, no file system), so the server renders them inside the page layout and the
 * browser bundle renders the very same markup when JavaScript moves between steps.
 *
 * @module
 */
import type { Child } from 'hono/jsx';
import { CONCEPT_LABELS_ES, GROUP_LABELS_ES } from '../../domain/concepts.es.ts';
import { concept, conceptKey, type FilterGroup, GROUP_LABELS } from '../../domain/concepts.ts';
import { at } from '../../lib/arrays.ts';
import { ClinicalReviewLine } from '../../ui/clinical-review.tsx';
import { ChoiceGroup, ErrorSummary } from '../../ui/forms.tsx';
import { HelplineBox } from '../../ui/helpline-box.tsx';
import { HelplineLink } from '../../ui/helpline-link.tsx';
import { CRISIS_988, EMERGENCY_911, SAMHSA_HELPLINE } from '../../ui/helplines.ts';
import { currentLocale, intlLocale } from '../../ui/locale.ts';
import { fill, messages, plural, rich, variant } from '../../ui/messages/index.ts';
import { inPageLanguage, paths } from '../../ui/paths.ts';
import { FILTER_ORDER, type Result } from './self-check.evaluate.ts';
import { fieldId, type Screen, TOTAL_QUESTIONS } from './self-check.flow.ts';
import {
  type Answers,
  choiceLabel,
  inLanguage,
  type Question,
  STEPS,
  type Step,
  say,
  type Who,
  whoFrom,
} from './self-check.questions.ts';
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

const m = () => messages().selfCheck;
const how = (words: string) => <a href={paths.howSelfCheckWorks()}>{words}</a>;
const crisisLink = (words: string) => <a href={paths.crisis()}>{words}</a>;

function StartOver() {
  return (
    <a href={paths.selfCheck()} class="start-over">
      {m().startOver}
      <span class="visually-hidden">{m().startOverHidden}</span>
    </a>
  );
}

function Intro() {
  const t = m().intro;
  return (
    <>
      <h1 tabindex={-1}>{t.heading}</h1>
      <p class="lead">{fill(t.lead, { count: TOTAL_QUESTIONS })}</p>
      <div class="notice notice--crisis">
        <p>
          {rich(t.danger, {
            strong: (words) => <strong>{words}</strong>,
            emergency: <HelplineLink line={EMERGENCY_911} />,
            crisis: crisisLink,
          })}
        </p>
      </div>
      <h2>{t.beforeTitle}</h2>
      <ul>
        <li>{t.time}</li>
        <li>{t.private}</li>
        <li>{rich(t.notDiagnosis, { helpline: <HelplineLink line={SAMHSA_HELPLINE} /> })}</li>
      </ul>
      <form method="post" action={paths.selfCheck()} data-self-check-form="">
        <input type="hidden" name="step" value="intro" />
        <button type="submit" class="button" name="go" value="start">
          {t.start}
        </button>
      </form>
      <p>{rich(t.public, { how })}</p>
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
  const t = m().step;
  return (
    <form method="post" action={paths.selfCheck()} data-self-check-form="" novalidate>
      <ErrorSummary errors={props.errors} />
      <p class="caption">{isSafety ? t.safetyCaption : fill(t.caption, { index, total: TOTAL_QUESTIONS })}</p>
      <h1 tabindex={-1}>{title}</h1>
      {isSafety ? <p>{rich(t.safetyNote, { crisis: crisisLink })}</p> : null}
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
          <summary>{t.why}</summary>
          <p>{say(step.why, who)}</p>
        </details>
      ) : null}
      <div class="button-group">
        <button type="submit" class="button" name="go" value="next">
          {t.continue}
        </button>
        {isSafety ? null : (
          <button type="submit" class="button button--secondary" name="go" value="skip">
            {t.skip}
          </button>
        )}
      </div>
      <p class="step-links">
        <button type="submit" class="link-button" name="go" value="back">
          {t.back}
        </button>
        <StartOver />
      </p>
    </form>
  );
}

/** "Because you said …" for the level, or why the default was chosen. */
function Reasons(props: { result: Result }) {
  const { result } = props;
  const t = m().result;
  if (result.reasons.length === 0) return <p>{variant(t.noReasons, result.who)}</p>;
  return (
    <ul>
      {result.reasons.map((r) => (
        <li>{fill(t.because, { reason: say(r.because, result.who) })}</li>
      ))}
    </ul>
  );
}

function NotADiagnosis() {
  const t = m().result;
  return (
    <div class="notice">
      <p>
        {rich(t.notDiagnosis, {
          strong: (words) => <strong>{words}</strong>,
          helpline: <HelplineLink line={SAMHSA_HELPLINE} />,
        })}
      </p>
      <ClinicalReviewLine review={RULES_REVIEW} pending={t.rulesReviewPending} />
    </div>
  );
}

function Medications(props: { result: Result; headingLevel: 'h2' | 'h3' }) {
  const Heading = props.headingLevel;
  return (
    <>
      <p>{m().result.medication}</p>
      {props.result.medications.map(({ medication, interested }) => (
        <div class="medication">
          <Heading>
            {inLanguage(medication.name)} {interested ? <span class="tag">{m().result.askedAbout}</span> : null}
          </Heading>
          <p>{inLanguage(medication.about)}</p>
        </div>
      ))}
    </>
  );
}

/** A search filter's words in the page's language (the locator's own words for it). */
function conceptWords(group: FilterGroup, value: string): string {
  const c = concept(group, value);
  if (!c) return value;
  return (currentLocale() === 'es' ? CONCEPT_LABELS_ES[conceptKey(c)]?.label : undefined) ?? c.label;
}

function filterLines(result: Result): string[] {
  return FILTER_ORDER.flatMap((group) => {
    const labels = result.filters[group].map((v) => conceptWords(group, v));
    const legend = (currentLocale() === 'es' ? GROUP_LABELS_ES : GROUP_LABELS)[group].legend;
    return labels.length ? [`${legend}: ${labels.join(', ')}`] : [];
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
            <dt>{inLanguage(q.short)}</dt>
            <dd>{values.length ? values.map((v) => choiceLabel(q.id, v, who)).join('; ') : m().result.skippedAnswer}</dd>
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
  const t = m().result;
  // Printed as it is (at most two pages, see self-check.css); the one-page summary is the PrintView below.
  return (
    <div class="result-page">
      <p class="caption">{t.caption}</p>
      <h1 tabindex={-1}>{fill(t.heading, { level: inLanguage(result.level.name) })}</h1>
      <NotADiagnosis />
      {urgent.map((n) => (
        <div class="notice notice--warning">
          <p>
            <strong>{inLanguage(n.title)}.</strong> {say(n.notice!, who)}
            {n.link ? (
              <>
                {' '}
                <a href={inPageLanguage(n.link.href)}>{inLanguage(n.link.text)}</a>
              </>
            ) : null}
          </p>
        </div>
      ))}
      <section class="panel level-panel" aria-labelledby="level-title">
        <h2 id="level-title">{fill(t.levelTitle, { level: inLanguage(result.level.name) })}</h2>
        <p>{inLanguage(result.level.description)}</p>
        <Reasons result={result} />
      </section>
      {withdrawal?.notice ? <p>{say(withdrawal.notice, who)}</p> : null}
      {others.length ? (
        <>
          <p>{t.alsoAsk}</p>
          <ul>
            {others.map((n) => (
              <li>{inLanguage(n.title)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {result.contradictions.length ? <p>{t.disagree}</p> : null}
      {result.skipped.length ? <p>{plural(t.skipped, result.skipped.length)}</p> : null}
      {result.notes.map((note) => (
        <p>{note}</p>
      ))}

      {/* A search only works on screen, so it is left off paper. */}
      <section class="no-print" aria-labelledby="find-title">
        <h2 id="find-title">{t.findTitle}</h2>
        <p>{t.findIntro}</p>
        <ul>
          {filterLines(result).map((line) => (
            <li>{line}</li>
          ))}
        </ul>
        <p>
          <a class="button" href={result.findUrl} data-find-treatment="">
            {t.findButton}
          </a>
        </p>
      </section>

      <h2>{t.medicinesTitle}</h2>
      <Medications result={result} headingLevel="h3" />

      <ResultForm place="result" answers={answers}>
        <h2>{t.takeTitle}</h2>
        <p>{t.takeIntro}</p>
        <div class="button-group">
          <button type="submit" class="button button--secondary" name="go" value="print">
            {t.print}
          </button>
          <button type="submit" class="link-button" name="go" value="back">
            {t.backToQuestions}
          </button>
          <StartOver />
        </div>
      </ResultForm>

      {result.guides.length ? (
        <section class="no-print" aria-labelledby="guides-title">
          <h2 id="guides-title">{t.guidesTitle}</h2>
          <ul>
            {result.guides.map((g) => (
              <li>
                <a href={paths.guide(g.slug)}>{inLanguage(g.title)}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2>{variant(t.toldUs, who)}</h2>
      <AnswerSummary answers={answers} />
      <p class="no-print">{rich(t.howItWorks, { how })}</p>
      <HelplineBox />
    </div>
  );
}

/** "Naloxone (Narcan) …" → "naloxone (Narcan) …", for a title inside a sentence. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function PrintView(props: { answers: Answers; result: Result }) {
  const { result, answers } = props;
  const who = result.who;
  const t = m().print;
  const interested = result.medications
    .filter((x) => x.interested)
    .map((x) => inLanguage(x.medication.name).toLocaleLowerCase(intlLocale()));
  return (
    <>
      <div class="print-summary">
        <h1 tabindex={-1}>{t.heading}</h1>
        <p class="small">{t.from}</p>
        <h2>{t.startTitle}</h2>
        <p>
          <strong>{inLanguage(result.level.name)}.</strong>{' '}
          {result.reasons.length
            ? fill(t.because, { reasons: result.reasons.map((r) => say(r.because, who)).join(t.reasonsJoin) })
            : t.noReasons}
        </p>
        {result.needs.length ? (
          <p>{fill(t.alsoAsk, { needs: result.needs.map((n) => lowerFirst(inLanguage(n.title))).join('; ') })}</p>
        ) : null}
        <p>
          {fill(t.medicines, {
            interested: interested.length ? fill(t.interested, { medicines: interested.join(t.and) }) : '',
          })}
        </p>
        <h2>{t.questionsTitle}</h2>
        <ol class="ask-list">
          {result.questionsToAsk.map((q) => (
            <li>{q}</li>
          ))}
        </ol>
        <h2>{variant(t.answersTitle, who)}</h2>
        <AnswerSummary answers={answers} compact />
        <p class="small">
          {fill(t.helpLine, {
            samhsaName: SAMHSA_HELPLINE.name,
            samhsa: SAMHSA_HELPLINE.display,
            crisis: CRISIS_988.display,
            emergency: EMERGENCY_911.display,
          })}
        </p>
      </div>
      <ResultForm place="print" answers={answers}>
        <p>{t.howTo}</p>
        <div class="button-group">
          <button type="button" class="button" data-print="" hidden>
            {t.printButton}
          </button>
          <button type="submit" class="button button--secondary" name="go" value="result">
            {t.backToResult}
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
      return (
        <StepView
          step={at(STEPS, screen.index, 'self-check step')}
          index={screen.index}
          answers={screen.answers}
          errors={screen.errors}
        />
      );
    case 'result':
      return <ResultView answers={screen.answers} result={screen.result} />;
    case 'print':
      return <PrintView answers={screen.answers} result={screen.result} />;
    case 'crisis':
      return (
        <p>
          <a href={paths.crisis(screen.section)}>{m().crisisLink}</a>
        </p>
      );
  }
}
