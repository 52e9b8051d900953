/**
 * The comparison's sensitivity ("tornado") section: how far the scenario's total annual
 * cost moves when one assumption swings by a stated range, all else as today. Like the
 * decision flip, the compare page carries a self-loading placeholder
 * (`SensitivityPlaceholder`); the fragment route answers with `SensitivitySection`, or with
 * `SensitivityPage` (the same section in the layout) for a plain browser visit.
 */
import { raw } from 'hono/html'
import type { Sensitivity, SensitivityRow } from '../../src/domain/evaluation/sensitivity.ts'
import { tornadoSvg } from '../charts/tornado.ts'
import { DeferredSection } from '../components/deferred-section.tsx'
import { scenarioPath } from '../scenarios/ids.ts'
import { formatDistance, formatValue } from './flip.tsx'
import { comparePath } from './ids.ts'
import { formatMoney, formatMoneyDifference } from './view-model.ts'

/** A difference in whole currency units ("+$3,955,958"). */
const signedMoney = (amount: number, currency: string) => formatMoneyDifference(Math.round(amount), currency).replace(/\.00$/, '')

export const SENSITIVITY_ID = 'compare-sensitivity'
export const SENSITIVITY_HEADING_ID = 'compare-sensitivity-heading'
export const TORNADO_CHART_ID = 'compare-tornado'
export const sensitivityPath = (id: number) => `${comparePath(id)}/sensitivity`

const HEADING = 'How sensitive is the total cost'

/** Shown on the compare page until the fragment replaces it; the link is the no-JS way there. */
export function SensitivityPlaceholder({ scenarioId }: { scenarioId: number }) {
  return (
    <DeferredSection
      id={SENSITIVITY_ID}
      headingId={SENSITIVITY_HEADING_ID}
      heading={HEADING}
      url={sensitivityPath(scenarioId)}
      working="Working out the sensitivity…"
      linkText="Show cost sensitivity"
      class="tornado"
    />
  )
}

/** The fragment: the tornado chart, what was left out, and the figures behind the bars. */
export function SensitivitySection({ sensitivity: s }: { sensitivity: Sensitivity }) {
  const drawn = s.rows.filter((r) => r.problem === undefined)
  const failed = s.rows.filter((r) => r.problem !== undefined)
  const description = `The scenario’s total annual cost in ${s.currency} as one assumption at a time moves to the low and the high end of the range under its name, all else as today; the rule is today’s total (${formatMoney(s.todayCost, s.currency, 0)}). Widest swing first.`
  return (
    <section id={SENSITIVITY_ID} class="tornado" aria-labelledby={SENSITIVITY_HEADING_ID}>
      <h2 id={SENSITIVITY_HEADING_ID}>{HEADING}</h2>
      <p class="tornado-lede">
        Each bar moves one assumption down (blue) and up (orange) by the range under its name, all else as today, and prices the whole scenario again on the forecast as
        given. Today’s total: <strong data-testid="tornado-today">{formatMoney(s.todayCost, s.currency, 0)}</strong>.
      </p>
      {drawn.length > 0 && (
        <figure class="chart compare-chart tornado-chart">
          {raw(
            tornadoSvg({
              rows: drawn.map((r) => ({ label: chartLabel(r), costAtLow: r.costAtLow, costAtHigh: r.costAtHigh, lowText: valueText(r, r.low), highText: valueText(r, r.high) })),
              todayCost: s.todayCost,
              currency: s.currency,
              id: TORNADO_CHART_ID,
              title: 'Sensitivity of the total annual cost',
              description,
            }),
          )}
          <figcaption>
            {description} Volume and AHT are growth over the forecast; prices are every option’s prices (or in-house wage) together; shrinkage moves every option’s
            by the same points, kept within 0–95%.
          </figcaption>
        </figure>
      )}
      {s.omitted.length > 0 && (
        <ul class="tornado-omitted">
          {s.omitted.map((text) => (
            <li>Left out: {text}</li>
          ))}
        </ul>
      )}
      {failed.length > 0 && (
        <ul class="tornado-failed">
          {failed.map((r) => (
            <li data-key={r.key}>
              {r.label} ({rangeText(r)}) could not be worked out: {r.problem}
            </li>
          ))}
        </ul>
      )}
      <details class="tornado-figures">
        <summary>The figures behind the bars</summary>
        <div class="table-scroll">
          <table class="data-table tornado-table">
            <caption>Total annual cost by case · {s.currency}</caption>
            <thead>
              <tr>
                <th scope="col">Assumption</th>
                <th scope="col">Low value</th>
                <th scope="col">Cost at low</th>
                <th scope="col">High value</th>
                <th scope="col">Cost at high</th>
                <th scope="col">Swing</th>
              </tr>
            </thead>
            <tbody>
              {s.rows.map((r) => (
                <tr data-key={r.key}>
                  <th scope="row">
                    {r.label}
                    <span class="cell-note">{todayText(r)}</span>
                  </th>
                  <td>{valueText(r, r.low)}</td>
                  <td>
                    {formatMoney(r.costAtLow, s.currency, 0)}
                    <span class="cell-note">{signedMoney(r.costAtLow - s.todayCost, s.currency)}</span>
                  </td>
                  <td>{valueText(r, r.high)}</td>
                  <td>
                    {formatMoney(r.costAtHigh, s.currency, 0)}
                    <span class="cell-note">{signedMoney(r.costAtHigh - s.todayCost, s.currency)}</span>
                  </td>
                  <td>{formatMoney(r.swing, s.currency, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  )
}

/** The fragment in the page layout, for a visit without htmx. */
export function SensitivityPage({ scenarioId, scenarioName, sensitivity }: { scenarioId: number; scenarioName: string; sensitivity: Sensitivity }) {
  return (
    <>
      <div class="page-intro">
        <p class="scenario-breadcrumb">
          <a href="/scenarios">Scenarios</a> › <a href={scenarioPath(scenarioId)}>{scenarioName}</a> › <a href={comparePath(scenarioId)}>Compare options</a>
        </p>
        <h1>Cost sensitivity</h1>
      </div>
      <SensitivitySection sensitivity={sensitivity} />
    </>
  )
}

/** One value of a row in its units: growth and FCR as percents, price as a multiple, shrinkage as a change in points. */
export function valueText(r: SensitivityRow, x: number): string {
  switch (r.unit) {
    case 'growth':
      return formatValue('volume', x)
    case 'share':
      return formatValue('fcr', x)
    case 'multiple':
      return formatValue('price', x)
    case 'points':
      return formatDistance('volume', x)
  }
}

function todayText(r: SensitivityRow): string {
  if (r.unit === 'multiple') return 'around today’s prices'
  if (r.unit === 'points') return 'around each option’s own'
  return `today ${valueText(r, r.today)}`
}

/** "−7.0% to +13.0% (today +3.0%)", "0.90× to 1.10×", "−5.0 to +5.0 points". */
export function rangeText(r: SensitivityRow): string {
  if (r.unit === 'points') return `${formatDistance('volume', r.low).replace(' points', '')} to ${formatDistance('volume', r.high)}`
  if (r.unit === 'multiple') return `${valueText(r, r.low)} to ${valueText(r, r.high)} today’s`
  return `${valueText(r, r.low)} to ${valueText(r, r.high)} (today ${valueText(r, r.today)})`
}

/** The band label: the assumption (cut to fit the margin), then its range on a second line. */
function chartLabel(r: SensitivityRow): string {
  const name = r.label.length > 46 ? `${r.label.slice(0, 45)}…` : r.label
  return `${name}\n${rangeText(r)}`
}
