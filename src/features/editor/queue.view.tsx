import { REPORT_KINDS, REPORT_STATES, type ReportKind, type ReportState } from '../../db/app-schema.ts';
import type { QueueSort } from '../../db/reports.repository.ts';
import { describeChange, EVIDENCE_TEXT } from '../../domain/corrections.ts';
import { Select } from '../../ui/forms.tsx';
import { paths } from '../../ui/paths.ts';
import { EditorPage } from './editor-layout.tsx';
import { type ConflictItem, QUEUE_PAGE, type QueueItem } from './review.service.ts';

export const KIND_NAMES: Record<ReportKind, string> = {
  closed: 'Closed',
  phone: 'Phone wrong',
  moved: 'Moved',
  'service-missing': 'Does not offer a listed service',
  'service-extra': 'Offers an unlisted service',
  'serves-only': 'Only serves some people',
  other: 'Something else',
};

export const STATE_NAMES: Record<ReportState, string> = {
  open: 'Open',
  accepted: 'Accepted',
  rejected: 'Rejected',
  merged: 'Merged as a duplicate',
};

export interface QueueFilters {
  state: ReportState | 'all';
  kind: ReportKind | 'all';
  sort: QueueSort;
  page: number;
}

export function queueUrl(f: QueueFilters, overrides: Partial<QueueFilters> = {}): string {
  const m = { ...f, ...overrides };
  const params = new URLSearchParams();
  if (m.state !== 'open') params.set('state', m.state);
  if (m.kind !== 'all') params.set('kind', m.kind);
  if (m.sort !== 'newest') params.set('sort', m.sort);
  if (m.page > 1) params.set('page', String(m.page));
  const qs = params.toString();
  return paths.editor.queue(qs);
}

const day = (iso: string) => iso.slice(0, 10);

function Conflicts(props: { items: ConflictItem[] }) {
  if (props.items.length === 0) return null;
  return (
    <section aria-labelledby="conflicts-heading" class="editor-box">
      <h2 id="conflicts-heading">Corrections the newest data disagrees with ({props.items.length})</h2>
      <p>
        A rebuild or import changed what the directory says since we checked. Our correction still shows on the site until you
        decide: keep ours (after checking again) or go back to the directory’s value.
      </p>
      <ul>
        {props.items.map((item) => (
          <li>
            <a href={paths.editor.correction(item.conflict.correction.id)}>
              {item.facility?.name ?? item.facilityId}: {describeChange(item.conflict.correction.change)}
            </a>{' '}
            (checked {item.conflict.correction.checkedOn}, {EVIDENCE_TEXT[item.conflict.correction.evidence]}).{' '}
            {item.conflict.kind === 'gone'
              ? 'The place is no longer in the directory.'
              : `The directory now says: ${item.directoryNow}.`}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The queue: open reports (or any state), newest or most-reported first, filtered by kind. */
export function QueuePage(props: {
  items: QueueItem[];
  total: number;
  filters: QueueFilters;
  conflicts: ConflictItem[];
  csrf: string;
  notice?: string | undefined;
}) {
  const { filters, items, total } = props;
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE));
  return (
    <EditorPage title="Report queue" csrf={props.csrf}>
      {props.notice ? (
        <div class="notice notice--success" role="status">
          <p>{props.notice}</p>
        </div>
      ) : null}
      <h1>Report queue</h1>
      <Conflicts items={props.conflicts} />
      <form method="get" action={paths.editor.queue()} class="editor-filters" aria-label="Filter reports">
        <Select
          id="state"
          name="state"
          label="State"
          options={[...REPORT_STATES.map((s) => ({ value: s, label: STATE_NAMES[s] })), { value: 'all', label: 'All' }]}
          selected={filters.state}
        />
        <Select
          id="kind"
          name="kind"
          label="What is wrong"
          options={[{ value: 'all', label: 'Anything' }, ...REPORT_KINDS.map((k) => ({ value: k, label: KIND_NAMES[k] }))]}
          selected={filters.kind}
        />
        <Select
          id="sort"
          name="sort"
          label="Order"
          options={[
            { value: 'newest', label: 'Newest first' },
            { value: 'most-reported', label: 'Most-reported listings first' },
          ]}
          selected={filters.sort}
        />
        <div class="field">
          <button type="submit" class="button button--secondary">
            Show
          </button>
        </div>
      </form>
      <h2>
        {total} {total === 1 ? 'report' : 'reports'}
      </h2>
      {items.length > 0 ? (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">Reports</caption>
            <thead>
              <tr>
                <th scope="col">Report</th>
                <th scope="col">Listing</th>
                <th scope="col">What is wrong</th>
                <th scope="col">Reports on this listing</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr>
                  <td>
                    <a href={paths.editor.report(r.id)}>Report {r.id}</a>
                    <br />
                    <span class="small">{day(r.created_at)}</span>
                  </td>
                  <td>
                    {r.facility
                      ? `${r.facility.name}, ${r.facility.city}, ${r.facility.state}`
                      : `${r.currentId} (not in the directory)`}
                  </td>
                  <td>
                    {KIND_NAMES[r.kind]}
                    {r.value ? (
                      <>
                        : <span class="editor-note">{r.value}</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {r.listingReports}
                    {r.duplicates > 0 ? ` (${r.duplicates} merged into this one)` : ''}
                  </td>
                  <td>{STATE_NAMES[r.state]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No reports match.</p>
      )}
      {pages > 1 ? (
        <nav class="pagination" aria-label="Queue pages">
          {filters.page > 1 ? <a href={queueUrl(filters, { page: filters.page - 1 })}>← Previous page</a> : null}
          <span>
            Page {filters.page} of {pages}
          </span>
          {filters.page < pages ? <a href={queueUrl(filters, { page: filters.page + 1 })}>Next page →</a> : null}
        </nav>
      ) : null}
    </EditorPage>
  );
}
