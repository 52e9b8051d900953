/** The staffing memo: a price edit reuses the plan, anything staffing reads makes a new one, and remembered plans give the same figures as fresh ones. */
import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { loadScenarioModel } from '../../src/db/scenario-model.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { evaluateModel } from '../../src/domain/evaluation/evaluate-model.ts'
import { applyWhatIf, whatIfOf } from '../../src/domain/scenario/what-if.ts'
import { compareModel } from '../../src/web/scenario-comparison.ts'
import { memoStaffing, staffingKey } from '../../src/web/staffing-memo.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const model = loadScenarioModel(db, 1)!
const edited = (edit: (w: ReturnType<typeof whatIfOf>) => void) => {
  const w = structuredClone(whatIfOf(model))
  edit(w)
  return applyWhatIf(model, w)
}

describe('staffingKey', () => {
  it('ignores prices, forecast-error CVs and the scenario’s name', () => {
    const priced = edited((w) => {
      w.options[1]!.priceChange = 0.1
      w.uncertainty.dailyCv = 0.2
    })
    expect(staffingKey({ ...priced, scenario: { ...priced.scenario, name: 'another' } })).toBe(staffingKey(model))
  })

  it.each([
    ['volume growth', (w: ReturnType<typeof whatIfOf>) => void (w.volumeGrowth = 0.2)],
    ['a service target', (w: ReturnType<typeof whatIfOf>) => void (w.channels[0]!.serviceLevel = 0.9)],
    ['shrinkage', (w: ReturnType<typeof whatIfOf>) => void (w.options[0]!.shrinkage = 0.4)],
    ['the seed (simulation checks use it)', (w: ReturnType<typeof whatIfOf>) => void (w.uncertainty.seed = 9)],
  ])('changes with %s', (_, edit) => {
    expect(staffingKey(edited(edit))).not.toBe(staffingKey(model))
  })

  it('changes with the forecast’s content, not only its size', () => {
    const volume = Float64Array.from(model.forecast.channels[0]!.volume)
    volume[10] = volume[10]! + 1
    volume[11] = volume[11]! - 1
    const channels = [{ ...model.forecast.channels[0]!, volume }, ...model.forecast.channels.slice(1)]
    expect(staffingKey({ ...model, forecast: { ...model.forecast, channels } })).not.toBe(staffingKey(model))
  })
})

describe('memoStaffing', () => {
  it('hands back the same plan for a price edit', () => {
    expect(memoStaffing(edited((w) => void (w.options[2]!.priceChange = 0.05)))).toBe(memoStaffing(model))
  })

  it('gives the same costs as staffing afresh', () => {
    const priced = edited((w) => void (w.options[2]!.priceChange = 0.05))
    memoStaffing(model)
    const remembered = compareModel(1, priced, 50)
    const fresh = evaluateModel(priced)
    if (!remembered.ok || !fresh.ok) throw new Error('demo must evaluate')
    expect(remembered.evaluation.totals.costCents).toBe(fresh.evaluation.totals.costCents)
    expect(remembered.evaluation.options.map((o) => o.totals)).toEqual(fresh.evaluation.options.map((o) => o.totals))
  })
})

describe('staffingKey and stored records', () => {
  it('ignores the id and last-change time the database adds, so a scenario saved back to earlier values staffs as before', () => {
    const stored = { ...model, scenario: { ...model.scenario, id: 7, updatedAt: '2026-11-23T10:00:00.000Z' } }
    const later = { ...model, scenario: { ...model.scenario, id: 7, updatedAt: '2026-11-23T11:00:00.000Z' } }
    expect(staffingKey(later)).toBe(staffingKey(stored))
  })
})
