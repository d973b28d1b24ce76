/** The pieces of a guide page around its body: review dates, contents, questions, references. */
import { ClinicalReviewLine } from '../../ui/clinical-review.tsx';
import { DateText } from '../../ui/date-text.tsx';
import { TextInput } from '../../ui/forms.tsx';
import type { Heading } from '../../ui/markdown.ts';
import { citationId } from '../../ui/markdown.ts';
import { fill, messages, rich } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import type { ExpiringFact, Guide, NumberedReference } from './guides.repository.ts';

/** Who wrote the guide, when it was checked, and, in one line, whether a clinician has reviewed it. */
const m = () => messages().guides.page;

export function ReviewInfo(props: { guide: Guide; overdue: boolean; expired: readonly ExpiringFact[] }) {
  const { meta } = props.guide;
  return (
    <>
      <p class="article-meta">
        {fill(m().writtenBy, { name: meta.author.name, role: meta.author.role })}
        <br />
        {m().lastReviewed} <DateText iso={meta.lastReviewed} />
        <br />
        {m().nextReview} <DateText iso={meta.nextReview} />
        <br />
        {m().factChecked} <DateText iso={meta.factChecked} />
      </p>
      <ClinicalReviewLine id="review-status" review={meta.medicalReviewer} pending={m().reviewPending} />
      {props.overdue ? (
        <div class="notice notice--warning">
          <p>
            <strong>{m().overdueTitle}</strong>{' '}
            {rich(m().overdue, { next: <DateText iso={meta.nextReview} />, last: <DateText iso={meta.lastReviewed} /> })}
          </p>
          {props.expired.length ? (
            <>
              <p>{m().expiredIntro}</p>
              <ul>
                {props.expired.map((fact) => (
                  <li>
                    {fact.what} {rich(m().expiredUntil, { date: <DateText iso={fact.expires} /> })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/** A list of the guide's sections, for guides long enough to need one. */
export function Contents(props: { headings: Heading[]; hasFaq: boolean }) {
  const sections = props.headings.filter((h) => h.level === 2);
  return (
    <nav class="toc no-print" aria-labelledby="contents-title">
      <h2 id="contents-title">{m().contents}</h2>
      <ol>
        {sections.map((h) => (
          <li>
            <a href={`#${h.id}`}>{h.text}</a>
          </li>
        ))}
        {props.hasFaq ? (
          <li>
            <a href="#common-questions">{m().commonQuestions}</a>
          </li>
        ) : null}
        <li>
          <a href="#references">{m().references}</a>
        </li>
      </ol>
    </nav>
  );
}

export function CommonQuestions(props: { faq: Guide['meta']['faq'] }) {
  if (props.faq.length === 0) return null;
  return (
    <section aria-labelledby="common-questions">
      <h2 id="common-questions">{m().commonQuestions}</h2>
      {props.faq.map((entry) => (
        <>
          <h3>{entry.question}</h3>
          {entry.answer
            .split(/\s*\n\s*/)
            .filter((p) => p.trim())
            .map((p) => (
              <p>{p.trim()}</p>
            ))}
        </>
      ))}
    </section>
  );
}

function BackLinks(props: { reference: NumberedReference }) {
  const { id, number, citations } = props.reference;
  if (citations === 0) return null;
  if (citations === 1) {
    return (
      <a class="back-link no-print" href={`#${citationId(id, 1)}`}>
        {m().backToText}
        <span class="visually-hidden">{fill(m().backToTextHidden, { number })}</span>
      </a>
    );
  }
  return (
    <span class="back-link no-print">
      {m().backToText}:{' '}
      {Array.from({ length: citations }, (_, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <a href={`#${citationId(id, i + 1)}`}>
            <span class="visually-hidden">{fill(m().backToTextPlace, { number })}</span>
            {i + 1}
          </a>
        </>
      ))}
    </span>
  );
}

/** The sources, numbered in the order the text first cites them, each linking back to the text. */
export function References(props: { references: NumberedReference[] }) {
  return (
    <section aria-labelledby="references">
      <h2 id="references">{m().references}</h2>
      <ol class="references">
        {props.references.map((r) => (
          <li id={`ref-${r.id}`}>
            <a href={r.url} rel="noreferrer">
              {r.title}
            </a>
            . {r.publisher}, {r.date.length === 4 ? r.date : <DateText iso={r.date} />}.{' '}
            {rich(m().retrieved, { date: <DateText iso={r.retrieved} /> })} <BackLinks reference={r} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function RelatedGuides(props: { guides: Guide[] }) {
  if (props.guides.length === 0) return null;
  return (
    <section aria-labelledby="related-guides" class="no-print">
      <h2 id="related-guides">{m().related}</h2>
      <ul>
        {props.guides.map((g) => (
          <li>
            <a href={paths.guideOf(g)}>{g.meta.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The end of every guide: a search for treatment. A plain GET form to /find, so it works with no
 * JavaScript and the result can be bookmarked. No numeric keyboard: "City, ST" must be typeable too.
 */
export function FindTreatmentBox() {
  return (
    <section aria-labelledby="find-treatment" class="find-treatment no-print">
      <h2 id="find-treatment">{m().find.title}</h2>
      <form method="get" action={paths.find()} class="search-box">
        <div class="row">
          <TextInput
            id="near"
            name="near"
            label={m().find.label}
            hint={m().find.hint}
            autocomplete="postal-code"
            spellcheck={false}
            maxlength={100}
          />
          <button class="button" type="submit">
            {m().find.button}
          </button>
        </div>
      </form>
    </section>
  );
}
