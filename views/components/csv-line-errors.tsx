/** A refused CSV import: what was refused and why, each problem naming its line and column; `prefix` keeps each page's own ids and classes (forecast-row-errors, …). */
import { formatCount } from '../format.ts'

export interface RowError {
  line: number
  column?: string | undefined
  message: string
}

/** The readers stop after this many problems, so no more are ever listed. */
const MAX_LISTED = 50

export function CsvRefusal({ id, fileName, errors, prefix }: { id: string; fileName: string | undefined; errors: readonly RowError[]; prefix: string }) {
  return (
    <div class="notice notice--error" role="alert" id={id}>
      <p>
        <strong>
          {fileName ? `“${fileName}”` : 'The file'} was not imported: {formatCount(errors.length)} {errors.length === 1 ? 'problem' : 'problems'}
          {errors.length >= MAX_LISTED ? ' (reading stops after the first 50)' : ''}.
        </strong>{' '}
        Nothing was saved. Fix the file and upload it again.
      </p>
      <ol class={`${prefix}-row-errors`}>
        {errors.slice(0, MAX_LISTED).map((e) => (
          <li>
            <span class={`${prefix}-row-errors__where`}>
              Line {formatCount(e.line)}
              {e.column ? `, column ${e.column}` : ''}:
            </span>{' '}
            {e.message}
          </li>
        ))}
      </ol>
    </div>
  )
}
