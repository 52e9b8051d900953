/**
 * Root cause of a cost gap between two options: how much of the difference in cost per
 * contact (or per issue resolved) comes from price, shrinkage, coverage, handle time and
 * first-contact resolution, split so the parts add up to the gap.
 *
 * Method. Cost per contact is the product of four factors read off an option's totals,
 *
 *   cost / contacts = (cost / paid h) × (paid h / productive h) × (productive h / busy h) × (busy h / contacts)
 *                   =  price          ×  shrinkage              ×  coverage                ×  handle time
 *
 * and cost per resolution multiplies in a fifth, contacts / resolutions (= 1 / FCR). A
 * product's change is split with the additive logarithmic mean Divisia index (LMDI-I,
 * Ang 2004): driver i gets
 *
 *   part_i = L(Y₀, Y₁) · ln(x_i,₁ / x_i,₀),   L(a, b) = (b − a) / (ln b − ln a),  L(a, a) = a,
 *
 * where Y₀, Y₁ are the two options' measures and x_i their factors. Because the logs of
 * the ratios add up to ln(Y₁ / Y₀), the parts add up to Y₁ − Y₀ exactly (in exact
 * arithmetic; to about 1e−15 of the measure in floating point), with no residual and no
 * dependence on the order the drivers are taken in (sequential substitution has both
 * problems). Swapping the two options negates every part; a driver whose factor is the
 * same for both gets exactly 0.
 *
 * It is an accounting identity, not a causal model: for a partner paid per interaction
 * a longer handle time does not raise the bill, so it shows as more "handle time" and an
 * equally lower effective hourly "price".
 */
import type { Totals } from './evaluate-scenario.ts'

export const DRIVERS = ['price', 'shrinkage', 'coverage', 'aht', 'fcr'] as const
export type Driver = (typeof DRIVERS)[number]

/** What the gap is measured in: currency units per contact handled, or per issue resolved. */
export type CostMeasure = 'per-contact' | 'per-resolution'

/** The drivers each measure is the product of, in display order. */
export const MEASURE_DRIVERS: Readonly<Record<CostMeasure, readonly Driver[]>> = {
  'per-contact': ['price', 'shrinkage', 'coverage', 'aht'],
  'per-resolution': ['price', 'shrinkage', 'coverage', 'aht', 'fcr'],
}

/** The totals the factors are read from (a subset of the evaluation's Totals). */
export type DriverTotals = Pick<Totals, 'costCents' | 'paidHours' | 'productiveHours' | 'busyHours' | 'contactsHandled' | 'resolutions'>

/** One option's factors; their product is its cost per resolution (without `fcr`: per contact). */
export interface DriverFactors {
  /** Currency units per paid agent-hour (the effective hourly price, whatever the pricing model). */
  price: number
  /** Paid hours per productive hour: 1 / (1 − shrinkage), after rounding to whole scheduled agents. */
  shrinkage: number
  /** Productive hours per busy hour: 1 / occupancy, so idle and over-staffed time raise it. */
  coverage: number
  /** Busy agent-hours per contact handled (chat divided by its concurrency). */
  aht: number
  /** Contacts handled per issue resolved: 1 / FCR. */
  fcr: number
}

/**
 * The factors of one option's totals; undefined when one is not a positive finite number
 * (no cost, no contacts, no hours), since a log cannot split those.
 * @example driverFactors({ costCents: 100_000, paidHours: 100, productiveHours: 80, busyHours: 40, contactsHandled: 400, resolutions: 320 })
 * // { price: 10, shrinkage: 1.25, coverage: 2, aht: 0.1, fcr: 1.25 }
 */
export function driverFactors(t: DriverTotals): DriverFactors | undefined {
  const f: DriverFactors = {
    price: t.costCents / 100 / t.paidHours,
    shrinkage: t.paidHours / t.productiveHours,
    coverage: t.productiveHours / t.busyHours,
    aht: t.busyHours / t.contactsHandled,
    fcr: t.contactsHandled / t.resolutions,
  }
  return DRIVERS.every((d) => Number.isFinite(f[d]) && f[d] > 0) ? f : undefined
}

/** The measure as the evaluation states it: cost in currency units over contacts handled or issues resolved. */
export function measureOf(t: DriverTotals, measure: CostMeasure): number {
  return t.costCents / 100 / (measure === 'per-contact' ? t.contactsHandled : t.resolutions)
}

export interface DriverPart {
  driver: Driver
  /** The factor for the base option and for the other option (units as in DriverFactors). */
  base: number
  other: number
  /** Currency units per contact (or per resolution) of the gap this driver explains; negative where it narrows it. */
  amount: number
}

export type CostGap =
  | {
      ok: true
      measure: CostMeasure
      /** The base option's measure and the other's, currency units. */
      base: number
      other: number
      /** other − base. */
      gap: number
      /** One per driver of the measure, in MEASURE_DRIVERS order; amounts add up to `gap`. */
      parts: DriverPart[]
    }
  | { ok: false; measure: CostMeasure; reason: string }

/**
 * Splits `other`'s measure minus `base`'s into driver parts (LMDI-I, see the module
 * comment). O(drivers).
 * @example
 * const base = { costCents: 100_000, paidHours: 100, productiveHours: 80, busyHours: 40, contactsHandled: 400, resolutions: 320 }
 * costGap(base, { ...base, costCents: 200_000 }) // gap 2.5, all of it price
 */
export function costGap(base: DriverTotals, other: DriverTotals, measure: CostMeasure = 'per-contact'): CostGap {
  const fb = driverFactors(base)
  const fo = driverFactors(other)
  if (!fb || !fo) {
    const which = !fb && !fo ? 'either option' : !fb ? 'the base option' : 'the other option'
    return { ok: false, measure, reason: `${which} has no cost, contacts, resolutions or hours to split` }
  }
  const y0 = measureOf(base, measure)
  const y1 = measureOf(other, measure)
  const weight = logMean(y0, y1)
  const parts = MEASURE_DRIVERS[measure].map((driver): DriverPart => ({ driver, base: fb[driver], other: fo[driver], amount: weight * Math.log(fo[driver] / fb[driver]) }))
  return { ok: true, measure, base: y0, other: y1, gap: y1 - y0, parts }
}

/**
 * The logarithmic mean of two positive numbers; equal (or nearly: within 1e−12) numbers
 * give their mean, the limit, where the quotient would lose its digits.
 * @example logMean(1, Math.E) // 1.718… (= e − 1)
 */
export function logMean(a: number, b: number): number {
  if (Math.abs(b - a) <= 1e-12 * Math.max(a, b)) return (a + b) / 2
  return (b - a) / (Math.log(b) - Math.log(a))
}

/** The driver that widens the gap most (the largest positive part); undefined when none does. */
export function largestDriver(gap: CostGap): DriverPart | undefined {
  if (!gap.ok) return undefined
  let best: DriverPart | undefined
  for (const p of gap.parts) if (p.amount > 0 && (!best || p.amount > best.amount)) best = p
  return best
}
