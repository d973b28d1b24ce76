/**
 * @module front-matter
 * What every piece of content's front matter shares (guides in content/guides, pages in content/pages): dates
 * written as YYYY-MM-DD and checked to be real, the schema's problems said in plain words for the person
 * editing the file, and the shapes of a source reference and of a clinical review (see REVIEWING.md).
 */
import path from 'node:path';
import { z } from 'zod';
import { ROOT } from '../config.ts';
import type { ClinicalReview } from './clinical-review.tsx';

/** Something to fix in a content file, named so an editor can find it without reading code. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export const formatProblem = (p: ContentProblem) => `${p.file}: ${p.field}: ${p.message}`;

/** A file's path for messages: relative to the project when it is inside it. */
export const displayPath = (file: string) => {
  const relative = path.relative(ROOT, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
};

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-26');
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/**
 * Who checked the medical facts (see REVIEWING.md). We never invent a reviewer: until a named clinician has
 * reviewed the content, it says so (status "pending") in one line on the page.
 */
export const medicalReviewer = z.discriminatedUnion('status', [
  z.object({ status: z.literal('reviewed'), name: z.string().min(2), credentials: z.string().min(2), date: isoDate }),
  z.object({ status: z.literal('pending') }),
]) satisfies z.ZodType<ClinicalReview>;

/** Year, or full date, of publication. */
export const publicationDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a year like 2023 or a date like 2023-03-29');

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
    const [, field, date] = /^\s*(?:-\s+)?([A-Za-z]+):\s*(\d{4}-\d{1,2}-\d{1,2})\s*(?:#.*)?$/.exec(line) ?? [];
    if (field && date && !isRealDate(date)) {
      problems.push({
        field: `${field} (line ${i + firstLine})`,
        message: `${date} is not a real date; write it as YYYY-MM-DD, like 2026-03-01`,
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
