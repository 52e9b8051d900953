/** Both scenarios' monthly cost as grouped bars; two currencies are not drawn on one axis. */
import { raw } from 'hono/html'
import type { ScenarioVersus } from '../../src/domain/evaluation/scenario-versus.ts'
import { monthlyVersusSvg } from '../charts/monthly-versus.ts'
import { VERSUS_CHART_ID } from './ids.ts'

export function MonthlyChart({ v }: { v: ScenarioVersus }) {
  const currency = v.a.comparison.currency
  const description = `Each month's total cost of scenario A (left bar) and scenario B (right bar), in ${currency}.`
  return (
    <section class="versus-section" aria-labelledby="versus-chart-heading">
      <h2 id="versus-chart-heading">Monthly cost</h2>
      {v.sameCurrency ? (
        <figure class="chart versus-chart">
          {raw(
            monthlyVersusSvg({
              months: v.monthly,
              labels: [`A · ${v.a.name}`, `B · ${v.b.name}`],
              currency,
              id: VERSUS_CHART_ID,
              title: 'Monthly cost, scenario A beside scenario B',
              description,
            }),
          )}
          <figcaption>{description} Partial months at either end of a forecast are shorter bars; a month only one forecast covers has one bar.</figcaption>
        </figure>
      ) : (
        <p class="notice notice--warning">
          A is costed in {currency} and B in {v.b.comparison.currency}, so their months are not drawn on one axis. Each scenario’s own
          comparison page charts its months.
        </p>
      )}
    </section>
  )
}
