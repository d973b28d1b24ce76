/**
 * @module guide-front-matter
 * The checks on a guide's front matter beyond what the schema can say, and the plain-language messages
 * for what the schema does say. Every message is written for the person editing the Markdown file.
 */
import { type FieldProblem, isRealDate } from '../../ui/front-matter.ts';
import type { GuideFrontMatter } from './guide.schema.ts';

export function dateProblems(meta: GuideFrontMatter): FieldProblem[] {
  const dates: [string, string][] = [
    ['lastReviewed', meta.lastReviewed],
    ['nextReview', meta.nextReview],
    ['factChecked', meta.factChecked],
  ];
  if (meta.englishReviewed) dates.push(['englishReviewed', meta.englishReviewed]);
  if (meta.medicalReviewer.status === 'reviewed') dates.push(['medicalReviewer.date', meta.medicalReviewer.date]);
  meta.expiringFacts.forEach((f, i) => {
    dates.push([`expiringFacts[${i}].expires`, f.expires]);
  });
  meta.references.forEach((r, i) => {
    dates.push([`references[${i}].retrieved`, r.retrieved]);
    if (r.date.length === 10) dates.push([`references[${i}].date`, r.date]);
  });
  return dates
    .filter(([, value]) => !isRealDate(value))
    .map(([field, value]) => ({ field, message: `${value} is not a real date` }));
}

/**
 * A statement that expires before the guide's next review would be read after it lapsed, with nothing on the
 * page to say so: the review must come first. Each fact must also name one of the guide's own references.
 */
export function expiringFactProblems(meta: GuideFrontMatter): FieldProblem[] {
  const references = new Set(meta.references.map((r) => r.id));
  return meta.expiringFacts.flatMap((fact, i) => {
    const problems: FieldProblem[] = [];
    if (!references.has(fact.source)) {
      problems.push({ field: `expiringFacts[${i}].source`, message: `"${fact.source}" is not one of this guide's references` });
    }
    if (fact.expires < meta.nextReview) {
      problems.push({
        field: `expiringFacts[${i}].expires`,
        message:
          `"${fact.what}" holds only until ${fact.expires}, before the guide's next review on ${meta.nextReview}. ` +
          `Review the guide by then (set nextReview to ${fact.expires} or earlier), or update the statement`,
      });
    }
    return problems;
  });
}
