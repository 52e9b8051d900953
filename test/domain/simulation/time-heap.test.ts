import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TimeHeap } from '../../../src/domain/simulation/time-heap.ts'

const time = fc.double({ min: 0, max: 1e6, noNaN: true })

describe('TimeHeap', () => {
  it('pops any pushed times in ascending order, growing past its initial capacity', () => {
    fc.assert(
      fc.property(fc.array(time, { maxLength: 200 }), (times) => {
        const heap = new TimeHeap(2)
        for (const t of times) heap.push(t)
        expect(heap.size).toBe(times.length)
        const popped = times.map(() => heap.pop())
        expect(popped).toEqual([...times].sort((a, b) => a - b))
        expect(heap.pop()).toBe(Infinity)
        expect(heap.top).toBe(Infinity)
      }),
    )
  })

  it('replaceTop(x) leaves the same contents as pop() then push(x)', () => {
    fc.assert(
      fc.property(fc.array(time, { minLength: 1, maxLength: 60 }), fc.array(time, { maxLength: 60 }), (initial, replacements) => {
        const heap = new TimeHeap()
        const model: number[] = []
        for (const t of initial) {
          heap.push(t)
          model.push(t)
        }
        for (const r of replacements) {
          model.sort((a, b) => a - b).shift()
          model.push(r)
          heap.replaceTop(r)
          expect(heap.top).toBe(Math.min(...model))
        }
        const drained: number[] = []
        while (heap.size > 0) drained.push(heap.pop())
        expect(drained).toEqual(model.sort((a, b) => a - b))
      }),
    )
  })

  it('replaceTop on an empty heap pushes, and clear() empties it', () => {
    const heap = new TimeHeap()
    heap.replaceTop(5)
    expect(heap.top).toBe(5)
    heap.clear()
    expect(heap.size).toBe(0)
  })
})
