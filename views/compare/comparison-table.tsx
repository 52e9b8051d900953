/**
 * The comparison table: one column per option plus the whole scenario, one row per
 * figure. Each cell opens ("how?") to its work: formula, inputs, conventions, and for
 * simulated figures the seed and trials; a native <details>, so it needs no script.
 */
import type { Comparison } from '../../src/domain/evaluation/comparison.ts'
import { figureWork, type FigureWork } from './figure-work.ts'
import { COMPARE_TABLE_ID, INVOICES_ID } from './ids.ts'
import { TABLE_METRICS } from './view-model.ts'

export function ComparisonTable({ c }: { c: Comparison }) {
  const columns = [...c.options, c.scenario]
  return (
    <div class="table-scroll">
      <table id={COMPARE_TABLE_ID} class="data-table compare-table">
        <caption>
          Options side by side · {c.currency}
          <span class="cell-note">Open “how?” under a figure for its formula, inputs and conventions.</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" class="compare-figure">Figure</th>
            {columns.map((r) => (
              <th scope="col" class={r.kind === 'scenario' ? 'compare-total' : r.cheapest ? 'compare-cheapest' : undefined}>
                {r.name}
                <span class="cell-note">{r.kind === 'scenario' ? 'all options' : r.cheapest ? `${r.kind} · cheapest per contact` : r.kind}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TABLE_METRICS.map((m) => (
            <tr data-metric={m.column}>
              <th scope="row">
                {m.label}
                <span class="cell-note">{m.note}</span>
              </th>
              {columns.map((r) => {
                const w = figureWork(m.column, r, c)
                return (
                  <td class={r.kind === 'scenario' ? 'compare-total' : undefined}>
                    <span class="compare-value">{m.format(r, c.currency)}</span>
                    {m.detail && m.detail(r, c.currency) !== '' && <span class="cell-note">{m.detail(r, c.currency)}</span>}
                    {w && <Work work={w} label={`${m.label}${m.note ? ` (${m.note})` : ''}, ${r.name}`} />}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** One figure's work, folded under a small "how?" that names the figure for screen readers. */
function Work({ work: w, label }: { work: FigureWork; label: string }) {
  return (
    <details class="work">
      <summary>
        how?<span class="visually-hidden"> {label}</span>
      </summary>
      <div class="work-body">
        <p class="work-formula">{w.formula}</p>
        {w.worked && <p class="work-worked">{w.worked}</p>}
        {w.inputs.length > 0 && (
          <dl class="work-inputs">
            {w.inputs.map((i) => (
              <div data-key={i.key}>
                <dt>{i.label}</dt>
                <dd>
                  {i.value} <span class="work-unit">{i.unit}</span>
                </dd>
              </div>
            ))}
          </dl>
        )}
        {w.simulated && (
          <p class="work-simulated">
            Simulated: {w.simulated.trials.toLocaleString('en-US')} futures, seed {w.simulated.seed}. {w.simulated.method}
          </p>
        )}
        {w.convention.length > 0 && (
          <ul class="work-convention">
            {w.convention.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        )}
        {w.invoices && (
          <p class="work-invoices">
            <a href={`#${INVOICES_ID}`}>Itemised invoices, line by line</a>
          </p>
        )}
      </div>
    </details>
  )
}
