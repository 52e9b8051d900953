/** The scorecard itself: each partner's score per perspective and overall, and the weights that make it. htmx swaps it whole when weights are saved. */
import { raw } from 'hono/html'
import { perspectiveBarsSvg } from '../charts/perspective-bars.ts'
import type { ComparisonView } from './comparison-model.ts'
import { SCORECARD_CATALOGUE_PATH, SCORECARD_REGION_ID, SCORECARD_WEIGHTS_PATH, WEIGHTS_FORM_ID } from './ids.ts'

export interface WeightsState {
  /** As typed, per KPI id. */
  values: Record<string, string>
  /** `weight-<id>` beside a field; `weights` for the sum. */
  errors: Record<string, string>
  saved?: boolean
}

export const weightField = (id: string) => `weight-${id}`

export function ScoresRegion({ view, state }: { view: ComparisonView; state: WeightsState }) {
  const count = Object.keys(state.errors).length
  return (
    <section id={SCORECARD_REGION_ID} class="scorecard-region" aria-labelledby="scorecard-scores-heading">
      <div class="scorecard-scores">
        <h2 id="scorecard-scores-heading">Scorecard, {view.span}</h2>
        {view.unreported && <p class="scorecard-note">{view.unreported}</p>}
        <div class="table-scroll">
          <table class="data-table scorecard-ranking" data-testid="ranking">
            <thead>
              <tr>
                <th scope="col">Rank</th>
                <th scope="col" class="ws-left">
                  Partner
                </th>
                <th scope="col">Overall</th>
                {view.perspectiveNames.map((p) => (
                  <th scope="col">{p}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.scores.map((s) => (
                <tr data-partner={s.partner}>
                  <td>{s.rank}</td>
                  <th scope="row" class="ws-left">
                    {s.partner}
                    {s.missing && <span class="cell-note">{s.missing}</span>}
                  </th>
                  <td class="scorecard-overall">{s.overall}</td>
                  {s.perspectives.map((p) => (
                    <td>{p}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <details class="scorecard-how">
          <summary>How each KPI is normalised and scored</summary>
          <p>
            Each KPI’s <strong>attainment</strong> is how close the partner’s value is to the target, from 0 to 1. Higher is better: (value − scale bottom) ÷ (target − scale bottom),
            which is value ÷ target on scales from 0 (CSAT 68 % against 85 % attains 0.8). Lower is better: target ÷ value (AHT 450 s against 360 s attains 0.8). Beating a target
            earns nothing extra (capped at 1), so one KPI far above target cannot hide another below it. A score is Σ weight × attainment ÷ Σ weight × 100, per perspective and
            overall; a KPI a partner did not report is left out and the other weights rescaled. Equal scores to one decimal share a rank (=2).
          </p>
          <p class="scorecard-note">{view.normalisation}</p>
        </details>
        {view.perspectiveChart && (
          <figure class="chart scorecard-chart">
            {raw(perspectiveBarsSvg(view.perspectiveChart))}
            <figcaption>Scores per balanced-scorecard perspective and overall, {view.span}: the weighted mean of the KPIs’ attainment against their targets, × 100.</figcaption>
          </figure>
        )}
        {view.selectionWarnings.length > 0 && (
          <div class="notice notice--warning" role="note">
            {view.selectionWarnings.map((w) => (
              <p>
                Note: {w}. <a href={SCORECARD_CATALOGUE_PATH}>Choose KPIs</a>
              </p>
            ))}
          </div>
        )}
      </div>
      <form
        id={WEIGHTS_FORM_ID}
        class="ws-form-card scorecard-weights"
        method="post"
        action={SCORECARD_WEIGHTS_PATH}
        hx-post={SCORECARD_WEIGHTS_PATH}
        hx-target={`#${SCORECARD_REGION_ID}`}
        hx-swap="outerHTML"
        novalidate
      >
        <h2>Weights</h2>
        <p class="field__hint">Percent of the overall score per KPI; they must add up to 100 %. A weight of 0 keeps a KPI on the page without scoring it.</p>
        <input type="hidden" name="by" value={view.query.by} />
        <input type="hidden" name="window" value={String(view.query.window)} />
        <table class="scorecard-weights__table">
          <thead>
            <tr>
              <th scope="col" class="ws-left">
                KPI
              </th>
              <th scope="col">Target</th>
              <th scope="col">Weight (%)</th>
            </tr>
          </thead>
          <tbody>
            {view.weightRows.map((w) => {
              const name = weightField(w.id)
              const error = state.errors[name]
              return (
                <tr>
                  <th scope="row" class="ws-left">
                    <label for={name}>{w.name}</label>
                    <span class="cell-note">
                      {w.perspective}, {w.timing}
                    </span>
                  </th>
                  <td>{w.target}</td>
                  <td>
                    <input
                      id={name}
                      name={name}
                      type="text"
                      inputmode="decimal"
                      autocomplete="off"
                      value={state.values[w.id] ?? w.weight}
                      aria-invalid={error ? 'true' : undefined}
                      aria-describedby={`${name}-error`}
                    />
                    <span id={`${name}-error`} class="field__error" aria-live="polite">
                      {error ? `${w.name} ${error}.` : ''}
                    </span>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
        <p id="weights-error" class="field__error" role={state.errors.weights ? 'alert' : undefined}>
          {state.errors.weights ? `The weights ${state.errors.weights}.` : ''}
        </p>
        {count > 0 && (
          <p class="field__error" role="alert">
            Nothing was saved: correct the {count === 1 ? 'field' : 'fields'} marked above.
          </p>
        )}
        <div class="form-actions scorecard-weights__actions">
          <button type="submit">Save weights</button>
          <button type="submit" name="intent" value="equal" class="ws-button-link">
            Equal weights
          </button>
          <span class="scorecard-weights__saved" role="status">
            {state.saved ? 'Saved: the scores use these weights.' : ''}
          </span>
        </div>
        <p class="field__hint">
          Which KPIs are on the scorecard, and their targets, are set in the <a href={SCORECARD_CATALOGUE_PATH}>KPI catalogue</a>.
        </p>
      </form>
    </section>
  )
}
