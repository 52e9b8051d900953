import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { holmAdjust } from '../../../src/domain/quality/holm.ts'

describe('holmAdjust', () => {
  it('steps down as Holm (1979) defines it: 0.01 … 0.05 become 0.05, 0.08, 0.09, 0.09, 0.09 (as R p.adjust "holm")', () => {
    // By hand: 5 × 0.01, 4 × 0.02, 3 × 0.03, then 2 × 0.04 = 0.08 and 1 × 0.05 raised to the running maximum 0.09.
    const adjusted = holmAdjust([0.01, 0.02, 0.03, 0.04, 0.05])
    ;[0.05, 0.08, 0.09, 0.09, 0.09].forEach((p, i) => expect(adjusted[i]).toBeCloseTo(p, 15))
  })

  it('keeps the input order and caps at 1', () => {
    // Sorted: 3 × 0.01 = 0.03, 2 × 0.6 = 1.2 capped at 1, 1 × 0.7 raised to the running maximum 1.
    const adjusted = holmAdjust([0.6, 0.01, 0.7])
    expect(adjusted).toEqual([1, 0.03, 1])
  })

  it('leaves missing p-values out of m', () => {
    const adjusted = holmAdjust([0.01, undefined, 0.02])
    expect(adjusted[1]).toBeUndefined()
    expect(adjusted[0]).toBeCloseTo(0.02, 15)
    expect(adjusted[2]).toBeCloseTo(0.02, 15)
  })

  it('never lowers a p-value, keeps the raw order, and stays within [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }), (ps) => {
        const adjusted = holmAdjust(ps) as number[]
        return ps.every((p, i) => adjusted[i]! >= p && adjusted[i]! <= 1 && ps.every((q, j) => !(p < q) || adjusted[i]! <= adjusted[j]!))
      }),
    )
  })
})
