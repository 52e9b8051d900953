/** A scenario's options side by side: the comparison table, two charts, and each option's invoice for one month ("show your work"). */
import { raw } from 'hono/html'
import type { Comparison, MonthInvoice } from '../../src/domain/evaluation/comparison.ts'
import { costSpreadSvg } from '../charts/cost-spread.ts'
import { monthlyCostSvg } from '../charts/monthly-cost.ts'
import { formatNumber } from '../format.ts'
import { scenarioPath } from '../scenarios/ids.ts'
import { FlipPlaceholder } from './flip.tsx'
import { SensitivityPlaceholder } from './sensitivity.tsx'
import { COMPARE_TABLE_ID, INVOICES_ID, MONTHLY_CHART_ID, SPREAD_CHART_ID, compareCsvPath, compareMonthPath, compareXlsxPath } from './ids.ts'
import { TABLE_METRICS, formatMoney } from './view-model.ts'

export interface ComparePageProps {
  scenarioId: number
  scenarioName: string
  comparison: Comparison
  /** The month whose invoices are listed, and every month there is to choose. */
  month: string
  invoices: MonthInvoice[]
}

export function ComparePage({ scenarioId, scenarioName, comparison: c, month, invoices }: ComparePageProps) {
  return (
    <>
      <div class="page-intro">
        <p class="scenario-breadcrumb">
          <a href="/scenarios">Scenarios</a> › <a href={scenarioPath(scenarioId)}>{scenarioName}</a>
        </p>
        <h1>Compare options</h1>
        <p class="compare-lede">
          Each option of <strong>{scenarioName}</strong> over the forecast ({c.months[0]} to {c.months.at(-1)}), in {c.currency}. Figures
          marked simulated come from forecast-error futures; the rest from the forecast as given.{' '}
          <span class="compare-seed" data-testid="compare-seed">
            simulated: {c.trials} futures, seed {c.seed}
          </span>
        </p>
        <p class="compare-actions">
          <a class="button" href={compareCsvPath(scenarioId)} download>
            Download CSV
          </a>
          <a class="button" href={compareXlsxPath(scenarioId)} download>
            Download Excel
          </a>
        </p>
      </div>
      <ComparisonTable c={c} />
      <FlipPlaceholder scenarioId={scenarioId} />
      <Invoices scenarioId={scenarioId} months={c.months} month={month} invoices={invoices} currency={c.currency} />
      <Charts c={c} />
      <SensitivityPlaceholder scenarioId={scenarioId} />
    </>
  )
}

function ComparisonTable({ c }: { c: Comparison }) {
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

function Invoices({ scenarioId, months, month, invoices, currency }: { scenarioId: number; months: string[]; month: string; invoices: MonthInvoice[]; currency: string }) {
  return (
    <section id={INVOICES_ID} class="compare-invoices" aria-labelledby="compare-invoices-heading">
      <h2 id="compare-invoices-heading">Show your work: {month} invoices</h2>
      <nav class="compare-months" aria-label="Month">
        {months.map((m) => (
          <a href={compareMonthPath(scenarioId, m)} aria-current={m === month ? 'true' : undefined}>
            {m}
          </a>
        ))}
      </nav>
      {invoices.map((inv) => (
        <details class="compare-invoice" data-option={String(inv.optionId)}>
          <summary>
            {inv.name}: <strong>{formatMoney(inv.totalCents / 100, inv.currency)}</strong>
            {inv.currency !== currency && <> ({formatMoney(inv.costCents / 100, currency)})</>}
          </summary>
          <div class="table-scroll">
            <table class="data-table compare-invoice-table">
              <caption>
                {inv.kind === 'in-house' ? 'Cost statement' : 'Invoice'}, {inv.month}, {inv.currency}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Quantity</th>
                  <th scope="col">Unit</th>
                  <th scope="col">Rate</th>
                  <th scope="col">Amount</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {inv.lines.map((l) => (
                  <tr data-cents={String(l.amountCents)}>
                    <th scope="row">{l.description}</th>
                    <td>{l.quantity === null ? '' : formatNumber(Math.round(l.quantity * 100) / 100)}</td>
                    <td class="compare-text">{l.unit}</td>
                    <td>{l.rate === null ? '' : formatNumber(Math.round(l.rate * 10_000) / 10_000)}</td>
                    <td>{formatMoney(l.amountCents / 100, inv.currency)}</td>
                    <td class="compare-text">{l.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr data-cents={String(inv.totalCents)}>
                  <th scope="row">Month total</th>
                  <td colspan={3}></td>
                  <td>{formatMoney(inv.totalCents / 100, inv.currency)}</td>
                  <td class="compare-text">
                    {inv.currency === currency ? '' : `at ${formatNumber(inv.exchangeRate)} ${currency} per ${inv.currency}: ${formatMoney(inv.costCents / 100, currency)}`}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        </details>
      ))}
    </section>
  )
}

function Charts({ c }: { c: Comparison }) {
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
