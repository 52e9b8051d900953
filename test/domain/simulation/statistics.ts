/**
 * Test-only statistics for the simulation tests: sample moments, the χ² critical value and
 * batch means. Every tolerance in these tests is a multiple of a standard error (SE), so a
 * failure means "this is 4 SE away", not "this looks a bit off".
 */
import { expect } from 'vitest'

/** Two-sided tolerance in standard errors: a correct sampler fails one check with p ≈ 6e−5. */
export const SE_MULTIPLE = 4

/** Sample mean and unbiased variance. */
export function moments(xs: ArrayLike<number>): { mean: number; variance: number } {
  let mean = 0
  let m2 = 0
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!
    const delta = x - mean
    mean += delta / (i + 1)
    m2 += delta * (x - mean)
  }
  return { mean, variance: m2 / (xs.length - 1) }
}

/**
 * SE of the sample variance of n draws with variance σ² and central fourth moment μ₄:
 * √((μ₄ − σ⁴)/n), the large-n form (Cramér 1946, §27.4).
 */
export function varianceStandardError(variance: number, fourthCentralMoment: number, n: number): number {
  return Math.sqrt((fourthCentralMoment - variance * variance) / n)
}

/** Expects |got − expected| ≤ 4 SE, printing the distance in SEs when it is not. */
export function expectWithinSe(got: number, expected: number, se: number, what: string): void {
  const z = (got - expected) / se
  expect(Math.abs(z), `${what}: got ${got}, expected ${expected}, SE ${se.toPrecision(3)}: ${z.toFixed(2)} SE away`).toBeLessThanOrEqual(SE_MULTIPLE)
}

/**
 * Upper-tail critical value of χ² with `df` degrees of freedom at tail probability 1e−4
 * (z = 3.719), by the Wilson–Hilferty cube-root approximation, accurate to < 1 % for df ≥ 10.
 */
export function chiSquareCritical(df: number, z = 3.719): number {
  const c = 2 / (9 * df)
  return df * (1 - c + z * Math.sqrt(c)) ** 3
}

/**
 * Batch means for a ratio over a long stationary run: split the per-interval numerators and
 * denominators into `batches` consecutive groups, take each group's ratio Σnum/Σden, and
 * return their mean and SE = SD/√batches. Batches of many intervals are close to independent,
 * so this SE accounts for the autocorrelation that a naive √(p(1−p)/n) would ignore
 * (Law & Kelton, Simulation Modeling and Analysis, §9.5.3).
 */
export function batchMeans(num: ArrayLike<number>, den: ArrayLike<number>, batches: number, skip = 0): { mean: number; se: number } {
  const size = Math.floor((num.length - skip) / batches)
  const ratios: number[] = []
  for (let b = 0; b < batches; b++) {
    let n = 0
    let d = 0
    for (let i = skip + b * size; i < skip + (b + 1) * size; i++) {
      n += num[i]!
      d += den[i]!
    }
    ratios.push(n / d)
  }
  const { mean, variance } = moments(ratios)
  return { mean, se: Math.sqrt(variance / batches) }
}
