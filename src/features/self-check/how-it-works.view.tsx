/**
 * "How the self-check works": every rule, printed from the tables in self-check.rules.ts. Nothing on this
 * page is typed twice, so it cannot disagree with the code; a test checks that every rule appears.
 *
 * @module
 */
import { concept, GROUP_LABELS } from '../../domain/concepts.ts';
import { type ClinicalReview, ClinicalReviewLine } from '../../ui/clinical-review.tsx';
import { SAMHSA_HELPLINE } from '../../ui/helplines.ts';
import { paths } from '../../ui/paths.ts';
import { describeCondition } from './self-check.describe.ts';
import { choiceLabel, DANGER, QUESTIONS, say } from './self-check.questions.ts';
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

const careLabel = (value: string) => concept('care', value)?.label ?? value;

function DesignTag() {
  return (
    <span class="tag tag--grey">
      [D]<span class="visually-hidden"> our design recommendation</span>
    </span>
  );
}

export function HowItWorksPage(props: { review?: ClinicalReview } = {}) {
  const levelsHighFirst = [...LEVELS].reverse();
  const otherRules = RULES.filter((r) => !r.level);
  const exclusive = [...QUESTIONS.values()].flatMap((q) =>
    q.choices.filter((c) => c.exclusive).map((c) => `“${say(c.label, 'self')}” (${q.short})`),
  );
  return (
    <>
      <h1>How the self-check works</h1>
      <p class="lead">
        The self-check suggests a level of care to ask about. This page lists every rule it uses, printed from the same code that
        runs the self-check, so the two always match.
      </p>
      <div class="notice">
        <p>
          <strong>It is not a diagnosis, a placement, or the ASAM Criteria.</strong> The rules are our own design, marked{' '}
          <DesignTag /> below. They follow a published idea: programs look at several areas of someone’s life, and the area with
          the highest need sets the minimum level of care, instead of an average. They have not been tested as a clinical tool. A
          clinician or the SAMHSA National Helpline ({SAMHSA_HELPLINE.display}) can do a full assessment.
        </p>
        <ClinicalReviewLine
          review={props.review ?? RULES_REVIEW}
          pending="No clinician has reviewed these rules yet: they are our own design, from the sources listed at the end of this page."
        />
      </div>

      <h2 id="privacy">Your answers stay private</h2>
      <ul>
        <li>With JavaScript on, the rules run in your browser and your answers are never sent anywhere.</li>
        <li>
          Without JavaScript, each answer is sent to our server only to show the next question, carried along in the form itself.
          It is never put in a web address, never saved, and never written to our logs. Pages are marked so browsers do not keep a
          copy.
        </li>
        <li>
          The search button at the end puts only search filters in the web address, never your answers. But some filters reflect
          an answer: for example “Pregnant or postpartum people”, or a hospital level of care. They will show in your browser’s
          history like any search, and you can untick any of them on the search page before you search.
        </li>
      </ul>

      <h2 id="safety">Step 1: safety first</h2>
      <p>
        The first screen asks whether anyone is in danger right now. Any “yes” stops the self-check and opens the{' '}
        <a href={paths.crisis()}>crisis help page</a> at the right place. If more than one is ticked, an overdose comes first,
        then a medical emergency, then thoughts of suicide, then a poisoning.
      </p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">Safety answers and where they go</caption>
          <thead>
            <tr>
              <th scope="col">If this is happening</th>
              <th scope="col">We show</th>
            </tr>
          </thead>
          <tbody>
            {DANGER.choices.map((c) => {
              const section = RED_FLAGS[c.value]!;
              return (
                <tr id={`red-flag-${c.value}`}>
                  <td>{say(c.label, 'self')}</td>
                  <td>
                    <a href={paths.crisis(section)}>{CRISIS_SECTION_TITLES[section]}</a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2 id="levels">Step 2: the levels of care</h2>
      <p>From least to most intensive. The search filter is the “Type of care” the treatment search starts with.</p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">Levels of care</caption>
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col">What it is like</th>
              <th scope="col">Search filter</th>
            </tr>
          </thead>
          <tbody>
            {LEVELS.map((l) => (
              <tr id={`level-${l.id}`}>
                <td>{l.name}</td>
                <td>{l.description}</td>
                <td>{careLabel(l.care)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="rules">Step 3: the highest need sets the starting level</h2>
      <p>
        Each rule below sets a minimum level. The suggestion is the highest level any of your answers calls for. The result names
        the first one or two answers that set it (“because you said…”), in the order listed here. If no rule applies, the
        suggestion is <strong>{level(DEFAULT_LEVEL).name}</strong> with medication <DesignTag />.
      </p>
      {levelsHighFirst.map((l) => {
        const rules = RULES.filter((r) => r.level === l.id);
        if (rules.length === 0) return null;
        return (
          <>
            <h3>At least: {l.name}</h3>
            <div class="table-scroll">
              <table>
                <caption class="visually-hidden">Rules that suggest at least {l.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Rule</th>
                    <th scope="col">Area</th>
                    <th scope="col">If</th>
                    <th scope="col">The result says</th>
                  </tr>
                </thead>
                <tbody>
                  {rules.map((r) => (
                    <tr id={`rule-${r.id}`} data-rule={r.id} data-level={l.id}>
                      <td>
                        <code>{r.id}</code> <DesignTag />
                      </td>
                      <td>{AREAS[r.area]}</td>
                      <td>{describeCondition(r.when)}</td>
                      <td>Because you said {say(r.because, 'self')}.</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        );
      })}

      <h2 id="needs">Other things your answers add</h2>
      <p>These rules do not change the level. They add advice, a search filter, or questions to ask.</p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">Rules that add advice or filters</caption>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">If</th>
              <th scope="col">Adds</th>
            </tr>
          </thead>
          <tbody>
            {[...RULES.filter((r) => r.level && r.needs), ...otherRules].map((r) => (
              <tr id={`needs-${r.id}`} data-rule={r.id}>
                <td>
                  <code>{r.id}</code> <DesignTag />
                </td>
                <td>{describeCondition(r.when)}</td>
                <td>{(r.needs ?? []).map((n) => NEEDS.find((x) => x.id === n)!.title).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="medicines">Medicines</h2>
      <p>
        Every result explains all three medicines for opioid use disorder, whatever the level, because medication is recommended
        at every level of care. It is not a level of its own. We describe the medicines; only a clinician can prescribe them.
      </p>
      <dl class="summary-list">
        {MEDICATIONS.map((m) => (
          <div>
            <dt>{m.name}</dt>
            <dd>{m.about}</dd>
          </div>
        ))}
      </dl>

      <h2 id="filters">The search filters</h2>
      <ul>
        <li>Type of care: the level’s filter from the table above, plus any added by the rules below.</li>
        {NEEDS.filter((n) => n.filter).map((n) => (
          <li id={`need-filter-${n.id}`}>
            When the result includes “{n.title}”: {GROUP_LABELS[n.filter!.group].legend} ={' '}
            {concept(n.filter!.group, n.filter!.value)?.label}.
          </li>
        ))}
        {ANSWER_FILTERS.map((f) => (
          <li id={`answer-filter-${f.question}-${f.answer}`}>
            When “{QUESTIONS.get(f.question)!.short}” includes “{choiceLabel(f.question, f.answer, 'self')}”:{' '}
            {GROUP_LABELS[f.group].legend} = {f.values.map((v) => concept(f.group, v)?.label ?? v).join(' or ')}.
          </li>
        ))}
        <li>
          If no medicine was picked, the search looks for places offering any of{' '}
          {ALL_MEDICATIONS.map((m) => concept('medication', m)?.label ?? m).join(', ')}, as long as opioids were ticked (or the
          question was skipped) and “I do not want medication” was not.
        </li>
      </ul>

      <h2 id="disagree">When answers disagree</h2>
      <p>
        If “none” is chosen along with another answer to the same question ({exclusive.join('; ')}), the other answer counts,
        because it may need more care, and the result says the answers seemed to disagree.
        {CONFLICTS.map((c) => (
          <>
            {' '}
            The same note appears if “{QUESTIONS.get(c.question)!.short}” includes both “
            {choiceLabel(c.question, c.values[0], 'self')}” and “{choiceLabel(c.question, c.values[1], 'self')}”.
          </>
        ))}
      </p>

      <h2 id="guides">Guides suggested</h2>
      <ul>
        {GUIDES.map((g) => (
          <li id={`guide-${g.slug}`}>
            <a href={paths.guide(g.slug)}>{g.title}</a>: {g.when ? `when ${describeCondition(g.when)}` : 'always'}.
          </li>
        ))}
      </ul>

      <h2 id="questions-to-ask">Questions to ask, on the printable summary</h2>
      <ul>
        {QUESTIONS_TO_ASK.map((q) => (
          <li>
            {say(q.ask, 'self')} <span class="small">({q.when ? `when ${describeCondition(q.when)}` : 'always'})</span>
          </li>
        ))}
      </ul>

      <h2 id="notes">Practical notes</h2>
      <ul>
        {NOTES.map((n) => (
          <li id={`note-${n.id}`}>
            {say(n.text, 'self')} <span class="small">(when {describeCondition(n.when)})</span>
          </li>
        ))}
      </ul>

      <h2 id="sources">Where the rules come from</h2>
      <ul class="references small">
        <li>
          Levels of care and the six dimensions: The ASAM Criteria, 3rd edition (2013), as summarized by the Medicaid Innovation
          Accelerator Program; the 4th edition (2023) level names.
        </li>
        <li>
          The idea that the highest-need area sets the minimum level, not an average: ASAM CONTINUUM knowledge base, “Is there a
          standard way to rank dimensional severity”.
        </li>
        <li>Plain-language level descriptions: Shatterproof ATLAS, “Types of addiction treatment”.</li>
        <li>
          Medication at every level, and detox alone not recommended: CDC Clinical Practice Guideline for Prescribing Opioids for
          Pain, 2022 (recommendation 12).
        </li>
        <li>Lower risk of death with methadone and buprenorphine: Larochelle et al., Annals of Internal Medicine, 2018.</li>
        <li>Priority for pregnant patients at opioid treatment programs: 42 CFR Part 8 final rule, 2024.</li>
        <li>Naltrexone’s opioid-free wait and overdose risk after stopping: Vivitrol prescribing information.</li>
        <li>
          The rules themselves: our own design recommendation <DesignTag />. The code is in{' '}
          <code>src/features/self-check/self-check.rules.ts</code>.
        </li>
      </ul>
    </>
  );
}
