import { describe, expect, it } from 'vitest'
import { logFactorial, poisson } from '../../../src/domain/simulation/poisson.ts'
import { createRng } from '../../../src/domain/simulation/rng.ts'
import { chiSquareCritical, expectWithinSe, moments, varianceStandardError } from './statistics.ts'

/** ln k! by direct summation, the slow reference. */
const logFactorialBySum = (k: number) => {
  let s = 0
  for (let i = 2; i <= k; i++) s += Math.log(i)
  return s
}

/** Poisson pmf by the same recursion in log space, for expected bin counts. */
const pmf = (k: number, mean: number) => Math.exp(-mean + k * Math.log(mean) - logFactorialBySum(k))

describe('logFactorial', () => {
  it.each([0, 1, 2, 10, 100, 255, 256, 257, 1000, 12_345])('matches Σ ln i for k = %i to 1e−13 relative', (k) => {
    // Summation itself loses about k·ε/2 ≈ 1e−12 relative by k = 10⁴; 1e−13 is near its floor.
    const expected = logFactorialBySum(k)
    expect(Math.abs(logFactorial(k) - expected)).toBeLessThanOrEqual(1e-13 * Math.max(1, expected))
  })
})

describe('poisson', () => {
  const n = 200_000

  // Inversion below 10 and PTRS from 10 up, each on both sides of the switch.
  it.each([0.05, 0.5, 3.5, 9.99, 10, 47.3, 1000, 1e6])('with mean %s has mean and variance λ within 4 SE', (mean) => {
    const rng = createRng(21)
    const xs = Float64Array.from({ length: n }, () => poisson(rng, mean))
    expect(xs.every((x) => Number.isInteger(x) && x >= 0)).toBe(true)
    const s = moments(xs)
    // Poisson: σ² = λ, μ₄ = λ(1 + 3λ).
    expectWithinSe(s.mean, mean, Math.sqrt(mean / n), 'mean')
    expectWithinSe(s.variance, mean, varianceStandardError(mean, mean * (1 + 3 * mean), n), 'variance')
  })

  it.each([1.2, 3.5, 10, 47.3, 1000])('with mean %s fits the Poisson pmf: χ² below its 1e−4 critical value', (mean) => {
    const rng = createRng(22)
    const counts = new Map<number, number>()
    for (let i = 0; i < n; i++) {
      const k = poisson(rng, mean)
      counts.set(k, (counts.get(k) ?? 0) + 1)
    }
    // Bins k = lo…hi with an expected count ≥ 5 each, plus one bin for each tail.
    let lo = Math.floor(mean)
    while (lo > 0 && n * pmf(lo - 1, mean) >= 5) lo--
    let hi = Math.floor(mean)
    while (n * pmf(hi + 1, mean) >= 5) hi++
    const observed: number[] = []
    const expected: number[] = []
    let below = 0
    for (let k = 0; k < lo; k++) below += pmf(k, mean)
    if (lo > 0) {
      expected.push(n * below)
      observed.push([...counts].filter(([k]) => k < lo).reduce((s, [, c]) => s + c, 0))
    }
    let inside = 0
    for (let k = lo; k <= hi; k++) {
      const p = pmf(k, mean)
      inside += p
      expected.push(n * p)
      observed.push(counts.get(k) ?? 0)
    }
    expected.push(n * Math.max(0, 1 - below - inside))
    observed.push([...counts].filter(([k]) => k > hi).reduce((s, [, c]) => s + c, 0))
    const chi2 = observed.reduce((s, o, i) => s + (o - expected[i]!) ** 2 / expected[i]!, 0)
    const df = observed.length - 1
    expect(df).toBeGreaterThanOrEqual(4)
    expect(chi2, `χ²(${df}) = ${chi2}`).toBeLessThan(chiSquareCritical(df))
  })

  it('returns 0 for mean 0 without drawing', () => {
    let calls = 0
    expect(poisson(() => (calls++, 0.5), 0)).toBe(0)
    expect(calls).toBe(0)
  })

  it.each([-1, NaN, Infinity])('throws for mean %s', (mean) => {
    expect(() => poisson(createRng(1), mean)).toThrow(RangeError)
  })

  it('is reproducible: same seed, same counts', () => {
    const a = createRng(3)
    const b = createRng(3)
    const means = [0.7, 12, 5000, 2.5]
    expect(means.map((m) => poisson(a, m))).toEqual(means.map((m) => poisson(b, m)))
  })
})
