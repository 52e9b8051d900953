/**
 * The versus page's figures and assumptions as printable text: labels, values with
 * their units, signed differences and changes, and why a difference is missing.
 * Formatting only; every number arrives computed from src/domain/evaluation/scenario-versus.ts.
 */
import type { AssumptionUnit, AssumptionValue } from '../../src/domain/evaluation/assumption-differences.ts'
import type { FigureDifference } from '../../src/domain/evaluation/scenario-versus.ts'
import { formatMoney } from '../compare/view-model.ts'
import { formatCount, formatHours, formatNumber, formatPercent } from '../format.ts'

const DASH = '—'

export interface FigureLabel {
  label: string
  note: string
  /** Decimals for money: whole units for annual sums, cents for per-contact averages. */
  digits?: number
}

/** What each figure key of VERSUS_FIGURES is called on the page and in the CSV's reader's mind. */
export const FIGURE_LABELS: Readonly<Record<string, FigureLabel>> = {
  annual_cost: { label: 'Annual cost', note: 'deterministic', digits: 0 },
  cost_per_contact: { label: 'Cost per contact', note: 'per contact handled', digits: 2 },
  cost_per_resolution: { label: 'Cost per resolution', note: 'per issue resolved', digits: 2 },
  fte: { label: 'FTE', note: 'average over the span' },
  paid_hours: { label: 'Paid hours', note: 'agent-hours' },
  idle_paid_hours: { label: 'Idle paid hours', note: 'paid, not handling contacts' },
  service_level: { label: 'Service level achieved', note: 'deterministic' },
  service_level_p10: { label: 'Service level, simulated', note: 'P10 (a bad year)' },
  service_level_p90: { label: 'Service level, simulated', note: 'P90 (a good year)' },
  annual_cost_p10: { label: 'Annual cost, simulated', note: 'P10', digits: 0 },
  annual_cost_p50: { label: 'Annual cost, simulated', note: 'median', digits: 0 },
  annual_cost_p90: { label: 'Annual cost, simulated', note: 'P90', digits: 0 },
  miss_probability_highest_month: { label: 'Chance of missing the target', note: 'highest month' },
  expected_sla_credits: { label: 'Expected SLA credits', note: 'mean over the futures', digits: 0 },
  quality_score: { label: 'Quality score', note: '0–100' },
}

export const figureLabel = (key: string): FigureLabel => FIGURE_LABELS[key] ?? { label: key, note: '' }

const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const fixed1 = (n: number) => (Number.isFinite(n) ? oneDecimal.format(n) : DASH)

/** One side's value of a figure, with its unit. @example formatFigure(annualCost, 1234567, 'USD') // "$1,234,567" */
export function formatFigure(f: Pick<FigureDifference, 'key' | 'unit'>, value: number, currency: string): string {
  if (!Number.isFinite(value)) return DASH
  switch (f.unit) {
    case 'money':
      return formatMoney(value, currency, figureLabel(f.key).digits ?? 2)
    case 'fte':
      return `${fixed1(value)} FTE`
    case 'hours':
      return formatHours(Math.round(value))
    case 'share':
      return formatPercent(value)
    case 'points':
      return `${fixed1(value)} pts`
  }
}

/**
 * B − A with its sign and unit; shares as percentage points, since "+5 %" of a
 * service level would be ambiguous. Exactly zero reads "no change".
 * @example formatDifference(serviceLevel, 0.05, 'USD') // "+5.0 pp"
 */
export function formatDifference(f: Pick<FigureDifference, 'key' | 'unit'>, d: number, currency: string): string {
  if (!Number.isFinite(d)) return DASH
  if (d === 0) return 'no change'
  const size = Math.abs(d)
  // A change too small to show at the figure's precision reads "≈", not "+0.0".
  const sign = roundsToZero(f, d) ? '≈ ' : d > 0 ? '+' : '−'
  switch (f.unit) {
    case 'money':
      return `${sign}${formatMoney(size, currency, figureLabel(f.key).digits ?? 2)}`
    case 'fte':
      return `${sign}${fixed1(size)} FTE`
    case 'hours':
      return `${sign}${formatHours(Math.round(size))}`
    case 'share':
      return `${sign}${fixed1(size * 100)} pp`
    case 'points':
      return `${sign}${fixed1(size)} pts`
  }
}

/** Decimals each unit is printed with (shares as percentage points, so 3 of the 0–1 share). */
function decimals(f: Pick<FigureDifference, 'key' | 'unit'>): number {
  switch (f.unit) {
    case 'money':
      return figureLabel(f.key).digits ?? 2
    case 'hours':
      return 0
    case 'share':
      return 3
    default:
      return 1
  }
}

/** Whether a difference prints as zero at its figure's precision. */
export function roundsToZero(f: Pick<FigureDifference, 'key' | 'unit'>, d: number): boolean {
  const scale = 10 ** decimals(f)
  return Math.round(Math.abs(d) * scale) === 0
}

/** The change relative to A as a signed percent. @example formatChange(0.031) // "+3.1%" */
export function formatChange(share: number): string {
  if (!Number.isFinite(share)) return DASH
  if (share === 0) return '0.0%'
  const sign = Math.round(Math.abs(share) * 1000) === 0 ? '≈ ' : share > 0 ? '+' : '−'
  return `${sign}${formatPercent(Math.abs(share))}`
}

/** Whether B's figure is an improvement on A's, a setback, or neither (no direction, no change worth printing, no value). */
export function direction(f: FigureDifference): 'better' | 'worse' | null {
  if (!f.better || !Number.isFinite(f.difference) || roundsToZero(f, f.difference)) return null
  return (f.better === 'lower') === f.difference < 0 ? 'better' : 'worse'
}

/** Why there is no difference to print, in words; undefined when there is one (or simply no value). */
export function unavailableText(f: FigureDifference): string | undefined {
  switch (f.unavailable) {
    case 'different-currencies':
      // Short, as it repeats on every money row; the notice above the tables says why.
      return 'not subtracted'
    case 'only-in-a':
      return 'only in A'
    case 'only-in-b':
      return 'only in B'
    default:
      return undefined
  }
}

/** A figure worth a row: at least one side has a value (the whole scenario has no service-level band, for one). */
export const hasValue = (f: FigureDifference) => Number.isFinite(f.a) || Number.isFinite(f.b)

/** An assumption's value as a planner reads it. @example formatAssumption('signed-share', 0.03) // "+3.0%" */
export function formatAssumption(unit: AssumptionUnit, value: AssumptionValue): string {
  if (value === null) return 'not set'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (typeof value === 'string') return value
  switch (unit) {
    case 'share':
      return formatPercent(value)
    case 'signed-share':
      return value === 0 ? '0.0%' : `${value > 0 ? '+' : '−'}${formatPercent(Math.abs(value))}`
    case 'seconds':
      return `${formatNumber(value)} s`
    case 'hours':
      return `${formatNumber(value)} h`
    case 'count':
      return formatCount(value)
    case 'seed':
      return String(value)
    default:
      return formatNumber(value)
  }
}
