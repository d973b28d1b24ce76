/**
 * Who has checked the clinical content of a page, said in one line. A guide's front matter
 * (`medicalReviewer`) and the self-check's rules (`RULES_REVIEW`) both use this shape; REVIEWING.md at the
 * repository root explains how a clinician signs off, and what the page shows afterwards.
 *
 * We never invent a reviewer: until a named clinician has reviewed something, it is "pending", and the line
 * says so plainly.
 *
 * @module
 */
import { DateText } from './date-text.tsx';
import { paths } from './paths.ts';

export type ClinicalReview =
  | { status: 'pending' }
  | {
      status: 'reviewed';
      /** The clinician's name, as they want it shown: "Jane Doe". */
      name: string;
      /** Their qualifications: "MD, board certified in addiction medicine". */
      credentials: string;
      /** The day they signed off, YYYY-MM-DD. */
      date: string;
    };

/** Where a reader learns how review works. */
export const REVIEW_POLICY_PATH = paths.about.editorialPolicy('medical-review');

/**
 * One honest line: "Medically reviewed by …, …, on …", or the `pending` sentence the page supplies (what was
 * written, and from what), followed by a link to how we review.
 *
 * @example <ClinicalReviewLine review={meta.medicalReviewer} pending="No clinician has reviewed this guide yet." />
 */
export function ClinicalReviewLine(props: { review: ClinicalReview; pending: string; id?: string }) {
  const { review } = props;
  return (
    <p class="review-status" id={props.id}>
      {review.status === 'reviewed' ? (
        <>
          Medically reviewed by {review.name}, {review.credentials}, on <DateText iso={review.date} />.
        </>
      ) : (
        props.pending
      )}{' '}
      <a href={REVIEW_POLICY_PATH}>How we review</a>
    </p>
  );
}
