/**
 * The comparison's "decision flip": how far volume, AHT, FCR and price must move before
 * the two leading options cost the same. The compare page carries a self-loading
 * placeholder (`FlipPlaceholder`); the fragment route answers with `FlipSection`, or with
 * `FlipPage` (the same section in the layout) for a plain browser visit.
 */
import type { Assumption } from '../../src/domain/evaluation/break-even.ts'
import type { DecisionFlip, FlipRow } from '../../src/domain/evaluation/decision-flip.ts'
import { DeferredSection } from '../components/deferred-section.tsx'
import { formatNumber } from '../format.ts'
import { scenarioPath } from '../scenarios/ids.ts'
import { comparePath } from './ids.ts'
import { formatMoney } from './view-model.ts'

export const FLIP_ID = 'compare-flip'
export const FLIP_HEADING_ID = 'compare-flip-heading'
export const flipPath = (id: number) => `${comparePath(id)}/flip`

const HEADING = 'What would flip the decision'

/** Shown on the compare page until the fragment replaces it; the link is the no-JS way there. */
export function FlipPlaceholder({ scenarioId }: { scenarioId: number }) {
  return <DeferredSection id={FLIP_ID} headingId={FLIP_HEADING_ID} heading={HEADING} url={flipPath(scenarioId)} working="Working out break-evens…" linkText="Show break-even values" class="flip" />
}

/** The fragment: which two options, what "costing the same" means, and one row per assumption. */
export function FlipSection({ flip, currency }: { flip: DecisionFlip | undefined; currency: string }) {
  if (!flip) {
    return (
      <section id={FLIP_ID} class="flip" aria-labelledby={FLIP_HEADING_ID}>
        <h2 id={FLIP_HEADING_ID}>{HEADING}</h2>
        <p class="flip-lede">There is no decision to flip: the scenario needs at least two options that handle contacts.</p>
      </section>
    )
  }
  const { cheaper, runnerUp } = flip
  return (
    <section id={FLIP_ID} class="flip" aria-labelledby={FLIP_HEADING_ID}>
      <h2 id={FLIP_HEADING_ID}>{HEADING}</h2>
      <p class="flip-lede">
        The two cheapest options per contact: <strong data-testid="flip-cheaper">{cheaper.name}</strong> ({formatMoney(cheaper.costPerContact, currency)} per contact) and{' '}
        <strong data-testid="flip-runner-up">{runnerUp.name}</strong> ({formatMoney(runnerUp.costPerContact, currency)}). Each row moves one assumption, all else as
        today, and finds the value at which the two <em>cost the same</em>: the same cost per contact handled, or, for first-contact resolution, the same cost per issue
        resolved ({formatMoney(cheaper.costPerResolution, currency)} and {formatMoney(runnerUp.costPerResolution, currency)} today).
      </p>
      <div class="table-scroll">
        <table class="data-table flip-table">
          <caption>
            Break-even between {cheaper.name} and {runnerUp.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">Assumption</th>
              <th scope="col">Today</th>
              <th scope="col">Break-even</th>
              <th scope="col">How far it must move</th>
            </tr>
          </thead>
          <tbody>
            {flip.rows.map((r) => (
              <FlipTableRow row={r} cheaperName={cheaper.name} />
            ))}
          </tbody>
        </table>
      </div>
      <p class="flip-note">
        Volume and AHT are growth over the forecast (+10% = a tenth more by its end); price is a multiple of {cheaper.name}’s prices (or wage) today. Where the two never
        cost the same, the row names the range searched.
      </p>
    </section>
  )
}

/** The fragment in the page layout, for a visit without htmx. */
export function FlipPage({ scenarioId, scenarioName, flip, currency }: { scenarioId: number; scenarioName: string; flip: DecisionFlip | undefined; currency: string }) {
  return (
    <>
      <div class="page-intro">
        <p class="scenario-breadcrumb">
          <a href="/scenarios">Scenarios</a> › <a href={scenarioPath(scenarioId)}>{scenarioName}</a> › <a href={comparePath(scenarioId)}>Compare options</a>
        </p>
        <h1>Break-even values</h1>
      </div>
      <FlipSection flip={flip} currency={currency} />
    </>
  )
}

function FlipTableRow({ row, cheaperName }: { row: FlipRow; cheaperName: string }) {
  const o = row.outcome
  return (
    <tr data-assumption={row.assumption} data-outcome={o.kind}>
      <th scope="row">
        {rowLabel(row.assumption, cheaperName)}
        <span class="cell-note">{row.metric === 'per-resolution' ? 'cost per resolution' : 'cost per contact'}</span>
      </th>
      <td>{formatValue(row.assumption, row.today)}</td>
      {o.kind === 'crossing' && (
        <>
          <td>{formatValue(row.assumption, o.value)}</td>
          <td class="flip-distance">{formatDistance(row.assumption, o.distance)}</td>
        </>
      )}
      {o.kind === 'no-crossing' && (
        <td colspan={2} class="flip-none" title={o.reason}>
          no crossing between {formatValue(row.assumption, row.range[0])} and {formatValue(row.assumption, row.range[1])}: {o.cheaper.name} stays cheaper
        </td>
      )}
      {o.kind === 'failed' && (
        <td colspan={2} class="flip-none">
          could not be worked out: {o.message}
        </td>
      )}
    </tr>
  )
}

function rowLabel(a: Assumption, cheaperName: string): string {
  switch (a) {
    case 'volume':
      return 'Volume growth'
    case 'aht':
      return 'AHT change'
    case 'fcr':
      return `First-contact resolution of ${cheaperName}`
    case 'price':
      return `Price of ${cheaperName}`
    case 'forecast-error':
      return 'Daily forecast error'
  }
}

const signedPercent = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' })
const percent = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const multiple = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const signedMultiple = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' })
const minus = (s: string) => s.replaceAll('-', '−')

/** A value in the assumption's units: growth as a signed percent, FCR as a percent, price as a multiple. */
export function formatValue(a: Assumption, x: number): string {
  if (!Number.isFinite(x)) return '—'
  if (a === 'volume' || a === 'aht') return minus(`${signedPercent.format(x * 100)}%`)
  if (a === 'fcr') return `${percent.format(x * 100)}%`
  if (a === 'price') return `${multiple.format(x)}×`
  return formatNumber(x)
}

/** value − today in the assumption's units: percentage points for shares, a signed multiple for price. */
export function formatDistance(a: Assumption, d: number): string {
  if (!Number.isFinite(d)) return '—'
  if (a === 'price') return minus(`${signedMultiple.format(d)}× (${signedPercent.format(d * 100)}%)`)
  if (a === 'forecast-error') return minus(signedMultiple.format(d))
  return minus(`${signedPercent.format(d * 100)} points`)
}
