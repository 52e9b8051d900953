import { describe, expect, it } from 'vitest'
import { erlangAssumptionsHold, simulatedServiceLevel } from '../../../src/domain/simulation/check-service-level.ts'
import { simulateQueue } from '../../../src/domain/simulation/queue-sim.ts'
import { createRngStreams } from '../../../src/domain/simulation/rng.ts'
import { erlangC } from '../../../src/domain/staffing/erlang-c.ts'
import { SE_MULTIPLE, expectWithinSe } from './statistics.ts'

/** A 12-hour day of 30-minute intervals at a constant 10 Erlangs (100 calls, AHT 180 s) on 13 agents. */
const DAY = Array.from({ length: 24 }, () => ({ offered: 100, ahtSeconds: 180 }))
const AGENTS = new Array<number>(24).fill(13)
const OPTIONS = { intervalSeconds: 1800, answerWithinSeconds: 20 }

describe('simulatedServiceLevel', () => {
  it('says how it was obtained: method, seed, replications, handle-time model and patience', () => {
    const r = simulatedServiceLevel(DAY.slice(0, 2), AGENTS.slice(0, 2), { ...OPTIONS, handleTime: { distribution: 'lognormal', cv: 0.6 } }, 42, 5)
    expect(r).toMatchObject({
      method: 'discrete-event simulation',
      seed: 42,
      replications: 5,
      handleTime: { distribution: 'lognormal', cv: 0.6 },
      patienceSeconds: Infinity,
    })
    expect(r.intervals).toHaveLength(2)
  })

  it('averages independent replications: replication r is simulateQueue on stream r of the seed', () => {
    const r = simulatedServiceLevel(DAY.slice(0, 3), AGENTS.slice(0, 3), OPTIONS, 7, 4)
    const levels = createRngStreams(7, 4).map((rng) => simulateQueue(DAY.slice(0, 3), AGENTS.slice(0, 3), OPTIONS, rng).intervals.map((i) => i.serviceLevel))
    r.intervals.forEach((interval, i) => {
      const xs = levels.map((l) => l[i]!)
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length
      const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1))
      expect(interval.serviceLevel).toBeCloseTo(mean, 14)
      expect(interval.standardError).toBeCloseTo(sd / 2, 14)
      expect(interval.replicationsWithContacts).toBe(4)
    })
  })

  it('reproduces exactly for a fixed seed', () => {
    const run = () => simulatedServiceLevel(DAY, AGENTS, { ...OPTIONS, patienceSeconds: 240 }, 99, 10)
    expect(run()).toEqual(run())
  })

  it('agrees with Erlang C interval by interval once the opening transient has passed (exponential handle times)', () => {
    // 1,000 replications (2.4 M contacts): one interval's SL varies with SD ≈ 0.2 between
    // replications, so SE ≈ 0.0065. Tolerance 4 SE per interval. The mean of per-replication
    // ratios differs from Erlang's share of contacts by O(1/100 contacts), well inside that.
    const r = simulatedServiceLevel(DAY, AGENTS, OPTIONS, 2024, 1000)
    const erlang = erlangC(13, 10, 180, 20).serviceLevel
    for (const interval of r.intervals.slice(2)) {
      expect(interval.standardError).toBeLessThan(0.01)
      expectWithinSe(interval.serviceLevel, erlang, interval.standardError, 'serviceLevel')
      expectWithinSe(interval.pooledServiceLevel, erlang, interval.standardError, 'pooledServiceLevel')
    }
    // The first interval opens with an empty queue and nobody busy: clearly above steady state.
    expect((r.intervals[0]!.serviceLevel - erlang) / r.intervals[0]!.standardError).toBeGreaterThan(SE_MULTIPLE)
  })

  it('shows where Erlang C misleads: lognormal handle times with cv 0.3 beat its service level by more than 4 SE', () => {
    const options = { ...OPTIONS, handleTime: { distribution: 'lognormal', cv: 0.3 } as const }
    expect(erlangAssumptionsHold(options)).toBe(false)
    const r = simulatedServiceLevel(DAY, AGENTS, options, 2024, 100)
    const erlang = erlangC(13, 10, 180, 20).serviceLevel
    expect((r.overall.serviceLevel - erlang) / r.overall.standardError).toBeGreaterThan(SE_MULTIPLE)
  })

  it('shrinks its standard error as 1/√replications (×4 replications: about ½, within 25 %)', () => {
    const se = (replications: number) => simulatedServiceLevel(DAY.slice(0, 6), AGENTS.slice(0, 6), OPTIONS, 5, replications).intervals[5]!.standardError
    expect(se(400) / se(100)).toBeGreaterThan(0.5 * 0.75)
    expect(se(400) / se(100)).toBeLessThan(0.5 * 1.25)
  })

  it('reports 1 with no error for an interval that is never offered a contact', () => {
    const r = simulatedServiceLevel([{ offered: 0, ahtSeconds: 180 }, ...DAY.slice(0, 1)], [0, 13], OPTIONS, 1, 3)
    expect(r.intervals[0]).toEqual({ serviceLevel: 1, standardError: 0, pooledServiceLevel: 1, replicationsWithContacts: 0 })
  })

  it.each([1, 0, 2.5])('throws for %s replications (a standard error needs at least two)', (replications) => {
    expect(() => simulatedServiceLevel(DAY, AGENTS, OPTIONS, 1, replications)).toThrow(RangeError)
  })
})

describe('erlangAssumptionsHold', () => {
  it('holds for exponential handle times (stated or by default) and not for any lognormal, even cv 1', () => {
    expect(erlangAssumptionsHold(OPTIONS)).toBe(true)
    expect(erlangAssumptionsHold({ ...OPTIONS, handleTime: { distribution: 'exponential' }, patienceSeconds: 300 })).toBe(true)
    expect(erlangAssumptionsHold({ ...OPTIONS, handleTime: { distribution: 'lognormal', cv: 1 } })).toBe(false)
  })
})
