import { describe, expect, it } from 'vitest'
import { agentsRequired, meetsTargets, queueMetrics, type ServiceTargets } from '../../../src/domain/staffing/agents-required.ts'
import { maxTrafficMeeting } from '../../../src/domain/scenario/capacity.ts'

const AHT = 180
const SL_80_20: ServiceTargets = { serviceLevel: 0.8, answerWithinSeconds: 20 }

const meets = (slots: number, load: number, targets: ServiceTargets, patienceSeconds?: number) =>
  meetsTargets(queueMetrics(slots, { trafficErlangs: load, ahtSeconds: AHT, patienceSeconds }, targets.answerWithinSeconds), targets)

describe('maxTrafficMeeting', () => {
  it.each([
    ['Erlang C, 80/20', 10, SL_80_20, undefined],
    ['Erlang C, 80/20', 100, SL_80_20, undefined],
    ['Erlang A, 80/20, patience 300 s', 10, SL_80_20, 300],
    ['Erlang C, 90/10 and occupancy ≤ 85 %', 25, { serviceLevel: 0.9, answerWithinSeconds: 10, maxOccupancy: 0.85 }, undefined],
    ['Erlang A, ASA ≤ 15 s and abandon ≤ 5 %', 20, { serviceLevel: 0.5, answerWithinSeconds: 20, maxAsaSeconds: 15, maxAbandon: 0.05 }, 120],
  ] as const)('maxTrafficMeeting(…) (%s, %d slots) returns a load the slots meet, and 1.001× it they do not', (_label, slots, targets, patience) => {
    const load = maxTrafficMeeting(slots, AHT, targets, patience)
    expect(load).toBeGreaterThan(0)
    expect(meets(slots, load, targets, patience)).toBe(true)
    expect(meets(slots, load * 1.001, targets, patience)).toBe(false)
  })

  it('maxTrafficMeeting(…) agrees with agentsRequired: its load needs at most N slots, 1.001× it needs more', () => {
    const load = maxTrafficMeeting(14, AHT, SL_80_20)
    const at = agentsRequired({ trafficErlangs: load, ahtSeconds: AHT }, SL_80_20)
    const above = agentsRequired({ trafficErlangs: load * 1.001, ahtSeconds: AHT }, SL_80_20)
    expect(at.ok && at.agents).toBe(14)
    expect(above.ok && above.agents).toBe(15)
  })

  it('maxTrafficMeeting(…) with patient callers stays below the slots (N > A)', () => {
    expect(maxTrafficMeeting(10, AHT, SL_80_20)).toBeLessThan(10)
  })

  it('maxTrafficMeeting(…) respects an occupancy cap', () => {
    expect(maxTrafficMeeting(100, AHT, { serviceLevel: 0.5, answerWithinSeconds: 60, maxOccupancy: 0.85 })).toBeLessThanOrEqual(85 * (1 + 1e-9))
  })

  it('maxTrafficMeeting(…) grows with the slots', () => {
    const loads = [1, 2, 5, 10, 20, 50].map((n) => maxTrafficMeeting(n, AHT, SL_80_20))
    loads.slice(1).forEach((l, k) => expect(l).toBeGreaterThan(loads[k]!))
  })

  it('maxTrafficMeeting(0, …) is 0', () => {
    expect(maxTrafficMeeting(0, AHT, SL_80_20)).toBe(0)
    expect(maxTrafficMeeting(0, AHT, SL_80_20, 300)).toBe(0)
  })

  it('maxTrafficMeeting(−1, …) is 0', () => {
    expect(maxTrafficMeeting(-1, AHT, SL_80_20)).toBe(0)
  })
})
