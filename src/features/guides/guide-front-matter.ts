/**
 * @module guide-front-matter
 * The checks on a guide's front matter beyond what the schema can say, and the plain-language messages
 * for what the schema does say. Every message is written for the person editing the Markdown file.
 */
import type { z } from 'zod';
import type { GuideFrontMatter } from './guide.schema.ts';

export type FieldProblem = { field: string; message: string };

/** True for a real calendar date written as YYYY-MM-DD (so 2025-02-30 is not). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * YAML reads an unquoted 2025-03-01 as a Date object (and quietly turns 2025-02-30 into 2 March). The
 * schema wants text, so dates go back to YYYY-MM-DD here; `unquotedDateProblems` catches the impossible ones.
 */
export function normalise(value: unknown, key?: string): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map((v) => normalise(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, k)]));
  }
  // A publication year written as 2023 (a YAML number) means the same as "2023".
  if (key === 'date' && typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

export function unquotedDateProblems(frontMatterText: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  // gray-matter keeps the newline after the opening ---, so line 0 here is the file's line 1.
  const firstLine = frontMatterText.startsWith('\n') ? 1 : 2;
  frontMatterText.split('\n').forEach((line, i) => {
    const match = /^\s*(?:-\s+)?([A-Za-z]+):\s*(\d{4}-\d{1,2}-\d{1,2})\s*(?:#.*)?$/.exec(line);
    if (match && !isRealDate(match[2]!)) {
      problems.push({
        field: `${match[1]} (line ${i + firstLine})`,
        message: `${match[2]} is not a real date; write it as YYYY-MM-DD, like 2026-03-01`,
      });
    }
  });
  return problems;
}

function fieldName(pathParts: readonly PropertyKey[]): string {
  return (
    pathParts.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(front matter)'
  );
}

export function schemaProblems(error: z.ZodError): FieldProblem[] {
  // "nextReview must be after lastReviewed" means little while either date is itself wrong.
  const basic = error.issues.filter((issue) => issue.code !== 'custom');
  return (basic.length > 0 ? basic : error.issues).map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return {
        field: issue.keys.map((k) => fieldName([...issue.path, k])).join(', '),
        message: 'is not a field guides can have (check the spelling)',
      };
    }
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    return { field: fieldName(issue.path), message: missing ? 'is missing' : issue.message };
  });
}

export function dateProblems(meta: GuideFrontMatter): FieldProblem[] {
  const dates: [string, string][] = [
    ['lastReviewed', meta.lastReviewed],
    ['nextReview', meta.nextReview],
    ['factChecked', meta.factChecked],
  ];
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
