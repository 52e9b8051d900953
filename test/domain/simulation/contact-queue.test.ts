import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ContactQueue } from '../../../src/domain/simulation/contact-queue.ts'

describe('ContactQueue', () => {
  it('returns contacts first in, first out through wrap-around and growth', () => {
    // A random mix of pushes (true) and shifts (false) against a plain array as the model.
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 3000 }), (ops) => {
        const queue = new ContactQueue(16)
        const model: [number, number, number][] = []
        let next = 0
        for (const push of ops) {
          if (push || model.length === 0) {
            const contact: [number, number, number] = [next * 1.5, next * 1.5 + 300, next % 97]
            queue.push(...contact)
            model.push(contact)
            next++
          } else {
            const [arrival, deadline, interval] = model.shift()!
            expect([queue.headArrival, queue.headDeadline, queue.headInterval]).toEqual([arrival, deadline, interval])
            queue.shift()
          }
          expect(queue.size).toBe(model.length)
        }
      }),
    )
  })

  it('keeps an Infinity give-up time (a caller who never hangs up)', () => {
    const queue = new ContactQueue()
    queue.push(1, Infinity, 0)
    expect(queue.headDeadline).toBe(Infinity)
    queue.clear()
    expect(queue.size).toBe(0)
  })
})
