import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deadlineWindow, deferredWorkOutcome, deferredWorkRequired } from '../../../src/domain/staffing/deferred-work.ts'

const HOUR = 3600

describe('deadlineWindow', () => {
  it('counts the intervals that end by the deadline, at least one', () => {
    expect(deadlineWindow(24 * HOUR, 900)).toBe(96)
    expect(deadlineWindow(HOUR, HOUR)).toBe(1)
    expect(deadlineWindow(600, 900)).toBe(1)
  })
})

describe('deferredWorkRequired', () => {
  it('staffs each hour for its own work when the deadline is one interval', () => {
    // 10 items × 360 s = 3,600 s of work an hour; an agent does 3,600 × 0.9 = 3,240 s: ceil(1.11) = 2.
    const r = deferredWorkRequired({ items: [10, 10, 10, 10], open: [true, true, true, true], intervalSeconds: HOUR, ahtSeconds: 360, deadlineSeconds: HOUR })
    expect([...r.agents]).toEqual([2, 2, 2, 2])
    expect(r.onTimeShare).toBe(1)
    expect([...r.backlogSeconds]).toEqual([0, 0, 0, 0])
  })

  it('spreads work evenly over the open intervals of its window', () => {
    // 30 items × 360 s = 10,800 s due within 3 h, all open: 3,600 s an hour → 2 agents each hour.
    const r = deferredWorkRequired({ items: [30, 0, 0], open: [true, true, true], intervalSeconds: HOUR, ahtSeconds: 360, deadlineSeconds: 3 * HOUR })
    expect([...r.agents]).toEqual([2, 2, 2])
    expect(r.onTimeShare).toBe(1)
  })

  it('carries work that arrives while closed to the first open interval and reports it late', () => {
    // Hour 0's window (hours 0–1) is closed: its 3,600 s lands in hour 2, late. Hour 1's window (1–2)
    // has hour 2 open: on time. Hour 2 then holds 7,200 s → ceil(7,200 / 3,240) = 3 agents.
    const r = deferredWorkRequired({ items: [10, 10, 0, 0], open: [false, false, true, true], intervalSeconds: HOUR, ahtSeconds: 360, deadlineSeconds: 2 * HOUR })
    expect([...r.agents]).toEqual([0, 0, 3, 0])
    expect(r.onTimeShare).toBe(0.5)
    expect([...r.backlogSeconds]).toEqual([3600, 7200, 0, 0])
  })

  it('needs no agents for no work', () => {
    const r = deferredWorkRequired({ items: [0, 0], open: [true, true], intervalSeconds: HOUR, ahtSeconds: 300, deadlineSeconds: HOUR })
    expect([...r.agents]).toEqual([0, 0])
    expect(r.onTimeShare).toBe(1)
  })

  it('plans every item on time whenever each window holds an open interval (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(200), { minLength: 1, maxLength: 96 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 60, max: 1800 }),
        (items, window, aht) => {
          // Open every `window`-th interval and the last, so every window holds one.
          const open = items.map((_, i) => i % window === window - 1 || i === items.length - 1)
          const r = deferredWorkRequired({ items, open, intervalSeconds: 900, ahtSeconds: aht, deadlineSeconds: window * 900 })
          expect(r.onTimeShare).toBeCloseTo(1, 12)
          r.agents.forEach((a, i) => {
            if (!open[i]) expect(a).toBe(0)
          })
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('deferredWorkOutcome', () => {
  const base = { items: [10, 10, 10], open: [true, true, true], intervalSeconds: HOUR, ahtSeconds: 360, agents: [1, 1, 1] }

  it('works oldest first and carries the backlog to the next interval', () => {
    // 3,600 s arrive each hour, one agent clears 3,240 s: 360, 720, 1,080 s left at each hour's end.
    const r = deferredWorkOutcome({ ...base, deadlineSeconds: 2 * HOUR })
    expect([...r.backlogSeconds].map((x) => Math.round(x))).toEqual([360, 720, 1080])
    expect(r.unfinishedSeconds).toBeCloseTo(1080, 9)
    // What is left of hour 2 is still inside its window: nothing due was late.
    expect(r.onTimeShare).toBe(1)
  })

  it('counts work finished after its deadline as late', () => {
    // Deadline one hour: 360 s of hour 0 and 720 s of hour 1 finish an hour late.
    // On time: 3,240 + 2,880 + 2,520 = 8,640 of 10,800 s due = 0.8.
    const r = deferredWorkOutcome({ ...base, deadlineSeconds: HOUR })
    expect(r.onTimeShare).toBeCloseTo(0.8, 12)
  })

  it('does no work in closed intervals, whatever the headcount', () => {
    const r = deferredWorkOutcome({ ...base, open: [false, true, true], deadlineSeconds: 3 * HOUR, agents: [5, 1, 1] })
    expect(r.backlogSeconds[0]).toBe(3600)
  })
})
