/**
 * Break-even: the value of one assumption at which two options cost the same,
 * found by scanning the range for a sign change of their cost difference and
 * bisecting it. Feeds the comparison's "how far must the world move" view.
 */
import type { Pricing } from '../../schemas/pricing-terms.ts'
import type { SourcingOption } from '../../schemas/sourcing-option.ts'
import { simulateRisk } from '../simulation/monte-carlo/monte-carlo.ts'
import { evaluateModel, type ScenarioModel } from './evaluate-model.ts'

type Model = ScenarioModel

/** The assumptions a break-even can move, what a value means, and the range searched by default. */
export const ASSUMPTIONS = {
  volume: { label: 'Volume growth over the forecast', unit: 'share (0.1 = +10 %)', range: [-0.5, 1] },
  aht: { label: 'AHT change over the forecast', unit: 'share (0.1 = +10 %)', range: [-0.5, 1] },
  'forecast-error': { label: 'Daily forecast error (coefficient of variation)', unit: 'cv', range: [0, 0.4] },
  fcr: { label: "First option's first-contact resolution", unit: 'share', range: [0.3, 1] },
  price: { label: "First option's prices (or in-house wage), as a multiple of today's", unit: '×', range: [0.5, 2] },
} as const satisfies Record<string, { label: string; unit: string; range: readonly [number, number] }>
export type Assumption = keyof typeof ASSUMPTIONS

/** What "costing the same" compares: the year's total, or per contact handled (options with different shares), or per issue resolved (quality counts). */
export type CostMetric = 'total' | 'per-contact' | 'per-resolution'

export type BreakEven =
  | { crossing: true; value: number; costAtCrossing: number; today: number; evaluations: number }
  | { crossing: false; today: number; evaluations: number; reason: string }

/** Trials for expected cost under forecast error: few, with one seed for every value (common random numbers), so the difference is smooth. */
const ERROR_TRIALS = 150

/** Today's value of an assumption in the model. */
export function todayValue(model: Model, assumption: Assumption, firstOptionId: number): number {
  switch (assumption) {
    case 'volume':
      return model.scenario.growth.volume
    case 'aht':
      return model.scenario.growth.aht
    case 'forecast-error':
      return model.scenario.uncertainty.dailyCv
    case 'fcr':
      return model.options.get(firstOptionId)!.fcr
    case 'price':
      return 1
  }
}

/** The model with the assumption set to `x`. */
export function withAssumption(model: Model, assumption: Assumption, firstOptionId: number, x: number): Model {
  const scenario = { ...model.scenario }
  let options = model.options
  if (assumption === 'volume') scenario.growth = { ...scenario.growth, volume: x }
  if (assumption === 'aht') scenario.growth = { ...scenario.growth, aht: x }
  if (assumption === 'forecast-error') scenario.uncertainty = { ...scenario.uncertainty, dailyCv: x }
  if (assumption === 'fcr' || assumption === 'price') {
    const o = model.options.get(firstOptionId)!
    const changed: SourcingOption =
      assumption === 'fcr'
        ? { ...o, fcr: x }
        : o.kind === 'in-house'
          ? { ...o, costStack: { ...o.costStack!, hourlyWage: o.costStack!.hourlyWage * x } }
          : { ...o, terms: { ...o.terms!, pricing: scalePricing(o.terms!.pricing, x) } }
    options = new Map(model.options).set(firstOptionId, changed)
  }
  return { ...model, scenario, options }
}

/** Every price of a pricing model times `k`. */
export function scalePricing(p: Pricing, k: number): Pricing {
  switch (p.model) {
    case 'hybrid':
      return { ...p, fixedMonthlyFee: p.fixedMonthlyFee * k, variable: scalePricing(p.variable, k) as typeof p.variable }
    case 'per-interaction':
      return {
        ...p,
        prices: Object.fromEntries(Object.entries(p.prices).map(([c, v]) => [c, v * k])),
        ...(p.tiers ? { tiers: { ...p.tiers, byChannel: Object.fromEntries(Object.entries(p.tiers.byChannel).map(([c, ts]) => [c, ts.map((t) => ({ ...t, price: t.price * k }))])) } } : {}),
      }
    case 'banded':
      return { ...p, baseCharge: p.baseCharge * k, additionalPerUnit: p.additionalPerUnit * k, reducedPerUnit: p.reducedPerUnit * k }
    default:
      return { ...p, rate: p.rate * k }
  }
}

/** Expected cost of each option by `metric` with the assumption at `x` (deterministic, or the simulated mean for forecast error). */
function costs(model: Model, assumption: Assumption, a: number, b: number, x: number, metric: CostMetric): [number, number] {
  const m = withAssumption(model, assumption, a, x)
  const r = evaluateModel(m)
  if (!r.ok) throw new RangeError(r.problems.join('; '))
  const per = (id: number, total: number) => {
    const t = r.evaluation.options.find((o) => o.optionId === id)!.totals
    return metric === 'total' ? total : total / (metric === 'per-contact' ? t.contactsHandled : t.resolutions)
  }
  if (assumption === 'forecast-error') {
    const risk = simulateRisk(r.staffing, r.evaluation, m.options, { ...m.scenario.uncertainty, trials: ERROR_TRIALS })
    const mean = (id: number) => per(id, risk.options.find((o) => o.optionId === id)!.cost.mean)
    return [mean(a), mean(b)]
  }
  const cost = (id: number) => per(id, r.evaluation.options.find((o) => o.optionId === id)!.totals.costCents / 100)
  return [cost(a), cost(b)]
}

/**
 * Where option `a` and option `b` cost the same (by `metric`, per contact by default) as `assumption` moves across `range`
 * (its default range unless given): 9 evenly spaced values find a sign change of the
 * cost difference, bisection narrows it to 0.1 % of the range. More than one crossing
 * reports the one nearest today's value. "No crossing" says which option stays cheaper.
 */
export function breakEven(
  model: Model,
  a: number,
  b: number,
  assumption: Assumption,
  metric: CostMetric = 'per-contact',
  range: readonly [number, number] = ASSUMPTIONS[assumption].range,
): BreakEven {
  const today = todayValue(model, assumption, a)
  let evaluations = 0
  const diff = (x: number) => {
    evaluations++
    const [ca, cb] = costs(model, assumption, a, b, x, metric)
    return ca - cb
  }
  const [lo, hi] = range
  const xs = Array.from({ length: 9 }, (_, i) => lo + ((hi - lo) * i) / 8)
  const ds = xs.map(diff)
  const brackets: [number, number, number, number][] = []
  for (let i = 1; i < xs.length; i++) {
    if (ds[i - 1] === 0) brackets.push([xs[i - 1]!, xs[i - 1]!, 0, 0])
    else if (Math.sign(ds[i - 1]!) !== Math.sign(ds[i]!)) brackets.push([xs[i - 1]!, xs[i]!, ds[i - 1]!, ds[i]!])
  }
  if (brackets.length === 0) {
    const cheaper = ds.every((d) => d < 0) ? 'the first option' : 'the second option'
    return { crossing: false, today, evaluations, reason: `no crossing between ${lo} and ${hi}: ${cheaper} is cheaper throughout` }
  }
  let [x0, x1, d0] = brackets.reduce((best, br) => (Math.abs((br[0] + br[1]) / 2 - today) < Math.abs((best[0] + best[1]) / 2 - today) ? br : best))
  while (x1 - x0 > 1e-3 * (hi - lo)) {
    const mid = (x0 + x1) / 2
    const dm = diff(mid)
    if (dm === 0) [x0, x1] = [mid, mid]
    else if (Math.sign(dm) === Math.sign(d0)) [x0, d0] = [mid, dm]
    else x1 = mid
  }
  const value = (x0 + x1) / 2
  return { crossing: true, value, costAtCrossing: costs(model, assumption, a, b, value, metric)[0], today, evaluations: evaluations + 1 }
}
