/** The t-based confidence interval for a mean. */
import { DEFAULT_CONFIDENCE_LEVEL, type Interval } from './confidence.ts'
import type { MeanSummary } from './mean-summary.ts'
import { studentTCriticalValue } from './student-t.ts'

/**
 * x̄ ± t(1 − α/2, n − 1) · s/√n: the interval for a mean when the spread is estimated
 * from the same sample. n < 2 has no interval (no spread to estimate): undefined.
 *
 * Source: Student (1908); NIST/SEMATECH e-Handbook of Statistical Methods §7.2.2.1.
 * @example meanInterval({ mean: 10, sd: 2, n: 10 }) // 10 ± 2.262157 · 2/√10
 */
export function meanInterval({ mean, sd, n }: MeanSummary, confidenceLevel = DEFAULT_CONFIDENCE_LEVEL): Interval | undefined {
  if (!(n >= 2) || !Number.isFinite(mean) || !(sd >= 0)) return undefined
  const half = studentTCriticalValue(confidenceLevel, n - 1) * (sd / Math.sqrt(n))
  return { low: mean - half, high: mean + half, confidenceLevel }
}
