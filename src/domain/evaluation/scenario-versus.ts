/**
 * Scenario versus scenario: two comparisons set side by side, figure by figure, for
 * the whole scenario and for each option the two share (matched by option id), with
 * B − A and the change relative to A; plus both scenarios' monthly cost and the
 * assumptions that differ. Money in different currencies is never subtracted.
 */
import type { Scenario } from '../../schemas/scenario.ts'
import { assumptionDifferences, type AssumptionDifference } from './assumption-differences.ts'
import type { Comparison, ComparisonRow } from './comparison.ts'

/** money: currency units; fte; hours: agent-hours; share: 0–1; points: a 0–100 score. */
export type FigureUnit = 'money' | 'fte' | 'hours' | 'share' | 'points'

export interface VersusFigure {
  key: string
  unit: FigureUnit
  /** Which way is an improvement, where there is one ("lower" cost, "higher" service level). */
  better: 'lower' | 'higher' | null
  value: (r: ComparisonRow) => number
}

/** The figures set side by side, in display order. */
export const VERSUS_FIGURES: readonly VersusFigure[] = [
  { key: 'annual_cost', unit: 'money', better: 'lower', value: (r) => r.costCents / 100 },
  { key: 'cost_per_contact', unit: 'money', better: 'lower', value: (r) => r.costPerContact },
  { key: 'cost_per_resolution', unit: 'money', better: 'lower', value: (r) => r.costPerResolution },
  { key: 'fte', unit: 'fte', better: null, value: (r) => r.fte },
  { key: 'paid_hours', unit: 'hours', better: null, value: (r) => r.paidHours },
  { key: 'idle_paid_hours', unit: 'hours', better: 'lower', value: (r) => r.idlePaidHours },
  { key: 'service_level', unit: 'share', better: 'higher', value: (r) => r.serviceLevel },
  { key: 'service_level_p10', unit: 'share', better: 'higher', value: (r) => r.serviceLevelP10 },
  { key: 'service_level_p90', unit: 'share', better: 'higher', value: (r) => r.serviceLevelP90 },
  { key: 'annual_cost_p10', unit: 'money', better: 'lower', value: (r) => r.costP10 },
  { key: 'annual_cost_p50', unit: 'money', better: 'lower', value: (r) => r.costP50 },
  { key: 'annual_cost_p90', unit: 'money', better: 'lower', value: (r) => r.costP90 },
  { key: 'miss_probability_highest_month', unit: 'share', better: 'lower', value: (r) => r.missHighest },
  { key: 'expected_sla_credits', unit: 'money', better: null, value: (r) => r.expectedCredits },
  { key: 'quality_score', unit: 'points', better: 'higher', value: (r) => r.quality.score },
]

/**
 * Why a difference is missing: a side has no value (NaN, or the option is not in that
 * scenario), or the figures are money in two currencies.
 */
export type Unavailable = 'no-value' | 'only-in-a' | 'only-in-b' | 'different-currencies'

export interface FigureDifference {
  key: string
  unit: FigureUnit
  better: 'lower' | 'higher' | null
  /** NaN where that side has no value. */
  a: number
  b: number
  /** b − a in the figure's unit (money in currency units, shares 0–1); NaN when unavailable. */
  difference: number
  /** (b − a) / |a|; 0 when both are 0; NaN when a is 0 and b is not, or when unavailable. */
  relativeChange: number
  unavailable: Unavailable | null
}

/**
 * b − a when both are finite numbers, NaN otherwise. Swapping the arguments negates
 * the result exactly (IEEE subtraction rounds symmetrically).
 * @example difference(120, 150) // 30
 */
export function difference(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) ? b - a : NaN
}

/**
 * The change from a to b as a share of |a|: 0.25 = 25 % more. 0 when both are 0;
 * NaN from 0 to anything else (no finite ratio) and when either is not finite.
 * @example relativeChange(120, 150) // 0.25
 */
export function relativeChange(a: number, b: number): number {
  const d = difference(a, b)
  if (Number.isNaN(d)) return NaN
  if (a === 0) return d === 0 ? 0 : NaN
  return d / Math.abs(a)
}

/**
 * Every figure of two comparison rows side by side. `a` or `b` undefined: the option
 * is in one scenario only. `sameCurrency` false: money figures keep both values but
 * no difference. O(figures).
 *
 * @example figureDifferences(rowA, rowB, true).find((f) => f.key === 'annual_cost')?.difference // B's annual cost − A's, currency units
 */
export function figureDifferences(a: ComparisonRow | undefined, b: ComparisonRow | undefined, sameCurrency: boolean): FigureDifference[] {
  return VERSUS_FIGURES.map((f) => {
    const va = a ? f.value(a) : NaN
    const vb = b ? f.value(b) : NaN
    const unavailable = whyUnavailable(f, a, b, va, vb, sameCurrency)
    return {
      key: f.key,
      unit: f.unit,
      better: f.better,
      a: va,
      b: vb,
      difference: unavailable ? NaN : difference(va, vb),
      relativeChange: unavailable ? NaN : relativeChange(va, vb),
      unavailable,
    }
  })
}

function whyUnavailable(f: VersusFigure, a: ComparisonRow | undefined, b: ComparisonRow | undefined, va: number, vb: number, sameCurrency: boolean): Unavailable | null {
  if (!a) return 'only-in-b'
  if (!b) return 'only-in-a'
  if (f.unit === 'money' && !sameCurrency) return 'different-currencies'
  return Number.isFinite(va) && Number.isFinite(vb) ? null : 'no-value'
}

/** One option's figures in both scenarios; `presence` says whether it is in both, or which one. */
export interface OptionVersus {
  optionId: number
  name: string
  kind: ComparisonRow['kind']
  presence: 'both' | 'only-a' | 'only-b'
  figures: FigureDifference[]
}

/**
 * The options of two comparisons matched by option id: A's in A's order, then B's own.
 * @example optionPairs(a, b, true).filter((o) => o.presence === 'both').length // options the two scenarios share
 */
export function optionPairs(a: Comparison, b: Comparison, sameCurrency: boolean): OptionVersus[] {
  const inB = new Map(b.options.map((r) => [r.optionId, r]))
  const inA = new Set(a.options.map((r) => r.optionId))
  const pair = (ra: ComparisonRow | undefined, rb: ComparisonRow | undefined): OptionVersus => {
    const r = (ra ?? rb)!
    return { optionId: r.optionId!, name: r.name, kind: r.kind, presence: ra && rb ? 'both' : ra ? 'only-a' : 'only-b', figures: figureDifferences(ra, rb, sameCurrency) }
  }
  return [...a.options.map((ra) => pair(ra, inB.get(ra.optionId))), ...b.options.filter((rb) => !inA.has(rb.optionId)).map((rb) => pair(undefined, rb))]
}

/** One calendar month's cost in each scenario, currency units (NaN where that scenario has no such month). */
export interface MonthVersus {
  month: string
  a: number
  b: number
}

/**
 * Each scenario's total cost per calendar month, over the months either covers, in order.
 * Added in cents, then converted once, so a month matches the comparison's own total.
 * @example monthlyVersus(a, b)[0] // { month: '2026-01', a: 1523456.78, b: 1601234.5 }
 */
export function monthlyVersus(a: Comparison, b: Comparison): MonthVersus[] {
  const totals = (c: Comparison) => {
    const byMonth = new Map<string, number>()
    for (const m of c.monthlyCost) byMonth.set(m.month, (byMonth.get(m.month) ?? 0) + m.costCents)
    return byMonth
  }
  const ta = totals(a)
  const tb = totals(b)
  const months = [...new Set([...a.months, ...b.months])].sort()
  return months.map((month) => ({ month, a: centsToUnits(ta.get(month)), b: centsToUnits(tb.get(month)) }))
}

const centsToUnits = (cents: number | undefined) => (cents === undefined ? NaN : cents / 100)

/** One side of the versus: a stored scenario, its comparison, and the names its assumptions print. */
export interface VersusSide {
  id: number
  name: string
  scenario: Scenario
  forecastName: string
  optionNames: ReadonlyMap<number, string>
  comparison: Comparison
}

export interface ScenarioVersus {
  a: VersusSide
  b: VersusSide
  /** The same stored scenario picked twice: every difference is zero by construction. */
  sameScenario: boolean
  /** False: money figures are in two currencies and are not subtracted. */
  sameCurrency: boolean
  assumptions: AssumptionDifference[]
  whole: FigureDifference[]
  options: OptionVersus[]
  monthly: MonthVersus[]
}

/**
 * Everything the versus page and its CSV show. O(options × figures + months + assumptions).
 * @example scenarioVersus(sideA, sideB).whole.find((f) => f.key === 'annual_cost')?.relativeChange // 0.031 = B costs 3.1 % more
 */
export function scenarioVersus(a: VersusSide, b: VersusSide): ScenarioVersus {
  const sameCurrency = a.comparison.currency === b.comparison.currency
  return {
    a,
    b,
    sameScenario: a.id === b.id,
    sameCurrency,
    assumptions: assumptionDifferences(a, b),
    whole: figureDifferences(a.comparison.scenario, b.comparison.scenario, sameCurrency),
    options: optionPairs(a.comparison, b.comparison, sameCurrency),
    monthly: monthlyVersus(a.comparison, b.comparison),
  }
}
