import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { wilsonInterval } from '../../../src/domain/quality/wilson-interval.ts'

describe('wilsonInterval', () => {
  // Newcombe (1998) "Two-sided confidence intervals for the single proportion", Statistics in Medicine 17:857,
  // Table I: method 3 (Wilson score) and method 4 (with continuity correction), 95 %, four decimals.
  it.each([
    [81, 263, 0.2553, 0.3662, 0.2535, 0.3682],
    [15, 148, 0.0624, 0.1605, 0.0598, 0.1644],
    [0, 20, 0, 0.1611, 0, 0.2005],
    [1, 29, 0.0061, 0.1718, 0.0018, 0.1963],
  ])('%d/%d matches Newcombe 1998 Table I', (x, n, low, high, ccLow, ccHigh) => {
    const plain = wilsonInterval(x, n)!
    const corrected = wilsonInterval(x, n, { continuityCorrection: true })!
    expect(plain.low).toBeCloseTo(low, 4)
    expect(plain.high).toBeCloseTo(high, 4)
    expect(corrected.low).toBeCloseTo(ccLow, 4)
    expect(corrected.high).toBeCloseTo(ccHigh, 4)
  })

  it('states its confidence level', () => {
    expect(wilsonInterval(5, 10)!.confidenceLevel).toBe(0.95)
    expect(wilsonInterval(5, 10, { confidenceLevel: 0.9 })!.confidenceLevel).toBe(0.9)
  })

  it('with continuity correction has a lower bound of exactly 0 at x = 0 and an upper bound of exactly 1 at x = n', () => {
    expect(wilsonInterval(0, 7, { continuityCorrection: true })!.low).toBe(0)
    expect(wilsonInterval(7, 7, { continuityCorrection: true })!.high).toBe(1)
  })

  it('has no interval for n = 0', () => {
    expect(wilsonInterval(0, 0)).toBeUndefined()
  })

  it('contains the estimate and stays within [0, 1], at any level, with or without correction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        fc.boolean(),
        (n, share, level, continuityCorrection) => {
          const x = Math.round(share * n)
          const i = wilsonInterval(x, n, { confidenceLevel: level, continuityCorrection })!
          const p = x / n
          return i.low >= 0 && i.high <= 1 && i.low <= p + 1e-12 && p <= i.high + 1e-12
        },
      ),
    )
  })

  it('narrows as the sample grows', () => {
    const width = (n: number) => {
      const i = wilsonInterval(0.3 * n, n)!
      return i.high - i.low
    }
    expect(width(100)).toBeGreaterThan(width(1000))
  })
})
