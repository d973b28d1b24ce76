import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { concept } from '../../domain/concepts.ts';
import { at } from '../../lib/arrays.ts';
import { crisisSection, evaluate, type Filters, findUrl, type Result } from './self-check.evaluate.ts';
import { type Answers, DANGER, QUESTIONS, say, TOPIC_STEPS } from './self-check.questions.ts';
import { ANSWER_FILTERS, type CrisisSection, type LevelId, NEEDS, type NeedId, RULES } from './self-check.rules.ts';

const ALL_MEDS = ['methadone', 'buprenorphine', 'naltrexone'];

function result(answers: Answers): Result {
  const evaluation = evaluate(answers);
  assert.equal(evaluation.kind, 'result', 'expected a result, not the crisis page');
  return (evaluation as { kind: 'result'; result: Result }).result;
}

interface Scenario {
  name: string;
  answers: Answers;
  level: LevelId;
  /** The rules named in "because you said…", in order. */
  reasons: string[];
  needs: NeedId[];
  filters: Partial<Filters>;
  contradictions?: string[];
}

const none: Filters = { care: [], medication: [], payment: [], population: [], language: [] };

const SCENARIOS: Scenario[] = [
  {
    name: 'every question skipped: outpatient with any medication, nothing made up',
    answers: {},
    level: 'outpatient',
    reasons: [],
    needs: ['naloxone'],
    filters: { care: ['outpatient'], medication: ALL_MEDS },
  },
  {
    name: 'heroin every day with a safe, supportive home: outpatient with medication',
    answers: {
      substances: ['heroin-fentanyl'],
      'use-pattern': ['daily-long'],
      withdrawal: ['got-through'],
      'home-life': ['supportive'],
      'mental-health': ['no-mental-health-concerns'],
      health: ['no-health-problems'],
    },
    level: 'outpatient',
    reasons: [],
    needs: ['naloxone'],
    filters: { care: ['outpatient'], medication: ALL_MEDS },
  },
  {
    name: 'hard case: alcohol and opioids every day, with seizures in past withdrawal',
    answers: {
      substances: ['heroin-fentanyl', 'alcohol'],
      'use-pattern': ['daily-long'],
      withdrawal: ['seizure', 'got-through'],
      'home-life': ['supportive'],
    },
    level: 'medical',
    reasons: ['past-withdrawal-seizure'],
    needs: ['withdrawal-care', 'no-sudden-stop', 'mixing-risk', 'naloxone'],
    filters: { care: ['hospital', 'detox'], medication: ALL_MEDS },
  },
  {
    name: 'hard case: pregnancy does not change the level, but is urgent and filters for pregnancy programs',
    answers: {
      substances: ['heroin-fentanyl'],
      'use-pattern': ['daily-short'],
      pregnancy: ['pregnant'],
      'home-life': ['supportive'],
    },
    level: 'outpatient',
    reasons: [],
    needs: ['pregnancy', 'naloxone'],
    filters: { care: ['outpatient'], medication: ALL_MEDS, population: ['pregnant'] },
  },
  {
    name: 'hard case: an unsafe home with mild use still calls for residential care',
    answers: {
      substances: ['opioid-pills'],
      'use-pattern': ['some-days'],
      withdrawal: ['got-through'],
      'home-life': ['unsafe'],
    },
    level: 'residential',
    reasons: ['home-unsafe'],
    needs: ['naloxone'],
    filters: { care: ['residential'], medication: ALL_MEDS },
  },
  {
    name: 'hard case: contradictory answers go with the one that needs more care, and say so',
    answers: {
      withdrawal: ['never-stopped', 'seizure'],
      health: ['no-health-problems', 'getting-worse'],
      'medication-interest': ['no-medication', 'methadone'],
      'daily-life': ['travel-daily', 'hard-to-travel'],
    },
    level: 'medical',
    reasons: ['past-withdrawal-seizure', 'health-getting-worse'],
    needs: ['withdrawal-care', 'naloxone'],
    filters: { care: ['hospital', 'detox'], medication: ['methadone'] },
    contradictions: ['withdrawal', 'health', 'medication-interest', 'daily-life'],
  },
  {
    name: 'the highest need wins: residential beats partial and intensive',
    answers: {
      'home-life': ['little-support'],
      'past-treatment': ['outpatient-not-enough'],
      'mental-health': ['struggling'],
    },
    level: 'residential',
    reasons: ['outpatient-not-enough'],
    needs: ['co-occurring', 'naloxone'],
    filters: { care: ['residential'], medication: ALL_MEDS, population: ['co-occurring'] },
  },
  {
    name: 'two answers at the same level are both named, in table order',
    answers: { 'home-life': ['no-housing'], 'past-treatment': ['outpatient-not-enough'] },
    level: 'residential',
    reasons: ['home-no-housing', 'outpatient-not-enough'],
    needs: ['naloxone'],
    filters: { care: ['residential'], medication: ALL_MEDS },
  },
  {
    name: 'three answers at the top level: only the first two are named',
    answers: { withdrawal: ['hospital', 'dts'], health: ['getting-worse'] },
    level: 'medical',
    reasons: ['past-withdrawal-seizure', 'past-withdrawal-hospital'],
    needs: ['withdrawal-care', 'naloxone'],
    filters: { care: ['hospital', 'detox'], medication: ALL_MEDS },
  },
  {
    name: 'a hospital stay in past withdrawal: medically managed care',
    answers: { withdrawal: ['hospital'] },
    level: 'medical',
    reasons: ['past-withdrawal-hospital'],
    needs: ['withdrawal-care', 'naloxone'],
    filters: { care: ['hospital', 'detox'], medication: ALL_MEDS },
  },
  {
    name: 'alcohol every day, no opioids: withdrawal care, and no opioid medicine filter',
    answers: { substances: ['alcohol'], 'use-pattern': ['daily-long'] },
    level: 'outpatient',
    reasons: [],
    needs: ['withdrawal-care', 'no-sudden-stop'],
    filters: { care: ['outpatient', 'detox'] },
  },
  {
    name: 'benzos on some days, with heroin: no daily-use rule, but the warning about mixing them',
    answers: { substances: ['benzos', 'heroin-fentanyl'], 'use-pattern': ['some-days'] },
    level: 'outpatient',
    reasons: [],
    needs: ['mixing-risk', 'naloxone'],
    filters: { care: ['outpatient'], medication: ALL_MEDS },
  },
  {
    name: 'does not want medication: no medicine filter',
    answers: { substances: ['heroin-fentanyl'], 'medication-interest': ['no-medication'] },
    level: 'outpatient',
    reasons: [],
    needs: ['naloxone'],
    filters: { care: ['outpatient'] },
  },
  {
    name: 'chosen medicines, languages and payment become filters',
    answers: {
      'medication-interest': ['buprenorphine', 'naltrexone', 'not-sure-medication'],
      language: ['spanish', 'asl', 'other-language'],
      payment: ['no-insurance', 'medicaid'],
    },
    level: 'outpatient',
    reasons: [],
    needs: ['naloxone'],
    filters: {
      care: ['outpatient'],
      medication: ['buprenorphine', 'naltrexone'],
      payment: ['medicaid', 'sliding', 'free'],
      language: ['spanish', 'asl'],
    },
  },
  {
    name: 'private insurance, Medicare and TRICARE',
    answers: { payment: ['private', 'medicare', 'military', 'not-sure-payment'] },
    level: 'outpatient',
    reasons: [],
    needs: ['naloxone'],
    filters: { care: ['outpatient'], medication: ALL_MEDS, payment: ['medicare', 'private', 'military'] },
  },
  {
    name: 'recent thoughts of suicide: day treatment with mental health care, and 988',
    answers: { 'mental-health': ['suicidal-thoughts'] },
    level: 'partial',
    reasons: ['recent-suicidal-thoughts'],
    needs: ['co-occurring', 'crisis-line', 'naloxone'],
    filters: { care: ['partial'], medication: ALL_MEDS, population: ['co-occurring'] },
  },
  {
    name: 'a mental health condition adds integrated care, not a level',
    answers: { 'mental-health': ['condition'] },
    level: 'outpatient',
    reasons: [],
    needs: ['co-occurring', 'naloxone'],
    filters: { care: ['outpatient'], medication: ALL_MEDS, population: ['co-occurring'] },
  },
  {
    name: 'detox alone before: intensive outpatient and the tolerance warning',
    answers: { 'past-treatment': ['detox-only', 'residential-before'] },
    level: 'intensive',
    reasons: ['detox-only-before'],
    needs: ['tolerance', 'naloxone'],
    filters: { care: ['intensive'], medication: ALL_MEDS },
  },
  {
    name: 'little support at home: intensive outpatient',
    answers: { 'home-life': ['little-support'] },
    level: 'intensive',
    reasons: ['home-little-support'],
    needs: ['naloxone'],
    filters: { care: ['intensive'], medication: ALL_MEDS },
  },
  {
    name: 'people at home use: residential',
    answers: { 'home-life': ['use-around'] },
    level: 'residential',
    reasons: ['home-use-around'],
    needs: ['naloxone'],
    filters: { care: ['residential'], medication: ALL_MEDS },
  },
  {
    name: 'injecting, a wound and long-term pain: advice and questions, not a level',
    answers: { 'use-method': ['inject'], health: ['wound', 'pain'] },
    level: 'outpatient',
    reasons: [],
    needs: ['see-doctor-soon', 'other-health', 'injection-care', 'naloxone'],
    filters: { care: ['outpatient'], medication: ALL_MEDS },
  },
  {
    name: 'maybe pregnant: a prompt to check, without a pregnancy-program filter',
    answers: { pregnancy: ['maybe-pregnant'] },
    level: 'outpatient',
    reasons: [],
    needs: ['maybe-pregnant', 'naloxone'],
    filters: { care: ['outpatient'], medication: ALL_MEDS },
  },
  {
    name: 'stopped for now, after very sick withdrawal: tolerance warning and withdrawal care',
    answers: { 'use-pattern': ['not-now'], withdrawal: ['very-sick'] },
    level: 'outpatient',
    reasons: [],
    needs: ['withdrawal-care', 'tolerance', 'naloxone'],
    filters: { care: ['outpatient', 'detox'], medication: ALL_MEDS },
  },
];

describe('self-check rules: table of scenarios', () => {
  for (const s of SCENARIOS) {
    test(s.name, () => {
      const r = result(s.answers);
      assert.equal(r.level.id, s.level);
      assert.deepEqual(
        r.reasons.map((x) => x.id),
        s.reasons,
      );
      assert.deepEqual(r.needs.map((n) => n.id).sort(), [...s.needs].sort());
      assert.deepEqual(r.filters, { ...none, ...s.filters });
      assert.deepEqual(r.contradictions, s.contradictions ?? []);
      // Every result explains all three medicines and says nothing about answers it was not given.
      assert.deepEqual(
        r.medications.map((m) => m.medication.id),
        ALL_MEDS,
      );
      for (const group of Object.keys(r.filters) as (keyof Filters)[]) {
        for (const value of r.filters[group]) assert.ok(concept(group, value), `${group}=${value} is a locator filter`);
      }
    });
  }

  test('every rule is exercised by at least one scenario', () => {
    const matched = new Set(SCENARIOS.flatMap((s) => result(s.answers).matched.map((r) => r.id)));
    const missing = RULES.map((r) => r.id).filter((id) => !matched.has(id));
    assert.deepEqual(missing, []);
  });

  test('every rule, alone, raises the level to at least its own and adds its needs', () => {
    for (const rule of RULES) {
      const answers = answersFor(rule.when);
      const r = result(answers);
      assert.ok(
        r.matched.some((m) => m.id === rule.id),
        `${rule.id} matches answers built from its own condition`,
      );
      if (rule.level) assert.equal(r.level.id, rule.level, `${rule.id} alone sets ${rule.level}`);
      for (const n of rule.needs ?? [])
        assert.ok(
          r.needs.some((x) => x.id === n),
          `${rule.id} adds ${n}`,
        );
    }
  });

  test('rule ids are unique, and every rule refers to real questions and answers', () => {
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
    for (const rule of RULES) {
      for (const [q, values] of Object.entries(answersFor(rule.when))) {
        const allowed = QUESTIONS.get(q)?.choices.map((c) => c.value);
        assert.ok(allowed, `${rule.id}: no question ${q}`);
        for (const v of values) assert.ok(allowed.includes(v), `${rule.id}: ${q} has no answer ${v}`);
      }
    }
  });

  test('answer filters and need filters name real locator filters', () => {
    for (const f of ANSWER_FILTERS) {
      assert.ok(
        QUESTIONS.get(f.question)?.choices.some((c) => c.value === f.answer),
        `${f.question}=${f.answer}`,
      );
      for (const v of f.values) assert.ok(concept(f.group, v), `${f.group}=${v}`);
    }
    for (const n of NEEDS) if (n.filter) assert.ok(concept(n.filter.group, n.filter.value), n.id);
  });
});

describe('self-check result details', () => {
  test('the search link carries filters only, in a stable order', () => {
    const r = result({
      substances: ['heroin-fentanyl', 'alcohol'],
      'use-pattern': ['daily-long'],
      withdrawal: ['seizure'],
      payment: ['medicaid'],
      language: ['spanish'],
      pregnancy: ['pregnant'],
    });
    assert.equal(
      r.findUrl,
      '/find?care=hospital&care=detox&medication=methadone&medication=buprenorphine&medication=naltrexone&payment=medicaid&population=pregnant&language=spanish',
    );
    assert.equal(findUrl(none), '/find');
  });

  test('the wording follows who the answers are about', () => {
    const self = result({ 'home-life': ['no-housing'] });
    const other = result({ 'answering-for': ['someone-else'], 'home-life': ['no-housing'] });
    assert.equal(self.who, 'self');
    assert.equal(other.who, 'other');
    assert.equal(say(at(self.reasons, 0).because, self.who), 'you do not have a stable place to live');
    assert.equal(say(at(other.reasons, 0).because, other.who), 'they do not have a stable place to live');
    assert.ok(other.questionsToAsk.some((q) => q.includes('could they start')));
    assert.ok(self.questionsToAsk.some((q) => q.includes('could I start')));
    assert.ok(other.guides.some((g) => g.slug === 'helping-someone-you-love'));
    assert.ok(!self.guides.some((g) => g.slug === 'helping-someone-you-love'));
  });

  test('skipped questions are counted, and answered ones are not', () => {
    const all = TOPIC_STEPS.flatMap((s) => s.questions.map((q) => q.id));
    assert.deepEqual(result({}).skipped, all);
    assert.deepEqual(
      result({ substances: ['alcohol'], payment: ['medicaid'] }).skipped,
      all.filter((q) => q !== 'substances' && q !== 'payment'),
    );
  });

  test('"English is fine" answers the language question: not skipped, no language filter, and exclusive', () => {
    const r = result({ language: ['english'] });
    assert.ok(!r.skipped.includes('language'));
    assert.deepEqual(r.filters.language, []);
    assert.ok(!r.questionsToAsk.some((q) => /interpreter|speak Spanish/.test(q)));
    // With Spanish ticked as well, the answers disagree: Spanish counts, and the result says so.
    const both = result({ language: ['english', 'spanish'] });
    assert.deepEqual(both.filters.language, ['spanish']);
    assert.deepEqual(both.contradictions, ['language']);
  });

  test('notes and questions to ask follow the answers', () => {
    const r = result({
      'home-life': ['unsafe'],
      'daily-life': ['must-keep-working', 'children', 'hard-to-travel'],
      telehealth: ['telehealth-yes'],
      'past-treatment': ['medication-before'],
    });
    assert.ok(r.notes.some((n) => n.includes('keep working')));
    assert.ok(r.notes.some((n) => n.includes('video or phone')));
    assert.ok(r.notes.some((n) => n.includes('taken medication for opioid use before')));
    assert.ok(r.questionsToAsk.some((q) => q.includes('evening')));
    assert.ok(r.questionsToAsk.some((q) => q.includes('child care')));
    assert.ok(r.questionsToAsk.some((q) => q.includes('transportation')));
    assert.ok(r.questionsToAsk.some((q) => q.includes('video or phone')));
    // Outpatient care fits around work already: no "keep working" note.
    assert.ok(!result({ 'daily-life': ['must-keep-working'] }).notes.some((n) => n.includes('keep working')));
  });

  test('naltrexone explains the opioid-free wait; medicines someone asked about are marked', () => {
    const r = result({ 'medication-interest': ['naltrexone'] });
    const naltrexone = r.medications.find((m) => m.medication.id === 'naltrexone')!;
    assert.match(naltrexone.medication.about, /7 to 10 days/);
    assert.deepEqual(
      r.medications.filter((m) => m.interested).map((m) => m.medication.id),
      ['naltrexone'],
    );
  });

  test('only opioids-or-unknown brings the medicine filter and the overdose guide', () => {
    assert.ok(result({}).guides.some((g) => g.slug === 'overdose-signs-and-naloxone'));
    assert.ok(!result({ substances: ['stimulants'] }).guides.some((g) => g.slug === 'overdose-signs-and-naloxone'));
    assert.ok(result({ substances: ['stimulants'] }).notes.some((n) => n.includes('made for opioid use')));
    assert.ok(!result({ substances: ['stimulants', 'opioid-pills'] }).notes.some((n) => n.includes('made for opioid use')));
  });
});

describe('self-check overdose warnings: opioids with benzos or alcohol, and naloxone', () => {
  const OPIOID_SETS = [[], ['heroin-fentanyl'], ['opioid-pills'], ['heroin-fentanyl', 'opioid-pills']];
  const SEDATIVE_SETS = [[], ['alcohol'], ['benzos'], ['alcohol', 'benzos']];
  const OTHER_SETS = [[], ['stimulants', 'other-drugs']];
  const WHO = [
    ['self', ['myself']],
    ['other', ['someone-else']],
  ] as const;

  // Every combination of what is used, for "me" and for "someone I love".
  for (const [who, answeringFor] of WHO) {
    for (const opioids of OPIOID_SETS) {
      for (const sedatives of SEDATIVE_SETS) {
        for (const others of OTHER_SETS) {
          const substances = [...opioids, ...sedatives, ...others];
          const usesOpioids = opioids.length > 0;
          // Nothing ticked means the question was skipped: we were not told, so we warn about naloxone anyway.
          const expectNaloxone = usesOpioids || substances.length === 0;
          const expectMixing = usesOpioids && sedatives.length > 0;
          const name = `${who}: ${substances.join(' + ') || 'substances skipped'} → ${
            [expectMixing ? 'mixing warning' : '', expectNaloxone ? 'naloxone' : ''].filter(Boolean).join(' and ') || 'neither'
          }`;
          test(name, () => {
            const answers: Answers = substances.length
              ? { 'answering-for': [...answeringFor], substances }
              : { 'answering-for': [...answeringFor] };
            const r = result(answers);
            assert.equal(r.who, who);
            const mixing = r.needs.find((n) => n.id === 'mixing-risk');
            const naloxone = r.needs.find((n) => n.id === 'naloxone');
            assert.equal(Boolean(mixing), expectMixing, 'the warning about mixing');
            assert.equal(Boolean(naloxone), expectNaloxone, 'naloxone');
            if (mixing) {
              const text = say(mixing.notice!, r.who);
              assert.ok(mixing.urgent, 'shown at the top of the result');
              assert.match(text, /sharply raise (the|their) risk of overdose/);
              assert.match(text, /naloxone/);
              assert.match(text, /never to use alone|never use alone/);
              assert.match(text, /call 911, give naloxone, and stay with/);
              assert.equal(mixing.link?.href, '/crisis#overdose');
            }
            if (naloxone) {
              const text = say(naloxone.notice!, r.who);
              assert.ok(naloxone.urgent, 'shown at the top of the result');
              assert.match(text, who === 'self' ? /^Carry naloxone/ : /^Keep naloxone, .* where you can reach it/);
              assert.match(text, /without a prescription/);
            }
          });
        }
      }
    }
  }

  test('the overdose-after-a-break warning also tells people to carry naloxone', () => {
    const r = result({ substances: ['heroin-fentanyl'], 'use-pattern': ['not-now'] });
    assert.deepEqual(r.needs.map((n) => n.id).sort(), ['naloxone', 'tolerance']);
    assert.match(say(r.needs.find((n) => n.id === 'tolerance')!.notice!, r.who), /Carry naloxone, and do not use alone/);
  });
});

describe('self-check crisis routing', () => {
  // Written out by hand, so a change to the routing table has to be made here too, on purpose.
  const EXPECTED: Record<string, CrisisSection> = {
    'not-breathing': 'overdose',
    'overdose-signs': 'overdose',
    suicide: 'suicide',
    seizure: 'medical',
    'chest-pain': 'medical',
    confusion: 'medical',
    'pregnant-withdrawal': 'medical',
    poisoning: 'poison',
  };

  test('the table covers every answer on the safety screen', () => {
    assert.deepEqual(Object.keys(EXPECTED).sort(), DANGER.choices.map((c) => c.value).sort());
  });

  for (const [flag, section] of Object.entries(EXPECTED)) {
    test(`"${flag}" goes straight to the ${section} part of the crisis page, whatever else was said`, () => {
      assert.deepEqual(evaluate({ danger: [flag] }), { kind: 'crisis', section });
      assert.deepEqual(evaluate({ danger: [flag], 'home-life': ['supportive'], substances: ['alcohol'] }), {
        kind: 'crisis',
        section,
      });
    });
  }

  test('with several red flags, an overdose comes first, then medical, then suicide, then poisoning', () => {
    assert.equal(crisisSection(['poisoning', 'suicide']), 'suicide');
    assert.equal(crisisSection(['suicide', 'chest-pain']), 'medical');
    assert.equal(crisisSection(['poisoning', 'confusion', 'not-breathing']), 'overdose');
    assert.equal(crisisSection([]), undefined);
  });
});

/**
 * The smallest answers that satisfy a rule's condition: the first listed value of every part. Parts of an "all"
 * about the same question add up ("opioids" and "alcohol or benzos" gives both answers).
 */
function answersFor(condition: (typeof RULES)[number]['when']): Record<string, string[]> {
  if ('question' in condition) return { [condition.question]: [at(condition.anyOf, 0, 'listed value')] };
  if ('all' in condition) {
    const merged: Record<string, string[]> = {};
    for (const part of condition.all.map(answersFor)) {
      for (const [q, values] of Object.entries(part)) merged[q] = [...new Set([...(merged[q] ?? []), ...values])];
    }
    return merged;
  }
  if ('any' in condition) return answersFor(at(condition.any, 0, 'part'));
  return {};
}
