import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalCdf, normalCriticalValue, normalQuantile, normalTwoSidedP } from '../../../src/domain/quality/normal-distribution.ts'

describe('normalCdf', () => {
  // Abramowitz & Stegun (1964) Table 26.1, P(x) to 15 places, and 26.2 tail values Q(x).
  it.each([
    [0, 0.5],
    [1, 0.841344746068543],
    [2, 0.977249868051821],
    [3, 0.998650101968370],
    [-1, 0.158655253931457],
    [-2, 0.022750131948179],
    [-3, 0.001349898031630],
  ])('Φ(%d) = %f as tabulated by Abramowitz & Stegun', (z, p) => {
    expect(normalCdf(z)).toBeCloseTo(p, 14)
  })

  it('keeps relative precision far in the tail: Φ(−5) = 2.866515718791939e−7 and Φ(−10) = 7.619853024160527e−24 (A&S 26.2.17 tail table)', () => {
    expect(normalCdf(-5) / 2.866515718791939e-7).toBeCloseTo(1, 13)
    expect(normalCdf(-10) / 7.619853024160527e-24).toBeCloseTo(1, 12)
  })

  it('is symmetric: Φ(z) + Φ(−z) = 1', () => {
    fc.assert(fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (z) => Math.abs(normalCdf(z) + normalCdf(-z) - 1) < 1e-15))
  })

  it('is non-decreasing and stays within [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (z, step) => {
        const a = normalCdf(z)
        const b = normalCdf(z + step)
        return a >= 0 && b <= 1 && b >= a
      }),
    )
  })
})

describe('normalQuantile', () => {
  it('gives the exact 95 % critical value 1.959963984540054, not 1.96 (model.md §10)', () => {
    expect(normalCriticalValue(0.95)).toBeCloseTo(1.959963984540054, 14)
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14)
  })

  // A&S Table 26.5 percentage points: Q(x) = 0.005 at 2.575829304, 0.05 at 1.644853627, 0.001 at 3.090232306.
  it.each([
    [0.995, 2.5758293035489],
    [0.95, 1.6448536269514722],
    [0.999, 3.090232306167813],
    [0.5, 0],
  ])('Φ⁻¹(%f) = %f (A&S Table 26.5)', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 13)
  })

  it('inverts the CDF', () => {
    fc.assert(fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => Math.abs(normalCdf(normalQuantile(p)) - p) <= 1e-14 * Math.max(1, p / (1 - p))))
  })

  it('answers ±∞ at 0 and 1 and NaN outside', () => {
    expect(normalQuantile(0)).toBe(-Infinity)
    expect(normalQuantile(1)).toBe(Infinity)
    expect(normalQuantile(1.5)).toBeNaN()
  })
})

describe('normalTwoSidedP', () => {
  it('is 0.05 at the 95 % critical value and 1 at 0', () => {
    expect(normalTwoSidedP(1.959963984540054)).toBeCloseTo(0.05, 15)
    expect(normalTwoSidedP(0)).toBe(1)
  })
})
