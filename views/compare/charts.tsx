/** The comparison's charts: monthly cost by option (stacked), the simulated annual cost spread, and cost against quality with the Pareto frontier. */
import { raw } from 'hono/html'
import type { Comparison, ComparisonRow } from '../../src/domain/evaluation/comparison.ts'
import { dominates, paretoFrontier } from '../../src/domain/evaluation/pareto.ts'
import { costQualitySvg } from '../charts/cost-quality.ts'
import { costSpreadSvg } from '../charts/cost-spread.ts'
import { monthlyCostSvg } from '../charts/monthly-cost.ts'
import { MONTHLY_CHART_ID, SPREAD_CHART_ID } from './ids.ts'
import { formatMoney, formatScore } from './view-model.ts'

export const COST_QUALITY_CHART_ID = 'compare-cost-quality'

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
      <CostQuality c={c} />
    </section>
  )
}

const MODELLED_FORMULA =
  '100 × (0.5 × FCR + 0.3 × (1 − escalation rate) + 0.2 × min(1, service level / target)), from the FCR and escalation rate the option states and the service level the plan achieves'

/** Which score each point is, in words, so nobody takes a modelled score for a measured one. */
export function scoreSource(rows: readonly ComparisonRow[]): string {
  const measured = rows.filter((r) => r.quality.source === 'measured')
  const modelled = rows.filter((r) => r.quality.source !== 'measured')
  const span = (r: ComparisonRow) => (r.quality.period ? `${r.quality.period.from} to ${r.quality.period.to}` : '')
  if (measured.length === 0) return `the modelled quality score for every option: ${MODELLED_FORMULA}; an option with measured FCR and escalation in its KPI data would be scored on those`
  const spans = new Set(measured.map(span))
  const who = modelled.length === 0 ? 'every option' : measured.map((r) => r.name).join(', ')
  const measuredText =
    spans.size === 1
      ? `measured for ${who} (${[...spans][0]}): the same formula over each option’s KPI data, pooled by sample size`
      : `measured for ${measured.map((r) => `${r.name} (${span(r)})`).join(', ')}: the same formula over each option’s KPI data, pooled by sample size`
  if (modelled.length === 0) return `${measuredText}; no option is modelled`
  return `${measuredText}; modelled for ${modelled.map((r) => r.name).join(', ')}: ${MODELLED_FORMULA}`
}

function CostQuality({ c }: { c: Comparison }) {
  const points = c.options.map((o) => ({ name: o.name, cost: o.costPerResolution, quality: o.quality.score, source: o.quality.source }))
  const placed = c.options.filter((o) => Number.isFinite(o.costPerResolution) && Number.isFinite(o.quality.score))
  const frontier = paretoFrontier(placed.map((o) => ({ o, cost: o.costPerResolution, quality: o.quality.score })))
  const onFrontier = new Set(frontier.map((f) => f.o))
  const dominated = placed.filter((o) => !onFrontier.has(o))
  const unplaced = c.options.filter((o) => !placed.includes(o))
  const point = (o: ComparisonRow) => `${o.name} (${formatMoney(o.costPerResolution, c.currency)}, ${formatScore(o.quality.score)})`
  const beaters = (o: ComparisonRow) =>
    placed
      .filter((x) => dominates({ cost: x.costPerResolution, quality: x.quality.score }, { cost: o.costPerResolution, quality: o.quality.score }))
      .map((x) => x.name)
  const description =
    `Each option's cost per resolution in ${c.currency} (across) against its quality score, 0–100 (up). ` +
    `On the Pareto frontier: ${frontier.map((f) => point(f.o)).join('; ') || 'none'}.` +
    (dominated.length ? ` Dominated: ${dominated.map((o) => `${point(o)}, beaten on both by ${beaters(o).join(' and ')}`).join('; ')}.` : ' No option is dominated.')
  return (
    <figure class="chart compare-chart">
      {raw(
        costQualitySvg({
          points,
          currency: c.currency,
          costLabel: 'Cost per resolution',
          qualityLabel: 'Quality score, 0–100',
          id: COST_QUALITY_CHART_ID,
          title: 'Cost versus quality, with the Pareto frontier',
          description,
        }),
      )}
      <figcaption>
        {description} An option is dominated when another costs no more per resolution and scores no lower, and is strictly better on one; the frontier
        (dashed steps) joins the rest, cheapest first. Quality here is {scoreSource(c.options)}.
        {unplaced.length > 0 && ` Not plotted (no resolutions or no score): ${unplaced.map((o) => o.name).join(', ')}.`}
      </figcaption>
    </figure>
  )
}
