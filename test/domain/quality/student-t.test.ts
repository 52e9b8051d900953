import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { logGamma, regularizedIncompleteBeta } from '../../../src/domain/quality/incomplete-beta.ts'
import { normalCdf } from '../../../src/domain/quality/normal-distribution.ts'
import { studentTCdf, studentTCriticalValue, studentTQuantile, studentTTwoSidedP } from '../../../src/domain/quality/student-t.ts'

describe('Student t CDF against published t tables', () => {
  // Upper critical values t(0.975, ν), NIST/SEMATECH e-Handbook §1.3.6.7.2 (three decimals).
  it.each([
    [1, 12.706],
    [2, 4.303],
    [5, 2.571],
    [10, 2.228],
    [30, 2.042],
    [100, 1.984],
  ])('t(0.975, %d) = %f', (df, t) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 3)
    expect(studentTCdf(t, df)).toBeCloseTo(0.975, 3)
  })

  // Same table, other columns: t(0.95, 10) = 1.812, t(0.995, 10) = 3.169, t(0.999, 20) = 3.552.
  it.each([
    [0.95, 10, 1.812],
    [0.995, 10, 3.169],
    [0.999, 20, 3.552],
  ])('t(%f, %d) = %f', (p, df, t) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(t, 3)
  })

  it('matches the closed forms for ν = 1 (Cauchy: ½ + atan(t)/π) and ν = 2 (½ + t / (2√(t² + 2)))', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (t) => {
        const cauchy = 0.5 + Math.atan(t) / Math.PI
        const two = 0.5 + t / (2 * Math.sqrt(t * t + 2))
        return Math.abs(studentTCdf(t, 1) - cauchy) < 1e-14 && Math.abs(studentTCdf(t, 2) - two) < 1e-14
      }),
    )
  })

  it('approaches the normal distribution as ν grows', () => {
    expect(studentTCdf(1.959963984540054, 1e7)).toBeCloseTo(0.975, 7)
    expect(studentTCdf(-1, Infinity)).toBe(normalCdf(-1))
  })

  it('keeps small two-sided p-values exact in the tail: t = 40 with ν = 5 gives 1.8411962171773e−7', () => {
    // Reference: scipy.stats.t.sf(40, 5) × 2 (Boost/Cephes incomplete beta), an independent implementation.
    expect(studentTTwoSidedP(40, 5) / 1.8411962171772954e-7).toBeCloseTo(1, 12)
  })

  it('gives p-values in [0, 1], symmetric in t', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: 0.1, max: 1e5, noNaN: true }), (t, df) => {
        const p = studentTTwoSidedP(t, df)
        return p >= 0 && p <= 1 && p === studentTTwoSidedP(-t, df) && Math.abs(studentTCdf(t, df) + studentTCdf(-t, df) - 1) < 1e-12
      }),
    )
  })

  it('has a quantile that inverts the CDF for fractional degrees of freedom', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.5, max: 500, noNaN: true }), (p, df) => Math.abs(studentTCdf(studentTQuantile(p, df), df) - p) < 1e-10),
    )
    expect(studentTCriticalValue(0.95, 9)).toBeCloseTo(2.262157, 6)
  })

  it('refuses degrees of freedom that are not positive', () => {
    expect(studentTCdf(1, 0)).toBeNaN()
    expect(studentTTwoSidedP(1, -2)).toBeNaN()
  })
})

describe('the incomplete beta function behind it', () => {
  it('has the closed forms I_x(1, 1) = x, I_x(a, 1) = xᵃ and I_x(1, b) = 1 − (1 − x)ᵇ (A&S 26.5.1)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true }), (x, a) => {
        const close = (u: number, v: number) => Math.abs(u - v) < 1e-12
        return close(regularizedIncompleteBeta(x, 1, 1).lower, x) && close(regularizedIncompleteBeta(x, a, 1).lower, x ** a) && close(regularizedIncompleteBeta(x, 1, a).lower, 1 - (1 - x) ** a)
      }),
    )
  })

  it('is ½ at x = ½ when a = b, by symmetry', () => {
    expect(regularizedIncompleteBeta(0.5, 7.3, 7.3).lower).toBeCloseTo(0.5, 14)
  })

  it('has ln Γ(½) = ln √π and ln Γ(10) = ln 9!', () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14)
    expect(logGamma(10)).toBeCloseTo(Math.log(362_880), 12)
  })
})
