import { correctionFromRow } from '../../db/corrections.repository.ts';
import { CONCEPTS, conceptByKey, conceptKey, GROUP_LABELS } from '../../domain/concepts.ts';
import { describeChange, EVIDENCE_KINDS, EVIDENCE_TEXT } from '../../domain/corrections.ts';
import type { Facility } from '../../domain/facility.ts';
import { SERVES_ONLY, SERVES_ONLY_LABELS } from '../../domain/serves-only.ts';
import { ChoiceGroup, ErrorSummary, type FieldError, Select, TextArea, TextInput } from '../../ui/forms.tsx';
import { paths } from '../../ui/paths.ts';
import type { CorrectionValues } from './correction.schema.ts';
import { CsrfField, EditorPage } from './editor-layout.tsx';
import { KIND_NAMES, STATE_NAMES } from './queue.view.tsx';
import type { ReportDetail } from './review.service.ts';

type Legend = Map<string, { plainLabel: string }>;

const FIELD_ORDER = [
  'field',
  'phone',
  'street',
  'city',
  'state',
  'zip',
  'latitude',
  'concept',
  'offered',
  'closed',
  'evidence',
  'checked_on',
  'reason',
  'into',
];

const EVIDENCE_CHOICES = EVIDENCE_KINDS.map((k) => ({
  value: k,
  label: { called: 'I called the facility', website: 'Their own website', 'samhsa-import': 'A newer SAMHSA listing' }[k],
}));

/** The evidence fields, shared by the accept form and the "keep ours" form. */
export function EvidenceFields(props: { evidence: string; checkedOn: string; errors: Record<string, string> }) {
  return (
    <>
      <ChoiceGroup
        type="radio"
        id="evidence"
        name="evidence"
        legend="How did you check?"
        error={props.errors.evidence}
        choices={EVIDENCE_CHOICES}
        selected={[props.evidence]}
      />
      <TextInput
        id="checked_on"
        name="checked_on"
        label="The day you checked"
        hint="YYYY-MM-DD, like 2026-12-03. People see this date."
        value={props.checkedOn}
        error={props.errors.checked_on}
        short
        maxlength={10}
      />
    </>
  );
}

function FacilityFacts(props: { f: Facility; legend: Legend }) {
  const { f } = props;
  return (
    <dl class="summary-list">
      <div>
        <dt>Name</dt>
        <dd>
          {f.name}
          {f.name2 ? ` (${f.name2})` : ''}
        </dd>
      </div>
      <div>
        <dt>Address</dt>
        <dd>
          {[f.street, f.street2].filter(Boolean).join(', ')} {f.city}, {f.state} {f.zip}
          <br />
          <span class="small">
            From {f.addressSource}; map point {f.locationMethod} ({f.locationSource ?? 'none'})
          </span>
        </dd>
      </div>
      <div>
        <dt>Phone</dt>
        <dd>
          {f.phone ?? 'none'}
          {f.intakePhone ? `; intake ${f.intakePhone}` : ''}
          <br />
          <span class="small">From {f.phoneSource ?? 'no list'}</span>
        </dd>
      </div>
      <div>
        <dt>Offers</dt>
        <dd>{f.offers.map((k) => conceptByKey(k)?.label ?? k).join(', ') || 'nothing listed'}</dd>
      </div>
      <div>
        <dt>Only serves</dt>
        <dd>{f.servesOnly.map((s) => SERVES_ONLY_LABELS[s].label).join('; ') || 'everyone'}</dd>
      </div>
      <div>
        <dt>Listed in</dt>
        <dd>
          {f.listedIn.join(', ')} (last seen {f.lastSeenYear}, {f.status})
        </dd>
      </div>
      {f.checked ? (
        <div>
          <dt>Last checked by our team</dt>
          <dd>{f.checked.lastChecked}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function SourceRows(props: { rows: ReportDetail['sourceRows']; legend: Legend }) {
  return (
    <div class="table-scroll">
      <table>
        <caption>Every source row behind this listing, as the directory holds them</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Row</th>
            <th scope="col">Role</th>
            <th scope="col">Service codes from this source</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <td>
                {r.sourceName} ({r.publisher}, {r.year})<br />
                <code class="small">{r.source}</code>
              </td>
              <td>{r.row}</td>
              <td>{r.role}</td>
              <td class="small">{r.codes.map((c) => `${c} (${props.legend.get(c)?.plainLabel ?? c})`).join(', ') || 'none'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AcceptForm(props: { reportId: number; values: CorrectionValues; errors: Record<string, string>; csrf: string }) {
  const { values: v, errors } = props;
  return (
    <form method="post" action={paths.editor.report(props.reportId, 'accept')} novalidate class="editor-box">
      <h3>Accept as a correction</h3>
      <CsrfField token={props.csrf} />
      <ChoiceGroup
        type="radio"
        id="field"
        name="field"
        legend="What to correct"
        error={errors.field}
        choices={[
          { value: 'phone', label: 'Phone' },
          { value: 'intake_phone', label: 'Intake phone' },
          { value: 'address', label: 'Address and map point' },
          { value: 'service', label: 'A service (offered or not)' },
          { value: 'closed', label: 'Closed (or open again)' },
          { value: 'serves_only', label: 'Who it only serves' },
        ]}
        selected={[v.field]}
        inline
      />
      <fieldset>
        <legend>Phone or intake phone</legend>
        <TextInput id="phone" name="phone" type="tel" label="The number" value={v.phone} error={errors.phone} maxlength={40} />
        <ChoiceGroup
          type="checkbox"
          id="no_number"
          name="no_number"
          legend="No number"
          choices={[{ value: 'yes', label: 'There is no working number' }]}
          selected={v.noNumber ? ['yes'] : []}
        />
      </fieldset>
      <fieldset>
        <legend>Address</legend>
        <TextInput id="street" name="street" label="Street" value={v.street} error={errors.street} />
        <TextInput id="street2" name="street2" label="Suite, floor or building (optional)" value={v.street2} />
        <TextInput id="city" name="city" label="City" value={v.city} error={errors.city} />
        <TextInput id="state" name="state" label="State (2 letters)" value={v.state} error={errors.state} short maxlength={2} />
        <TextInput
          id="zip"
          name="zip"
          label="ZIP code"
          value={v.zip}
          error={errors.zip}
          short
          maxlength={5}
          inputmode="numeric"
        />
        <TextInput
          id="latitude"
          name="latitude"
          label="Latitude (optional)"
          hint="Leave both empty to use the middle of the ZIP code."
          value={v.latitude}
          error={errors.latitude}
          short
        />
        <TextInput id="longitude" name="longitude" label="Longitude (optional)" value={v.longitude} short />
      </fieldset>
      <fieldset>
        <legend>Service</legend>
        <Select
          id="concept"
          name="concept"
          label="Service"
          error={errors.concept}
          options={[
            { value: '', label: 'Choose a service' },
            ...CONCEPTS.map((c) => ({ value: conceptKey(c), label: `${GROUP_LABELS[c.group].legend}: ${c.label}` })),
          ]}
          selected={v.concept}
        />
        <ChoiceGroup
          type="radio"
          id="offered"
          name="offered"
          legend="Do they offer it?"
          error={errors.offered}
          choices={[
            { value: 'yes', label: 'Yes, they offer it' },
            { value: 'no', label: 'No, they do not' },
          ]}
          selected={[v.offered]}
          inline
        />
      </fieldset>
      <ChoiceGroup
        type="radio"
        id="closed"
        name="closed"
        legend="Closed?"
        error={errors.closed}
        choices={[
          { value: 'yes', label: 'It has closed' },
          { value: 'no', label: 'It is open (again)' },
        ]}
        selected={[v.closed]}
        inline
      />
      <ChoiceGroup
        type="checkbox"
        id="serves_only"
        name="serves_only"
        legend="Only serves (tick none for “open to everyone”)"
        choices={SERVES_ONLY.map((s) => ({ value: s, label: SERVES_ONLY_LABELS[s].label }))}
        selected={v.servesOnly}
      />
      <EvidenceFields evidence={v.evidence} checkedOn={v.checkedOn} errors={errors} />
      <button type="submit" class="button">
        Accept and publish the correction
      </button>
    </form>
  );
}

/** One report beside its listing, with every source row behind it, and the decisions. */
export function ReportReviewPage(props: {
  detail: ReportDetail;
  legend: Legend;
  values: CorrectionValues;
  errors: Record<string, string>;
  csrf: string;
  reason?: string;
}) {
  const { detail: d, errors } = props;
  const r = d.report;
  const open = r.state === 'open';
  const summary: FieldError[] = FIELD_ORDER.filter((f) => errors[f]).map((f) => ({ href: f, text: errors[f] as string }));
  const others = d.related.filter((o) => o.id !== r.id);
  return (
    <EditorPage title={`Report ${r.id}`} csrf={props.csrf} hasErrors={summary.length > 0}>
      <ErrorSummary errors={summary} />
      <h1>
        Report {r.id}: {KIND_NAMES[r.kind]}
      </h1>
      <dl class="summary-list editor-box">
        <div>
          <dt>Received</dt>
          <dd>{r.created_at.slice(0, 16).replace('T', ' ')} UTC</dd>
        </div>
        <div>
          <dt>State</dt>
          <dd>
            {STATE_NAMES[r.state]}
            {r.closed_at ? ` on ${r.closed_at.slice(0, 10)}` : ''}
            {r.decision_reason ? `: ${r.decision_reason}` : ''}
            {r.merged_into ? (
              <>
                {' '}
                (into <a href={paths.editor.report(r.merged_into)}>report {r.merged_into}</a>)
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>The right value, as reported</dt>
          <dd class="editor-note">{r.value ?? 'none given'}</dd>
        </div>
        <div>
          <dt>Note</dt>
          <dd class="editor-note">{r.note ?? (r.closed_at ? 'none, or deleted 90 days after closing' : 'none')}</dd>
        </div>
        <div>
          <dt>Reply to</dt>
          <dd>
            {r.reply_email ? (
              <>
                <a href={`mailto:${r.reply_email}`}>{r.reply_email}</a>
                <br />
                <span class="small">Only to answer this report. Deleted 90 days after it is closed.</span>
              </>
            ) : (
              'no email given'
            )}
          </dd>
        </div>
      </dl>

      {d.conflicts.length > 0 ? (
        <div class="notice notice--warning">
          <p>
            <strong>The newest data disagrees with a correction of this listing.</strong>{' '}
            {d.conflicts.map((c) => (
              <a href={paths.editor.correction(c.conflict.correction.id)}>{describeChange(c.conflict.correction.change)}</a>
            ))}
          </p>
        </div>
      ) : null}

      <div class="editor-columns">
        <section aria-labelledby="shown-heading">
          <h2 id="shown-heading">On our site now</h2>
          {d.shown ? (
            <>
              <p>
                <a href={paths.facility(d.currentId)}>Open the listing</a>
              </p>
              <FacilityFacts f={d.shown} legend={props.legend} />
            </>
          ) : (
            <p>This listing ({d.currentId}) is no longer in the directory.</p>
          )}
        </section>
        <section aria-labelledby="directory-heading">
          <h2 id="directory-heading">In the directory, without corrections</h2>
          {d.directory ? <FacilityFacts f={d.directory} legend={props.legend} /> : <p>Not in the directory.</p>}
        </section>
      </div>
      <SourceRows rows={d.sourceRows} legend={props.legend} />

      <h2>Corrections of this listing</h2>
      {d.corrections.length > 0 ? (
        <ul>
          {d.corrections.map((row) => {
            const c = correctionFromRow(row);
            return (
              <li>
                <a href={paths.editor.correction(row.id)}>Correction {row.id}</a>: {c ? describeChange(c.change) : row.change} (
                {row.state}; checked {row.checked_on}, {EVIDENCE_TEXT[row.evidence]})
              </li>
            );
          })}
        </ul>
      ) : (
        <p>None yet.</p>
      )}

      <h2>Other reports about this listing</h2>
      {others.length > 0 ? (
        <ul>
          {others.map((o) => (
            <li>
              <a href={paths.editor.report(o.id)}>Report {o.id}</a>: {KIND_NAMES[o.kind]}
              {o.value ? ` (${o.value})` : ''}, {STATE_NAMES[o.state]}, {o.created_at.slice(0, 10)}
              {open && o.state === 'open' ? (
                <form method="post" action={paths.editor.report(r.id, 'merge')} class="inline-form">
                  <CsrfField token={props.csrf} />
                  <input type="hidden" name="into" value={String(o.id)} />
                  <button type="submit" class="button button--secondary">
                    Merge report {r.id} into report {o.id} as a duplicate
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>None.</p>
      )}

      {open ? (
        <>
          <h2>Decide</h2>
          <AcceptForm reportId={r.id} values={props.values} errors={errors} csrf={props.csrf} />
          <form method="post" action={paths.editor.report(r.id, 'reject')} novalidate class="editor-box">
            <h3>Reject</h3>
            <CsrfField token={props.csrf} />
            <TextArea
              id="reason"
              name="reason"
              label="Why (kept in the audit log)"
              hint="For example: “Called on 2026-12-03: the listed number is right.” Do not copy the reporter’s note or email."
              rows={2}
              maxlength={500}
              value={props.reason ?? ''}
              error={errors.reason}
            />
            <button type="submit" class="button button--secondary">
              Reject the report
            </button>
          </form>
        </>
      ) : null}

      <h2>Audit log for this report</h2>
      {d.audit.length > 0 ? (
        <ul>
          {d.audit.map((a) => (
            <li>
              {a.at.slice(0, 16).replace('T', ' ')} UTC, {a.editorEmail ?? 'command line'}: {a.detail}
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing decided yet.</p>
      )}
    </EditorPage>
  );
}
