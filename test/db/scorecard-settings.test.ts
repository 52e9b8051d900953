import { beforeEach, describe, expect, it } from 'vitest'
import { openMemoryDb, type Db } from '../../src/db/client.ts'
import { importKpiObservations, listKpiObservations } from '../../src/db/kpi-observations.ts'
import { addCustomKpi, deleteCustomKpi, loadScorecardSettings, saveScorecardChoices } from '../../src/db/scorecard-settings.ts'
import { createOption } from '../../src/db/sourcing-options.ts'
import { KPI_CATALOGUE, type Kpi } from '../../src/domain/quality/kpi-catalogue.ts'
import { DEFAULT_SCORECARD_WEIGHTS, wholePercentWeights } from '../../src/domain/quality/scorecard-defaults.ts'
import { partner } from '../domain/scenario/builders.ts'
import { rowCounts } from './helpers.ts'

let db: Db
beforeEach(() => {
  db = openMemoryDb()
})

const callbacks: Kpi = {
  id: 'callback-kept',
  name: 'Callbacks kept',
  definition: 'Share of promised callbacks made on time.',
  unit: 'share (0–1)',
  kind: 'proportion',
  direction: 'higher',
  perspective: 'customer',
  timing: 'leading',
  defaultTarget: 0.95,
  min: 0,
  max: 1,
}

describe('loadScorecardSettings', () => {
  it('with nothing saved gives the default scorecard: nine KPIs weighted to 100 % and the catalogue’s targets', () => {
    const s = loadScorecardSettings(db)
    expect(s.isDefault).toBe(true)
    expect(s.weights).toEqual(DEFAULT_SCORECARD_WEIGHTS)
    expect(Object.values(s.weights).reduce((a, b) => a + b, 0)).toBe(100)
    expect(s.selected[0]).toBe('escalation-rate') // catalogue order
    expect(s.targets.csat).toBe(0.85)
    expect(s.targets['cost-per-ticket']).toBeUndefined()
    expect(s.kpis).toHaveLength(KPI_CATALOGUE.length)
  })
})

describe('saveScorecardChoices', () => {
  it('replaces the selection, weights and target overrides; targets without a weight are kept too', () => {
    saveScorecardChoices(db, { weights: { csat: 60, 'cost-per-ticket': 40 }, targetOverrides: { 'cost-per-ticket': 6.5, aht: 300 } })
    const s = loadScorecardSettings(db)
    expect(s.isDefault).toBe(false)
    expect(s.selected).toEqual(['cost-per-ticket', 'csat'])
    expect(s.weights).toEqual({ 'cost-per-ticket': 40, csat: 60 })
    expect(s.targetOverrides).toEqual({ 'cost-per-ticket': 6.5, aht: 300 })
    expect(s.targets.aht).toBe(300)
    expect(s.targets.csat).toBe(0.85)
  })

  it('refuses weights that do not add up to 100 % and changes nothing', () => {
    saveScorecardChoices(db, { weights: { csat: 100 }, targetOverrides: {} })
    const before = rowCounts(db)
    expect(() => saveScorecardChoices(db, { weights: { csat: 50, fcr: 40 }, targetOverrides: {} })).toThrow(/add up to 100/)
    expect(rowCounts(db)).toEqual(before)
    expect(loadScorecardSettings(db).weights).toEqual({ csat: 100 })
  })

  it('refuses a weighted KPI with no target, and an unknown KPI', () => {
    expect(() => saveScorecardChoices(db, { weights: { 'cost-per-ticket': 100 }, targetOverrides: {} })).toThrow(/without a target/)
    expect(() => saveScorecardChoices(db, { weights: { nope: 100 }, targetOverrides: {} })).toThrow(/not a KPI/)
    expect(loadScorecardSettings(db).isDefault).toBe(true)
  })
})

describe('user-defined KPIs', () => {
  it('an added KPI is listed after the catalogue and can be weighted', () => {
    addCustomKpi(db, callbacks)
    saveScorecardChoices(db, { weights: { 'callback-kept': 50, csat: 50 }, targetOverrides: {} })
    const s = loadScorecardSettings(db)
    expect(s.kpis.at(-1)).toEqual(callbacks)
    expect(s.customIds).toEqual(['callback-kept'])
    expect(s.selected).toEqual(['csat', 'callback-kept'])
    expect(s.targets['callback-kept']).toBe(0.95)
  })

  it('an unbounded scale is stored as no maximum and read back as Infinity', () => {
    addCustomKpi(db, { ...callbacks, id: 'backlog', kind: 'count', unit: 'tickets', max: Infinity, defaultTarget: null })
    expect(loadScorecardSettings(db).kpis.find((k) => k.id === 'backlog')!.max).toBe(Infinity)
  })

  it('a catalogue id or an id already used is refused', () => {
    expect(() => addCustomKpi(db, { ...callbacks, id: 'csat' })).toThrow(/catalogue/)
    addCustomKpi(db, callbacks)
    expect(() => addCustomKpi(db, callbacks)).toThrow()
  })

  it('deleting one removes its stored values too, but not while it is on the scorecard', () => {
    addCustomKpi(db, callbacks)
    const vendor = createOption(db, partner({ name: 'Vendor' }))
    importKpiObservations(db, [{ optionId: vendor, period: '2026-01', kpi: 'callback-kept', value: 0.9 }, { optionId: vendor, period: '2026-01', kpi: 'csat', value: 0.9 }], 'x')
    saveScorecardChoices(db, { weights: { 'callback-kept': 100 }, targetOverrides: {} })
    expect(deleteCustomKpi(db, 'callback-kept')).toBe('on-scorecard')
    saveScorecardChoices(db, { weights: { csat: 100 }, targetOverrides: { 'callback-kept': 0.9 } })
    expect(deleteCustomKpi(db, 'callback-kept')).toBe('deleted')
    expect(listKpiObservations(db).map((r) => r.kpi)).toEqual(['csat'])
    expect(loadScorecardSettings(db).targetOverrides).toEqual({})
    expect(deleteCustomKpi(db, 'callback-kept')).toBe('not-found')
  })
})

describe('wholePercentWeights', () => {
  it('splits 100 into whole percents, the remainder to the first KPIs', () => {
    expect(wholePercentWeights(['a', 'b', 'c'])).toEqual({ a: 34, b: 33, c: 33 })
    expect(Object.values(wholePercentWeights(Array.from({ length: 9 }, (_, i) => `k${i}`))).reduce((a, b) => a + b, 0)).toBe(100)
    expect(wholePercentWeights([])).toEqual({})
  })
})
