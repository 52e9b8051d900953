import { describe, expect, it } from 'vitest'
import { BlockingWalk, erlangB, recursionStart } from '../../../src/domain/staffing/erlang-b.ts'
import reference from '../../fixtures/erlang-reference.json' with { type: 'json' }

/** |got − expected| ≤ rel·|expected|, with the failing numbers in the message. */
function expectRelativelyClose(got: number, expected: number, rel: number): void {
  const error = Math.abs(got - expected)
  expect(error, `got ${got}, expected ${expected}, relative error ${error / Math.abs(expected)}`).toBeLessThanOrEqual(rel * Math.abs(expected))
}

/** Erlang B by the model.md §2 recursion walked from B(0) = 1, in its direct form: the textbook loop. */
function plainErlangB(agents: number, traffic: number): number {
  let b = 1
  for (let n = 1; n <= agents; n++) b = (traffic * b) / (n + traffic * b)
  return b
}

describe('erlangB', () => {
  // The reference is the exact rational sum (A^N/N!)/Σ A^k/k!; the recursion's rounding
  // grows with the steps past A and measures at most 6e-14 at 10,000 Erlangs (1,300 steps).
  it.each(reference.erlangB)(
    'gives B($agents agents, $trafficErlangs Erlangs) = $blocking within 1e-12 relative of the exact sum',
    ({ agents, trafficErlangs, blocking }) => {
      expectRelativelyClose(erlangB(agents, trafficErlangs), blocking, 1e-12)
    },
  )

  it.each([0.5, 10, 250, 10_000, 0])('is 1 with no agents (B(0) = 1) at %s Erlangs', (traffic) => {
    expect(erlangB(0, traffic)).toBe(1)
  })

  it('is 0 with agents and no traffic', () => {
    expect(erlangB(1, 0)).toBe(0)
    expect(erlangB(50, 0)).toBe(0)
  })

  it('gives the textbook B(2 agents, 1 Erlang) = 1/5', () => {
    expect(erlangB(2, 1)).toBe(0.2)
  })

  it('falls as agents are added', () => {
    let previous = erlangB(0, 37.5)
    for (let n = 1; n <= 80; n++) {
      const b = erlangB(n, 37.5)
      expect(b).toBeLessThan(previous)
      previous = b
    }
  })

  it('stays finite and positive at 50,000 Erlangs, far from the load', () => {
    for (const n of [1, 25_000, 49_000, 50_000, 51_000, 52_000]) {
      const b = erlangB(n, 50_000)
      expect(Number.isFinite(b) && b > 0 && b <= 1).toBe(true)
    }
  })
})

describe('recursionStart', () => {
  it('starts from 0 for small loads', () => {
    expect(recursionStart(12, 10)).toBe(0)
    expect(recursionStart(150, 100)).toBe(0)
  })

  it('starts 10√A + 10 below the smaller of the agents and the load', () => {
    expect(recursionStart(10_300, 10_000)).toBe(8_990)
    expect(recursionStart(9_500, 10_000)).toBe(8_490)
  })

  // The plain loop rounds differently (division form, from B(0) = 1); both are within a few
  // hundred ulps of the truth near A, so 1e-13 relative separates a bad start from rounding.
  it.each([200, 333.3, 1_000, 2_500, 4_321.75, 10_000])(
    'lets erlangB start late and still agree with the plain recursion from B(0) = 1 within 1e-13 at A = %s, N around A ± 3√A',
    (traffic) => {
      const root = Math.sqrt(traffic)
      const from = Math.max(1, Math.floor(traffic - 3 * root))
      const to = Math.ceil(traffic + 3 * root)
      expect(recursionStart(from, traffic)).toBeGreaterThan(0)
      let b = 1
      for (let n = 1; n <= to; n++) {
        b = (traffic * b) / (n + traffic * b)
        if (n >= from) expectRelativelyClose(erlangB(n, traffic), b, 1e-13)
      }
    },
  )

  it('lets erlangB start late well below the load too (N = A/2 and A − 10√A at 10,000 Erlangs)', () => {
    for (const n of [5_000, 9_000]) {
      expect(recursionStart(n, 10_000)).toBeGreaterThan(0)
      expectRelativelyClose(erlangB(n, 10_000), plainErlangB(n, 10_000), 1e-13)
    }
  })
})

describe('BlockingWalk', () => {
  // Walk reset for 2,000 Erlangs from 1,950 agents: recursionStart(1950, 2000) = 1492.
  const TRAFFIC = 2_000
  const LOWEST = 1_950

  it('answers blocking equal to erlangB from its reset point up, far enough to grow its memory', () => {
    const walk = new BlockingWalk()
    walk.reset(TRAFFIC, LOWEST)
    for (let n = LOWEST; n <= 2_600; n += 3) expectRelativelyClose(walk.blocking(n), erlangB(n, TRAFFIC), 1e-13)
  })

  it('answers blocking equal to erlangB below its reset point, where it must not trust its fluid starting value', () => {
    const walk = new BlockingWalk()
    walk.reset(TRAFFIC, LOWEST)
    expect(recursionStart(LOWEST, TRAFFIC)).toBe(1_492)
    // Exact values (test/fixtures/erlang-reference.py): B(1492) = 0.25544649614701541,
    // B(1500) = 0.25147682085465370, B(1520) = 0.24155686506977850.
    expectRelativelyClose(erlangB(1_500, TRAFFIC), 0.2514768208546537, 1e-13)
    for (let n = 1_400; n < LOWEST; n += 4) expectRelativelyClose(walk.blocking(n), erlangB(n, TRAFFIC), 1e-13)
  })

  it('gives the same values when asked in any order', () => {
    const walk = new BlockingWalk()
    walk.reset(500, 480)
    const descending = [700, 650, 600, 550, 500, 480, 450].map((n) => walk.blocking(n))
    const fresh = new BlockingWalk()
    fresh.reset(500, 480)
    const ascending = [450, 480, 500, 550, 600, 650, 700].map((n) => fresh.blocking(n)).reverse()
    expect(descending).toEqual(ascending)
    descending.forEach((b, i) => expectRelativelyClose(b, erlangB([700, 650, 600, 550, 500, 480, 450][i]!, 500), 1e-13))
  })

  it('forgets the previous load on reset', () => {
    const walk = new BlockingWalk()
    walk.reset(10, 1)
    walk.blocking(30)
    walk.reset(20, 1)
    for (let n = 0; n <= 40; n++) expectRelativelyClose(walk.blocking(n), erlangB(n, 20), 1e-13)
  })

  it('equals erlangB exactly when reset at or above the load (same start, same arithmetic)', () => {
    const walk = new BlockingWalk()
    walk.reset(10_000, 10_000)
    for (const n of [10_000, 10_050, 10_300, 11_000]) expect(walk.blocking(n)).toBe(erlangB(n, 10_000))
  })
})
