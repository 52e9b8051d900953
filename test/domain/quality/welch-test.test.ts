import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { summariseSample } from '../../../src/domain/quality/mean-summary.ts'
import { welchTest } from '../../../src/domain/quality/welch-test.ts'

describe('welchTest', () => {
  it('reproduces the NIST/SEMATECH e-Handbook §1.3.5.3 example (AUTO83B: US vs Japanese cars, mpg) under unequal variances', () => {
    // Sample statistics as printed by NIST: n 249 / 79, means 20.14458 / 30.48101, sds 6.41470 / 6.10771;
    // the unequal-variance statistic −12.94627 with ν = 136.8750 degrees of freedom.
    const r = welchTest({ mean: 20.14458, sd: 6.4147, n: 249 }, { mean: 30.48101, sd: 6.10771, n: 79 })
    expect(r.t).toBeCloseTo(-12.94627, 5)
    expect(r.df).toBeCloseTo(136.875, 3)
    expect(r.pValue).toBeLessThan(1e-20)
  })

  it('reproduces Rosetta Code’s Welch’s t-test task, first pair of samples: p = 0.021378001462867', () => {
    const d1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4]
    const d2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4]
    const r = welchTest(summariseSample(d1), summariseSample(d2))
    expect(r.pValue).toBeCloseTo(0.021378001462867, 13)
    expect(r.t).toBeCloseTo(-2.455356, 6)
  })

  it('gives the difference a t interval: the 95 % interval excludes 0 exactly when p < 0.05', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.integer({ min: 2, max: 500 }),
        fc.integer({ min: 2, max: 500 }),
        (m1, m2, s1, s2, n1, n2) => {
          const r = welchTest({ mean: m1, sd: s1, n: n1 }, { mean: m2, sd: s2, n: n2 })
          const excludes = r.interval!.low > 0 || r.interval!.high < 0
          const p = r.pValue!
          return p >= 0 && p <= 1 && (Math.abs(p - 0.05) < 1e-9 || excludes === p < 0.05)
        },
      ),
    )
  })

  it('has no test with fewer than 2 measures in an arm, or both standard deviations 0', () => {
    expect(welchTest({ mean: 1, sd: 0, n: 1 }, { mean: 2, sd: 1, n: 10 }).noTest).toMatch(/fewer than 2/)
    expect(welchTest({ mean: 1, sd: 0, n: 5 }, { mean: 2, sd: 0, n: 10 }).noTest).toMatch(/both standard deviations are 0/)
  })
})
