/**
 * Moving through the self-check. A submitted form (the answers so far in hidden fields, the screen it came
 * from, and the button pressed) goes in; the next screen comes out. The server uses this for people without
 * JavaScript, and the browser bundle uses the very same code, so both paths behave alike.
 *
 * Nothing here is stored: the answers only ever live in the form on the page.
 *
 * @module
 */

import { at } from '../../lib/arrays.ts';
import type { FieldError } from '../../ui/forms.tsx';
import { fill, messages } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';
import { type Evaluation, evaluate, type Result } from './self-check.evaluate.ts';
import { type Answers, QUESTIONS, STEPS, type Step, say, whoFrom } from './self-check.questions.ts';
import type { CrisisSection } from './self-check.rules.ts';

export const ACTIONS = ['start', 'next', 'skip', 'back', 'result', 'print'] as const;
export type Action = (typeof ACTIONS)[number];

/** Where a form was submitted from: the intro, a step (by id), the result or the printable summary. */
const PLACES = ['intro', ...STEPS.map((s) => s.id), 'result', 'print'] as const;

/** Which buttons each place has. Anything else is a tampered form. */
function allowedActions(place: string): readonly Action[] {
  if (place === 'intro') return ['start'];
  if (place === 'result') return ['print', 'back'];
  if (place === 'print') return ['result', 'back'];
  return ['next', 'skip', 'back'];
}

export interface Submission {
  place: string;
  action: Action;
  answers: Record<string, string[]>;
}

export type Parsed = { ok: true; submission: Submission } | { ok: false; problem: string };

export type Screen =
  | { kind: 'intro' }
  | { kind: 'step'; index: number; answers: Answers; errors: FieldError[] }
  | { kind: 'result'; answers: Answers; result: Result }
  | { kind: 'print'; answers: Answers; result: Result }
  | { kind: 'crisis'; section: CrisisSection };

/** Screen number shown as "Question n of TOTAL" (the safety screen is not counted). */
export const TOTAL_QUESTIONS = STEPS.length - 1;

/**
 * Reads the submitted fields. The answers came back from our own page, so anything we did not offer (a value
 * not in the list, two answers to a one-answer question, an unknown screen or button) means the form was
 * changed; we say so kindly instead of guessing. Unknown field names are ignored.
 */
export function parseSubmission(fields: Readonly<Record<string, readonly string[]>>): Parsed {
  const one = (name: string) => (fields[name]?.length === 1 ? fields[name][0] : undefined);
  const place = one('step');
  const action = one('go');
  if (!place || !(PLACES as readonly string[]).includes(place)) return { ok: false, problem: 'unknown-step' };
  if (!action || !(allowedActions(place) as readonly string[]).includes(action)) return { ok: false, problem: 'unknown-action' };
  const answers: Record<string, string[]> = {};
  for (const [id, q] of QUESTIONS) {
    const values = [...new Set(fields[id] ?? [])];
    if (values.length === 0) continue;
    const allowed = new Set(q.choices.map((c) => c.value));
    if (values.some((v) => !allowed.has(v))) return { ok: false, problem: 'unknown-answer' };
    if (q.type === 'radio' && values.length > 1) return { ok: false, problem: 'too-many-answers' };
    answers[id] = values;
  }
  return { ok: true, submission: { place, action: action as Action, answers } };
}

/** "None of these" together with another answer on the step just answered: ask the person to pick. */
function stepErrors(step: Step, answers: Answers): FieldError[] {
  const who = whoFrom(answers);
  return step.questions.flatMap((q) => {
    const values = answers[q.id] ?? [];
    const exclusive = q.choices.find((c) => c.exclusive && values.includes(c.value));
    if (!exclusive || values.length < 2) return [];
    return [
      {
        href: fieldId(q.id),
        text: fill(messages().selfCheck.step.bothNone, { none: say(exclusive.label, who) }),
      },
    ];
  });
}

/** The id of a question's first input, which an error summary links to. */
export function fieldId(questionId: string): string {
  return `sc-${questionId}`;
}

function without(answers: Answers, step: Step): Record<string, string[]> {
  const ids = new Set(step.questions.map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.has(id))) as Record<string, string[]>;
}

function resultScreen(answers: Answers, kind: 'result' | 'print'): Screen {
  const evaluation: Evaluation = evaluate(answers);
  if (evaluation.kind === 'crisis') return { kind: 'crisis', section: evaluation.section };
  return { kind, answers, result: evaluation.result };
}

function stepScreen(index: number, answers: Answers): Screen {
  if (index < 0) return { kind: 'intro' };
  if (index >= STEPS.length) return resultScreen(answers, 'result');
  return { kind: 'step', index, answers, errors: [] };
}

/** The screen that follows a submission. Pure: the same answers always give the same screen. */
export function nextScreen(submission: Submission): Screen {
  const { place, action, answers } = submission;
  if (place === 'intro') return stepScreen(0, {});
  if (place === 'result') return action === 'print' ? resultScreen(answers, 'print') : stepScreen(STEPS.length - 1, answers);
  if (place === 'print') return resultScreen(answers, 'result');

  const index = STEPS.findIndex((s) => s.id === place);
  const step = at(STEPS, index, 'self-check step');
  if (action === 'back') return stepScreen(index - 1, answers);
  if (action === 'skip') return stepScreen(index + 1, without(answers, step));
  const errors = stepErrors(step, answers);
  if (errors.length > 0) return { kind: 'step', index, answers, errors };
  if (step.id === 'safety') {
    const evaluation = evaluate({ danger: answers.danger ?? [] });
    if (evaluation.kind === 'crisis') return { kind: 'crisis', section: evaluation.section };
  }
  return stepScreen(index + 1, answers);
}

/** The page title for a screen (the layout adds the site name). */
export function screenTitle(screen: Screen): string {
  const titles = messages().selfCheck.titles;
  switch (screen.kind) {
    case 'intro':
      return titles.intro;
    case 'step':
      return fill(titles.step, { title: say(at(STEPS, screen.index, 'self-check step').title, whoFrom(screen.answers)) });
    case 'result':
      return titles.result;
    case 'print':
      return titles.print;
    case 'crisis':
      return titles.crisis;
  }
}

/** The crisis page address for a section: the fragment never reaches the server. */
export function crisisUrl(section: CrisisSection): string {
  return paths.crisis(section);
}
