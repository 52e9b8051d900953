/** The comparison table: one column per option plus the whole scenario, one row per figure. */
import type { Comparison } from '../../src/domain/evaluation/comparison.ts'
import { COMPARE_TABLE_ID } from './ids.ts'
import { TABLE_METRICS } from './view-model.ts'

export function ComparisonTable({ c }: { c: Comparison }) {
  const columns = [...c.options, c.scenario]
  return (
    <div class="table-scroll">
      <table id={COMPARE_TABLE_ID} class="data-table compare-table">
        <caption>Options side by side · {c.currency}</caption>
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
            <tr>
              <th scope="row">
                {m.label}
                <span class="cell-note">{m.note}</span>
              </th>
              {columns.map((r) => (
                <td class={r.kind === 'scenario' ? 'compare-total' : undefined}>
                  {m.format(r, c.currency)}
                  {m.detail && m.detail(r, c.currency) !== '' && <span class="cell-note">{m.detail(r, c.currency)}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
