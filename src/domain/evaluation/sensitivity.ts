/**
 * Sensitivity ("tornado") of the scenario's total annual cost: each assumption swung
 * down and up by a stated range, all else as today, each case priced by the
 * deterministic evaluation. Rows come widest swing first.
 */
import { withAssumption } from './break-even.ts'
import { evaluateModel, type ScenarioModel } from './evaluate-model.ts'

/** How a row's values read: growth over the forecast, a multiple of today's prices, a change in points of every option's share, or a share. */
export type SensitivityUnit = 'growth' | 'multiple' | 'points' | 'share'

export interface SensitivityRow {
  /** Stable key: volume, aht, price, shrinkage, fcr-<optionId>. */
  key: string
  /** The assumption, without its range ("Volume growth"). */
  label: string
  unit: SensitivityUnit
  /** The assumption's value in the low and high case, and today (in `unit`). */
  low: number
  high: number
  today: number
  /** The scenario's total annual cost (scenario currency) in each case; NaN where the case could not be staffed. */
  costAtLow: number
  costAtHigh: number
  todayCost: number
  /** |costAtHigh − costAtLow|; NaN where a case failed. */
  swing: number
  /** Why a case could not be evaluated. */
  problem?: string
}

export interface Sensitivity {
  currency: string
  todayCost: number
  /** Widest swing first; rows with a failed case last. */
  rows: SensitivityRow[]
  /** Assumptions left out, and why. */
  omitted: string[]
}

/** The swings: growth ±10 points, prices ×0.9/×1.1, shrinkage and FCR ±5 points. */
export const SWINGS = { growth: 0.1, price: 0.1, shrinkage: 0.05, fcr: 0.05 } as const

/** The schema's bounds for growth, the brief's for shrinkage, and FCR above 0. */
const GROWTH_MIN = -0.9
const GROWTH_MAX = 10
const SHRINKAGE_MAX = 0.95
const FCR_MIN = 0.01

/** Clamped, and rounded to 1e-9 so −0.07 does not print as −0.07000000000000001. */
const clamp = (x: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, x)) * 1e9) / 1e9

/** The model with every option's prices (or in-house wage) times `k`. */
export function withPriceMultiple(model: ScenarioModel, k: number): ScenarioModel {
  return model.scenario.options.reduce((m, { optionId }) => withAssumption(m, 'price', optionId, k), model)
}

/** The model with every option's shrinkage moved by `delta`, clamped to [0, 0.95]. */
export function withShrinkageShift(model: ScenarioModel, delta: number): ScenarioModel {
  const options = new Map(model.options)
  for (const { optionId } of model.scenario.options) {
    const o = options.get(optionId)!
    options.set(optionId, { ...o, shrinkage: clamp(o.shrinkage + delta, 0, SHRINKAGE_MAX) })
  }
  return { ...model, options }
}

/** The model with one option's FCR at `x`. */
function withFcr(model: ScenarioModel, optionId: number, x: number): ScenarioModel {
  return withAssumption(model, 'fcr', optionId, x)
}

interface Swing {
  key: string
  label: string
  unit: SensitivityUnit
  low: number
  high: number
  today: number
  apply: (model: ScenarioModel, x: number) => ScenarioModel
}

/** The assumptions swung for this model, and the ones left out. */
export function swingsFor(model: ScenarioModel): { swings: Swing[]; omitted: string[] } {
  const { growth, quality } = model.scenario
  const swings: Swing[] = [
    {
      key: 'volume',
      label: 'Volume growth',
      unit: 'growth',
      today: growth.volume,
      low: clamp(growth.volume - SWINGS.growth, GROWTH_MIN, GROWTH_MAX),
      high: clamp(growth.volume + SWINGS.growth, GROWTH_MIN, GROWTH_MAX),
      apply: (m, x) => withAssumption(m, 'volume', 0, x),
    },
    {
      key: 'aht',
      label: 'AHT change',
      unit: 'growth',
      today: growth.aht,
      low: clamp(growth.aht - SWINGS.growth, GROWTH_MIN, GROWTH_MAX),
      high: clamp(growth.aht + SWINGS.growth, GROWTH_MIN, GROWTH_MAX),
      apply: (m, x) => withAssumption(m, 'aht', 0, x),
    },
    { key: 'price', label: 'Prices of every option (or in-house wage)', unit: 'multiple', today: 1, low: 1 - SWINGS.price, high: 1 + SWINGS.price, apply: withPriceMultiple },
    { key: 'shrinkage', label: 'Shrinkage of every option', unit: 'points', today: 0, low: -SWINGS.shrinkage, high: SWINGS.shrinkage, apply: withShrinkageShift },
  ]
  const omitted: string[] = []
  if (quality.forecastFcr === null) {
    omitted.push('First-contact resolution: the scenario sets no forecast FCR, so an option’s FCR does not change how many contacts it handles, nor the cost.')
  } else {
    for (const { optionId } of model.scenario.options) {
      const o = model.options.get(optionId)!
      swings.push({
        key: `fcr-${optionId}`,
        label: `FCR of ${o.name}`,
        unit: 'share',
        today: o.fcr,
        low: clamp(o.fcr - SWINGS.fcr, FCR_MIN, 1),
        high: clamp(o.fcr + SWINGS.fcr, FCR_MIN, 1),
        apply: (m, x) => withFcr(m, optionId, x),
      })
    }
  }
  return { swings, omitted }
}

type Cost = { ok: true; cost: number } | { ok: false; problem: string }

function totalCost(model: ScenarioModel): Cost {
  const r = evaluateModel(model)
  return r.ok ? { ok: true, cost: r.evaluation.totals.costCents / 100 } : { ok: false, problem: r.problems.join(' ') }
}

/**
 * Today's total and, per assumption, the total at its low and high value (2 evaluations
 * a row, about 0.15 s each for the demo year). Undefined when the scenario cannot be
 * staffed as it stands.
 */
export function sensitivity(model: ScenarioModel): Sensitivity | undefined {
  const today = totalCost(model)
  if (!today.ok) return undefined
  const { swings, omitted } = swingsFor(model)
  const rows = swings.map(({ apply, ...s }): SensitivityRow => {
    const lo = totalCost(apply(model, s.low))
    const hi = totalCost(apply(model, s.high))
    const costAtLow = lo.ok ? lo.cost : NaN
    const costAtHigh = hi.ok ? hi.cost : NaN
    const problems = [lo, hi].flatMap((c, k) => (c.ok ? [] : [`${k === 0 ? 'low' : 'high'} case: ${c.problem}`]))
    return {
      ...s,
      costAtLow,
      costAtHigh,
      todayCost: today.cost,
      swing: Math.abs(costAtHigh - costAtLow),
      ...(problems.length > 0 ? { problem: problems.join('; ') } : {}),
    }
  })
  return { currency: model.scenario.currency, todayCost: today.cost, rows: sortBySwing(rows), omitted }
}

/** Widest swing first (stable on ties); rows without a swing last. */
export function sortBySwing<R extends { swing: number }>(rows: readonly R[]): R[] {
  const width = (r: R) => (Number.isFinite(r.swing) ? r.swing : -1)
  return [...rows].sort((a, b) => width(b) - width(a))
}
