/** Import activity from CSV: the upload form, every problem by line and column, and the file format in plain words. */
import type { RowError } from '../../src/domain/forecast/forecast-rows.ts'
import { ACTIVITY_COLUMNS } from '../../src/schemas/activity.ts'
import { ACTIVITY_IMPORT_PATH, IMPORT_ID, MAX_ACTIVITY_UPLOAD_LABEL } from './ids.ts'
import { CsvRefusal } from '../components/csv-line-errors.tsx'

export interface ImportState {
  /** A problem with the upload itself (none chosen, too large). */
  file?: string
  /** Problems inside the file, by line and column. */
  rows?: RowError[]
  fileName?: string
}

export function ImportForm({ state }: { state: ImportState }) {
  return (
    <section id={IMPORT_ID} class="ws-form-card activity-import" aria-labelledby="activity-import-heading">
      <h2 id="activity-import-heading">Import a file</h2>
      {state.rows && <CsvRefusal id="activity-import-errors" fileName={state.fileName} errors={state.rows} prefix="activity" />}
      <form method="post" action={ACTIVITY_IMPORT_PATH} enctype="multipart/form-data">
        <div class="field">
          <label for="activity-file">CSV file</label>
          <input id="activity-file" name="file" type="file" accept=".csv,text/csv,text/plain" aria-describedby="activity-file-hint activity-file-error" aria-invalid={state.file ? 'true' : undefined} />
          <p class="field__hint" id="activity-file-hint">
            At most {MAX_ACTIVITY_UPLOAD_LABEL}. Nothing is saved unless the whole file reads cleanly; a day already stored for the same option and date is replaced.
          </p>
          <span id="activity-file-error" class="field__error" aria-live="polite">
            {state.file ? `File ${state.file}.` : ''}
          </span>
        </div>
        <div class="form-actions">
          <button type="submit">Import</button>
        </div>
      </form>
      <FormatHelp />
    </section>
  )
}

function FormatHelp() {
  return (
    <details class="activity-format">
      <summary>The file format</summary>
      <p>A header line, then one row per option per day, columns in any order:</p>
      <pre class="activity-sample">
        {`${ACTIVITY_COLUMNS.join(',')}
Onshore partner,2026-03-02,210,540,1180,96,9630.5,34,240,1480
3,2026-03-02,95,410,820,40,7240,31,180,1352.25`}
      </pre>
      <ul>
        <li>
          <code>option</code>: the option’s name as on the Sourcing options page (case does not matter) or its id.
        </li>
        <li>
          <code>date</code>: the option’s own calendar day, <code>2026-03-02</code>.
        </li>
        <li>Counts are whole numbers; a blank count means none. <code>call_minutes</code> and <code>paid_hours</code> may have decimals.</li>
        <li>
          <code>paid_hours</code>: all hours paid that day, productive or not (required; 0 gives the day no points-per-hour figure).
        </li>
        <li>Excel’s UTF-8 CSV (with its byte-order mark) reads fine.</li>
      </ul>
    </details>
  )
}
