/** The standard normal distribution: its CDF to double precision and its quantile (the z of a confidence level). */

const SQRT_PI = 1.7724538509055159 // Γ(1/2)
const EPSILON = 1e-16
const TINY = 1e-300

/**
 * erf(x) = P(1/2, u) for u = x² < 1.5 by the incomplete gamma series: every term
 * positive, so no cancellation (Numerical Recipes §6.2, gser). u is passed in as z²/2,
 * which carries less rounding than (z/√2)².
 */
function erfBySeries(x: number, u: number): number {
  let term = 1 / 0.5
  let sum = term
  for (let n = 1; n < 500; n++) {
    term *= u / (0.5 + n)
    sum += term
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break
  }
  return (x * sum * Math.exp(-u)) / SQRT_PI
}

/**
 * erfc(x) = Q(1/2, u) for u = x² ≥ 1.5 by the incomplete gamma continued fraction,
 * evaluated with the modified Lentz method (Numerical Recipes §6.2, gcf). Computed
 * directly, so tail probabilities keep their relative precision (Φ(−30) ≈ 4.9e−198).
 */
function erfcByContinuedFraction(x: number, u: number): number {
  let b = u + 1 - 0.5
  let c = 1 / TINY
  let d = 1 / b
  let h = d
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - 0.5)
    b += 2
    d = an * d + b
    if (Math.abs(d) < TINY) d = TINY
    c = b + an / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < EPSILON) break
  }
  return ((x * Math.exp(-u)) / SQRT_PI) * h
}

/**
 * Φ(z), the probability that a standard normal variable is at most z, accurate to
 * about 1e−15 relative in both tails. Φ(z) = erfc(−z/√2)/2, with erf and erfc from the
 * regularized incomplete gamma function of order 1/2.
 *
 * Source: Abramowitz & Stegun (1964) 26.2.29–26.2.30; Numerical Recipes (3rd ed.) §6.2.
 * @example normalCdf(1.959963984540054) // 0.975
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN
  if (z === Infinity) return 1
  if (z === -Infinity) return 0
  const x = z / Math.SQRT2
  if ((z * z) / 2 < 1.5) return 0.5 + 0.5 * erfBySeries(x, (z * z) / 2)
  if (x > 38) return 1
  if (x < -38) return 0
  const tail = 0.5 * erfcByContinuedFraction(Math.abs(x), (z * z) / 2)
  return z < 0 ? tail : 1 - tail
}

/** Two-sided p-value of a z statistic: P(|Z| ≥ |z|) = 2Φ(−|z|), computed in the tail so small p-values stay exact. */
export function normalTwoSidedP(z: number): number {
  if (Number.isNaN(z)) return Number.NaN
  return Math.min(1, 2 * normalCdf(-Math.abs(z)))
}

/** Acklam's rational approximation (relative error < 1.15e−9), refined below to double precision. */
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239]
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1]
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783]
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416]

function acklam(p: number): number {
  const poly = (k: number[], x: number) => k.reduce((s, c) => s * x + c, 0)
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p))
    return poly(C, q) / (poly(D, q) * q + 1)
  }
  if (p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(1 - p))
    return -poly(C, q) / (poly(D, q) * q + 1)
  }
  const q = p - 0.5
  const r = q * q
  return (poly(A, r) * q) / (poly(B, r) * r + 1)
}

/**
 * The z with Φ(z) = p: Acklam's approximation polished by Halley steps on the exact
 * CDF above, so the 95 % critical value is 1.959963984540054 to the last digit or two
 * (model.md: the exact quantile, not 1.96). Solved in the lower tail, by symmetry for
 * p > 1/2, where 1 − p is exact. 0 and 1 give −∞ and +∞.
 * @example normalQuantile(0.975) // 1.959963984540054
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN
  if (p === 0) return -Infinity
  if (p === 1) return Infinity
  if (p > 0.5) return -lowerQuantile(1 - p)
  return lowerQuantile(p)
}

function lowerQuantile(p: number): number {
  let x = acklam(p)
  for (let i = 0; i < 4; i++) {
    const e = normalCdf(x) - p
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2)
    const step = u / (1 + (x * u) / 2)
    x -= step
    if (Math.abs(step) <= 4e-16 * Math.max(1, Math.abs(x))) break
  }
  return x
}

/** The two-sided critical value for a confidence level: z such that P(|Z| ≤ z) = level. */
export function normalCriticalValue(confidenceLevel: number): number {
  return -lowerQuantile((1 - confidenceLevel) / 2)
}
