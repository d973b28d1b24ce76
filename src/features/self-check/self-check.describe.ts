/**
 * Rule conditions in words, for the "How the self-check works" page, in the page's language. Written from the
 * same data the rules are evaluated from, so the page describes exactly what the code does.
 *
 * @module
 */
import { fill, messages } from '../../ui/messages/index.ts';
import { choiceLabel, inLanguage, question } from './self-check.questions.ts';
import { level, need, type ResultCondition } from './self-check.rules.ts';

export function describeCondition(condition: ResultCondition): string {
  const d = messages().howItWorks.describe;
  const quote = (text: string) => fill(d.quote, { text });
  if ('question' in condition) {
    const q = question(condition.question);
    const answers = condition.anyOf.map((v) => quote(choiceLabel(q.id, v, 'self'))).join(d.or);
    return fill(q.type === 'radio' ? d.is : d.includes, { question: quote(inLanguage(q.short)), answers });
  }
  if ('skipped' in condition) return fill(d.skipped, { question: quote(inLanguage(question(condition.skipped).short)) });
  if ('not' in condition) return fill(d.not, { condition: describeCondition(condition.not) });
  if ('all' in condition) return condition.all.map(describeCondition).join(d.and);
  if ('any' in condition) return fill(d.either, { conditions: condition.any.map(describeCondition).join(d.eitherOr) });
  if ('need' in condition) return fill(d.need, { need: quote(inLanguage(need(condition.need).title)) });
  return fill(d.levelAtLeast, { level: inLanguage(level(condition.levelAtLeast).name) });
}
