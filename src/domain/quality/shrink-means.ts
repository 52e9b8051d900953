/** Empirical-Bayes shrinkage of partners' means toward the pooled mean (normal–normal, known standard errors). */

/** A partner's estimate with its standard error (sd/√n); an undefined or zero SE cannot be weighed. */
export interface EstimateWithError {
  estimate: number
  standardError: number | undefined
}

export interface MeanShrinkage {
  /** The precision-weighted mean μ = Σ wᵢyᵢ / Σ wᵢ with wᵢ = 1/(SEᵢ² + τ²). */
  pooledMean: number
  /** τ², the between-partner variance (DerSimonian–Laird); undefined when not estimable. */
  betweenVariance: number | undefined
  /** Each partner's shrunk estimate μ + τ²/(τ² + SEᵢ²)·(yᵢ − μ), in input order. */
  shrunk: number[]
  estimable: boolean
  note: string
}

/**
 * The normal–normal model yᵢ ~ N(θᵢ, SEᵢ²), θᵢ ~ N(μ, τ²): each mean is pulled
 * toward μ by the factor Bᵢ = SEᵢ²/(SEᵢ² + τ²), so noisy partners move most.
 * τ² by the method of moments of DerSimonian & Laird (1986): with wᵢ = 1/SEᵢ²,
 * Q = Σ wᵢ(yᵢ − ȳ_w)², τ² = max(0, (Q − (k − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ)).
 * τ² = 0 (no more spread than the standard errors explain): every partner gets μ.
 * Partners without a positive standard error take no part and keep their raw value;
 * fewer than 2 usable partners: not estimable, raw values returned.
 *
 * Source: DerSimonian & Laird (1986) Controlled Clinical Trials 7:177; Efron & Morris (1975) JASA 70:311.
 */
export function shrinkMeans(items: readonly EstimateWithError[]): MeanShrinkage {
  const usable = items.filter((i) => i.standardError !== undefined && i.standardError > 0 && Number.isFinite(i.estimate))
  const raw = items.map((i) => i.estimate)
  if (usable.length < 2) {
    return { pooledMean: Number.NaN, betweenVariance: undefined, shrunk: raw, estimable: false, note: 'fewer than 2 partners with a standard error: no shrinkage estimable' }
  }
  const w = usable.map((i) => 1 / i.standardError! ** 2)
  const sw = w.reduce((s, x) => s + x, 0)
  const fixedMean = usable.reduce((s, i, k) => s + w[k]! * i.estimate, 0) / sw
  const q = usable.reduce((s, i, k) => s + w[k]! * (i.estimate - fixedMean) ** 2, 0)
  const c = sw - w.reduce((s, x) => s + x * x, 0) / sw
  const tau2 = Math.max(0, (q - (usable.length - 1)) / c)
  const w2 = usable.map((i) => 1 / (i.standardError! ** 2 + tau2))
  const pooledMean = usable.reduce((s, i, k) => s + w2[k]! * i.estimate, 0) / w2.reduce((s, x) => s + x, 0)
  const shrunk = items.map((i) => {
    if (i.standardError === undefined || !(i.standardError > 0) || !Number.isFinite(i.estimate)) return i.estimate
    return pooledMean + (tau2 / (tau2 + i.standardError ** 2)) * (i.estimate - pooledMean)
  })
  return {
    pooledMean,
    betweenVariance: tau2,
    shrunk,
    estimable: true,
    note: tau2 === 0 ? 'the partners differ no more than their standard errors explain (τ² = 0): all shrink to the pooled mean and tie' : 'each mean is pulled toward the pooled mean by SE²/(SE² + τ²)',
  }
}
