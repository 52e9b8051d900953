import { describe, expect, it } from 'vitest'
import { agentsRequired } from '../../../src/domain/staffing/agents-required.ts'
import { planIntervals, periodServiceLevel } from '../../../src/domain/staffing/interval-plan.ts'

const TARGETS = { serviceLevel: 0.8, answerWithinSeconds: 20 }

describe('planIntervals', () => {
  const contacts = [0, 50, 100, 400, 100, 50]
  const series = { intervalSeconds: 1800, contacts, ahtSeconds: 180 }

  it('staffs every interval as the single-interval solver does', () => {
    const plan = planIntervals(series, { ...TARGETS, shrinkage: 0.3 })
    contacts.forEach((c, i) => {
      const one = agentsRequired({ trafficErlangs: (c * 180) / 1800, ahtSeconds: 180 }, TARGETS)
      expect(one.ok && one.agents).toBe(plan.agents[i])
    })
    expect(plan.agents[0]).toBe(0)
    expect(plan.agents[2]).toBe(14)
    expect(plan.scheduledAgents[2]).toBe(20)
    expect(plan.trafficErlangs[3]).toBe(40)
  })

  it('gives repeated loads the same answer as their first occurrence', () => {
    const plan = planIntervals(series, { ...TARGETS, patienceSeconds: 300 })
    expect(plan.agents[4]).toBe(plan.agents[2])
    expect(plan.serviceLevel[5]).toBe(plan.serviceLevel[1])
  })

  it('takes one AHT per interval', () => {
    const plan = planIntervals({ intervalSeconds: 1800, contacts: [100, 100], ahtSeconds: [180, 300] }, TARGETS)
    expect([...plan.agents]).toEqual([14, 21])
  })

  it('evaluates a given headcount instead of solving', () => {
    const plan = planIntervals({ intervalSeconds: 1800, contacts: [100], ahtSeconds: 180 }, { ...TARGETS, agents: [12] })
    expect(plan.agents[0]).toBe(12)
    expect(plan.serviceLevel[0]).toBeCloseTo(0.6401580403740066, 14)
  })

  it('staffs chat in whole agents of `concurrency` slots', () => {
    const plan = planIntervals({ intervalSeconds: 1800, contacts: [100], ahtSeconds: 600 }, { ...TARGETS, concurrency: 3 })
    const slots = agentsRequired({ trafficErlangs: (100 * 600) / 1800, ahtSeconds: 600 }, TARGETS)
    expect(plan.agents[0]).toBe(Math.ceil((slots.ok ? slots.agents : NaN) / 3))
    expect(plan.serviceLevel[0]).toBeGreaterThanOrEqual(0.8)
  })

  it('lists intervals whose targets are above the solver ceiling', () => {
    const plan = planIntervals({ intervalSeconds: 1800, contacts: [400, 10, 400], ahtSeconds: 180 }, { ...TARGETS, maxOccupancy: 0.0001 })
    expect(plan.aboveCeiling).toEqual([0, 2])
    expect(plan.agents[0]).toBe(-1)
    expect(plan.agents[1]).toBe(10_000)
  })
})

describe('periodServiceLevel', () => {
  it('weights each interval by its contacts', () => {
    expect(periodServiceLevel([100, 300], [0.9, 0.7])).toBeCloseTo(0.75, 15)
  })

  it('is 1 for a period without contacts', () => {
    expect(periodServiceLevel([0, 0], [0, 0])).toBe(1)
  })
})
