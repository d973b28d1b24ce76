import type { Child } from 'hono/jsx';

export interface TableRow {
  /** Attributes of the row itself: an id to link to, data-* for tests and scripts. */
  attributes?: Record<string, string | undefined>;
  cells: Child[];
}

/**
 * A data table that scrolls sideways on a small screen rather than widening the page, with a caption for
 * screen readers (hidden on screen, where the heading above says the same) and column headers.
 *
 * @example <DataTable caption="Levels of care" head={['Level', 'What it is like']} rows={[{ cells: ['Outpatient', '…'] }]} />
 */
export function DataTable(props: { caption: string; head: Child[]; rows: TableRow[] }) {
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.head.map((heading) => (
              <th scope="col">{heading}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr {...row.attributes}>
              {row.cells.map((cell) => (
                <td>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
