/** /scorecards/catalogue: every KPI with its definition, unit, direction, perspective, timing and target; which ones the scorecard uses; and a form to add your own. */
import { PERSPECTIVE_NAMES, PERSPECTIVES, type Kpi } from '../../src/domain/quality/kpi-catalogue.ts'
import type { ListNotice } from '../components/list-notice.tsx'
import { formatKpiValue, rawValue } from './format-kpi.ts'
import { CATALOGUE_FORM_ID, CUSTOM_KPI_FORM_ID, SCORECARD_CATALOGUE_PATH, SCORECARD_KPIS_PATH } from './ids.ts'
import { ScorecardShell, type DemoCount } from './shell.tsx'

export interface CatalogueState {
  values: Record<string, string>
  errors: Record<string, string>
}

export interface CataloguePageProps {
  kpis: readonly Kpi[]
  customIds: readonly string[]
  /** The saved choices, for the form's starting values. */
  selected: readonly string[]
  weights: Readonly<Record<string, number>>
  targets: Readonly<Record<string, number>>
  /** Warnings about the saved selection (too many, only lagging). */
  warnings: string[]
  form: CatalogueState | undefined
  custom: CatalogueState
  demo: DemoCount
  notice?: ListNotice
}

export function CataloguePage(p: CataloguePageProps) {
  const state = p.form ?? { values: startValues(p), errors: {} }
  const count = Object.keys(state.errors).length
  return (
    <ScorecardShell
      tab="catalogue"
      demo={p.demo}
      notice={p.notice}
      lead="Every KPI Shoreline knows, with what it measures, its unit, which way is better, its balanced-scorecard perspective, whether it leads or lags, and its target. Tick the KPIs the scorecard uses and set their targets."
    >
      {p.warnings.length > 0 && (
        <div class="notice notice--warning" role="note" data-testid="selection-warnings">
          {p.warnings.map((w) => (
            <p>Note: {w}.</p>
          ))}
        </div>
      )}
      <form id={CATALOGUE_FORM_ID} class="ws-form-card scorecard-catalogue" method="post" action={SCORECARD_CATALOGUE_PATH} novalidate>
        {count > 0 && (
          <p class="field__error" role="alert">
            Nothing was saved: correct the {count === 1 ? 'field' : 'fields'} marked below.
          </p>
        )}
        <span id="catalogue-selection-error" class="field__error" aria-live="polite">
          {state.errors.selection ? `The scorecard ${state.errors.selection}.` : ''}
        </span>
        {PERSPECTIVES.map((perspective) => {
          const kpis = p.kpis.filter((k) => k.perspective === perspective)
          if (kpis.length === 0) return <></>
          return (
            <div class="table-scroll">
              <table class="data-table scorecard-catalogue__table">
                <caption>{PERSPECTIVE_NAMES[perspective]}</caption>
                <thead>
                  <tr>
                    <th scope="col">On scorecard</th>
                    <th scope="col" class="ws-left">
                      KPI
                    </th>
                    <th scope="col" class="ws-left">
                      Unit
                    </th>
                    <th scope="col" class="ws-left">
                      Better
                    </th>
                    <th scope="col" class="ws-left">
                      Timing
                    </th>
                    <th scope="col">Default target</th>
                    <th scope="col">Target</th>
                  </tr>
                </thead>
                <tbody>
                  {kpis.map((k) => (
                    <KpiRow kpi={k} state={state} custom={p.customIds.includes(k.id)} weight={p.weights[k.id]} />
                  ))}
                </tbody>
              </table>
            </div>
          )
        })}
        <p class="field__hint">
          Targets are in the KPI’s unit: shares as 0–1 (0.85 for 85 %), times in the unit shown. A blank target uses the default. Changing which KPIs are ticked resets the weights to
          equal shares; adjust them on the Comparison tab.
        </p>
        <div class="form-actions">
          <button type="submit">Save the scorecard’s KPIs and targets</button>
        </div>
      </form>
      <CustomKpiForm state={p.custom} />
    </ScorecardShell>
  )
}

function startValues(p: CataloguePageProps): Record<string, string> {
  const values: Record<string, string> = {}
  for (const k of p.kpis) {
    values[`on-${k.id}`] = p.selected.includes(k.id) ? 'on' : ''
    const t = p.targets[k.id]
    values[`target-${k.id}`] = t === undefined || t === k.defaultTarget ? '' : rawValue(t)
  }
  return values
}

function KpiRow({ kpi, state, custom, weight }: { kpi: Kpi; state: CatalogueState; custom: boolean; weight: number | undefined }) {
  const on = `on-${kpi.id}`
  const target = `target-${kpi.id}`
  const error = state.errors[target]
  return (
    <tr data-kpi={kpi.id}>
      <td>
        <input type="checkbox" id={on} name={on} value="on" checked={state.values[on] === 'on'} aria-describedby={`${kpi.id}-name`} />
        <label for={on} class="visually-hidden">
          Put {kpi.name} on the scorecard
        </label>
        {weight !== undefined && <span class="cell-note">{weight} %</span>}
      </td>
      <th scope="row" class="ws-left scorecard-catalogue__kpi">
        <span id={`${kpi.id}-name`}>{kpi.name}</span>
        {custom && <span class="tag scorecard-tag--own">Your KPI</span>}
        <span class="cell-note">{kpi.definition}</span>
        <code class="scorecard-catalogue__id">{kpi.id}</code>
      </th>
      <td class="ws-left">{kpi.unit}</td>
      <td class="ws-left">{kpi.direction === 'higher' ? 'Higher' : 'Lower'}</td>
      <td class="ws-left">{kpi.timing === 'leading' ? 'Leading' : 'Lagging'}</td>
      <td>{kpi.defaultTarget === null ? 'none' : formatKpiValue(kpi, kpi.defaultTarget)}</td>
      <td class="scorecard-catalogue__target">
        <input
          id={target}
          name={target}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          placeholder={kpi.defaultTarget === null ? 'set one' : rawValue(kpi.defaultTarget)}
          value={state.values[target] ?? ''}
          aria-label={`${kpi.name} target (${kpi.unit})`}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${target}-error`}
        />
        <span id={`${target}-error`} class="field__error" aria-live="polite">
          {error ? `${kpi.name} target ${error}.` : ''}
        </span>
      </td>
    </tr>
  )
}

const KINDS = [
  { value: 'proportion', label: 'Proportion: a share 0–1 of a countable base (Wilson intervals)' },
  { value: 'mean', label: 'Mean: an average of individual measures (t intervals, Welch test)' },
  { value: 'count', label: 'Count: a total per period' },
  { value: 'rate', label: 'Rate: a ratio of totals (money per ticket)' },
]

function CustomKpiForm({ state }: { state: CatalogueState }) {
  const count = Object.keys(state.errors).length
  const input = (name: string, label: string, hint?: string, numeric = false) => (
    <div class="field">
      <label for={`kpi-${name}`}>{label}</label>
      <input
        id={`kpi-${name}`}
        name={name}
        type="text"
        inputmode={numeric ? 'decimal' : undefined}
        autocomplete="off"
        value={state.values[name] ?? ''}
        aria-invalid={state.errors[name] ? 'true' : undefined}
        aria-describedby={`kpi-${name}-error${hint ? ` kpi-${name}-hint` : ''}`}
      />
      {hint && (
        <p class="field__hint" id={`kpi-${name}-hint`}>
          {hint}
        </p>
      )}
      <span id={`kpi-${name}-error`} class="field__error" aria-live="polite">
        {state.errors[name] ? `${label} ${state.errors[name]}.` : ''}
      </span>
    </div>
  )
  const select = (name: string, label: string, options: { value: string; label: string }[]) => (
    <div class="field">
      <label for={`kpi-${name}`}>{label}</label>
      <select id={`kpi-${name}`} name={name} aria-invalid={state.errors[name] ? 'true' : undefined} aria-describedby={`kpi-${name}-error`}>
        {options.map((o) => (
          <option value={o.value} selected={state.values[name] === o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <span id={`kpi-${name}-error`} class="field__error" aria-live="polite">
        {state.errors[name] ? `${label} ${state.errors[name]}.` : ''}
      </span>
    </div>
  )
  return (
    <section id={CUSTOM_KPI_FORM_ID} class="ws-form-card scorecard-custom" aria-labelledby="scorecard-custom-heading">
      <h2 id="scorecard-custom-heading">Add your own KPI</h2>
      {count > 0 && (
        <p class="field__error" role="alert">
          The KPI was not added: correct the {count === 1 ? 'field' : 'fields'} marked below.
        </p>
      )}
      <form method="post" action={SCORECARD_KPIS_PATH} novalidate>
        <div class="scorecard-custom__grid">
          {input('id', 'Id', 'Lower-case letters, digits and hyphens: the kpi column of the CSV, e.g. callback-kept.')}
          {input('name', 'Name')}
          <div class="scorecard-custom__wide">{input('definition', 'Definition', 'What is counted or measured, over what base.')}</div>
          {input('unit', 'Unit', 'As shown beside values, e.g. share (0–1), minutes, points (1–5).')}
          {select('kind', 'Kind', KINDS)}
          {select('direction', 'Better when', [
            { value: 'higher', label: 'Higher' },
            { value: 'lower', label: 'Lower' },
          ])}
          {select(
            'perspective',
            'Perspective',
            PERSPECTIVES.map((p) => ({ value: p, label: PERSPECTIVE_NAMES[p] })),
          )}
          {select('timing', 'Timing', [
            { value: 'leading', label: 'Leading: moves before outcomes' },
            { value: 'lagging', label: 'Lagging: reports outcomes' },
          ])}
          {input('default_target', 'Default target', 'In the unit; blank: none (set one before scoring it).', true)}
          {input('min', 'Scale minimum', 'Blank: 0. Proportions are always 0–1.', true)}
          {input('max', 'Scale maximum', 'Blank: no maximum.', true)}
        </div>
        <div class="form-actions">
          <button type="submit">Add the KPI</button>
        </div>
      </form>
    </section>
  )
}
