import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shrinkProportions } from '../../../src/domain/quality/shrink-proportions.ts'

describe('shrinkProportions (beta-binomial empirical Bayes, model.md §10)', () => {
  it('follows the method of moments step by step (hand-computed: 12/12, 837/900, 45/60)', () => {
    // N = 972, μ = 894/972 = 0.919753; X² = 25.7527; D = 972 − (144 + 810000 + 3600)/972 − 2 = 132.8148;
    // ρ = (25.7527 − 2)/132.8148 = 0.178841; M = (1 − ρ)/ρ = 4.591560; shrunk = (x + μM)/(n + M).
    const s = shrinkProportions([
      { successes: 12, trials: 12 },
      { successes: 837, trials: 900 },
      { successes: 45, trials: 60 },
    ])
    expect(s.pooledMean).toBeCloseTo(0.9197530864, 10)
    expect(s.rho).toBeCloseTo(0.1788409754, 9)
    expect(s.priorWeight).toBeCloseTo(4.5915597521, 8)
    expect(s.shrunk[0]).toBeCloseTo(0.9777924135, 9)
    expect(s.shrunk[1]).toBeCloseTo(0.9299479883, 9)
    expect(s.shrunk[2]).toBeCloseTo(0.7620670788, 9)
  })

  it('gives everyone the pooled rate when partners differ no more than chance (ρ ≤ 0)', () => {
    const s = shrinkProportions([
      { successes: 50, trials: 100 },
      { successes: 51, trials: 100 },
      { successes: 49, trials: 100 },
    ])
    expect(s.rho).toBeLessThanOrEqual(0)
    expect(s.shrunk).toEqual([0.5, 0.5, 0.5])
  })

  it('says when shrinkage is not estimable (fewer than 2 partners) and returns the raw rates', () => {
    const s = shrinkProportions([{ successes: 3, trials: 4 }])
    expect(s.estimable).toBe(false)
    expect(s.shrunk).toEqual([0.75])
    expect(s.note).toMatch(/fewer than 2 partners/)
  })

  it('flags partners below the minimum sample of 30', () => {
    expect(shrinkProportions([{ successes: 12, trials: 12 }, { successes: 80, trials: 100 }]).belowMinimum).toEqual([true, false])
  })

  it('puts every shrunk rate between the raw rate and the pooled rate', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 2, maxLength: 8 }), (arms) => {
        const samples = arms.map(([n, share]) => ({ successes: Math.round(n * share), trials: n }))
        const s = shrinkProportions(samples)
        return samples.every((x, i) => {
          const raw = x.successes / x.trials
          const lo = Math.min(raw, s.pooledMean) - 1e-12
          const hi = Math.max(raw, s.pooledMean) + 1e-12
          return s.shrunk[i]! >= lo && s.shrunk[i]! <= hi
        })
      }),
    )
  })
})
