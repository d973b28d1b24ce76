import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { placeholdersOf } from '../../ui/messages/format.ts';
import { SELF_CHECK_ES } from './self-check.es.ts';
import { STEPS } from './self-check.questions.ts';
import * as rules from './self-check.rules.ts';

/** Every piece of the self-check's data a reader sees (questions, answers, levels, advice, reasons…). */
function wordsShown(): string[] {
  const out = new Set<string>();
  const add = (s?: string) => {
    if (s) out.add(s);
  };
  for (const s of STEPS) {
    add(s.title);
    add(s.why);
    for (const q of s.questions) {
      add(q.legend);
      add(q.hint);
      add(q.short);
      for (const c of q.choices) {
        add(c.label);
        add(c.hint);
      }
    }
  }
  for (const l of rules.LEVELS) {
    add(l.name);
    add(l.description);
  }
  for (const n of rules.NEEDS) {
    add(n.title);
    add(n.notice);
    add(n.link?.text);
  }
  for (const r of rules.RULES) add(r.because);
  for (const a of Object.values(rules.AREAS)) add(a);
  for (const t of Object.values(rules.CRISIS_SECTION_TITLES)) add(t);
  for (const m of rules.MEDICATIONS) {
    add(m.name);
    add(m.about);
  }
  for (const g of rules.GUIDES) add(g.title);
  for (const a of rules.QUESTIONS_TO_ASK) add(a.ask);
  for (const n of rules.NOTES) add(n.text);
  return [...out];
}

const VARIANTS = /\[[^[\]|]*\|[^[\]|]*\]/g;

describe('the self-check in Spanish', () => {
  test('every word a reader sees has Spanish words, and nothing Spanish is left over', () => {
    const shown = wordsShown();
    assert.deepEqual(
      shown.filter((w) => !SELF_CHECK_ES[w]),
      [],
    );
    const known = new Set(shown);
    assert.deepEqual(
      Object.keys(SELF_CHECK_ES).filter((w) => !known.has(w)),
      [],
      'Spanish words for English that is no longer used',
    );
  });

  test('the Spanish keeps the [you|they] variants and the {placeholders} of the English', () => {
    for (const [en, es] of Object.entries(SELF_CHECK_ES)) {
      assert.equal((es.match(VARIANTS) ?? []).length > 0, (en.match(VARIANTS) ?? []).length > 0, en);
      assert.deepEqual(placeholdersOf(es).sort(), placeholdersOf(en).sort(), en);
      assert.notEqual(es.trim(), '', en);
    }
  });
});
