/** The Wilson score interval for a proportion x/n, with or without continuity correction. */
import { DEFAULT_CONFIDENCE_LEVEL, type Interval } from './confidence.ts'
import { normalCriticalValue } from './normal-distribution.ts'

export interface WilsonOptions {
  confidenceLevel?: number
  /** Newcombe's method 4: a lower bound of exactly 0 at x = 0 and an upper bound of exactly 1 at x = n. */
  continuityCorrection?: boolean
}

/**
 * The Wilson (1927) score interval for a proportion of `successes` out of `trials`
 * (successes need not be whole: a share times its sample size). It stays inside
 * [0, 1] and, unlike the Wald interval, keeps its coverage near 0 and 1 and for small n.
 * Without correction this is Newcombe's (1998) method 3; with it, method 4.
 * The critical value is the exact normal quantile (1.959963984540054 at 95 %).
 * `trials` = 0 has no interval: undefined.
 *
 * Source: Wilson (1927) JASA 22:209; Newcombe (1998) Statistics in Medicine 17:857, Table I.
 * @example wilsonInterval(81, 263) // { low: 0.2553, high: 0.3662 } to 4 places
 */
export function wilsonInterval(successes: number, trials: number, { confidenceLevel = DEFAULT_CONFIDENCE_LEVEL, continuityCorrection = false }: WilsonOptions = {}): Interval | undefined {
  if (!(trials > 0) || !(successes >= 0) || successes > trials) return undefined
  const z = normalCriticalValue(confidenceLevel)
  const z2 = z * z
  const n = trials
  const p = successes / n
  if (!continuityCorrection) {
    const denominator = 1 + z2 / n
    const centre = (p + z2 / (2 * n)) / denominator
    const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))
    return { low: Math.max(0, centre - half), high: Math.min(1, centre + half), confidenceLevel }
  }
  const denominator = 2 * (n + z2)
  const low = successes === 0 ? 0 : (2 * n * p + z2 - 1 - z * Math.sqrt(Math.max(0, z2 - 2 - 1 / n + 4 * p * (n * (1 - p) + 1)))) / denominator
  const high = successes === n ? 1 : (2 * n * p + z2 + 1 + z * Math.sqrt(Math.max(0, z2 + 2 - 1 / n + 4 * p * (n * (1 - p) - 1)))) / denominator
  return { low: Math.max(0, low), high: Math.min(1, high), confidenceLevel }
}
