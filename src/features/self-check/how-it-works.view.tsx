/**
 * "How the self-check works": every rule, printed from the tables in self-check.rules.ts, inside the words of
 * content/pages/how-it-works.md. Nothing on this page is typed twice, so it cannot disagree with the code; a
 * test checks that every rule appears. The Markdown places each table with a placeholder (see
 * `howItWorksPageSpec`).
 *
 * @module
 */
import { raw } from 'hono/html';
import { CONCEPT_LABELS_ES, GROUP_LABELS_ES } from '../../domain/concepts.es.ts';
import { concept, conceptKey, type FilterGroup, GROUP_LABELS } from '../../domain/concepts.ts';
import { type ClinicalReview, ClinicalReviewLine } from '../../ui/clinical-review.tsx';
import type { ContentPage, PageSpec } from '../../ui/content-pages.tsx';
import { currentLocale } from '../../ui/locale.ts';
import type { Placeholders } from '../../ui/markdown.ts';
import { fill, messages } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import { DataTable } from '../../ui/table.tsx';
import { describeCondition } from './self-check.describe.ts';
import { choiceLabel, DANGER, inLanguage, QUESTIONS, say } from './self-check.questions.ts';
import {
  ALL_MEDICATIONS,
  ANSWER_FILTERS,
  AREAS,
  CONFLICTS,
  CRISIS_SECTION_TITLES,
  DEFAULT_LEVEL,
  GUIDES,
  LEVELS,
  level,
  MEDICATIONS,
  NEEDS,
  NOTES,
  QUESTIONS_TO_ASK,
  RED_FLAGS,
  RULES,
  RULES_REVIEW,
} from './self-check.rules.ts';

const m = () => messages().howItWorks;
/** A search filter's words in the page's language. */
const conceptWords = (group: FilterGroup, value: string) => {
  const c = concept(group, value);
  if (!c) return value;
  return (currentLocale() === 'es' ? CONCEPT_LABELS_ES[conceptKey(c)]?.label : undefined) ?? c.label;
};
const groupLegend = (group: FilterGroup) => (currentLocale() === 'es' ? GROUP_LABELS_ES : GROUP_LABELS)[group].legend;
const careLabel = (value: string) => conceptWords('care', value);
const when = (condition: Parameters<typeof describeCondition>[0] | undefined) =>
  condition ? fill(m().when, { condition: describeCondition(condition) }) : m().always;

function DesignTag() {
  return (
    <span class="tag tag--grey">
      {m().designTag}
      <span class="visually-hidden">{m().designTagHidden}</span>
    </span>
  );
}

function RedFlagsTable() {
  const t = m().redFlags;
  return (
    <DataTable
      caption={t.caption}
      head={[t.happening, t.show]}
      rows={DANGER.choices.map((c) => {
        const section = RED_FLAGS[c.value];
        if (!section) throw new Error(`No crisis section for the safety answer "${c.value}" (see RED_FLAGS)`);
        return {
          attributes: { id: `red-flag-${c.value}` },
          cells: [say(c.label, 'self'), <a href={paths.crisis(section)}>{inLanguage(CRISIS_SECTION_TITLES[section])}</a>],
        };
      })}
    />
  );
}

function LevelsTable() {
  const t = m().levels;
  return (
    <DataTable
      caption={t.caption}
      head={[t.level, t.like, t.filter]}
      rows={LEVELS.map((l) => ({
        attributes: { id: `level-${l.id}` },
        cells: [inLanguage(l.name), inLanguage(l.description), careLabel(l.care)],
      }))}
    />
  );
}

const ruleId = (id: string) => (
  <>
    <code>{id}</code> <DesignTag />
  </>
);

function RulesByLevel() {
  const t = m().rules;
  return (
    <>
      {[...LEVELS].reverse().map((l) => {
        const rules = RULES.filter((r) => r.level === l.id);
        if (rules.length === 0) return null;
        return (
          <>
            <h3>{fill(t.atLeast, { level: inLanguage(l.name) })}</h3>
            <DataTable
              caption={fill(t.caption, { level: inLanguage(l.name) })}
              head={[t.rule, t.area, t.when, t.says]}
              rows={rules.map((r) => ({
                attributes: { id: `rule-${r.id}`, 'data-rule': r.id, 'data-level': l.id },
                cells: [
                  ruleId(r.id),
                  inLanguage(AREAS[r.area]),
                  describeCondition(r.when),
                  fill(t.because, { reason: say(r.because, 'self') }),
                ],
              }))}
            />
          </>
        );
      })}
    </>
  );
}

function NeedsTable() {
  const t = m().needs;
  return (
    <DataTable
      caption={t.caption}
      head={[t.rule, t.when, t.adds]}
      rows={[...RULES.filter((r) => r.level && r.needs), ...RULES.filter((r) => !r.level)].map((r) => ({
        attributes: { id: `needs-${r.id}`, 'data-rule': r.id },
        cells: [
          ruleId(r.id),
          describeCondition(r.when),
          (r.needs ?? []).map((n) => inLanguage(NEEDS.find((x) => x.id === n)!.title)).join('; '),
        ],
      }))}
    />
  );
}

function Medicines() {
  return (
    <dl class="summary-list">
      {MEDICATIONS.map((medicine) => (
        <div>
          <dt>{inLanguage(medicine.name)}</dt>
          <dd>{inLanguage(medicine.about)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Filters() {
  const t = m().filters;
  return (
    <ul>
      <li>{t.typeOfCare}</li>
      {NEEDS.filter((n) => n.filter).map((n) => (
        <li id={`need-filter-${n.id}`}>
          {fill(t.need, {
            need: inLanguage(n.title),
            group: groupLegend(n.filter!.group),
            value: conceptWords(n.filter!.group, n.filter!.value),
          })}
        </li>
      ))}
      {ANSWER_FILTERS.map((f) => (
        <li id={`answer-filter-${f.question}-${f.answer}`}>
          {fill(t.answer, {
            question: inLanguage(QUESTIONS.get(f.question)!.short),
            answer: choiceLabel(f.question, f.answer, 'self'),
            group: groupLegend(f.group),
            values: f.values.map((v) => conceptWords(f.group, v)).join(t.or),
          })}
        </li>
      ))}
      <li>{fill(t.anyMedication, { medicines: ALL_MEDICATIONS.map((x) => conceptWords('medication', x)).join(', ') })}</li>
    </ul>
  );
}

/** What content/pages/how-it-works.md may use. `review` is the rules' clinical review (RULES_REVIEW). */
export function howItWorksPageSpec(review: ClinicalReview = RULES_REVIEW): PageSpec {
  const html = (node: unknown) => ({ html: String(node) });
  const block = (node: unknown) => ({ html: String(node), block: true });
  const exclusive = [...QUESTIONS.values()].flatMap((q) =>
    q.choices
      .filter((c) => c.exclusive)
      .map((c) => `${fill(messages().howItWorks.describe.quote, { text: say(c.label, 'self') })} (${inLanguage(q.short)})`),
  );
  const placeholders: Placeholders = {
    'design-tag': () => html(<DesignTag />),
    'default-level': () => html(inLanguage(level(DEFAULT_LEVEL).name)),
    'rules-review': () => block(<ClinicalReviewLine review={review} pending={m().rulesReviewPending} />),
    'red-flags': () => block(<RedFlagsTable />),
    levels: () => block(<LevelsTable />),
    'rules-by-level': () => block(<RulesByLevel />),
    needs: () => block(<NeedsTable />),
    medicines: () => block(<Medicines />),
    filters: () => block(<Filters />),
    'exclusive-answers': () => html(exclusive.join('; ')),
    conflicts: () =>
      html(
        CONFLICTS.map((c) =>
          fill(m().conflict, {
            question: inLanguage(QUESTIONS.get(c.question)!.short),
            first: choiceLabel(c.question, c.values[0], 'self'),
            second: choiceLabel(c.question, c.values[1], 'self'),
          }),
        ).join(' '),
      ),
    guides: () =>
      block(
        <ul>
          {GUIDES.map((g) => (
            <li id={`guide-${g.slug}`}>
              <a href={paths.guide(g.slug)}>{inLanguage(g.title)}</a>: {when(g.when)}.
            </li>
          ))}
        </ul>,
      ),
    'questions-to-ask': () =>
      block(
        <ul>
          {QUESTIONS_TO_ASK.map((q) => (
            <li>
              {say(q.ask, 'self')} <span class="small">({when(q.when)})</span>
            </li>
          ))}
        </ul>,
      ),
    notes: () =>
      block(
        <ul>
          {NOTES.map((n) => (
            <li id={`note-${n.id}`}>
              {say(n.text, 'self')} <span class="small">({when(n.when)})</span>
            </li>
          ))}
        </ul>,
      ),
  };
  return { placeholders };
}

export function HowItWorksPage(props: { page: ContentPage }) {
  const { meta } = props.page;
  return (
    <>
      <h1>{meta.title}</h1>
      {meta.summary ? <p class="lead">{meta.summary}</p> : null}
      {raw(props.page.html)}
    </>
  );
}
