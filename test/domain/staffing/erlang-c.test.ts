import { describe, expect, it } from 'vitest'
import { erlangC, waitProbability } from '../../../src/domain/staffing/erlang-c.ts'
import { trafficErlangs } from '../../../src/domain/staffing/calculator.ts'
import reference from '../../fixtures/erlang-reference.json' with { type: 'json' }

function expectRelativelyClose(got: number, expected: number, rel: number, what: string): void {
  const error = Math.abs(got - expected)
  expect(error, `${what}: got ${got}, expected ${expected}, relative error ${error / Math.abs(expected)}`).toBeLessThanOrEqual(rel * Math.abs(expected))
}

describe('erlangC', () => {
  // The reference sums the direct definition of C exactly and takes exp in 90 digits; the
  // engine's worst measured relative error on this grid is 6e-14 (10,000 Erlangs), so
  // 1e-12 relative on every figure catches any formula slip while allowing double rounding.
  it.each(reference.erlangC)(
    'gives SL, P(wait), ASA and occupancy for $agents agents, $trafficErlangs Erlangs, AHT $ahtSeconds s, T $answerWithinSeconds s within 1e-12 relative of the exact definition',
    (row) => {
      const got = erlangC(row.agents, row.trafficErlangs, row.ahtSeconds, row.answerWithinSeconds)
      expectRelativelyClose(got.probWait, row.probWait, 1e-12, 'probWait')
      expectRelativelyClose(got.serviceLevel, row.serviceLevel, 1e-12, 'serviceLevel')
      expectRelativelyClose(got.asaSeconds, row.asaSeconds, 1e-12, 'asaSeconds')
      expectRelativelyClose(got.occupancy, row.occupancy, 1e-12, 'occupancy')
      expect(got.probAbandon).toBe(0)
    },
  )

  it('gives the published worked example: 12 agents, 10 Erlangs, AHT 180 s, 20 s → SL 0.6401580403740066, P(wait) 0.4493882242982709, ASA 40.444940186844384', () => {
    const m = erlangC(12, trafficErlangs(100, 1800, 180), 180, 20)
    expect(Math.abs(m.serviceLevel - 0.6401580403740066)).toBeLessThanOrEqual(1e-14)
    expect(Math.abs(m.probWait - 0.4493882242982709)).toBeLessThanOrEqual(1e-14)
    expect(Math.abs(m.asaSeconds - 40.444940186844384)).toBeLessThanOrEqual(1e-14 * 40.444940186844384)
    expect(m.occupancy).toBeCloseTo(10 / 12, 15)
  })

  it.each([
    [10, 10],
    [9, 10],
    [1, 10],
    [10_000, 10_000.5],
    [10_000, 10_000],
  ])('is unstable with %s agents for %s Erlangs: SL 0, P(wait) 1, ASA Infinity, occupancy 1', (agents, traffic) => {
    expect(erlangC(agents, traffic, 180, 20)).toEqual({ serviceLevel: 0, asaSeconds: Infinity, occupancy: 1, probWait: 1, probAbandon: 0 })
  })

  it('reports no occupancy with no agents and some traffic', () => {
    expect(erlangC(0, 3, 180, 20)).toEqual({ serviceLevel: 0, asaSeconds: Infinity, occupancy: 0, probWait: 1, probAbandon: 0 })
  })

  it.each([0, 1, 25])('answers everyone at once with no traffic (%s agents)', (agents) => {
    expect(erlangC(agents, 0, 180, 20)).toEqual({ serviceLevel: 1, asaSeconds: 0, occupancy: 0, probWait: 0, probAbandon: 0 })
  })

  it('gives SL at T = 0 as the share that does not wait', () => {
    for (const agents of [11, 12, 14, 20]) {
      const m = erlangC(agents, 10, 180, 0)
      expect(m.serviceLevel).toBe(1 - m.probWait)
    }
  })

  it('stays finite and in range at 10,000 Erlangs (60,000 calls in 900 s, AHT 150 s) for every N from 9,900 to 10,300', () => {
    const traffic = trafficErlangs(60_000, 900, 150)
    expect(traffic).toBe(10_000)
    let previousSl = -1
    for (let agents = 9_900; agents <= 10_300; agents++) {
      const m = erlangC(agents, traffic, 150, 20)
      for (const p of [m.serviceLevel, m.probWait, m.occupancy]) {
        expect(Number.isNaN(p)).toBe(false)
        expect(p).toBeGreaterThanOrEqual(0)
        expect(p).toBeLessThanOrEqual(1)
      }
      expect(Number.isNaN(m.asaSeconds)).toBe(false)
      if (agents > traffic) expect(Number.isFinite(m.asaSeconds)).toBe(true)
      expect(m.serviceLevel).toBeGreaterThanOrEqual(previousSl)
      previousSl = m.serviceLevel
    }
    // 3√A above the load the queue is comfortably inside 80/20.
    expect(erlangC(10_300, traffic, 150, 20).serviceLevel).toBeGreaterThan(0.99)
  })
})

describe('waitProbability', () => {
  it('is the Erlang C probability of waiting', () => {
    expect(Math.abs(waitProbability(12, 10) - 0.4493882242982709)).toBeLessThanOrEqual(1e-15)
    expect(waitProbability(10, 10)).toBe(1)
  })
})
