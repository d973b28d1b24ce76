/**
 * For the self-check's route tests: one answer set for a whole journey, and the hidden fields a browser would
 * send back. Not a test file itself (the runner picks up only *.test.ts).
 */
import { parseHtml } from '../../../test/support/html.ts';

/**
 * Distinctive answers for every question, chosen so none of them could appear in a log line by chance; for
 * someone the person is helping, so the result is as long as it gets.
 */
export const JOURNEY: Record<string, Record<string, string[]>> = {
  who: { 'answering-for': ['someone-else'] },
  substances: { substances: ['heroin-fentanyl', 'alcohol'], 'use-method': ['inject'] },
  pattern: { 'use-pattern': ['daily-long'] },
  withdrawal: { withdrawal: ['seizure'] },
  health: { health: ['wound'] },
  'mental-health': { 'mental-health': ['condition'] },
  pregnancy: { pregnancy: ['pregnant'] },
  home: { 'home-life': ['unsafe'] },
  'past-treatment': { 'past-treatment': ['detox-only'] },
  'daily-life': { 'daily-life': ['children'] },
  medication: { 'medication-interest': ['buprenorphine'] },
  practical: { telehealth: ['telehealth-yes'], language: ['spanish'], payment: ['medicaid'] },
};

/** The hidden fields of the page's self-check form: what a browser would send back. */
export function hiddenFields(html: string): [string, string][] {
  const { $ } = parseHtml(html);
  return $('input[type="hidden"]')
    .toArray()
    .map((el) => [$(el).attr('name') ?? '', $(el).attr('value') ?? '']);
}
