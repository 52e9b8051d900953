import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../../src/db/client.ts'
import { loadScenarioModel } from '../../../src/db/scenario-model.ts'
import { seedDemoIfEmpty } from '../../../src/db/seed-demo.ts'
import { planScenarioStaffing } from '../../../src/domain/scenario/staffing-plan.ts'
import { simulationChecks } from '../../../src/domain/evaluation/simulation-check.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const model = loadScenarioModel(db, 1)!
const chatOnly = { ...model.scenario, channels: model.scenario.channels.filter((c) => c.channel === 'chat') }

describe('simulationChecks', () => {
  it('checks nothing while every option has exponential handle times', () => {
    const r = planScenarioStaffing(model.forecast, chatOnly, model.options)
    if (!r.ok) throw new Error(r.problems.join())
    expect(simulationChecks(r.staffing, model.options, 42)).toEqual([])
    expect(r.staffing.notes.join()).not.toMatch(/simulation/)
  })

  it('replays the busiest week of an option with lognormal handle times and says so in the plan’s notes', () => {
    const options = new Map(model.options).set(3, { ...model.options.get(3)!, handleTimeCv: 0.5 })
    const r = planScenarioStaffing(model.forecast, chatOnly, options)
    if (!r.ok) throw new Error(r.problems.join())
    const [check] = simulationChecks(r.staffing, options, 42)
    expect(check).toMatchObject({ optionId: 3, channel: 'chat', handleTimeCv: 0.5, replications: 5, seed: 42 })
    // Less variable handle times than exponential (cv 0.5 < 1) serve at least as well as Erlang says, within noise.
    expect(check!.simulatedServiceLevel).toBeGreaterThan(check!.erlangServiceLevel - 4 * check!.standardError - 0.01)
    expect(r.staffing.notes.join()).toMatch(/checked by simulation \(5 replications, seed 42\)/)
  })
})
