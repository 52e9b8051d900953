import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { formatDemoScorecards, makeDemoScorecards, MONTHS, readDemoInputs } from '../../data/demo/make-scorecards.ts'
import { openMemoryDb, type Db } from '../../src/db/client.ts'
import { importKpiObservations, kpiObservationSources, listKpiObservations, type KpiObservationInput } from '../../src/db/kpi-observations.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { DEMO_SCORECARD_SOURCE } from '../../src/db/seed-demo-scorecards.ts'
import { createOption, deleteOption, listOptions } from '../../src/db/sourcing-options.ts'
import { compareScorecards } from '../../src/domain/quality/scorecard-comparison.ts'
import { inHouse, partner } from '../domain/scenario/builders.ts'
import { rowCounts } from './helpers.ts'

let db: Db
let team: number
let vendor: number

const value = (optionId: number, period: string, kpi: string, v: number, extra: Partial<KpiObservationInput> = {}): KpiObservationInput => ({ optionId, period, kpi, value: v, ...extra })

beforeEach(() => {
  db = openMemoryDb()
  team = createOption(db, inHouse({ name: 'Team' }))
  vendor = createOption(db, partner({ name: 'Vendor' }))
})

describe('importKpiObservations', () => {
  it('stores values with sample size, sd and source, listed by period then option name then KPI, in the scorecard row shape', () => {
    expect(
      importKpiObservations(db, [value(vendor, '2026-02', 'csat', 0.8, { sampleSize: 400 }), value(team, '2026-02', 'aht', 410, { sampleSize: 900, sd: 150 }), value(vendor, '2026-01', 'fcr', 0.7)], 'feb.csv'),
    ).toEqual({ added: 3, replaced: 0 })
    expect(listKpiObservations(db)).toEqual([
      { partner: 'Vendor', optionId: vendor, optionKind: 'partner', period: '2026-01', kpi: 'fcr', value: 0.7, sampleSize: undefined, sd: undefined, source: 'feb.csv' },
      { partner: 'Team', optionId: team, optionKind: 'in-house', period: '2026-02', kpi: 'aht', value: 410, sampleSize: 900, sd: 150, source: 'feb.csv' },
      { partner: 'Vendor', optionId: vendor, optionKind: 'partner', period: '2026-02', kpi: 'csat', value: 0.8, sampleSize: 400, sd: undefined, source: 'feb.csv' },
    ])
  })

  it('a value for the same option, period and KPI replaces the stored one', () => {
    importKpiObservations(db, [value(vendor, '2026-01', 'csat', 0.8, { sampleSize: 400 }), value(team, '2026-01', 'csat', 0.9, { sampleSize: 100 })], 'first.csv')
    expect(importKpiObservations(db, [value(vendor, '2026-01', 'csat', 0.85), value(vendor, '2026-02', 'csat', 0.86)], 'second.csv')).toEqual({ added: 1, replaced: 1 })
    const rows = listKpiObservations(db)
    expect(rows).toHaveLength(3)
    expect(rows.find((r) => r.optionId === vendor && r.period === '2026-01')).toMatchObject({ value: 0.85, sampleSize: undefined, source: 'second.csv' })
    expect(rows.find((r) => r.optionId === team)).toMatchObject({ value: 0.9, source: 'first.csv' })
  })

  it('keeps one value per contact type beside the all-contacts value; a re-import replaces only the same contact type', () => {
    importKpiObservations(db, [value(vendor, '2026-01', 'fcr', 0.7, { contactType: 'voice' }), value(vendor, '2026-01', 'fcr', 0.8, { contactType: 'chat' }), value(vendor, '2026-01', 'fcr', 0.72)], 'a.csv')
    expect(importKpiObservations(db, [value(vendor, '2026-01', 'fcr', 0.75, { contactType: 'voice' })], 'b.csv')).toEqual({ added: 0, replaced: 1 })
    expect(listKpiObservations(db).map((r) => [r.contactType, r.value])).toEqual([
      [undefined, 0.72],
      ['chat', 0.8],
      ['voice', 0.75],
    ])
  })

  it('is all or nothing: an unknown option rolls back every value of the import', () => {
    importKpiObservations(db, [value(vendor, '2026-01', 'csat', 0.8)], 'kept.csv')
    const before = rowCounts(db)
    expect(() => importKpiObservations(db, [value(vendor, '2026-01', 'csat', 0.1), value(team, '2026-02', 'fcr', 0.7), value(9999, '2026-02', 'fcr', 0.7)], 'broken.csv')).toThrow()
    expect(rowCounts(db)).toEqual(before)
    expect(listKpiObservations(db)[0]).toMatchObject({ value: 0.8, source: 'kept.csv' })
  })

  it('the database refuses a period that is neither a month nor an ISO week', () => {
    expect(() => importKpiObservations(db, [value(vendor, 'March', 'csat', 0.8)], 'x')).toThrow(/CHECK constraint/)
  })
})

describe('listKpiObservations', () => {
  beforeEach(() => {
    importKpiObservations(db, [value(vendor, '2026-01', 'csat', 0.8, { sampleSize: 400 }), value(team, '2026-01', 'csat', 0.9, { sampleSize: 300 })], 'demo')
  })

  it('listKpiObservations(db, ids) returns only those options’ values; an empty list returns none', () => {
    expect(listKpiObservations(db, [team]).map((r) => r.partner)).toEqual(['Team'])
    expect(listKpiObservations(db, [])).toEqual([])
  })

  it('the rows feed compareScorecards as they are', () => {
    const comparison = compareScorecards({ rows: listKpiObservations(db) })
    expect(comparison.partners).toEqual(['Team', 'Vendor'])
    expect(comparison.kpis[0]!.partners.map((p) => p.sampleSize)).toEqual([300, 400])
  })

  it('deleting an option deletes its values', () => {
    deleteOption(db, vendor)
    expect(listKpiObservations(db).map((r) => r.partner)).toEqual(['Team'])
  })

  it('kpiObservationSources counts values per source, so pages can label demo data', () => {
    importKpiObservations(db, [value(vendor, '2026-02', 'csat', 0.8)], 'form')
    expect(Object.fromEntries(kpiObservationSources(db))).toEqual({ demo: 2, form: 1 })
  })
})

describe('the demo scorecards', () => {
  it('data/demo/scorecards.json is what make-scorecards.ts writes (same inputs, same seed)', () => {
    const { options, activity, plan } = readDemoInputs()
    expect(formatDemoScorecards(makeDemoScorecards(options, activity, plan))).toBe(readFileSync(new URL('../../data/demo/scorecards.json', import.meta.url), 'utf8'))
  })

  it('the demo workspace gets twelve months of KPIs for every option, labelled as demo data, with FCR around each option’s modelled FCR', () => {
    const demo = openMemoryDb()
    seedDemoIfEmpty(demo)
    const rows = listKpiObservations(demo)
    expect([...kpiObservationSources(demo).keys()]).toEqual([DEMO_SCORECARD_SOURCE])
    const months = rows.filter((r) => !r.period.includes('W'))
    expect([...new Set(months.map((r) => r.period))]).toEqual([...MONTHS])
    for (const option of listOptions(demo)) {
      // Monthly FCR comes per contact type (voice and chat); pooled over both, it is the option's own-mix FCR.
      const fcr = months.filter((r) => r.optionId === option.id && r.kpi === 'fcr')
      expect(fcr.map((r) => r.contactType).sort()).toEqual([...Array(12).fill('chat'), ...Array(12).fill('voice')])
      const pooled = MONTHS.map((m) => fcr.filter((r) => r.period === m).reduce((s, r) => s + r.value * r.sampleSize!, 0) / fcr.filter((r) => r.period === m).reduce((s, r) => s + r.sampleSize!, 0))
      const mean = pooled.reduce((s, x) => s + x, 0) / pooled.length
      expect(Math.abs(mean - option.fcr)).toBeLessThan(0.01)
    }
  })
})
