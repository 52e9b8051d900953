/** Welch's t test for two means with unequal variances, with the Welch–Satterthwaite degrees of freedom. */
import { DEFAULT_CONFIDENCE_LEVEL, type Interval } from './confidence.ts'
import type { MeanSummary } from './mean-summary.ts'
import { studentTCriticalValue, studentTTwoSidedP } from './student-t.ts'

export interface WelchResult {
  /** x̄₁ − x̄₂. */
  difference: number
  t: number | undefined
  df: number | undefined
  pValue: number | undefined
  /** The difference ± t(1 − α/2, df) · SE; undefined when there is no test. */
  interval: Interval | undefined
  noTest?: string
}

/**
 * t = (x̄₁ − x̄₂) / √(s₁²/n₁ + s₂²/n₂) with
 * ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)),
 * and the two-sided p-value from Student's t with ν (fractional) degrees of freedom.
 * n < 2 in an arm, or both standard deviations 0, has no test.
 *
 * Source: Welch (1947) Biometrika 34:28; Satterthwaite (1946); NIST/SEMATECH
 * e-Handbook §1.3.5.3 (the AUTO83B example: t = −12.94627, ν = 136.8750).
 * @example welchTest({ mean: 20.14458, sd: 6.41470, n: 249 }, { mean: 30.48101, sd: 6.10771, n: 79 }).t // −12.94627
 */
export function welchTest(a: MeanSummary, b: MeanSummary, confidenceLevel = DEFAULT_CONFIDENCE_LEVEL): WelchResult {
  const difference = a.mean - b.mean
  if (!(a.n >= 2) || !(b.n >= 2)) return { difference, t: undefined, df: undefined, pValue: undefined, interval: undefined, noTest: 'an arm has fewer than 2 measures' }
  const v1 = (a.sd * a.sd) / a.n
  const v2 = (b.sd * b.sd) / b.n
  if (v1 + v2 === 0) return { difference, t: undefined, df: undefined, pValue: undefined, interval: undefined, noTest: 'both standard deviations are 0' }
  const se = Math.sqrt(v1 + v2)
  const t = difference / se
  const df = (v1 + v2) ** 2 / ((v1 * v1) / (a.n - 1) + (v2 * v2) / (b.n - 1))
  const half = studentTCriticalValue(confidenceLevel, df) * se
  return { difference, t, df, pValue: studentTTwoSidedP(t, df), interval: { low: difference - half, high: difference + half, confidenceLevel } }
}
