import type { CorrectionRow } from '../../db/corrections.repository.ts';
import type { CorrectionChange } from '../../domain/corrections.ts';
import { describeChange, EVIDENCE_TEXT } from '../../domain/corrections.ts';
import { ErrorSummary, type FieldError, TextArea } from '../../ui/forms.tsx';
import { paths } from '../../ui/paths.ts';
import { CsrfField, EditorPage } from './editor-layout.tsx';
import type { ConflictItem } from './review.service.ts';
import { EvidenceFields } from './review.view.tsx';

/**
 * One correction, and when the newest data disagrees with it, the two ways out: keep ours (after checking
 * again: a new date and how) or withdraw it and show the directory's value.
 */
export function CorrectionPage(props: {
  row: CorrectionRow;
  change: CorrectionChange | undefined;
  conflict: ConflictItem | undefined;
  facilityName: string | undefined;
  csrf: string;
  values: { evidence: string; checkedOn: string; reason: string };
  errors: Record<string, string>;
}) {
  const { row, conflict, errors } = props;
  const summary: FieldError[] = ['evidence', 'checked_on', 'reason']
    .filter((f) => errors[f])
    .map((f) => ({ href: f, text: errors[f] as string }));
  return (
    <EditorPage title={`Correction ${row.id}`} csrf={props.csrf} hasErrors={summary.length > 0}>
      <ErrorSummary errors={summary} />
      <h1>Correction {row.id}</h1>
      <dl class="summary-list editor-box">
        <div>
          <dt>Listing</dt>
          <dd>
            <a href={paths.facility(row.facility_id)}>{props.facilityName ?? row.facility_id}</a>
          </dd>
        </div>
        <div>
          <dt>Correction</dt>
          <dd>{props.change ? describeChange(props.change) : row.change}</dd>
        </div>
        <div>
          <dt>Checked</dt>
          <dd>
            {row.checked_on} ({EVIDENCE_TEXT[row.evidence]})
          </dd>
        </div>
        <div>
          <dt>State</dt>
          <dd>
            {row.state}
            {row.ended_at ? ` since ${row.ended_at.slice(0, 10)}` : ''}
          </dd>
        </div>
        {row.report_id ? (
          <div>
            <dt>From</dt>
            <dd>
              <a href={paths.editor.report(row.report_id)}>Report {row.report_id}</a>
            </dd>
          </div>
        ) : null}
      </dl>
      {conflict ? (
        <div class="notice notice--warning">
          <p>
            <strong>The newest data disagrees.</strong>{' '}
            {conflict.conflict.kind === 'gone'
              ? 'This place is no longer in the directory.'
              : `Since we checked, the directory changed. It now says: ${conflict.directoryNow}.`}{' '}
            Our correction still shows until you decide.
          </p>
        </div>
      ) : null}
      {row.state === 'active' ? (
        <>
          {conflict?.conflict.kind !== 'gone' ? (
            <form method="post" action={paths.editor.correction(row.id, 'keep')} novalidate class="editor-box">
              <h2>Keep our correction</h2>
              <p>Check again with the place first. The listing will show the new date.</p>
              <CsrfField token={props.csrf} />
              <EvidenceFields evidence={props.values.evidence} checkedOn={props.values.checkedOn} errors={errors} />
              <button type="submit" class="button">
                Keep our correction
              </button>
            </form>
          ) : null}
          <form method="post" action={paths.editor.correction(row.id, 'withdraw')} novalidate class="editor-box">
            <h2>Withdraw it</h2>
            <p>The listing shows what the directory says again.</p>
            <CsrfField token={props.csrf} />
            <TextArea
              id="reason"
              name="reason"
              label="Why (kept in the audit log)"
              rows={2}
              maxlength={500}
              value={props.values.reason}
              error={errors.reason}
            />
            <button type="submit" class="button button--secondary">
              Withdraw the correction
            </button>
          </form>
        </>
      ) : null}
    </EditorPage>
  );
}
