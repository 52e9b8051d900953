/** A sample of measures summarised as mean, standard deviation and size; the input of the tests on means. */

/** Mean, sample standard deviation (n − 1 denominator) and size of a set of measures. */
export interface MeanSummary {
  mean: number
  sd: number
  n: number
}

/** Summarises raw measures; one measure has sd 0 (no spread can be estimated: tests then need n ≥ 2). */
export function summariseSample(values: readonly number[]): MeanSummary {
  const n = values.length
  if (n === 0) return { mean: Number.NaN, sd: Number.NaN, n: 0 }
  const mean = values.reduce((s, v) => s + v, 0) / n
  if (n === 1) return { mean, sd: 0, n }
  const squares = values.reduce((s, v) => s + (v - mean) ** 2, 0)
  return { mean, sd: Math.sqrt(squares / (n - 1)), n }
}

/**
 * Several groups' summaries combined into one, as if their measures were pooled:
 * mean weighted by size, and the variance from within-group and between-group sums
 * of squares: s² = (Σ (nᵢ − 1)sᵢ² + Σ nᵢ(x̄ᵢ − x̄)²) / (N − 1).
 */
export function combineSummaries(groups: readonly MeanSummary[]): MeanSummary {
  const n = groups.reduce((s, g) => s + g.n, 0)
  if (n === 0) return { mean: Number.NaN, sd: Number.NaN, n: 0 }
  const mean = groups.reduce((s, g) => s + g.n * g.mean, 0) / n
  if (n === 1) return { mean, sd: 0, n }
  const squares = groups.reduce((s, g) => s + Math.max(0, g.n - 1) * g.sd ** 2 + g.n * (g.mean - mean) ** 2, 0)
  return { mean, sd: Math.sqrt(squares / (n - 1)), n }
}
