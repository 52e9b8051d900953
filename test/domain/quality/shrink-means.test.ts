import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shrinkMeans } from '../../../src/domain/quality/shrink-means.ts'

describe('shrinkMeans (normal–normal, DerSimonian–Laird)', () => {
  it('follows the method of moments step by step (hand-computed: means 10, 12, 20 with SE 1, 1, 2)', () => {
    // w = 1, 1, 0.25; ȳ_w = 27/2.25 = 12; Q = 4 + 0 + 16 = 20; c = 2.25 − 2.0625/2.25 = 1.3333;
    // τ² = (20 − 2)/1.3333 = 13.5; μ = Σ y/(SE² + τ²) / Σ 1/(SE² + τ²) = 13.636364;
    // shrunk = μ + τ²/(τ² + SE²)(y − μ) = 10.250784, 12.112853, 18.545455.
    const s = shrinkMeans([
      { estimate: 10, standardError: 1 },
      { estimate: 12, standardError: 1 },
      { estimate: 20, standardError: 2 },
    ])
    expect(s.betweenVariance).toBeCloseTo(13.5, 10)
    expect(s.pooledMean).toBeCloseTo(13.636363636, 8)
    expect(s.shrunk[0]).toBeCloseTo(10.2507837, 6)
    expect(s.shrunk[1]).toBeCloseTo(12.11285266, 6)
    expect(s.shrunk[2]).toBeCloseTo(18.54545455, 6)
  })

  it('gives everyone the pooled mean when the spread is within the standard errors (τ² = 0)', () => {
    const s = shrinkMeans([
      { estimate: 10, standardError: 5 },
      { estimate: 11, standardError: 5 },
    ])
    expect(s.betweenVariance).toBe(0)
    expect(s.shrunk[0]).toBeCloseTo(10.5, 12)
    expect(s.shrunk[1]).toBeCloseTo(10.5, 12)
  })

  it('is not estimable with fewer than 2 standard errors, and keeps raw values', () => {
    const s = shrinkMeans([
      { estimate: 4, standardError: undefined },
      { estimate: 6, standardError: 1 },
    ])
    expect(s.estimable).toBe(false)
    expect(s.shrunk).toEqual([4, 6])
  })

  it('puts every shrunk mean between the raw mean and the pooled mean', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true })), { minLength: 2, maxLength: 8 }), (items) => {
        const s = shrinkMeans(items.map(([estimate, standardError]) => ({ estimate, standardError })))
        return items.every(([y], i) => s.shrunk[i]! >= Math.min(y, s.pooledMean) - 1e-9 && s.shrunk[i]! <= Math.max(y, s.pooledMean) + 1e-9)
      }),
    )
  })
})
