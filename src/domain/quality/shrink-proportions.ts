/** Empirical-Bayes shrinkage of partners' proportions toward the pooled rate (beta-binomial, method of moments). */
import type { ProportionSample } from './two-proportion-test.ts'

/** Below this many observations a partner's rate is flagged: its Wilson interval at p = ½ is wider than ±17 points. */
export const MIN_PROPORTION_SAMPLE = 30

export interface ProportionShrinkage {
  /** μ = Σxᵢ / Σnᵢ over the partners that have observations. */
  pooledMean: number
  /** The intra-class correlation ρ; undefined when not estimable. */
  rho: number | undefined
  /** The prior's weight M in observations: Infinity when ρ ≤ 0 (everyone is μ), 0 when ρ ≥ 1. */
  priorWeight: number | undefined
  /** Each partner's shrunk rate (x + μM)/(n + M), in input order. */
  shrunk: number[]
  /** Partners below the minimum sample, in input order. */
  belowMinimum: boolean[]
  estimable: boolean
  note: string
}

/**
 * Shrinks each partner's rate toward the pooled rate in proportion to how little
 * data it has, so a partner with 12 surveys at 100 % does not outrank one with 900
 * at 93 %. With partners i = 1..k, counts xᵢ of nᵢ, N = Σnᵢ, μ = Σxᵢ/N, Pearson's
 * X² = Σ (xᵢ − nᵢμ)² / (nᵢμ(1 − μ)) and D = N − Σnᵢ²/N − (k − 1):
 * ρ = (X² − (k − 1)) / D, M = (1 − ρ)/ρ, shrunk = (xᵢ + μM)/(nᵢ + M).
 * ρ ≤ 0 (no more spread than chance): every partner gets μ. ρ ≥ 1: M = 0, no shrinkage.
 * μ of 0 or 1: everyone gets μ. k < 2 or D = 0: not estimable, raw rates returned.
 * Partners with n = 0 take no part in the estimate and get μ.
 *
 * Source: model.md §10; Kleinman (1973) Biometrics 29:43; Fleiss, Levin & Paik (2003) §15.
 * @example shrinkProportions([{ successes: 12, trials: 12 }, { successes: 837, trials: 900 }])
 */
export function shrinkProportions(samples: readonly ProportionSample[], minimumSample = MIN_PROPORTION_SAMPLE): ProportionShrinkage {
  const belowMinimum = samples.map((s) => s.trials < minimumSample)
  const raw = samples.map((s) => (s.trials > 0 ? s.successes / s.trials : Number.NaN))
  const used = samples.filter((s) => s.trials > 0)
  const k = used.length
  const total = used.reduce((s, x) => s + x.trials, 0)
  const pooledMean = total > 0 ? used.reduce((s, x) => s + x.successes, 0) / total : Number.NaN
  const everyone = (note: string, priorWeight: number | undefined, rho: number | undefined): ProportionShrinkage => ({
    pooledMean,
    rho,
    priorWeight,
    shrunk: samples.map(() => pooledMean),
    belowMinimum,
    estimable: true,
    note,
  })
  const sumSquares = used.reduce((s, x) => s + x.trials * x.trials, 0)
  const d = total - sumSquares / (total || 1) - (k - 1)
  if (k < 2 || !(Math.abs(d) > 1e-12)) {
    return { pooledMean, rho: undefined, priorWeight: undefined, shrunk: raw, belowMinimum, estimable: false, note: k < 2 ? 'fewer than 2 partners with observations: no shrinkage estimable' : 'the sample sizes leave no degrees of freedom (D = 0): no shrinkage estimable' }
  }
  if (pooledMean <= 0 || pooledMean >= 1) return everyone(`every observation is ${pooledMean <= 0 ? 0 : 1}: all partners share the pooled rate`, Infinity, undefined)
  const chiSquare = used.reduce((s, x) => s + (x.successes - x.trials * pooledMean) ** 2 / (x.trials * pooledMean * (1 - pooledMean)), 0)
  const rho = (chiSquare - (k - 1)) / d
  if (rho <= 0) return everyone('the partners differ no more than chance would make them (ρ ≤ 0): all shrink to the pooled rate and tie', Infinity, rho)
  const priorWeight = rho >= 1 ? 0 : (1 - rho) / rho
  const shrunk = samples.map((s) => (s.trials > 0 ? (s.successes + pooledMean * priorWeight) / (s.trials + priorWeight) : pooledMean))
  return {
    pooledMean,
    rho,
    priorWeight,
    shrunk,
    belowMinimum,
    estimable: true,
    note: rho >= 1 ? 'the partners differ far beyond chance (ρ ≥ 1): no shrinkage' : `each rate is pulled toward the pooled rate as if it had ${round(priorWeight)} more observations at that rate`,
  }
}

const round = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toPrecision(3))
