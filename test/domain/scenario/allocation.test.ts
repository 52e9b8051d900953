import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allocateByOverflow, allocateByShares } from '../../../src/domain/scenario/allocation.ts'

const flags = (...values: number[]) => Uint8Array.from(values)
const caps = (...values: number[]) => Float64Array.from(values)
const list = (a: Float64Array) => [...a]

describe('allocateByShares', () => {
  it('allocateByShares(volume, shares, open) gives each open option its share', () => {
    const { volumes, unserved } = allocateByShares([100, 40], [0.6, 0.4], [flags(1, 1), flags(1, 1)])
    expect(volumes.map(list)).toEqual([[60, 24], [40, 16]])
    expect(list(unserved)).toEqual([0, 0])
  })

  it('allocateByShares(…) renormalises the shares over the options open in each interval', () => {
    const { volumes } = allocateByShares([100, 100, 100], [0.5, 0.3, 0.2], [flags(1, 1, 0), flags(1, 0, 1), flags(0, 1, 1)])
    expect(volumes[0]![0]).toBeCloseTo(62.5, 12) // 0.5 / 0.8
    expect(volumes[1]![0]).toBeCloseTo(37.5, 12)
    expect(volumes[0]![1]).toBeCloseTo(500 / 7, 12) // 0.5 / 0.7
    expect(volumes[2]![1]).toBeCloseTo(200 / 7, 12)
    expect(volumes[1]![2]).toBeCloseTo(60, 12) // 0.3 / 0.5
    expect(volumes[2]![2]).toBeCloseTo(40, 12)
  })

  it('allocateByShares(…) returns volume as unserved when no option is open', () => {
    const { volumes, unserved } = allocateByShares([7, 9], [0.5, 0.5], [flags(0, 1), flags(0, 0)])
    expect(list(unserved)).toEqual([7, 0])
    expect(volumes.map(list)).toEqual([[0, 9], [0, 0]])
  })

  it('allocateByShares(…) gives a zero-share option nothing, even when it is the only one open', () => {
    const { volumes, unserved } = allocateByShares([10], [1, 0], [flags(0), flags(1)])
    expect(volumes.map(list)).toEqual([[0], [0]])
    expect(list(unserved)).toEqual([10])
  })

  it('allocateByShares(…) conserves volume: the options’ volumes plus unserved equal the input (property)', () => {
    const case_ = fc.integer({ min: 1, max: 5 }).chain((k) =>
      fc.integer({ min: 1, max: 30 }).chain((n) =>
        fc.record({
          volume: fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: n, maxLength: n }),
          weights: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: k, maxLength: k }),
          open: fc.array(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n }), { minLength: k, maxLength: k }),
        }),
      ),
    )
    fc.assert(
      fc.property(case_, ({ volume, weights, open }) => {
        const total = weights.reduce((a, b) => a + b, 0)
        const shares = weights.map((w) => w / total)
        const { volumes, unserved } = allocateByShares(volume, shares, open.map((o) => Uint8Array.from(o)))
        volume.forEach((v, i) => {
          const given = volumes.reduce((s, vs) => s + vs[i]!, 0) + unserved[i]!
          expect(Math.abs(given - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, v))
          volumes.forEach((vs, k) => {
            expect(vs[i]).toBeGreaterThanOrEqual(0)
            if (!open[k]![i]) expect(vs[i]).toBe(0)
          })
        })
      }),
      { numRuns: 100 },
    )
  })
})

describe('allocateByOverflow', () => {
  it('allocateByOverflow(volume, capacity, open) fills the options in order up to their capacity', () => {
    const { volumes, unserved } = allocateByOverflow([100], [caps(30), caps(50), caps(1000)], [flags(1), flags(1), flags(1)])
    expect(volumes.map(list)).toEqual([[30], [50], [20]])
    expect(list(unserved)).toEqual([0])
  })

  it('allocateByOverflow(…) gives everything to the first option when it has room', () => {
    const { volumes } = allocateByOverflow([25], [caps(30), caps(50)], [flags(1), flags(1)])
    expect(volumes.map(list)).toEqual([[25], [0]])
  })

  it('allocateByOverflow(…) with Infinity capacity takes all that reaches it', () => {
    const { volumes, unserved } = allocateByOverflow([1e7, 5], [caps(10, 10), caps(Infinity, Infinity)], [flags(1, 1), flags(1, 1)])
    expect(volumes.map(list)).toEqual([[10, 5], [1e7 - 10, 0]])
    expect(list(unserved)).toEqual([0, 0])
  })

  it('allocateByOverflow(…) skips closed options', () => {
    const { volumes } = allocateByOverflow([100], [caps(Infinity), caps(Infinity)], [flags(0), flags(1)])
    expect(volumes.map(list)).toEqual([[0], [100]])
  })

  it('allocateByOverflow(…) returns what no option has room for as unserved', () => {
    const { unserved } = allocateByOverflow([100, 100], [caps(30, 30), caps(50, 0)], [flags(1, 0), flags(1, 1)])
    expect(list(unserved)).toEqual([20, 100])
  })

  it('allocateByOverflow(…) conserves volume and respects every capacity (property)', () => {
    const capacity = fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(Infinity))
    const case_ = fc.integer({ min: 1, max: 5 }).chain((k) =>
      fc.integer({ min: 1, max: 30 }).chain((n) =>
        fc.record({
          volume: fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: n, maxLength: n }),
          capacity: fc.array(fc.array(capacity, { minLength: n, maxLength: n }), { minLength: k, maxLength: k }),
          open: fc.array(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n }), { minLength: k, maxLength: k }),
        }),
      ),
    )
    fc.assert(
      fc.property(case_, ({ volume, capacity, open }) => {
        const { volumes, unserved } = allocateByOverflow(volume, capacity.map((c) => Float64Array.from(c)), open.map((o) => Uint8Array.from(o)))
        volume.forEach((v, i) => {
          const given = volumes.reduce((s, vs) => s + vs[i]!, 0) + unserved[i]!
          expect(Math.abs(given - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, v))
          expect(unserved[i]).toBeGreaterThanOrEqual(0)
          volumes.forEach((vs, k) => {
            expect(vs[i]).toBeGreaterThanOrEqual(0)
            expect(vs[i]).toBeLessThanOrEqual(capacity[k]![i]!)
            if (!open[k]![i]) expect(vs[i]).toBe(0)
          })
        })
      }),
      { numRuns: 100 },
    )
  })
})
