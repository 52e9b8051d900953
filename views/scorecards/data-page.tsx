/** /scorecards/data: import KPI values from CSV, type one in, and see what is stored per option and period. */
import type { Kpi } from '../../src/domain/quality/kpi-catalogue.ts'
import type { ListNotice } from '../components/list-notice.tsx'
import type { StoredCell, StoredView } from './data-model.ts'
import { IMPORT_ID, MAX_SCORECARD_UPLOAD_LABEL, SCORECARD_DATA_PATH, SCORECARD_IMPORT_PATH, SCORECARD_VALUES_PATH, VALUE_FORM_ID } from './ids.ts'
import { ScorecardShell, type DemoCount } from './shell.tsx'
import { CsvRefusal } from '../components/csv-line-errors.tsx'

export interface ImportState {
  file?: string
  rows?: { line: number; column: string; message: string }[]
  fileName?: string
}

export interface ValueFormState {
  values: Record<string, string>
  errors: Record<string, string>
}

export interface DataPageProps {
  stored: StoredView
  kpis: readonly Kpi[]
  importState: ImportState
  valueForm: ValueFormState
  demo: DemoCount
  notice?: ListNotice
}

export function DataPage(p: DataPageProps) {
  return (
    <ScorecardShell
      tab="data"
      demo={p.demo}
      notice={p.notice}
      lead="KPI values per option and period (a month or an ISO week), with the sample size behind each where it is a survey, an evaluation or a count of contacts."
    >
      <div class="scorecard-inputs">
        <ImportForm state={p.importState} />
        <ValueForm state={p.valueForm} options={p.stored.options} kpis={p.kpis} />
      </div>
      <StoredTables stored={p.stored} markDemo={p.demo.demo > 0 && p.demo.demo < p.demo.total} />
    </ScorecardShell>
  )
}

function ImportForm({ state }: { state: ImportState }) {
  return (
    <section id={IMPORT_ID} class="ws-form-card" aria-labelledby="scorecard-import-heading">
      <h2 id="scorecard-import-heading">Import a file</h2>
      {state.rows && (
        <CsvRefusal id="scorecard-import-errors" fileName={state.fileName} errors={state.rows} prefix="scorecard" />
      )}
      <form method="post" action={SCORECARD_IMPORT_PATH} enctype="multipart/form-data">
        <div class="field">
          <label for="scorecard-file">CSV file</label>
          <input id="scorecard-file" name="file" type="file" accept=".csv,text/csv,text/plain" aria-describedby="scorecard-file-hint scorecard-file-error" aria-invalid={state.file ? 'true' : undefined} />
          <p class="field__hint" id="scorecard-file-hint">
            At most {MAX_SCORECARD_UPLOAD_LABEL}. Nothing is saved unless the whole file reads cleanly; a value already stored for the same option, period and KPI is replaced.
          </p>
          <span id="scorecard-file-error" class="field__error" aria-live="polite">
            {state.file ? `File ${state.file}.` : ''}
          </span>
        </div>
        <div class="form-actions">
          <button type="submit">Import</button>
        </div>
      </form>
      <details class="scorecard-format">
        <summary>The file format</summary>
        <p>A header line, then one row per option, period and KPI, columns in any order:</p>
        <pre class="scorecard-sample">
          {`partner,period,kpi,value,sample_size,sd
"Onshore partner, Dallas (per hour)",2026-10,csat,0.87,412,
"Onshore partner, Dallas (per hour)",2026-10,aht,468.5,40210,212
3,2026-10,fcr,0.74,40210,`}
        </pre>
        <ul>
          <li>
            <code>partner</code>: the option’s name as on the Sourcing options page (case does not matter) or its id.
          </li>
          <li>
            <code>period</code>: a month <code>2026-10</code> or an ISO week <code>2026-W43</code>; one file holds months or weeks, not both.
          </li>
          <li>
            <code>kpi</code>: an id from the KPI catalogue (shown under each KPI’s name), including your own KPIs.
          </li>
          <li>
            <code>value</code>: in the KPI’s unit; <strong>proportions are shares 0–1</strong> (0.87, not 87).
          </li>
          <li>
            <code>sample_size</code> (optional): survey responses, QA evaluations or contacts behind the value. <code>sd</code> (optional, mean KPIs only): the standard deviation of
            the individual measures.
          </li>
        </ul>
      </details>
    </section>
  )
}

function ValueForm({ state, options, kpis }: { state: ValueFormState; options: ReadonlyArray<{ id: number; name: string }>; kpis: readonly Kpi[] }) {
  const count = Object.keys(state.errors).length
  const error = (name: string, label: string) => (
    <span id={`value-${name}-error`} class="field__error" aria-live="polite">
      {state.errors[name] ? `${label} ${state.errors[name]}.` : ''}
    </span>
  )
  const input = (name: string, label: string, hint?: string) => (
    <div class="field">
      <label for={`value-${name}`}>{label}</label>
      <input
        id={`value-${name}`}
        name={name}
        type="text"
        inputmode={name === 'period' ? undefined : 'decimal'}
        autocomplete="off"
        value={state.values[name] ?? ''}
        aria-invalid={state.errors[name] ? 'true' : undefined}
        aria-describedby={`value-${name}-error${hint ? ` value-${name}-hint` : ''}`}
      />
      {hint && (
        <p class="field__hint" id={`value-${name}-hint`}>
          {hint}
        </p>
      )}
      {error(name, label)}
    </div>
  )
  return (
    <section id={VALUE_FORM_ID} class="ws-form-card" aria-labelledby="scorecard-value-heading">
      <h2 id="scorecard-value-heading">Enter a value</h2>
      {count > 0 && (
        <p class="field__error" role="alert">
          Nothing was saved: correct the {count === 1 ? 'field' : 'fields'} marked below.
        </p>
      )}
      {options.length === 0 ? (
        <p class="ws-empty">Add a sourcing option first: KPI values belong to an in-house team or a partner.</p>
      ) : (
        <form method="post" action={SCORECARD_VALUES_PATH} novalidate>
          <div class="scorecard-value__grid">
            <div class="field scorecard-value__wide">
              <label for="value-option">Option</label>
              <select id="value-option" name="option" aria-invalid={state.errors.option ? 'true' : undefined} aria-describedby="value-option-error">
                {options.map((o) => (
                  <option value={String(o.id)} selected={state.values.option === String(o.id)}>
                    {o.name}
                  </option>
                ))}
              </select>
              {error('option', 'Option')}
            </div>
            <div class="field scorecard-value__wide">
              <label for="value-kpi">KPI</label>
              <select id="value-kpi" name="kpi" aria-invalid={state.errors.kpi ? 'true' : undefined} aria-describedby="value-kpi-error">
                {kpis.map((k) => (
                  <option value={k.id} selected={state.values.kpi === k.id}>
                    {k.name} ({k.unit})
                  </option>
                ))}
              </select>
              {error('kpi', 'KPI')}
            </div>
            {input('period', 'Period', '2026-10 or 2026-W43')}
            {input('value', 'Value', 'In the KPI’s unit; shares as 0–1')}
            {input('sample_size', 'Sample size', 'Optional')}
            {input('sd', 'sd', 'Optional, mean KPIs')}
          </div>
          <p class="field__hint">Saving a value already stored for this option, period and KPI replaces it.</p>
          <div class="form-actions">
            <button type="submit">Save the value</button>
          </div>
        </form>
      )}
    </section>
  )
}

/** `markDemo`: only when demo and real values are mixed; when everything is demo the banner says so once. */
function Cell({ cell, markDemo }: { cell: StoredCell; markDemo: boolean }) {
  return (
    <td class={cell.demo ? 'scorecard-cell--demo' : cell.text === '—' ? 'scorecard-cell--empty' : undefined} title={cell.detail}>
      {cell.text}
      {markDemo && cell.demo && <span class="scorecard-demo-mark"> demo</span>}
    </td>
  )
}

function StoredTables({ stored, markDemo }: { stored: StoredView; markDemo: boolean }) {
  if (stored.periods.length === 0) return <p class="ws-empty scorecard-empty">No KPI values stored yet. Import a file or enter a value above.</p>
  return (
    <section class="scorecard-stored" aria-labelledby="scorecard-stored-heading">
      <h2 id="scorecard-stored-heading">What is stored</h2>
      <div class="scorecard-stored__layout">
        <div class="table-scroll scorecard-stored__summary">
          <table class="data-table scorecard-stored-table" data-testid="stored">
            <caption>KPI values per option and period; pick a period to see its values</caption>
            <thead>
              <tr>
                <th scope="col" class="ws-left">
                  Period
                </th>
                {stored.options.map((o) => (
                  <th scope="col">{o.name}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {stored.periods.map((p) => (
                <tr data-period={p.key} class={stored.detail?.key === p.key ? 'is-answer' : undefined}>
                  <th scope="row" class="ws-left">
                    <a href={`${SCORECARD_DATA_PATH}?period=${encodeURIComponent(p.key)}#scorecard-period`} aria-current={stored.detail?.key === p.key ? 'true' : undefined}>
                      {p.label}
                    </a>
                  </th>
                  {p.cells.map((c) => (
                    <Cell cell={c} markDemo={markDemo} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {stored.detail && (
          <div class="table-scroll" id="scorecard-period">
            <table class="data-table scorecard-stored-table" data-testid="stored-period">
              <caption>Values for {stored.detail.label} (n: the sample size behind a value)</caption>
              <thead>
                <tr>
                  <th scope="col" class="ws-left">
                    KPI
                  </th>
                  {stored.options.map((o) => (
                    <th scope="col">{o.name}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {stored.detail.rows.map((r) => (
                  <tr data-kpi={r.kpi}>
                    <th scope="row" class="ws-left">
                      {r.name}
                    </th>
                    {r.cells.map((c) => (
                      <Cell cell={c} markDemo={markDemo} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  )
}
