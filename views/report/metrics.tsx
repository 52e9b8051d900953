/** Section 2: the comparison figures per option and for the whole plan, the monthly cost chart and the month table. */
import { raw } from 'hono/html'
import type { Comparison, ComparisonRow } from '../../src/domain/evaluation/comparison.ts'
import { riskBand } from '../../src/domain/evaluation/report-findings.ts'
import { monthlyCostSvg } from '../charts/monthly-cost.ts'
import { formatMoney } from '../compare/view-model.ts'
import { formatCount, formatPercent } from '../format.ts'
import { REPORT_MONTHLY_CHART_ID } from './ids.ts'
import type { ReportData } from './report-data.ts'
import { monthName, signedMoney } from './report-format.ts'
import { ReportSection } from './section.tsx'
import { BAND_WORDS } from './summary.tsx'

interface Figure {
  label: string
  /** Unit and the assumption the figure rests on. */
  basis: (c: Comparison) => string
  cell: (r: ComparisonRow, c: Comparison) => string
  detail?: (r: ComparisonRow, c: Comparison) => string
  /** A class for the cell's text (the risk band's colour). */
  tone?: (r: ComparisonRow) => string | undefined
}

const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const sim = (c: Comparison) => `${formatCount(c.trials)} futures, seed ${c.seed}`
const band = (lo: string, hi: string) => (lo === '—' ? '—' : `${lo}–${hi}`)

const FIGURES: readonly Figure[] = [
  { label: 'Annual cost', basis: (c) => `${c.currency} a year, on the forecast`, cell: (r, c) => formatMoney(r.costCents / 100, c.currency, 0) },
  { label: 'Cost per contact', basis: (c) => `${c.currency} per contact handled`, cell: (r, c) => formatMoney(r.costPerContact, c.currency) },
  { label: 'Cost per resolution', basis: (c) => `${c.currency} per issue resolved (handled × FCR)`, cell: (r, c) => formatMoney(r.costPerResolution, c.currency), detail: (r) => `FCR ${formatPercent(r.fcr)}` },
  { label: 'Difference per contact', basis: (c) => `${c.currency} per contact over the cheapest`, cell: (r, c) => (r.cheapest ? 'cheapest' : signedMoney(r.perContactOverCheapest, c.currency)) },
  { label: 'FTE', basis: () => 'average over the span; 1 FTE = 40 paid h a week', cell: (r) => (Number.isFinite(r.fte) ? oneDecimal.format(r.fte) : '—') },
  { label: 'Paid hours', basis: () => 'agent-hours over the span', cell: (r) => `${formatCount(r.paidHours)} h`, detail: (r) => `${formatCount(r.idlePaidHours)} h not handling contacts` },
  { label: 'Service level', basis: () => 'answered in target time ÷ offered, on the forecast', cell: (r) => formatPercent(r.serviceLevel), detail: (r) => `target ${formatPercent(r.serviceLevelTarget)}` },
  { label: 'Service level, simulated', basis: (c) => `P10–P90, ${sim(c)}`, cell: (r) => band(formatPercent(r.serviceLevelP10), formatPercent(r.serviceLevelP90)) },
  {
    label: 'Annual cost, simulated',
    basis: (c) => `${c.currency}, P10–P90 and median, ${sim(c)}`,
    cell: (r, c) => (r.costP10 === r.costP90 ? `${formatMoney(r.costP10, c.currency, 0)}, fixed` : band(formatMoney(r.costP10, c.currency, 0), formatMoney(r.costP90, c.currency, 0))),
    detail: (r, c) => (Number.isFinite(r.costP50) ? `median ${formatMoney(r.costP50, c.currency, 0)}` : ''),
  },
  {
    label: 'Chance of missing the target',
    basis: (c) => `share of futures below target, worst month, ${sim(c)}`,
    cell: (r) => formatPercent(r.missHighest),
    detail: (r) => (r.missHighestMonth ? `${monthName(r.missHighestMonth)}; average month ${formatPercent(r.missAverage)}` : ''),
  },
  {
    label: 'Risk band',
    basis: () => 'low ≤ 10 %, moderate 10–25 %, high ≥ 25 % worst-month miss', cell: (r) => (r.kind === 'scenario' ? '—' : BAND_WORDS[riskBand(r.missHighest)]),
    tone: (r) => (r.kind === 'scenario' ? undefined : `report-band report-band--${riskBand(r.missHighest)}`),
  },
  { label: 'Expected SLA credits', basis: (c) => `${c.currency} a year, mean over ${sim(c)}`, cell: (r, c) => formatMoney(r.expectedCredits, c.currency, 0) },
  {
    label: 'Quality score',
    basis: () => '0–100: 50 × FCR + 30 × (1 − escalation) + 20 × SL ÷ target, measured from KPI data or modelled from stated figures',
    cell: (r) => (Number.isFinite(r.quality.score) ? oneDecimal.format(r.quality.score) : '—'),
    detail: (r) => (r.quality.source === 'measured' && r.quality.period ? `measured, ${r.quality.period.from} to ${r.quality.period.to}` : 'modelled'),
  },
]

export function KeyMetrics({ data }: { data: ReportData }) {
  const c = data.comparison
  const columns = [...c.options, c.scenario]
  return (
    <ReportSection
      id="report-metrics"
      lede={
        <>
          Every option of the plan as allocated, over {c.months.length} months ({monthName(c.months[0] ?? null)} to {monthName(c.months.at(-1) ?? null)}), in {c.currency}.
          Deterministic figures price the forecast as given; simulated ones draw {formatCount(c.trials)} futures of forecast error from seed {c.seed}.
        </>
      }
    >
      <div class="report-table-wrap">
        <table class="report-table report-metrics-table" data-testid="report-metrics-table">
          <caption>Options side by side · {c.currency}</caption>
          <thead>
            <tr>
              <th scope="col" class="report-table__figure">
                Figure
              </th>
              {columns.map((r) => (
                <th scope="col" class={r.kind === 'scenario' ? 'is-total' : r.cheapest ? 'is-best' : undefined}>
                  {r.name}
                  <span class="report-cell-note">{r.kind === 'scenario' ? 'all options' : r.cheapest ? 'cheapest per contact' : r.kind}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FIGURES.map((f) => (
              <tr>
                <th scope="row">
                  {f.label}
                  <span class="report-cell-note">{f.basis(c)}</span>
                </th>
                {columns.map((r) => (
                  <td class={r.kind === 'scenario' ? 'is-total' : r.cheapest ? 'is-best' : undefined}>
                    {f.tone?.(r) ? <span class={f.tone(r)}>{f.cell(r, c)}</span> : f.cell(r, c)}
                    {f.detail && f.detail(r, c) !== '' && <span class="report-cell-note">{f.detail(r, c)}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MonthlyTrend c={c} />
    </ReportSection>
  )
}

function MonthlyTrend({ c }: { c: Comparison }) {
  const names = c.options.map((o) => o.name)
  const nameOf = new Map(c.options.map((o) => [o.optionId, o.name]))
  const description = `Each month's cost in ${c.currency}, stacked by option; a bar's height is the whole plan's month. The first and last months are partial.`
  const cost = (month: string, optionId: number) => c.monthlyCost.find((m) => m.month === month && m.optionId === optionId)?.costCents ?? 0
  return (
    <div class="report-trend">
      <h3>Monthly cost</h3>
      <figure class="report-chart">
        {raw(
          monthlyCostSvg({
            months: c.months,
            series: names,
            costs: c.monthlyCost.map((m) => ({ month: m.month, series: nameOf.get(m.optionId) ?? m.name, amount: m.costCents / 100 })),
            currency: c.currency,
            id: REPORT_MONTHLY_CHART_ID,
            title: 'Monthly cost by option',
            description,
          }),
        )}
        <figcaption>{description}</figcaption>
      </figure>
      <div class="report-table-wrap">
        <table class="report-table report-month-table" data-testid="report-month-table">
          <caption>Cost by month · {c.currency}, deterministic</caption>
          <thead>
            <tr>
              <th scope="col" class="report-table__figure">
                Month
              </th>
              {c.options.map((o) => (
                <th scope="col">{o.name}</th>
              ))}
              <th scope="col" class="is-total">
                Whole plan
              </th>
            </tr>
          </thead>
          <tbody>
            {c.months.map((month) => {
              const cells = c.options.map((o) => cost(month, o.optionId!))
              return (
                <tr>
                  <th scope="row">{month}</th>
                  {cells.map((cents) => (
                    <td>{formatMoney(cents / 100, c.currency, 0)}</td>
                  ))}
                  <td class="is-total">{formatMoney(cells.reduce((s, x) => s + x, 0) / 100, c.currency, 0)}</td>
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {c.options.map((o) => (
                <td>{formatMoney(o.costCents / 100, c.currency, 0)}</td>
              ))}
              <td class="is-total">{formatMoney(c.scenario.costCents / 100, c.currency, 0)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  )
}
