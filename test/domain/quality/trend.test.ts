import { describe, expect, it } from 'vitest'
import { olsTrend } from '../../../src/domain/quality/trend.ts'

describe('olsTrend', () => {
  it('reproduces Anscombe’s (1973) data set I: slope 0.5001, SE 0.1179, t 4.24, p 0.00217', () => {
    const x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5]
    const y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68]
    const t = olsTrend(x.map((xi, i) => ({ x: xi, y: y[i]! })))!
    expect(t.slope).toBeCloseTo(0.5001, 4)
    expect(t.intercept).toBeCloseTo(3.0001, 4)
    expect(t.standardError).toBeCloseTo(0.1179, 4)
    expect(t.t).toBeCloseTo(4.241, 3)
    expect(t.df).toBe(9)
    expect(t.pValue).toBeCloseTo(0.00217, 5)
    expect(t.significant).toBe(true)
  })

  it('calls a noisy flat series not significant', () => {
    const t = olsTrend([0.8, 0.82, 0.79, 0.81, 0.8, 0.79].map((y, x) => ({ x, y })))!
    expect(t.significant).toBe(false)
  })

  it('has no trend from fewer than 3 points', () => {
    expect(olsTrend([{ x: 1, y: 1 }, { x: 2, y: 2 }])).toBeUndefined()
  })

  it('treats a perfect line as certain and a constant series as flat', () => {
    expect(olsTrend([1, 2, 3, 4].map((y, x) => ({ x, y })))!.pValue).toBe(0)
    expect(olsTrend([5, 5, 5].map((y, x) => ({ x, y })))!.pValue).toBe(1)
  })
})
