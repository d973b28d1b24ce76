import { paths } from '../../ui/paths.ts';
import type { AuditRow } from './audit.repository.ts';
import { EditorPage } from './editor-layout.tsx';
import { QUEUE_PAGE } from './review.service.ts';

/** The audit log, newest first. Read-only: there is no way to change it, here or in the database. */
export function AuditPage(props: { rows: AuditRow[]; total: number; page: number; csrf: string }) {
  const pages = Math.max(1, Math.ceil(props.total / QUEUE_PAGE));
  return (
    <EditorPage title="Audit log" csrf={props.csrf}>
      <h1>Audit log</h1>
      <p>Every decision, who made it and when. Entries can be added, never changed or deleted.</p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">Audit log entries</caption>
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((a) => (
              <tr>
                <td>{a.at.slice(0, 16).replace('T', ' ')}</td>
                <td>{a.editorEmail ?? 'command line'}</td>
                <td>
                  <code class="small">{a.action}</code> {a.detail}
                  {a.reportId ? (
                    <>
                      {' '}
                      <a href={paths.editor.report(a.reportId)}>Report {a.reportId}</a>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav class="pagination" aria-label="Audit log pages">
          {props.page > 1 ? <a href={paths.editor.audit(props.page - 1)}>← Newer</a> : null}
          <span>
            Page {props.page} of {pages}
          </span>
          {props.page < pages ? <a href={paths.editor.audit(props.page + 1)}>Older →</a> : null}
        </nav>
      ) : null}
    </EditorPage>
  );
}
