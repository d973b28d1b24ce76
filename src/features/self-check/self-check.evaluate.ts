/**
 * `evaluate(answers)`: the one pure function that turns answers into a result, by applying the tables in
 * `self-check.rules.ts`. It runs on the server (no JavaScript) and, bundled, in the browser. It never throws on
 * missing answers: every question can be skipped.
 *
 * @module
 */
import { paths } from '../../ui/paths.ts';
import { type Answers, question, say, TOPIC_STEPS, type Who, whoFrom } from './self-check.questions.ts';
import {
  ALL_MEDICATIONS,
  ANSWER_FILTERS,
  type AnswerCondition,
  CONFLICTS,
  CRISIS_SECTIONS,
  type CrisisSection,
  DEFAULT_LEVEL,
  GUIDES,
  type GuideLink,
  type Level,
  type LevelId,
  level,
  levelRank,
  MEDICATIONS,
  type Medication,
  NEEDS,
  type Need,
  type NeedId,
  NOTES,
  OPIOIDS_OR_UNKNOWN,
  QUESTIONS_TO_ASK,
  RED_FLAGS,
  type ResultCondition,
  RULES,
  type Rule,
} from './self-check.rules.ts';

/** The locator's filter groups the self-check can set, in the order they appear in the search link. */
export const FILTER_ORDER = ['care', 'medication', 'payment', 'population', 'language'] as const;
export type Filters = Record<(typeof FILTER_ORDER)[number], string[]>;

export interface Result {
  who: Who;
  level: Level;
  /** The one or two answers that set the level (empty when no rule raised it above the default). */
  reasons: Rule[];
  /** Every rule that matched, in table order. */
  matched: Rule[];
  needs: Need[];
  medications: { medication: Medication; interested: boolean }[];
  filters: Filters;
  /** The locator search with these filters: the only place answers turn into a URL, and only as filters. */
  findUrl: string;
  guides: GuideLink[];
  questionsToAsk: string[];
  notes: string[];
  /** Questions whose answers seemed to disagree with each other. */
  contradictions: string[];
  /** Topic questions with no answer. */
  skipped: string[];
}

export type Evaluation = { kind: 'crisis'; section: CrisisSection } | { kind: 'result'; result: Result };

/** Which part of /crisis a set of safety-screen answers goes to, or undefined if none was ticked. */
export function crisisSection(flags: readonly string[]): CrisisSection | undefined {
  const sections = new Set(flags.map((f) => RED_FLAGS[f]).filter(Boolean));
  return CRISIS_SECTIONS.find((s) => sections.has(s));
}

/**
 * "None of these" chosen together with another answer is a contradiction. The other answer wins, because
 * it is the one that may need more care; the result says the answers seemed to disagree.
 */
export function reconcile(answers: Answers): { answers: Record<string, string[]>; contradictions: string[] } {
  const out: Record<string, string[]> = {};
  const contradictions: string[] = [];
  for (const [id, values] of Object.entries(answers)) {
    const exclusive = new Set(
      question(id)
        .choices.filter((c) => c.exclusive)
        .map((c) => c.value),
    );
    const picked = [...new Set(values)];
    const kept = picked.filter((v) => !exclusive.has(v));
    if (kept.length > 0 && kept.length < picked.length) {
      contradictions.push(id);
      out[id] = kept;
    } else {
      out[id] = picked;
    }
  }
  for (const conflict of CONFLICTS) {
    const values = out[conflict.question] ?? [];
    if (conflict.values.every((v) => values.includes(v)) && !contradictions.includes(conflict.question)) {
      contradictions.push(conflict.question);
    }
  }
  return { answers: out, contradictions };
}

interface Context {
  answers: Answers;
  level?: LevelId;
  needs?: ReadonlySet<NeedId>;
}

export function matches(condition: ResultCondition, ctx: Context): boolean {
  if ('question' in condition) return (ctx.answers[condition.question] ?? []).some((v) => condition.anyOf.includes(v));
  if ('skipped' in condition) return (ctx.answers[condition.skipped] ?? []).length === 0;
  if ('not' in condition) return !matches(condition.not, ctx);
  if ('all' in condition) return condition.all.every((c) => matches(c, ctx));
  if ('any' in condition) return condition.any.some((c) => matches(c, ctx));
  if ('need' in condition) return ctx.needs?.has(condition.need) ?? false;
  return ctx.level !== undefined && levelRank(ctx.level) >= levelRank(condition.levelAtLeast);
}

export function matchesAnswers(condition: AnswerCondition, answers: Answers): boolean {
  return matches(condition, { answers });
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function filtersFor(answers: Answers, lvl: Level, needs: ReadonlySet<NeedId>): Filters {
  const filters: Filters = { care: [lvl.care], medication: [], payment: [], population: [], language: [] };
  for (const n of NEEDS) {
    if (needs.has(n.id) && n.filter) filters[n.filter.group].push(n.filter.value);
  }
  for (const f of ANSWER_FILTERS) {
    if ((answers[f.question] ?? []).includes(f.answer)) filters[f.group].push(...f.values);
  }
  const wantsNone = (answers['medication-interest'] ?? []).includes('no-medication');
  if (filters.medication.length === 0 && !wantsNone && matchesAnswers(OPIOIDS_OR_UNKNOWN, answers)) {
    filters.medication.push(...ALL_MEDICATIONS);
  }
  for (const group of FILTER_ORDER) filters[group] = unique(filters[group]);
  return filters;
}

/** `/find?care=…&medication=…`: filters only, never an answer. */
export function findUrl(filters: Filters): string {
  const params = new URLSearchParams();
  for (const group of FILTER_ORDER) for (const value of filters[group]) params.append(group, value);
  const query = params.toString();
  return paths.find(query);
}

/**
 * Applies the rules. The highest level any matched rule sets is the suggestion; the first one or two
 * rules at that level are the "because you said…". Answers on the safety screen go to the crisis page
 * before anything else is looked at.
 */
export function evaluate(input: Answers): Evaluation {
  const section = crisisSection(input.danger ?? []);
  if (section) return { kind: 'crisis', section };

  const { answers, contradictions } = reconcile(input);
  const who = whoFrom(answers);
  const matched = RULES.filter((r) => matchesAnswers(r.when, answers));
  const levelId = matched.reduce<LevelId>(
    (top, r) => (r.level && levelRank(r.level) > levelRank(top) ? r.level : top),
    DEFAULT_LEVEL,
  );
  const reasons = matched.filter((r) => r.level === levelId).slice(0, 2);
  const needIds = new Set(matched.flatMap((r) => r.needs ?? []));
  const ctx: Context = { answers, level: levelId, needs: needIds };
  const chosen = (condition?: ResultCondition) => condition === undefined || matches(condition, ctx);
  const lvl = level(levelId);
  const filters = filtersFor(answers, lvl, needIds);
  const interest = answers['medication-interest'] ?? [];

  return {
    kind: 'result',
    result: {
      who,
      level: lvl,
      reasons,
      matched,
      needs: NEEDS.filter((n) => needIds.has(n.id)),
      medications: MEDICATIONS.map((medication) => ({ medication, interested: interest.includes(medication.id) })),
      filters,
      findUrl: findUrl(filters),
      guides: GUIDES.filter((g) => chosen(g.when)),
      questionsToAsk: QUESTIONS_TO_ASK.filter((q) => chosen(q.when)).map((q) => say(q.ask, who)),
      notes: NOTES.filter((n) => chosen(n.when)).map((n) => say(n.text, who)),
      contradictions,
      skipped: TOPIC_STEPS.flatMap((s) => s.questions)
        .filter((q) => (answers[q.id] ?? []).length === 0)
        .map((q) => q.id),
    },
  };
}
