/**
 * Continuous random variates drawn from an injected uniform generator (`Rng`): standard and
 * correlated normals, exponential and lognormal. Pure: the only state is a normal's cached
 * spare, kept per generator. Poisson counts are in `poisson.ts`.
 * @module
 */
import type { Rng } from './rng.ts'

/**
 * A standard-normal sampler bound to `rng`, by Marsaglia's polar method (Marsaglia & Bray,
 * SIAM Review 6(3), 1964): draw a point in the unit disc, return both coordinates scaled
 * by √(−2 ln s / s), and keep the second for the next call.
 *
 * Exact (no tables, no approximation). Uses 2 uniforms per accepted pair, accepting
 * π/4 ≈ 78.5 % of pairs: ≈ 1.27 uniforms and ½ log + ½ sqrt per normal.
 * Use it in hot loops; `normal(rng)` is the convenient form.
 * @example createNormalSampler(createRng(42))() // 0.3603989584463338
 */
export function createNormalSampler(rng: Rng): () => number {
  let spare = 0
  let hasSpare = false
  return () => {
    if (hasSpare) {
      hasSpare = false
      return spare
    }
    let u: number
    let v: number
    let s: number
    do {
      u = 2 * rng() - 1
      v = 2 * rng() - 1
      s = u * u + v * v
    } while (s >= 1 || s === 0)
    const scale = Math.sqrt((-2 * Math.log(s)) / s)
    spare = v * scale
    hasSpare = true
    return u * scale
  }
}

/** One polar-method sampler per generator, so a spare never crosses to another stream. */
const samplers = new WeakMap<Rng, () => number>()

/**
 * A standard-normal draw (mean 0, variance 1) by Marsaglia's polar method, the spare of each
 * pair cached for the next call on the same `rng`. Same seed, same calls → same numbers.
 *
 * Planners use it for forecast error and AHT noise (model.md §9). Cost O(1); a WeakMap
 * lookup on top of `createNormalSampler`.
 * @example normal(createRng(42)) // 0.3603989584463338
 */
export function normal(rng: Rng): number {
  let sampler = samplers.get(rng)
  if (sampler === undefined) {
    sampler = createNormalSampler(rng)
    samplers.set(rng, sampler)
  }
  return sampler()
}

/**
 * An exponential draw with the given mean (same unit as `mean`, e.g. seconds), by inversion:
 * −mean·ln(1 − U), as log1p(−U) so that U = 0 gives +0 and small U keep their precision.
 * 1 − U lies in (0, 1], so the result is finite; with 32-bit uniforms the largest value is
 * 22.2 × mean (the tail beyond has probability 2^−32).
 *
 * Used for inter-arrival gaps, handle times and patience (model.md §1). Cost: one log.
 * @example exponential(createRng(42), 180) // 194.51200537610123
 */
export function exponential(rng: Rng, mean: number): number {
  return -mean * Math.log1p(-rng())
}

/**
 * The log-scale parameters (μ, σ) of a lognormal with the given mean and coefficient of
 * variation: σ² = ln(1 + cv²), μ = ln(mean) − σ²/2.
 * Source: https://en.wikipedia.org/wiki/Log-normal_distribution (method of moments).
 */
export function lognormalParameters(mean: number, cv: number): { mu: number; sigma: number } {
  if (!(mean > 0) || !(cv >= 0)) throw new RangeError('lognormalParameters requires mean > 0 and cv ≥ 0')
  const sigma2 = Math.log1p(cv * cv)
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) }
}

/**
 * A lognormal draw with the given mean (its unit, e.g. seconds) and coefficient of variation
 * (standard deviation / mean): exp(μ + σ·Z) with σ² = ln(1 + cv²), μ = ln(mean) − σ²/2.
 *
 * Handle times are right-skewed with cv 0.5–1 in most centres; a lognormal with the
 * measured cv replaces Erlang's exponential assumption (cv = 1). cv = 0 returns `mean`.
 * Cost: one normal and one exp.
 * @example lognormal(createRng(42), 180, 0.5) // 190.87725877526915
 */
export function lognormal(rng: Rng, mean: number, cv: number): number {
  const { mu, sigma } = lognormalParameters(mean, cv)
  return Math.exp(mu + sigma * normal(rng))
}

/**
 * k standard normals with the same correlation ρ between every pair (equicorrelated), e.g.
 * forecast errors of k channels or sites that move together.
 *
 * For ρ ≥ 0: z_i = √ρ·z₀ + √(1−ρ)·e_i, one common factor z₀ and k idiosyncratic e_i.
 * For −1/(k−1) ≤ ρ < 0 (no common factor can be negative): z_i = √(1−ρ)·e_i + β·Σe_j with
 * β = (√(1 − ρ + kρ) − √(1−ρ)) / k, which gives variance 1 and covariance ρ exactly.
 * Below −1/(k−1) no such vector exists (the correlation matrix is not positive semi-definite).
 *
 * Writes into `out` when given (no allocation); cost k + 1 normals.
 * @example correlatedNormals(createRng(42), 3, 0.5) // Float64Array [-0.337…, 0.245…, 0.262…]
 */
export function correlatedNormals(rng: Rng, k: number, rho: number, out: Float64Array = new Float64Array(k)): Float64Array {
  if (!Number.isInteger(k) || k < 1) throw new RangeError('correlatedNormals requires a whole k ≥ 1')
  if (out.length < k) throw new RangeError('correlatedNormals requires out.length ≥ k')
  const floor = k > 1 ? -1 / (k - 1) : -1
  if (!(rho <= 1 && rho >= floor)) throw new RangeError('correlatedNormals requires −1/(k−1) ≤ rho ≤ 1')
  const own = Math.sqrt(1 - rho)
  if (rho >= 0) {
    const common = Math.sqrt(rho) * normal(rng)
    for (let i = 0; i < k; i++) out[i] = common + own * normal(rng)
    return out
  }
  let sum = 0
  for (let i = 0; i < k; i++) {
    const e = normal(rng)
    out[i] = e
    sum += e
  }
  const beta = (Math.sqrt(Math.max(0, 1 - rho + k * rho)) - own) / k
  for (let i = 0; i < k; i++) out[i] = own * out[i]! + beta * sum
  return out
}
