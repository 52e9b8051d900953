import { describe, expect, it } from 'vitest'
import {
  correlatedNormals,
  createNormalSampler,
  exponential,
  lognormal,
  lognormalParameters,
  normal,
} from '../../../src/domain/simulation/distributions.ts'
import { createRng } from '../../../src/domain/simulation/rng.ts'
import { expectWithinSe, moments, varianceStandardError } from './statistics.ts'

const N = 400_000
const draw = (count: number, f: () => number) => Float64Array.from({ length: count }, f)

describe('normal', () => {
  const rng = createRng(11)
  const zs = draw(N, () => normal(rng))

  it('has mean 0, variance 1 and fourth moment 3 within 4 SE', () => {
    const m = moments(zs)
    // SEs for N(0, 1): mean 1/√n; variance √(2/n) (μ₄ − σ⁴ = 2); E z⁴ √((E z⁸ − 9)/n) = √(96/n).
    expectWithinSe(m.mean, 0, 1 / Math.sqrt(N), 'mean')
    expectWithinSe(m.variance, 1, Math.sqrt(2 / N), 'variance')
    const fourth = zs.reduce((s, z) => s + z ** 4, 0) / N
    expectWithinSe(fourth, 3, Math.sqrt(96 / N), 'E z⁴')
  })

  it('puts 68.27 % within one SD and 4.55 % beyond two, within 4 binomial SE', () => {
    for (const [k, p] of [[1, 0.682689492137], [2, 0.045500263896]] as const) {
      const share = zs.filter((z) => (k === 1 ? Math.abs(z) < 1 : Math.abs(z) > 2)).length / N
      expectWithinSe(share, p, Math.sqrt((p * (1 - p)) / N), `share for ${k} SD`)
    }
  })

  it('keeps each generator its own spare: interleaving two equal-seed generators gives equal sequences', () => {
    const a = createRng(5)
    const b = createRng(5)
    const fromA: number[] = []
    const fromB: number[] = []
    for (let i = 0; i < 101; i++) {
      fromA.push(normal(a))
      fromB.push(normal(b))
    }
    expect(fromA).toEqual(fromB)
    expect(fromA).toEqual(Array.from({ length: 101 }, createNormalSampler(createRng(5))))
  })
})

describe('exponential', () => {
  it('has mean m and variance m² within 4 SE (m = 180 s)', () => {
    const m = 180
    const rng = createRng(12)
    const s = moments(draw(N, () => exponential(rng, m)))
    // SD = m; μ₄ = 9m⁴, so the variance's SE is m²·√(8/n).
    expectWithinSe(s.mean, m, m / Math.sqrt(N), 'mean')
    expectWithinSe(s.variance, m * m, varianceStandardError(m * m, 9 * m ** 4, N), 'variance')
  })

  it('is finite and ≥ 0 (never −0) even for the extreme uniforms 0 and 1 − 2^−32', () => {
    expect(exponential(() => 0, 10)).toBe(0)
    expect(exponential(() => 1 - 2 ** -32, 10)).toBeCloseTo(10 * 32 * Math.LN2, 9)
  })
})

/** Raw moment E[Xᵏ] of a lognormal with log-mean μ and log-SD σ. */
const rawMoment = (k: number, mu: number, sigma: number) => Math.exp(k * mu + (k * k * sigma * sigma) / 2)

describe('lognormal', () => {
  it.each([
    [180, 0.25],
    [180, 0.6],
    [300, 1],
  ])('with mean %s and cv %s has that mean and variance (cv·mean)² within 4 SE', (mean, cv) => {
    const rng = createRng(13)
    const xs = draw(N, () => lognormal(rng, mean, cv))
    const s = moments(xs)
    const { mu, sigma } = lognormalParameters(mean, cv)
    const [m1, m2, m3, m4] = [1, 2, 3, 4].map((k) => rawMoment(k, mu, sigma)) as [number, number, number, number]
    const variance = (cv * mean) ** 2
    const mu4 = m4 - 4 * m3 * m1 + 6 * m2 * m1 * m1 - 3 * m1 ** 4
    expect(m1).toBeCloseTo(mean, 9)
    expectWithinSe(s.mean, mean, Math.sqrt(variance / N), 'mean')
    expectWithinSe(s.variance, variance, varianceStandardError(variance, mu4, N), 'variance')
    // The log of each draw is N(μ, σ²): checks the parameterisation, not just two moments.
    const logs = moments(xs.map(Math.log))
    expectWithinSe(logs.mean, mu, sigma / Math.sqrt(N), 'mean of log')
  })

  it('returns the mean itself when cv = 0', () => {
    expect(lognormal(createRng(1), 240, 0)).toBeCloseTo(240, 12)
  })

  it('lognormalParameters(…) gives σ² = ln(1 + cv²) and μ = ln(mean) − σ²/2, and throws for mean ≤ 0 or cv < 0', () => {
    const p = lognormalParameters(180, 0.5)
    expect(p.sigma ** 2).toBeCloseTo(Math.log(1.25), 15)
    expect(p.mu).toBeCloseTo(Math.log(180) - Math.log(1.25) / 2, 14)
    expect(() => lognormalParameters(0, 0.5)).toThrow(RangeError)
    expect(() => lognormalParameters(180, -0.1)).toThrow(RangeError)
  })
})

describe('correlatedNormals', () => {
  const vectors = 100_000

  it.each([
    [4, 0],
    [4, 0.3],
    [3, 0.8],
    [4, -0.2],
    [2, -0.9],
  ])('with k = %s and ρ = %s gives unit variances and every pairwise correlation ρ within 4 SE', (k, rho) => {
    const rng = createRng(14)
    const columns = Array.from({ length: k }, () => new Float64Array(vectors))
    const out = new Float64Array(k)
    for (let v = 0; v < vectors; v++) {
      correlatedNormals(rng, k, rho, out)
      for (let i = 0; i < k; i++) columns[i]![v] = out[i]!
    }
    expect(correlatedNormals(rng, k, rho, out)).toBe(out)
    for (const column of columns) expectWithinSe(moments(column).variance, 1, Math.sqrt(2 / vectors), 'variance')
    // SE of a sample correlation of normals ≈ (1 − ρ²)/√n.
    const se = (1 - rho * rho) / Math.sqrt(vectors)
    for (let i = 0; i < k; i++) {
      for (let j = i + 1; j < k; j++) {
        let s = 0
        for (let v = 0; v < vectors; v++) s += columns[i]![v]! * columns[j]![v]!
        expectWithinSe(s / vectors, rho, se, `corr(${i}, ${j})`)
      }
    }
  })

  it('with ρ = 1 gives k equal values, and allocates its own array when none is given', () => {
    const z = correlatedNormals(createRng(3), 5, 1)
    expect(z).toHaveLength(5)
    expect(new Set(z).size).toBe(1)
  })

  it('throws when ρ is outside [−1/(k−1), 1] or k is not a whole number ≥ 1', () => {
    const rng = createRng(1)
    expect(() => correlatedNormals(rng, 4, -0.34)).toThrow(RangeError)
    expect(() => correlatedNormals(rng, 4, 1.01)).toThrow(RangeError)
    expect(() => correlatedNormals(rng, 0, 0.5)).toThrow(RangeError)
    expect(() => correlatedNormals(rng, 3, 0.5, new Float64Array(2))).toThrow(RangeError)
    expect(correlatedNormals(rng, 4, -1 / 3)).toHaveLength(4)
  })

  it('is reproducible: same seed, same vectors', () => {
    expect(correlatedNormals(createRng(8), 6, 0.4)).toEqual(correlatedNormals(createRng(8), 6, 0.4))
  })
})
