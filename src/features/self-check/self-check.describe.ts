/**
 * Rule conditions in words, for the "How the self-check works" page. Written from the same data the rules
 * are evaluated from, so the page describes exactly what the code does.
 *
 * @module
 */
import { choiceLabel, question } from './self-check.questions.ts';
import { level, need, type ResultCondition } from './self-check.rules.ts';

const quote = (text: string) => `“${text}”`;

export function describeCondition(condition: ResultCondition): string {
  if ('question' in condition) {
    const q = question(condition.question);
    const labels = condition.anyOf.map((v) => quote(choiceLabel(q.id, v, 'self'))).join(' or ');
    return `${quote(q.short)} ${q.type === 'radio' ? 'is' : 'includes'} ${labels}`;
  }
  if ('skipped' in condition) return `${quote(question(condition.skipped).short)} was skipped`;
  if ('not' in condition) return `not: ${describeCondition(condition.not)}`;
  if ('all' in condition) return condition.all.map(describeCondition).join(', and ');
  if ('any' in condition) return `either ${condition.any.map(describeCondition).join(', or ')}`;
  if ('need' in condition) return `the result includes ${quote(need(condition.need).title)}`;
  return `the suggested level is ${level(condition.levelAtLeast).name} or higher`;
}
