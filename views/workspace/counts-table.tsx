/** Rows per table, now and (on the confirmation page) in the chosen file, side by side. */
import { formatCount } from '../format.ts'
import { inReadingOrder, tableLabel } from './table-labels.ts'

export function CountsTable({ caption, now, file }: { caption: string; now: Record<string, number>; file?: Record<string, number> }) {
  return (
    <div class="table-scroll">
      <table class="data-table workspace-counts" data-testid="workspace-counts">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">In the workspace now</th>
            {file && <th scope="col">In the file</th>}
          </tr>
        </thead>
        <tbody>
          {inReadingOrder(Object.keys(now)).map((table) => (
            <tr>
              <th scope="row">{tableLabel(table)}</th>
              <td>{formatCount(now[table]!)}</td>
              {file && <td>{formatCount(file[table] ?? 0)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
