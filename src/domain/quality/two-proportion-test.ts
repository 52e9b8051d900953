/** Two partners' proportions: the pooled two-proportion z test and Newcombe's hybrid score interval for the difference. */
import { DEFAULT_CONFIDENCE_LEVEL, type Interval } from './confidence.ts'
import { normalTwoSidedP } from './normal-distribution.ts'
import { wilsonInterval } from './wilson-interval.ts'

/** A proportion as counts: `successes` of `trials` (successes may be fractional: a share × its sample size). */
export interface ProportionSample {
  successes: number
  trials: number
}

export interface TwoProportionResult {
  /** p₁ − p₂. */
  difference: number
  /** Newcombe's method 10 interval for p₁ − p₂; undefined when an arm is empty. */
  interval: Interval | undefined
  /** The pooled z statistic and its two-sided p-value; undefined when there is no test. */
  z: number | undefined
  pValue: number | undefined
  /** Why there is no test, when there is none. */
  noTest?: string
}

/**
 * Compares two proportions. The test pools them under the null hypothesis:
 * z = (p₁ − p₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)), p̄ = (x₁ + x₂)/(n₁ + n₂), p = 2Φ(−|z|).
 * A pooled proportion of 0 or 1 (no variation at all) or an empty arm has no test.
 * The difference's interval is Newcombe's hybrid score interval (his method 10),
 * built from each arm's Wilson interval (l, u):
 * [d − √((p₁ − l₁)² + (u₂ − p₂)²), d + √((u₁ − p₁)² + (p₂ − l₂)²)].
 *
 * Source: model.md §10; Newcombe (1998) Statistics in Medicine 17:873, method 10, Table II;
 * Fleiss, Levin & Paik (2003) §2.5 for the pooled test.
 * @example twoProportionTest({ successes: 56, trials: 70 }, { successes: 48, trials: 80 }).interval // 0.0524 to 0.3339
 */
export function twoProportionTest(a: ProportionSample, b: ProportionSample, confidenceLevel = DEFAULT_CONFIDENCE_LEVEL): TwoProportionResult {
  if (!(a.trials > 0) || !(b.trials > 0)) {
    return { difference: Number.NaN, interval: undefined, z: undefined, pValue: undefined, noTest: 'an arm has no observations' }
  }
  const p1 = a.successes / a.trials
  const p2 = b.successes / b.trials
  const difference = p1 - p2
  const w1 = wilsonInterval(a.successes, a.trials, { confidenceLevel })!
  const w2 = wilsonInterval(b.successes, b.trials, { confidenceLevel })!
  const interval = {
    low: difference - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2),
    high: difference + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2),
    confidenceLevel,
  }
  const pooled = (a.successes + b.successes) / (a.trials + b.trials)
  if (pooled <= 0 || pooled >= 1) {
    return { difference, interval, z: undefined, pValue: undefined, noTest: `the pooled proportion is ${pooled <= 0 ? 0 : 1}: no variation to test` }
  }
  const z = difference / Math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials))
  return { difference, interval, z, pValue: normalTwoSidedP(z) }
}
