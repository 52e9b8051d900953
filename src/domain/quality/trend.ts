/** A KPI's trend: the ordinary least squares slope over time, with its t test. */
import { DEFAULT_ALPHA } from './confidence.ts'
import { studentTTwoSidedP } from './student-t.ts'

export interface TrendPoint {
  /** Time, e.g. the month number; only differences matter. */
  x: number
  y: number
}

export interface Trend {
  /** Change in the KPI per unit of x (per month or per week). */
  slope: number
  intercept: number
  standardError: number
  t: number
  /** n − 2. */
  df: number
  pValue: number
  /** p < α: the slope is unlikely to be noise around a flat line. */
  significant: boolean
  n: number
}

/**
 * OLS of y on x: slope b = Sxy/Sxx, residual variance s² = SSE/(n − 2), SE(b) = s/√Sxx,
 * t = b/SE(b) with n − 2 degrees of freedom, two-sided p. Fewer than 3 points, or all
 * x equal, has no trend: undefined. A perfect fit has SE 0: p = 0 for a non-zero
 * slope and 1 for a flat line.
 *
 * Source: model.md §10; Draper & Smith (1998) Applied Regression Analysis §1.4;
 * Anscombe (1973) Am. Statistician 27:17 (data set I: b = 0.5001, SE 0.1179, t 4.24, p 0.00217).
 */
export function olsTrend(points: readonly TrendPoint[], alpha = DEFAULT_ALPHA): Trend | undefined {
  const n = points.length
  if (n < 3) return undefined
  const mx = points.reduce((s, p) => s + p.x, 0) / n
  const my = points.reduce((s, p) => s + p.y, 0) / n
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0)
  if (!(sxx > 0)) return undefined
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0)
  const slope = sxy / sxx
  const intercept = my - slope * mx
  const sse = points.reduce((s, p) => s + (p.y - intercept - slope * p.x) ** 2, 0)
  const df = n - 2
  const standardError = Math.sqrt(sse / df / sxx)
  // Rounding leaves a perfect line with an SSE of ~1e−30, not 0; treat that as exact.
  const exact = standardError <= 1e-12 * Math.max(Math.abs(slope), Number.MIN_VALUE)
  const t = exact ? (slope === 0 ? 0 : Math.sign(slope) * Infinity) : slope / standardError
  const pValue = exact ? (Math.abs(slope) < 1e-15 ? 1 : 0) : studentTTwoSidedP(t, df)
  return { slope, intercept, standardError: exact ? 0 : standardError, t, df, pValue, significant: pValue < alpha, n }
}
