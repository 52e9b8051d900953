import { describe, expect, it } from 'vitest'
import { erlangA } from '../../../src/domain/staffing/erlang-a.ts'
import { erlangC, type QueueMetrics } from '../../../src/domain/staffing/erlang-c.ts'
import { trafficErlangs } from '../../../src/domain/staffing/calculator.ts'
import reference from '../../fixtures/erlang-reference.json' with { type: 'json' }

function expectWithin(got: number, expected: number, tolerance: number, what: string): void {
  const error = Math.abs(got - expected)
  expect(error, `${what}: got ${got}, expected ${expected}, error ${error}`).toBeLessThanOrEqual(tolerance)
}

function expectInRange(m: QueueMetrics, label: string): void {
  for (const key of ['serviceLevel', 'probWait', 'probAbandon', 'occupancy'] as const) {
    expect(Number.isFinite(m[key]), `${label} ${key} = ${m[key]}`).toBe(true)
    expect(m[key], `${label} ${key}`).toBeGreaterThanOrEqual(0)
    expect(m[key], `${label} ${key}`).toBeLessThanOrEqual(1)
  }
  expect(Number.isNaN(m.asaSeconds), `${label} ASA`).toBe(false)
  expect(m.asaSeconds, `${label} ASA`).toBeGreaterThanOrEqual(0)
}

describe('erlangA', () => {
  // The reference walks the birth–death chain in 90+ digits (hypoexponential CDF for the
  // answered-within-T share), so it is exact for our purpose. The engine's worst measured
  // error on this grid is 4e-15 absolute (SL formed by cancellation when SL is ~1e-20).
  // 1e-12 absolute on shares (and 1e-12 relative on ASA, a time) leaves 250× headroom for
  // rounding while any modelling slip (wrong SL convention, off-by-one in the queue) shows at 1e-6 or more.
  it.each(reference.erlangA)(
    'matches the birth–death chain for $agents agents, $trafficErlangs Erlangs, AHT $ahtSeconds s, patience $patienceSeconds s, T $answerWithinSeconds s',
    (row) => {
      const got = erlangA(row.agents, row.trafficErlangs, row.ahtSeconds, row.patienceSeconds, row.answerWithinSeconds)
      expectWithin(got.serviceLevel, row.serviceLevel, 1e-12, 'serviceLevel')
      expectWithin(got.probWait, row.probWait, 1e-12, 'probWait')
      expectWithin(got.probAbandon, row.probAbandon, 1e-12, 'probAbandon')
      expectWithin(got.occupancy, row.occupancy, 1e-12, 'occupancy')
      expectWithin(got.asaSeconds, row.asaSeconds, 1e-12 * row.asaSeconds, 'asaSeconds')
    },
  )

  it('gives the published pyworkforce example: 13 agents, 100 calls in 1800 s, AHT 180 s, patience 300 s, 20 s → SL 0.8581777, P(abandon) 0.0249633, P(wait) 0.2257971', () => {
    const m = erlangA(13, trafficErlangs(100, 1800, 180), 180, 300, 20)
    expectWithin(m.serviceLevel, 0.8581777, 5e-8, 'serviceLevel')
    expectWithin(m.probAbandon, 0.0249633, 5e-8, 'probAbandon')
    expectWithin(m.probWait, 0.2257971, 5e-8, 'probWait')
  })

  it.each([
    [12, 10, 180, 20],
    [14, 10, 180, 0],
    [9, 10, 180, 20],
    [251, 250, 300, 60],
  ])('with infinite patience is Erlang C exactly (%s agents, %s Erlangs, AHT %s, T %s)', (agents, traffic, aht, t) => {
    expect(erlangA(agents, traffic, aht, Infinity, t)).toEqual(erlangC(agents, traffic, aht, t))
  })

  it.each([
    [13, 10, 180, 20],
    [101, 100, 180, 20],
    [3, 2.5, 300, 60],
    [10_050, 10_000, 150, 20],
  ])('approaches Erlang C ever closer as patience grows from 1e4 to 1e6 to 1e8 s (%s agents, %s Erlangs)', (agents, traffic, aht, t) => {
    const c = erlangC(agents, traffic, aht, t)
    const gaps = [1e4, 1e6, 1e8].map((patience) => {
      const a = erlangA(agents, traffic, aht, patience, t)
      return [a.serviceLevel - c.serviceLevel, a.probWait - c.probWait, a.asaSeconds - c.asaSeconds].map(Math.abs)
    })
    for (let figure = 0; figure < 3; figure++) {
      // The gap shrinks roughly in proportion to 1/patience: demand at least 10× per 100× of patience.
      expect(gaps[1]![figure]!).toBeLessThan(gaps[0]![figure]! / 10)
      expect(gaps[2]![figure]!).toBeLessThan(gaps[1]![figure]! / 10)
    }
    // Impatient callers are served better than patient ones in every respect.
    const a = erlangA(agents, traffic, aht, 1e4, t)
    expect(a.serviceLevel).toBeGreaterThan(c.serviceLevel)
    expect(a.probWait).toBeLessThan(c.probWait)
    expect(a.asaSeconds).toBeLessThan(c.asaSeconds)
  })

  it.each([
    [5, 10, 180, 300],
    [50, 100, 180, 60],
    [1, 30, 300, 1800],
    [900, 1_000, 240, 120],
  ])('stays stable below the load: %s agents for %s Erlangs give finite figures and abandonment at least 1 − N/A', (agents, traffic, aht, patience) => {
    const m = erlangA(agents, traffic, aht, patience, 20)
    expectInRange(m, `${agents}/${traffic}`)
    expect(Number.isFinite(m.asaSeconds)).toBe(true)
    expect(m.probAbandon).toBeGreaterThan(0)
    // Agents cannot answer more than N/A of the offered load.
    expect(m.probAbandon).toBeGreaterThanOrEqual(1 - agents / traffic - 1e-12)
    expect(m.serviceLevel).toBeLessThan(agents / traffic)
  })

  it('refuses, rather than runs for minutes, a queue of more than 1e8 waiting states', () => {
    // 10,000 Erlangs over one agent with patience 10⁵ AHT: ~10⁹ states before the peak.
    expect(() => erlangA(1, 10_000, 1, 1e5, 20)).toThrow(RangeError)
  })

  it('with zero agents loses everyone: P(abandon) 1, SL 0, P(wait) 1, ASA Infinity, occupancy 0', () => {
    expect(erlangA(0, 10, 180, 300, 20)).toEqual({ serviceLevel: 0, asaSeconds: Infinity, occupancy: 0, probWait: 1, probAbandon: 1 })
  })

  it('with no traffic answers everyone at once', () => {
    expect(erlangA(5, 0, 180, 300, 20)).toEqual({ serviceLevel: 1, asaSeconds: 0, occupancy: 0, probWait: 0, probAbandon: 0 })
  })

  it('counts the occupancy of answered contacts only: A·(1 − P(abandon))/N', () => {
    const m = erlangA(9, 10, 180, 300, 20)
    expectWithin(m.occupancy, (10 * (1 - m.probAbandon)) / 9, 1e-15, 'occupancy')
  })

  it('gives SL at T = 0 as the share that does not wait', () => {
    for (const agents of [5, 10, 13, 20]) {
      const m = erlangA(agents, 10, 180, 300, 0)
      expectWithin(m.serviceLevel, 1 - m.probWait, 1e-15, `SL(0) with ${agents} agents`)
    }
  })

  it('stays finite and in range at 10,000 Erlangs for N from 1 to 12,000 and patience 30 to 3,600 s', () => {
    const traffic = trafficErlangs(60_000, 900, 150)
    const agentCounts = [1, 2, 10, 100, 1_000, 5_000, 9_000, 9_500, 9_800, 9_900, 9_950, 9_999, 10_000, 10_001, 10_050, 10_100, 10_300, 11_000, 12_000]
    for (const patience of [30, 120, 600, 3_600]) {
      let previousSl = -1
      for (const agents of agentCounts) {
        const m = erlangA(agents, traffic, 150, patience, 20)
        expectInRange(m, `N=${agents} patience=${patience}`)
        expect(Number.isFinite(m.asaSeconds)).toBe(true)
        expect(m.probAbandon).toBeGreaterThanOrEqual(1 - agents / traffic - 1e-12)
        // SL is accurate to ~1e-15 absolute (it can be 6e-17 where the truth is 1e-30): rises up to that noise.
        expect(m.serviceLevel).toBeGreaterThanOrEqual(previousSl - 1e-12)
        previousSl = m.serviceLevel
      }
    }
  })
})
