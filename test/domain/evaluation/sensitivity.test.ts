/**
 * The tornado's arithmetic on the seeded demo: one deterministic evaluation per case,
 * rows widest swing first, today's cost the evaluation's total, and FCR swung only when
 * the scenario sets a forecast FCR.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../../src/db/client.ts'
import { loadScenarioModel } from '../../../src/db/scenario-model.ts'
import { seedDemoIfEmpty } from '../../../src/db/seed-demo.ts'
import { evaluateModel } from '../../../src/domain/evaluation/evaluate-model.ts'
import { sensitivity, sortBySwing, swingsFor, withPriceMultiple, withShrinkageShift, type Sensitivity } from '../../../src/domain/evaluation/sensitivity.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const model = loadScenarioModel(db, 1)!
let result: Sensitivity

beforeAll(() => {
  result = sensitivity(model)!
}, 60_000)

describe('sensitivity', () => {
  it('gives today’s cost as the deterministic evaluation’s total, on every row too', () => {
    const evaluated = evaluateModel(model)
    if (!evaluated.ok) throw new Error('demo must evaluate')
    expect(result.todayCost).toBe(evaluated.evaluation.totals.costCents / 100)
    for (const r of result.rows) expect(r.todayCost).toBe(result.todayCost)
    expect(result.currency).toBe(model.scenario.currency)
  })

  it('sorts rows by swing, widest first, and each swing is |cost at high − cost at low|', () => {
    expect(result.rows.map((r) => r.key).sort()).toEqual(['aht', 'price', 'shrinkage', 'volume'])
    for (const r of result.rows) {
      expect(r.problem).toBeUndefined()
      expect(r.swing).toBeCloseTo(Math.abs(r.costAtHigh - r.costAtLow), 6)
    }
    const swings = result.rows.map((r) => r.swing)
    expect(swings).toEqual([...swings].sort((a, b) => b - a))
  })

  it('costs more with volume up than with volume down, growth ±10 points around today', () => {
    const volume = result.rows.find((r) => r.key === 'volume')!
    expect(volume.today).toBe(model.scenario.growth.volume)
    expect(volume.low).toBeCloseTo(model.scenario.growth.volume - 0.1, 9)
    expect(volume.high).toBeCloseTo(model.scenario.growth.volume + 0.1, 9)
    expect(volume.costAtHigh).toBeGreaterThan(volume.todayCost)
    expect(volume.costAtLow).toBeLessThan(volume.todayCost)
    expect(volume.costAtHigh).toBeGreaterThan(volume.costAtLow)
  })

  it('leaves FCR out, and says so, when the scenario sets no forecast FCR', () => {
    expect(model.scenario.quality.forecastFcr).toBeNull()
    expect(result.rows.some((r) => r.key.startsWith('fcr'))).toBe(false)
    expect(result.omitted).toHaveLength(1)
    expect(result.omitted[0]).toContain('no forecast FCR')
  })
})

describe('swings', () => {
  it('adds one FCR row per option, ±5 points within (0, 1], when the scenario sets a forecast FCR', () => {
    const withFcr = { ...model, scenario: { ...model.scenario, quality: { forecastFcr: 0.7 } } }
    const { swings, omitted } = swingsFor(withFcr)
    expect(omitted).toEqual([])
    const fcr = swings.filter((s) => s.key.startsWith('fcr-'))
    expect(fcr.map((s) => s.key)).toEqual(model.scenario.options.map((o) => `fcr-${o.optionId}`))
    for (const s of fcr) {
      expect(s.low).toBeCloseTo(Math.max(0.01, s.today - 0.05), 9)
      expect(s.high).toBeCloseTo(Math.min(1, s.today + 0.05), 9)
    }
  })

  it('scales every option’s prices (or wage) together, and shifts every shrinkage clamped to [0, 0.95]', () => {
    const scaled = withPriceMultiple(model, 1.1)
    for (const { optionId } of model.scenario.options) {
      const before = model.options.get(optionId)!
      const after = scaled.options.get(optionId)!
      if (before.kind === 'in-house') expect(after.costStack!.hourlyWage).toBeCloseTo(before.costStack!.hourlyWage * 1.1, 9)
      else expect(after.terms!.pricing).not.toEqual(before.terms!.pricing)
    }
    const shifted = withShrinkageShift(model, 0.05)
    for (const { optionId } of model.scenario.options) expect(shifted.options.get(optionId)!.shrinkage).toBeCloseTo(model.options.get(optionId)!.shrinkage + 0.05, 9)
    const high = withShrinkageShift(withShrinkageShift(model, 0.6), 0.05)
    for (const { optionId } of model.scenario.options) expect(high.options.get(optionId)!.shrinkage).toBe(0.95)
    const low = withShrinkageShift(model, -0.9)
    for (const { optionId } of model.scenario.options) expect(low.options.get(optionId)!.shrinkage).toBe(0)
  })

  it('sortBySwing keeps ties in order and puts rows without a swing last', () => {
    const rows = [
      { k: 'a', swing: 1 },
      { k: 'b', swing: NaN },
      { k: 'c', swing: 3 },
      { k: 'd', swing: 1 },
    ]
    expect(sortBySwing(rows).map((r) => r.k)).toEqual(['c', 'a', 'd', 'b'])
  })
})
