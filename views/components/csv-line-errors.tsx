/** The list of a refused CSV's problems, each naming its line and column; `prefix` keeps each page's own styling (forecast-row-errors, …). */
import { formatCount } from '../format.ts'

export interface RowError {
  line: number
  column?: string | undefined
  message: string
}

export function CsvLineErrors({ errors, prefix }: { errors: readonly RowError[]; prefix: string }) {
  return (
    <ol class={`${prefix}-row-errors`}>
      {errors.map((e) => (
        <li>
          <span class={`${prefix}-row-errors__where`}>
            Line {formatCount(e.line)}
            {e.column ? `, column ${e.column}` : ''}:
          </span>{' '}
          {e.message}
        </li>
      ))}
    </ol>
  )
}
