/** The comparison's charts: monthly cost by option (stacked) and the simulated annual cost spread. */
import { raw } from 'hono/html'
import type { Comparison } from '../../src/domain/evaluation/comparison.ts'
import { costSpreadSvg } from '../charts/cost-spread.ts'
import { monthlyCostSvg } from '../charts/monthly-cost.ts'
import { MONTHLY_CHART_ID, SPREAD_CHART_ID } from './ids.ts'

export function Charts({ c }: { c: Comparison }) {
  const names = c.options.map((o) => o.name)
  const nameOf = new Map(c.options.map((o) => [o.optionId, o.name]))
  const monthlyDescription = `Each month's cost in ${c.currency}, stacked by option; the bar's height is the scenario's month.`
  const spreadDescription = `Annual cost across ${c.trials} simulated futures (seed ${c.seed}), in ${c.currency} above or below each option's planned cost (printed beside its name; the dot at 0): the bar runs from P10 to P90, the tick is the median.`
  return (
    <section class="compare-charts" aria-labelledby="compare-charts-heading">
      <h2 id="compare-charts-heading">Charts</h2>
      <figure class="chart compare-chart">
        {raw(
          monthlyCostSvg({
            months: c.months,
            series: names,
            costs: c.monthlyCost.map((m) => ({ month: m.month, series: nameOf.get(m.optionId) ?? m.name, amount: m.costCents / 100 })),
            currency: c.currency,
            id: MONTHLY_CHART_ID,
            title: 'Monthly cost by option',
            description: monthlyDescription,
          }),
        )}
        <figcaption>{monthlyDescription} Partial months at either end of the forecast are shorter bars.</figcaption>
      </figure>
      <figure class="chart compare-chart">
        {raw(
          costSpreadSvg({
            rows: c.options.map((o) => ({ name: o.name, p10: o.costP10, p50: o.costP50, p90: o.costP90, planned: o.costCents / 100 })),
            currency: c.currency,
            trials: c.trials,
            id: SPREAD_CHART_ID,
            title: 'Annual cost distribution by option',
            description: spreadDescription,
          }),
        )}
        <figcaption>{spreadDescription} In-house cost does not move with volume, so its bar collapses onto the dot.</figcaption>
      </figure>
    </section>
  )
}
