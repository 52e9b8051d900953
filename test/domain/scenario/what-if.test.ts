/**
 * What-ifs on the seeded demo: read from a model, applied to a copy, listed where
 * they differ. Applying a model's own what-if changes nothing; each field moves only
 * what it names.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../../src/db/client.ts'
import { loadScenarioModel } from '../../../src/db/scenario-model.ts'
import { seedDemoIfEmpty } from '../../../src/db/seed-demo.ts'
import { applyWhatIf, whatIfChanges, whatIfOf, type WhatIf } from '../../../src/domain/scenario/what-if.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const model = loadScenarioModel(db, 1)!
const copy = (w: WhatIf): WhatIf => structuredClone(w)

describe('whatIfOf and applyWhatIf', () => {
  it('give the model back when nothing is changed', () => {
    const applied = applyWhatIf(model, whatIfOf(model))
    expect(applied.scenario).toEqual(model.scenario)
    expect([...applied.options]).toEqual([...model.options])
  })

  it('leave the model passed in untouched', () => {
    const before = structuredClone({ scenario: model.scenario, options: [...model.options] })
    const w = copy(whatIfOf(model))
    w.volumeGrowth = 0.5
    w.options[1]!.priceChange = 0.2
    applyWhatIf(model, w)
    expect({ scenario: model.scenario, options: [...model.options] }).toEqual(before)
  })

  it('sets growth, AHT change, targets and uncertainty to the values given', () => {
    const w = copy(whatIfOf(model))
    w.volumeGrowth = 0.12
    w.ahtChange = -0.05
    w.channels[0]!.serviceLevel = 0.9
    w.channels[0]!.answerWithinSeconds = 30
    w.uncertainty.seed = 7
    const s = applyWhatIf(model, w).scenario
    expect(s.growth).toEqual({ volume: 0.12, aht: -0.05 })
    expect(s.channels[0]!.targets).toMatchObject({ serviceLevel: 0.9, answerWithinSeconds: 30 })
    expect(s.uncertainty.seed).toBe(7)
    expect(s.uncertainty.trials).toBe(model.scenario.uncertainty.trials)
  })

  it('scales every partner price by the price change, to a hundredth of a cent', () => {
    const partner = [...model.options].find(([, o]) => o.kind === 'partner' && o.terms!.pricing.model === 'per-interaction')!
    const [id, option] = partner
    const w = copy(whatIfOf(model))
    w.options.find((o) => o.optionId === id)!.priceChange = 0.05
    const changed = applyWhatIf(model, w).options.get(id)!
    const before = option.terms!.pricing as { prices: Record<string, number> }
    const after = changed.terms!.pricing as { prices: Record<string, number> }
    for (const [channel, price] of Object.entries(before.prices)) expect(after.prices[channel]).toBe(Math.round(price * 1.05 * 10_000) / 10_000)
  })

  it('scales the in-house hourly wage, not its other costs', () => {
    const [id, option] = [...model.options].find(([, o]) => o.kind === 'in-house')!
    const w = copy(whatIfOf(model))
    w.options.find((o) => o.optionId === id)!.priceChange = -0.1
    const stack = applyWhatIf(model, w).options.get(id)!.costStack!
    expect(stack.hourlyWage).toBeCloseTo(option.costStack!.hourlyWage * 0.9, 4)
    expect(stack.supervisorSalary).toBe(option.costStack!.supervisorSalary)
  })

  it('scales a schedule’s agents, rounding to whole people', () => {
    const scheduled = model.scenario.options.find((o) => o.staffing.mode === 'schedule')!
    const w = copy(whatIfOf(model))
    w.options.find((o) => o.optionId === scheduled.optionId)!.headcountChange = 0.1
    const after = applyWhatIf(model, w).scenario.options.find((o) => o.optionId === scheduled.optionId)!.staffing
    if (after.mode !== 'schedule' || scheduled.staffing.mode !== 'schedule') throw new Error('schedule expected')
    after.shifts.forEach((sh, i) => expect(sh.agents).toBe(Math.round((scheduled.staffing as typeof after).shifts[i]!.agents * 1.1)))
  })

  it('offers no headcount change for an option staffed to the requirement', () => {
    const w = whatIfOf(model)
    for (const o of model.scenario.options) expect(w.options.find((x) => x.optionId === o.optionId)!.headcountChange === null).toBe(o.staffing.mode === 'requirement')
  })
})

describe('whatIfChanges', () => {
  it('is empty for the model’s own values', () => {
    expect(whatIfChanges(model, whatIfOf(model))).toEqual([])
  })

  it('lists each change with its field, before and after, and marks option changes', () => {
    const w = copy(whatIfOf(model))
    w.volumeGrowth = 0.1
    const optionId = w.options[0]!.optionId
    w.options[0]!.shrinkage = 0.4
    const changes = whatIfChanges(model, w)
    expect(changes).toEqual([
      { field: 'growth', label: 'Volume growth', before: model.scenario.growth.volume, after: 0.1, unit: 'percent' },
      expect.objectContaining({ field: `option-${optionId}-shrinkage`, after: 0.4, unit: 'percent', optionId }),
    ])
  })

  it('counts one change per moved field, whatever else stays', () => {
    const base = whatIfOf(model)
    fc.assert(
      fc.property(fc.double({ min: -0.9, max: 2, noNaN: true }), fc.integer({ min: 0, max: 1000 }), (growth, seed) => {
        const w = copy(base)
        w.volumeGrowth = growth
        w.uncertainty.seed = seed
        const expected = Number(Math.abs(growth - base.volumeGrowth) > 1e-9) + Number(seed !== base.uncertainty.seed)
        return whatIfChanges(model, w).length === expected
      }),
      { numRuns: 50 },
    )
  })
})
