/** Section 3: what each option's cost per contact is made of, and which drivers make up its gap over the cheapest option. */
import { raw } from 'hono/html'
import { DRIVERS, driverFactors, MEASURE_DRIVERS, type CostGap, type CostMeasure, type Driver } from '../../src/domain/evaluation/cost-drivers.ts'
import { formatMoney } from '../compare/view-model.ts'
import { REPORT_DRIVER_CHART_ID } from './ids.ts'
import type { ReportData } from './report-data.ts'
import { driverChartSvg } from './driver-chart.ts'
import { FlipTable } from './flip-table.tsx'
import { DRIVER_LABELS, formatFactor, signedMoney, signedPercent } from './report-format.ts'
import { ReportSection } from './section.tsx'

const DRIVER_WHY: Record<Driver, string> = {
  price: 'what an agent-hour costs: rates, wages and overheads, minimums and fees',
  shrinkage: 'paid time not available for contacts: breaks, training, absence',
  coverage: 'productive time not spent on contacts: queueing slack, over-staffing, opening hours',
  aht: 'how long a contact occupies an agent (chat shares an agent between sessions)',
  fcr: 'contacts that come back because the issue was not resolved the first time',
}

export function RootCause({ data }: { data: ReportData }) {
  const c = data.comparison
  const cheapest = c.options.find((r) => r.cheapest)
  const others = c.options.filter((r) => !r.cheapest && r.optionId !== null && data.gaps.has(r.optionId))
  return (
    <ReportSection
      id="report-causes"
      lede={
        <>
          Cost per contact is the product of four drivers: <strong>price</strong> per paid hour × <strong>shrinkage</strong> (paid ÷ productive hours) ×{' '}
          <strong>coverage</strong> (productive ÷ busy hours, 1 ÷ occupancy) × <strong>handle time</strong> (busy hours per contact). Cost per resolution multiplies in{' '}
          <strong>first-contact resolution</strong> (contacts per issue, 1 ÷ FCR). Each gap over {cheapest ? cheapest.name : 'the cheapest option'} is split among the drivers
          by the logarithmic mean Divisia index (LMDI): a driver’s part is the gap × ln(its ratio) ÷ ln(the measure’s ratio), so the parts add up to the gap exactly, whatever
          the order.
        </>
      }
    >
      <FactorTable data={data} />
      {cheapest && others.length > 0 ? (
        <>
          <figure class="report-chart report-chart--drivers">
            {raw(
              driverChartSvg({
                bars: others.flatMap((r) => {
                  const g = data.gaps.get(r.optionId!)!.perContact
                  return g.ok ? [{ name: r.name, gap: g.gap, parts: g.parts }] : []
                }),
                drivers: MEASURE_DRIVERS['per-contact'],
                currency: c.currency,
                id: REPORT_DRIVER_CHART_ID,
                title: `Why each option costs more per contact than ${cheapest.name}`,
                description: `Each bar is an option's gap in cost per contact over ${cheapest.name}, in ${c.currency}, split by driver (LMDI); parts left of zero narrow the gap.`,
              }),
            )}
            <figcaption>
              Gap in cost per contact handled over {cheapest.name}, {c.currency}, split by driver; parts left of zero narrow the gap. Deterministic figures, on the
              forecast.
            </figcaption>
          </figure>
          <GapTable data={data} measure="per-contact" />
          <GapTable data={data} measure="per-resolution" />
        </>
      ) : (
        <p class="report-note">With a single option handling contacts there is no gap to explain.</p>
      )}
      <p class="report-note">
        An accounting identity, not a causal model: for a partner paid per interaction, a longer handle time does not raise the bill, so it shows as more handle time and an
        equally lower effective hourly price. Hours are the plan’s: productive = agents on the phones, paid = scheduled after shrinkage, busy = handling contacts.
      </p>
      <FlipTable flip={data.flip} currency={c.currency} />
    </ReportSection>
  )
}

function FactorTable({ data }: { data: ReportData }) {
  const c = data.comparison
  const rows = c.options.flatMap((r) => {
    const t = r.optionId === null ? undefined : data.totals.get(r.optionId)
    const f = t && driverFactors(t)
    return f ? [{ r, f }] : []
  })
  return (
    <div class="report-table-wrap">
      <table class="report-table report-factor-table" data-testid="report-factor-table">
        <caption>What each option’s cost is made of · deterministic, on the forecast</caption>
        <thead>
          <tr>
            <th scope="col" class="report-table__figure">
              Driver
            </th>
            {rows.map(({ r }) => (
              <th scope="col" class={r.cheapest ? 'is-best' : undefined}>
                {r.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DRIVERS.map((d) => (
            <tr>
              <th scope="row">
                {DRIVER_LABELS[d].name}
                <span class="report-cell-note">{DRIVER_LABELS[d].factor}</span>
              </th>
              {rows.map(({ r, f }) => (
                <td class={r.cheapest ? 'is-best' : undefined}>{formatFactor(d, f[d], c.currency)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              = Cost per contact
              <span class="report-cell-note">{c.currency}, price × shrinkage × coverage × handle time</span>
            </th>
            {rows.map(({ r }) => (
              <td class={r.cheapest ? 'is-best' : undefined}>{formatMoney(r.costPerContact, c.currency)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">
              = Cost per resolution
              <span class="report-cell-note">{c.currency}, × contacts per issue</span>
            </th>
            {rows.map(({ r }) => (
              <td class={r.cheapest ? 'is-best' : undefined}>{formatMoney(r.costPerResolution, c.currency)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

function GapTable({ data, measure }: { data: ReportData; measure: CostMeasure }) {
  const c = data.comparison
  const cheapest = c.options.find((r) => r.cheapest)!
  const columns = c.options.flatMap((r) => {
    const g = r.optionId === null ? undefined : data.gaps.get(r.optionId)
    const gap: CostGap | undefined = g && (measure === 'per-contact' ? g.perContact : g.perResolution)
    return gap?.ok ? [{ r, gap }] : []
  })
  if (columns.length === 0) return <></>
  const unit = measure === 'per-contact' ? 'contact handled' : 'issue resolved'
  return (
    <div class="report-table-wrap">
      <table class="report-table report-gap-table" data-testid={`report-gap-${measure}`}>
        <caption>
          Gap per {unit} over {cheapest.name}, by driver · {c.currency} per {unit}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="report-table__figure">
              Driver
            </th>
            {columns.map(({ r }) => (
              <th scope="col">{r.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MEASURE_DRIVERS[measure].map((d) => (
            <tr>
              <th scope="row">
                {DRIVER_LABELS[d].name}
                <span class="report-cell-note">{DRIVER_WHY[d]}</span>
              </th>
              {columns.map(({ gap }) => {
                const part = gap.ok ? gap.parts.find((p) => p.driver === d) : undefined
                const amount = part?.amount ?? NaN
                return (
                  <td class={amount > 0 ? 'is-widening' : amount < 0 ? 'is-narrowing' : undefined}>
                    {signedMoney(amount, c.currency)}
                    {gap.ok && gap.gap !== 0 && <span class="report-cell-note">{signedPercent(amount / gap.gap)} of the gap</span>}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">= Gap</th>
            {columns.map(({ gap }) => (
              <td>
                {gap.ok ? signedMoney(gap.gap, c.currency) : '—'}
                {gap.ok && (
                  <span class="report-cell-note">
                    {formatMoney(gap.other, c.currency)} − {formatMoney(gap.base, c.currency)}
                  </span>
                )}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
