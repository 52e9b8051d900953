/** Import a forecast from CSV: the upload form, the file format in plain words, and every problem by line and column. */
import type { RowError } from '../../src/domain/forecast/forecast-rows.ts'
import { FORECAST_IMPORT_PATH, FORECASTS_PATH, MAX_UPLOAD_BYTES } from './ids.ts'
import { CsvRefusal } from '../components/csv-line-errors.tsx'

export const IMPORT_TITLE = 'Import a forecast'

export interface ImportErrors {
  file?: string
  name?: string
  /** Problems inside the file, located by line and column. */
  rows?: RowError[]
  fileName?: string
}

export const MAX_UPLOAD_LABEL = `${MAX_UPLOAD_BYTES / 1024 / 1024} MB`

export function ImportPage({ name, errors }: { name: string; errors: ImportErrors }) {
  return (
    <>
      <p class="ws-breadcrumb">
        <a href={FORECASTS_PATH}>Forecasts</a>
      </p>
      <div class="page-intro">
        <h1>{IMPORT_TITLE}</h1>
        <p class="lead">Upload a CSV of contacts per interval. Nothing is saved unless the whole file reads cleanly.</p>
      </div>
      {errors.rows && <CsvRefusal id="import-errors" fileName={errors.fileName} errors={errors.rows} prefix="forecast" />}
      <div class="ws-two-column">
        <form class="ws-form-card" method="post" action={FORECAST_IMPORT_PATH} enctype="multipart/form-data">
          <div class="field">
            <label for="import-file">CSV file</label>
            <input id="import-file" name="file" type="file" accept=".csv,text/csv,text/plain" aria-describedby="import-file-hint import-file-error" aria-invalid={errors.file ? 'true' : undefined} />
            <p class="field__hint" id="import-file-hint">
              At most {MAX_UPLOAD_LABEL}.
            </p>
            <span id="import-file-error" class="field__error" aria-live="polite">
              {errors.file ? `File ${errors.file}.` : ''}
            </span>
          </div>
          <div class="field">
            <label for="import-name">Name</label>
            <input id="import-name" name="name" type="text" maxlength={200} value={name} aria-describedby="import-name-hint import-name-error" aria-invalid={errors.name ? 'true' : undefined} />
            <p class="field__hint" id="import-name-hint">
              Optional: blank takes the file's name.
            </p>
            <span id="import-name-error" class="field__error" aria-live="polite">
              {errors.name ? `Name ${errors.name}.` : ''}
            </span>
          </div>
          <div class="form-actions">
            <button type="submit">Import</button>
          </div>
        </form>
        <FormatHelp />
      </div>
    </>
  )
}

function FormatHelp() {
  return (
    <section class="ws-help-card" aria-labelledby="format-heading">
      <h2 id="format-heading">The file format</h2>
      <p>
        A header line, then one row per channel per interval. Columns <code>start</code>, <code>channel</code>,{' '}
        <code>volume</code> and optionally <code>aht_s</code>, in any order:
      </p>
      <pre class="forecast-sample">
        {`start,channel,volume,aht_s
2026-01-05T08:00,voice,120,420
2026-01-05T08:00,email,35,
2026-01-05T08:30,voice,148,400
2026-01-05T08:30,email,31,310`}
      </pre>
      <ul>
        <li>
          <code>start</code>: the interval's start on the contact center's local clock, <code>2026-01-05T08:00</code> or{' '}
          <code>2026-01-05 08:00</code>.
        </li>
        <li>Intervals are 15, 30 or 60 minutes apart; every channel needs a row for every interval of the span.</li>
        <li>
          <code>volume</code>: contacts offered in the interval (decimals are fine: a forecast is an average).
        </li>
        <li>
          <code>aht_s</code>: average handle time in seconds; blank takes a typical value (voice 450 s, chat 600 s,
          others 300 s).
        </li>
        <li>Channels named voice or chat are worked live; any other name is deferred work such as email.</li>
        <li>At most a year of 15-minute intervals and 12 channels. Excel's UTF-8 CSV (with its BOM) reads fine.</li>
      </ul>
    </section>
  )
}
