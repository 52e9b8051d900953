import { describe, expect, it } from 'vitest'
import {
  agentsRequired,
  meetsTargets,
  queueMetrics,
  type QueueLoad,
  type ServiceTargets,
} from '../../../src/domain/staffing/agents-required.ts'
import { erlangA } from '../../../src/domain/staffing/erlang-a.ts'
import { erlangC, type QueueMetrics } from '../../../src/domain/staffing/erlang-c.ts'
import { trafficErlangs } from '../../../src/domain/staffing/calculator.ts'
import reference from '../../fixtures/erlang-reference.json' with { type: 'json' }

const orUndefined = (x: number | null) => (x === null ? undefined : x)

/** The figures of `agents` by the model the load asks for, evaluated directly (not through the solver). */
function evaluate(agents: number, load: QueueLoad, targets: ServiceTargets): QueueMetrics {
  return load.patienceSeconds === undefined
    ? erlangC(agents, load.trafficErlangs, load.ahtSeconds, targets.answerWithinSeconds)
    : erlangA(agents, load.trafficErlangs, load.ahtSeconds, load.patienceSeconds, targets.answerWithinSeconds)
}

/** Asserts the solver's answer for `load` is `expected`: it meets every target and one agent fewer does not. */
function expectRequirement(load: QueueLoad, targets: ServiceTargets, expected?: number): number {
  const r = agentsRequired(load, targets)
  if (!r.ok) throw new Error(`expected an answer, got ${JSON.stringify(r)}`)
  if (expected !== undefined) expect(r.agents).toBe(expected)
  expect(meetsTargets(evaluate(r.agents, load, targets), targets)).toBe(true)
  expect(meetsTargets(evaluate(r.agents - 1, load, targets), targets)).toBe(false)
  return r.agents
}

const TEN_ERLANGS: QueueLoad = { trafficErlangs: trafficErlangs(100, 1800, 180), ahtSeconds: 180 }
const EIGHTY_TWENTY: ServiceTargets = { serviceLevel: 0.8, answerWithinSeconds: 20 }

type RequirementRow = (typeof reference.agentsRequired)[number]

function describeRow(r: RequirementRow): string {
  const parts = [
    `${r.trafficErlangs} Erlangs, AHT ${r.ahtSeconds} s`,
    r.patienceSeconds === null ? 'Erlang C' : `patience ${r.patienceSeconds} s`,
    `SL ${r.serviceLevel} in ${r.answerWithinSeconds} s`,
  ]
  if (r.maxAsaSeconds !== null) parts.push(`ASA ≤ ${r.maxAsaSeconds} s`)
  if (r.maxOccupancy !== null) parts.push(`occupancy ≤ ${r.maxOccupancy}`)
  if (r.maxAbandon !== null) parts.push(`abandon ≤ ${r.maxAbandon}`)
  return parts.join(', ')
}

const requirementRows = reference.agentsRequired.map((r) => ({ ...r, label: describeRow(r) }))

describe('agentsRequired', () => {
  // Reference answers scan N upward with the exact Erlang C sums or the Erlang A chain and
  // exact comparisons; the script checks that no figure lies within 1e-6 of its target at
  // the answer or one below (except the occupancy case that is about the boundary).
  it.each(requirementRows)(
    'needs $agents agents for $label, as the reference scan finds',
    (row) => {
      const load: QueueLoad = { trafficErlangs: row.trafficErlangs, ahtSeconds: row.ahtSeconds, patienceSeconds: orUndefined(row.patienceSeconds) }
      const targets: ServiceTargets = {
        serviceLevel: row.serviceLevel,
        answerWithinSeconds: row.answerWithinSeconds,
        maxAsaSeconds: orUndefined(row.maxAsaSeconds),
        maxOccupancy: orUndefined(row.maxOccupancy),
        maxAbandon: orUndefined(row.maxAbandon),
      }
      const r = agentsRequired(load, targets)
      expect(r.ok && r.agents).toBe(row.agents)
      // The figures it reports are those of its answer (shares to 1e-12, as in the Erlang A fixture).
      expect(r.ok && Math.abs(r.metrics.serviceLevel - row.achievedServiceLevel)).toBeLessThanOrEqual(1e-12)
    },
  )

  it('needs 14 agents for 100 calls in 1800 s at AHT 180 s, 80/20, max occupancy 0.85, reaching SL 0.8883500191794669', () => {
    const r = agentsRequired(TEN_ERLANGS, { ...EIGHTY_TWENTY, maxOccupancy: 0.85 })
    expect(r.ok && r.agents).toBe(14)
    expect(r.ok && Math.abs(r.metrics.serviceLevel - 0.8883500191794669)).toBeLessThanOrEqual(1e-15)
    expect(r.ok && r.metrics.occupancy).toBe(10 / 14)
  })

  it('needs 21 agents when the same calls take 300 s each', () => {
    expectRequirement({ trafficErlangs: trafficErlangs(100, 1800, 300), ahtSeconds: 300 }, EIGHTY_TWENTY, 21)
  })

  it('needs no agents for no contacts, and reports everyone answered', () => {
    for (const patienceSeconds of [undefined, 300]) {
      expect(agentsRequired({ trafficErlangs: 0, ahtSeconds: 180, patienceSeconds }, EIGHTY_TWENTY)).toEqual({
        ok: true,
        agents: 0,
        metrics: { serviceLevel: 1, asaSeconds: 0, occupancy: 0, probWait: 0, probAbandon: 0 },
      })
    }
  })

  it('accepts an occupancy exactly at the cap: 17 Erlangs under 0.85 need 20 agents, not 21', () => {
    const load = { trafficErlangs: trafficErlangs(85, 900, 180), ahtSeconds: 180 }
    expect(load.trafficErlangs).toBe(17)
    const r = agentsRequired(load, { serviceLevel: 0.5, answerWithinSeconds: 20, maxOccupancy: 0.85 })
    expect(r.ok && r.agents).toBe(20)
    expect(r.ok && r.metrics.occupancy).toBe(0.85)
  })

  it('ignores float noise at the occupancy cap (17.000000000000004 Erlangs under 0.85 still need 20)', () => {
    const r = agentsRequired({ trafficErlangs: 17.000000000000004, ahtSeconds: 180 }, { serviceLevel: 0.5, answerWithinSeconds: 20, maxOccupancy: 0.85 })
    expect(r.ok && r.agents).toBe(20)
  })

  it('adds agents for a maximum ASA beyond what the service level alone needs', () => {
    const slOnly = expectRequirement(TEN_ERLANGS, EIGHTY_TWENTY, 14)
    const withAsa = expectRequirement(TEN_ERLANGS, { ...EIGHTY_TWENTY, maxAsaSeconds: 5 }, 15)
    expect(withAsa).toBeGreaterThan(slOnly)
  })

  it('adds agents for a maximum abandonment beyond what the service level alone needs (Erlang A)', () => {
    const load = { ...TEN_ERLANGS, patienceSeconds: 300 }
    expectRequirement(load, EIGHTY_TWENTY, 13)
    expectRequirement(load, { ...EIGHTY_TWENTY, maxAbandon: 0.01 }, 15)
  })

  it('can need fewer agents than the load when callers are impatient: 2,000 Erlangs, AHT 180 s, patience 300 s, 80/20', () => {
    const load = { trafficErlangs: 2_000, ahtSeconds: 180, patienceSeconds: 300 }
    const agents = expectRequirement(load, EIGHTY_TWENTY)
    expect(agents).toBeLessThan(2_000)
    // Erlang C could not staff this below the load at all.
    const patient = agentsRequired({ trafficErlangs: 2_000, ahtSeconds: 180 }, EIGHTY_TWENTY)
    expect(patient.ok && patient.agents).toBeGreaterThan(2_000)
  })

  it.each([0.5, 0.45, 0.3])(
    'searches far below the load when half may hang up: 2,000 Erlangs, patience 10 s, abandon ≤ %s',
    (maxAbandon) => {
      const load = { trafficErlangs: 2_000, ahtSeconds: 180, patienceSeconds: 10 }
      const agents = expectRequirement(load, { serviceLevel: 0, answerWithinSeconds: 20, maxAbandon })
      // Abandonment is close to 1 − N/A this far below the load.
      expect(Math.abs(agents - 2_000 * (1 - maxAbandon))).toBeLessThanOrEqual(2)
    },
  )

  it('finds the exact answer where the Erlang B walk starts, 2,000 Erlangs, patience 10 s, abandon ≤ 0.34000007 → 1,321', () => {
    // Birth–death chain (test/fixtures/erlang-reference.py): P(abandon) is 0.34000008813589670 with
    // 1,320 agents and 0.33950009048921282 with 1,321, so 1,320 misses the target by 1.8e-8 (5e-8 relative,
    // well outside the 1e-9 float slack). 1,320 sits just above recursionStart(1776, 2000) = 1,318, where
    // the solver's reused walk starts from the fluid approximation.
    const load = { trafficErlangs: 2_000, ahtSeconds: 180, patienceSeconds: 10 }
    const targets = { serviceLevel: 0, answerWithinSeconds: 20, maxAbandon: 0.34000007 }
    expect(Math.abs(erlangA(1_320, 2_000, 180, 10, 20).probAbandon - 0.3400000881358967)).toBeLessThanOrEqual(1e-12)
    expectRequirement(load, targets, 1_321)
  })

  it('reports above-ceiling when even the ceiling misses the targets', () => {
    expect(agentsRequired(TEN_ERLANGS, EIGHTY_TWENTY, 13)).toEqual({ ok: false, reason: 'above-ceiling', ceiling: 13 })
    expect(agentsRequired({ ...TEN_ERLANGS, patienceSeconds: 300 }, EIGHTY_TWENTY, 12)).toEqual({ ok: false, reason: 'above-ceiling', ceiling: 12 })
    expect(agentsRequired({ trafficErlangs: 10_000, ahtSeconds: 150 }, EIGHTY_TWENTY, 5_000)).toEqual({ ok: false, reason: 'above-ceiling', ceiling: 5_000 })
  })

  it('answers with the ceiling itself when the ceiling is just enough', () => {
    expect(agentsRequired(TEN_ERLANGS, EIGHTY_TWENTY, 14)).toMatchObject({ ok: true, agents: 14 })
    expect(agentsRequired({ ...TEN_ERLANGS, patienceSeconds: 300 }, EIGHTY_TWENTY, 13)).toMatchObject({ ok: true, agents: 13 })
  })

  it.each([
    [{ trafficErlangs: 0.02, ahtSeconds: 30 }, { serviceLevel: 0.99, answerWithinSeconds: 5 }],
    [{ trafficErlangs: 37.5, ahtSeconds: 240 }, { serviceLevel: 0.9, answerWithinSeconds: 10, maxAsaSeconds: 4 }],
    [{ trafficErlangs: 10_000, ahtSeconds: 150 }, { serviceLevel: 0.8, answerWithinSeconds: 20 }],
    [{ trafficErlangs: 10_000, ahtSeconds: 150, patienceSeconds: 120 }, { serviceLevel: 0.8, answerWithinSeconds: 20, maxAbandon: 0.02 }],
    [{ trafficErlangs: 450, ahtSeconds: 600, patienceSeconds: 45 }, { serviceLevel: 0.6, answerWithinSeconds: 30, maxOccupancy: 0.92 }],
    [{ trafficErlangs: 3.3, ahtSeconds: 900, patienceSeconds: 3_600 }, { serviceLevel: 0.95, answerWithinSeconds: 120, maxAsaSeconds: 30 }],
  ] satisfies [QueueLoad, ServiceTargets][])('gives an answer that meets every target while one agent fewer does not (%o, %o)', (load, targets) => {
    expectRequirement(load, targets)
  })
})

describe('meetsTargets', () => {
  const metrics: QueueMetrics = { serviceLevel: 0.8, asaSeconds: 20, occupancy: 0.85, probWait: 0.3, probAbandon: 0.05 }

  it('counts a figure exactly on its target as met', () => {
    expect(meetsTargets(metrics, { serviceLevel: 0.8, answerWithinSeconds: 20, maxAsaSeconds: 20, maxOccupancy: 0.85, maxAbandon: 0.05 })).toBe(true)
  })

  it('counts a figure within float noise of its target as met', () => {
    expect(meetsTargets({ ...metrics, serviceLevel: 0.8 - 1e-12 }, { serviceLevel: 0.8, answerWithinSeconds: 20 })).toBe(true)
    expect(meetsTargets({ ...metrics, occupancy: 0.85 + 1e-12 }, { serviceLevel: 0, answerWithinSeconds: 20, maxOccupancy: 0.85 })).toBe(true)
  })

  it('fails each target missed by more than float noise', () => {
    const base = { serviceLevel: 0.8, answerWithinSeconds: 20 }
    expect(meetsTargets({ ...metrics, serviceLevel: 0.799999 }, base)).toBe(false)
    expect(meetsTargets({ ...metrics, asaSeconds: 20.0001 }, { ...base, maxAsaSeconds: 20 })).toBe(false)
    expect(meetsTargets({ ...metrics, occupancy: 0.850001 }, { ...base, maxOccupancy: 0.85 })).toBe(false)
    expect(meetsTargets({ ...metrics, probAbandon: 0.050001 }, { ...base, maxAbandon: 0.05 })).toBe(false)
  })

  it('ignores targets that are not given', () => {
    expect(meetsTargets({ ...metrics, asaSeconds: Infinity, occupancy: 1, probAbandon: 1 }, { serviceLevel: 0.8, answerWithinSeconds: 20 })).toBe(true)
  })
})

describe('queueMetrics', () => {
  it('uses Erlang C without a patience and Erlang A with one', () => {
    expect(queueMetrics(13, TEN_ERLANGS, 20)).toEqual(erlangC(13, 10, 180, 20))
    expect(queueMetrics(13, { ...TEN_ERLANGS, patienceSeconds: 300 }, 20)).toEqual(erlangA(13, 10, 180, 300, 20))
    expect(queueMetrics(13, { ...TEN_ERLANGS, patienceSeconds: 300 }, 20).probAbandon).toBeGreaterThan(0)
  })
})
