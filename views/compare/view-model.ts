/**
 * The comparison's metrics as printable cells: one list drives the table (formatted,
 * one column per option) and the CSV (plain numbers, one row per option), so the two
 * cannot drift. Formatting only; every number arrives computed from the domain.
 */
import type { ComparisonRow } from '../../src/domain/evaluation/comparison.ts'
import { formatHours, formatPercent } from '../format.ts'

const DASH = '—'

/** Money in a currency with thousands separators; `digits` decimals. @example formatMoney(1234567.8, 'USD', 0) // "$1,234,568" */
export function formatMoney(amount: number, currency: string, digits = 2): string {
  if (!Number.isFinite(amount)) return DASH
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount)
}

/** A signed difference in money ("+$0.42", "−$0.10", "$0.00" for none). */
export function formatMoneyDifference(amount: number, currency: string): string {
  if (!Number.isFinite(amount)) return DASH
  const rounded = Math.round(amount * 100) / 100
  if (rounded === 0) return formatMoney(0, currency)
  return `${rounded > 0 ? '+' : '−'}${formatMoney(Math.abs(rounded), currency)}`
}

const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const formatFte = (n: number) => (Number.isFinite(n) ? oneDecimal.format(n) : DASH)

/** A 0–100 score with one decimal. @example formatScore(84.23) // "84.2" */
export const formatScore = (n: number) => (Number.isFinite(n) ? oneDecimal.format(n) : DASH)

export interface Metric {
  /** CSV column name (snake_case, unit in the name). */
  column: string
  label: string
  /** What the figure is, under the label. */
  note: string
  /** The plain number for the CSV (NaN → empty). */
  value: (r: ComparisonRow) => number
  /** The cell text for the table. */
  format: (r: ComparisonRow, currency: string) => string
  /** A second, quieter line under the cell text. */
  detail?: (r: ComparisonRow, currency: string) => string
}

export const METRICS: readonly Metric[] = [
  { column: 'annual_cost', label: 'Annual cost', note: 'deterministic', value: (r) => r.costCents / 100, format: (r, c) => formatMoney(r.costCents / 100, c, 0) },
  { column: 'cost_per_contact', label: 'Cost per contact', note: 'per contact handled', value: (r) => r.costPerContact, format: (r, c) => formatMoney(r.costPerContact, c) },
  { column: 'cost_per_resolution', label: 'Cost per resolution', note: 'per issue resolved', value: (r) => r.costPerResolution, format: (r, c) => formatMoney(r.costPerResolution, c) },
  // Right under cost per resolution, so the table reads the two together.
  {
    column: 'quality_score',
    label: 'Quality score',
    note: 'measured or modelled, 0–100',
    value: (r) => r.quality.score,
    format: (r) => formatScore(r.quality.score),
    detail: (r) => (r.quality.source === 'measured' && r.quality.period ? `measured, ${r.quality.period.from} to ${r.quality.period.to}` : 'modelled'),
  },
  { column: 'fte', label: 'FTE', note: 'average over the span', value: (r) => r.fte, format: (r) => formatFte(r.fte) },
  { column: 'paid_hours', label: 'Paid hours', note: 'agent-hours', value: (r) => r.paidHours, format: (r) => formatHours(Math.round(r.paidHours)) },
  { column: 'idle_paid_hours', label: 'Idle paid hours', note: 'paid, not handling contacts', value: (r) => r.idlePaidHours, format: (r) => formatHours(Math.round(r.idlePaidHours)) },
  { column: 'service_level', label: 'Service level achieved', note: 'deterministic', value: (r) => r.serviceLevel, format: (r) => formatPercent(r.serviceLevel) },
  { column: 'service_level_p10', label: 'Service level, simulated', note: 'P10 – P90', value: (r) => r.serviceLevelP10, format: (r) => band(formatPercent(r.serviceLevelP10), formatPercent(r.serviceLevelP90)) },
  { column: 'service_level_p90', label: '', note: '', value: (r) => r.serviceLevelP90, format: () => '' },
  { column: 'annual_cost_p10', label: 'Annual cost, simulated', note: 'P10 – P90', value: (r) => r.costP10, format: (r, c) => band(formatMoney(r.costP10, c, 0), formatMoney(r.costP90, c, 0)), detail: (r, c) => (Number.isFinite(r.costP50) ? `median ${formatMoney(r.costP50, c, 0)}` : '') },
  { column: 'annual_cost_p50', label: '', note: '', value: (r) => r.costP50, format: () => '' },
  { column: 'annual_cost_p90', label: '', note: '', value: (r) => r.costP90, format: () => '' },
  {
    column: 'miss_probability_highest_month',
    label: 'Chance of missing the target',
    note: 'highest month',
    value: (r) => r.missHighest,
    format: (r) => formatPercent(r.missHighest),
    detail: (r) => r.missHighestMonth ?? '',
  },
  { column: 'miss_probability_average', label: 'Chance of missing the target', note: 'average month', value: (r) => r.missAverage, format: (r) => formatPercent(r.missAverage) },
  { column: 'expected_sla_credits', label: 'Expected SLA credits', note: 'mean over the futures', value: (r) => r.expectedCredits, format: (r, c) => formatMoney(r.expectedCredits, c, 0) },
  {
    column: 'cost_per_contact_vs_cheapest',
    label: 'Difference per contact',
    note: 'from the cheapest option',
    value: (r) => r.perContactOverCheapest,
    format: (r, c) => (r.cheapest ? 'cheapest' : formatMoneyDifference(r.perContactOverCheapest, c)),
  },
]

/** The metrics the table shows (band columns are one cell there, two in the CSV). */
export const TABLE_METRICS = METRICS.filter((m) => m.label !== '')

const band = (lo: string, hi: string) => (lo === DASH && hi === DASH ? DASH : `${lo}\u00a0– ${hi}`)
