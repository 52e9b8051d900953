import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { twoProportionTest } from '../../../src/domain/quality/two-proportion-test.ts'

describe('twoProportionTest', () => {
  // Newcombe (1998) "Interval estimation for the difference between independent proportions",
  // Statistics in Medicine 17:873, Table II, method 10 (hybrid score, no continuity correction), 95 %.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
  ])('%d/%d − %d/%d has Newcombe’s interval', (x1, n1, x2, n2, low, high) => {
    const r = twoProportionTest({ successes: x1, trials: n1 }, { successes: x2, trials: n2 })
    expect(r.interval!.low).toBeCloseTo(low, 4)
    expect(r.interval!.high).toBeCloseTo(high, 4)
  })

  it('pools the proportions for z: 56/70 vs 48/80 gives z = 2.6502, p = 0.00805 (Fleiss, Levin & Paik 2003, eq. 2.14, by hand)', () => {
    // p̄ = 104/150; z = 0.2 / √(p̄(1 − p̄)(1/70 + 1/80)) = 2.65017; p = 2Φ(−2.65017) = 0.008045.
    const r = twoProportionTest({ successes: 56, trials: 70 }, { successes: 48, trials: 80 })
    expect(r.difference).toBeCloseTo(0.2, 12)
    expect(r.z).toBeCloseTo(2.650172, 6)
    expect(r.pValue).toBeCloseTo(0.008045, 6)
  })

  it('has no test when the pooled proportion is 0 or 1, or an arm is empty', () => {
    expect(twoProportionTest({ successes: 0, trials: 10 }, { successes: 0, trials: 20 }).pValue).toBeUndefined()
    expect(twoProportionTest({ successes: 10, trials: 10 }, { successes: 20, trials: 20 }).noTest).toMatch(/pooled proportion is 1/)
    expect(twoProportionTest({ successes: 0, trials: 0 }, { successes: 2, trials: 20 }).noTest).toMatch(/no observations/)
  })

  it('gives p-values in [0, 1] and intervals that contain the observed difference', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n1, n2, s1, s2) => {
        const r = twoProportionTest({ successes: Math.round(s1 * n1), trials: n1 }, { successes: Math.round(s2 * n2), trials: n2 })
        const inRange = r.pValue === undefined || (r.pValue >= 0 && r.pValue <= 1)
        return inRange && r.interval!.low <= r.difference + 1e-12 && r.difference <= r.interval!.high + 1e-12 && r.interval!.low >= -1 - 1e-12 && r.interval!.high <= 1 + 1e-12
      }),
    )
  })
})
