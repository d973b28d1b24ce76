import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { at } from '../../lib/arrays.ts';
import { nextScreen, parseSubmission, type Screen, type Submission, screenTitle, TOTAL_QUESTIONS } from './self-check.flow.ts';
import { STEPS } from './self-check.questions.ts';

function parse(fields: Record<string, string[]>): Submission {
  const parsed = parseSubmission(fields);
  assert.ok(parsed.ok, `expected the form to be read: ${JSON.stringify(parsed)}`);
  return parsed.submission;
}

const stepIndex = (id: string) => STEPS.findIndex((s) => s.id === id);

function expectStep(screen: Screen, id: string) {
  assert.equal(screen.kind, 'step');
  assert.equal(at(STEPS, (screen as { index: number }).index).id, id);
  return screen as Extract<Screen, { kind: 'step' }>;
}

describe('reading a submitted self-check form', () => {
  test('keeps known answers and ignores unknown field names', () => {
    const s = parse({ step: ['home'], go: ['next'], 'home-life': ['unsafe'], substances: ['alcohol', 'benzos'], utm: ['x'] });
    assert.deepEqual(s, {
      place: 'home',
      action: 'next',
      answers: { 'home-life': ['unsafe'], substances: ['alcohol', 'benzos'] },
    });
  });

  test('a repeated value counts once', () => {
    assert.deepEqual(parse({ step: ['home'], go: ['next'], language: ['asl', 'asl'] }).answers, { language: ['asl'] });
  });

  const tampered: [string, Record<string, string[]>][] = [
    ['no step', { go: ['next'] }],
    ['an unknown step', { step: ['nowhere'], go: ['next'] }],
    ['two steps', { step: ['home', 'health'], go: ['next'] }],
    ['no button', { step: ['home'] }],
    ['an unknown button', { step: ['home'], go: ['delete'] }],
    ['a button that screen does not have', { step: ['intro'], go: ['print'] }],
    ['a result button on a question', { step: ['home'], go: ['print'] }],
    ['an answer that is not offered', { step: ['home'], go: ['next'], 'home-life': ['castle'] }],
    ['an answer to a different question', { step: ['home'], go: ['next'], 'home-life': ['alcohol'] }],
    ['two answers to a one-answer question', { step: ['home'], go: ['next'], 'home-life': ['unsafe', 'supportive'] }],
    ['a carried answer that was changed', { step: ['home'], go: ['next'], substances: ['alcohol', '<script>'] }],
  ];
  for (const [name, fields] of tampered) {
    test(`refuses ${name}`, () => {
      assert.equal(parseSubmission(fields).ok, false);
    });
  }
});

describe('moving through the self-check', () => {
  test('start opens the safety screen first, with nothing carried over', () => {
    const screen = nextScreen(parse({ step: ['intro'], go: ['start'] }));
    assert.deepEqual(screen, { kind: 'step', index: 0, answers: {}, errors: [] });
    assert.equal(STEPS[0]?.id, 'safety');
  });

  test('any red flag on the safety screen opens the crisis page', () => {
    assert.deepEqual(nextScreen(parse({ step: ['safety'], go: ['next'], danger: ['suicide'] })), {
      kind: 'crisis',
      section: 'suicide',
    });
  });

  test('no red flag moves on to "who are you answering for"', () => {
    expectStep(nextScreen(parse({ step: ['safety'], go: ['next'] })), 'who');
  });

  test('continue keeps the answers and moves to the next question', () => {
    const screen = expectStep(
      nextScreen(parse({ step: ['home'], go: ['next'], 'home-life': ['unsafe'], substances: ['alcohol'] })),
      'past-treatment',
    );
    assert.deepEqual(screen.answers, { 'home-life': ['unsafe'], substances: ['alcohol'] });
  });

  test('skip clears the answers on that screen only', () => {
    const screen = expectStep(
      nextScreen(parse({ step: ['home'], go: ['skip'], 'home-life': ['unsafe'], substances: ['alcohol'] })),
      'past-treatment',
    );
    assert.deepEqual(screen.answers, { substances: ['alcohol'] });
  });

  test('back keeps every answer and shows the previous question; back from the safety screen is the intro', () => {
    const screen = expectStep(nextScreen(parse({ step: ['home'], go: ['back'], 'home-life': ['unsafe'] })), 'pregnancy');
    assert.deepEqual(screen.answers, { 'home-life': ['unsafe'] });
    assert.deepEqual(nextScreen(parse({ step: ['safety'], go: ['back'] })), { kind: 'intro' });
  });

  test('"none of these" with another answer asks the person to choose, and keeps what they ticked', () => {
    const screen = expectStep(
      nextScreen(parse({ step: ['health'], go: ['next'], health: ['no-health-problems', 'wound'] })),
      'health',
    );
    assert.deepEqual(screen.errors, [{ href: 'sc-health', text: 'Choose “None of these” or the answers that apply, not both' }]);
    assert.deepEqual(screen.answers.health, ['no-health-problems', 'wound']);
    assert.match(screenTitle(screen), /health problems/);
  });

  test('the same contradiction can still be skipped', () => {
    const screen = expectStep(
      nextScreen(parse({ step: ['health'], go: ['skip'], health: ['no-health-problems', 'wound'] })),
      'mental-health',
    );
    assert.deepEqual(screen.answers, {});
  });

  test('the last question leads to the result; the result leads to the summary and back', () => {
    const answers = { 'home-life': ['unsafe'], payment: ['medicaid'] };
    const result = nextScreen(parse({ step: ['practical'], go: ['next'], ...answers }));
    assert.equal(result.kind, 'result');
    assert.equal((result as Extract<Screen, { kind: 'result' }>).result.level.id, 'residential');
    const print = nextScreen(parse({ step: ['result'], go: ['print'], ...answers }));
    assert.equal(print.kind, 'print');
    assert.equal(nextScreen(parse({ step: ['print'], go: ['result'], ...answers })).kind, 'result');
    expectStep(nextScreen(parse({ step: ['result'], go: ['back'], ...answers })), 'practical');
  });

  test('a red flag slipped into a later form still opens the crisis page, not a result', () => {
    assert.deepEqual(nextScreen(parse({ step: ['result'], go: ['print'], danger: ['poisoning'] })), {
      kind: 'crisis',
      section: 'poison',
    });
  });

  test('questions are numbered after the safety screen', () => {
    assert.equal(TOTAL_QUESTIONS, STEPS.length - 1);
    assert.equal(stepIndex('who'), 1);
  });

  test('the wording of titles follows who is answering', () => {
    const index = stepIndex('home');
    assert.match(screenTitle({ kind: 'step', index, answers: {}, errors: [] }), /for you/);
    assert.match(screenTitle({ kind: 'step', index, answers: { 'answering-for': ['someone-else'] }, errors: [] }), /for them/);
  });
});
