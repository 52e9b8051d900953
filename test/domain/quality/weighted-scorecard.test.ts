import { describe, expect, it } from 'vitest'
import { kpiById } from '../../../src/domain/quality/kpi-catalogue.ts'
import { attainment, equalWeights, weightedScores, weightProblems } from '../../../src/domain/quality/weighted-scorecard.ts'

describe('attainment against a target', () => {
  it('is value/target when higher is better on a scale from 0: CSAT 0.68 against 0.85 attains 0.8', () => {
    expect(attainment(0.68, 0.85, kpiById('csat')!)).toBeCloseTo(0.8, 12)
  })

  it('is target/value when lower is better: AHT 450 s against 360 s attains 0.8', () => {
    expect(attainment(450, 360, kpiById('aht')!)).toBeCloseTo(0.8, 12)
  })

  it('measures from the bottom of the scale: NPS 10 against 30 on −100…100 attains 110/130', () => {
    expect(attainment(10, 30, kpiById('nps')!)).toBeCloseTo(110 / 130, 12)
  })

  it('caps at 1 (beating a target earns nothing extra) and floors at 0', () => {
    expect(attainment(0.99, 0.85, kpiById('csat')!)).toBe(1)
    expect(attainment(100, 360, kpiById('aht')!)).toBe(1)
    expect(attainment(0, 360, kpiById('aht')!)).toBe(1)
    expect(attainment(-80, 30, { direction: 'higher', min: 0 })).toBe(0)
  })
})

describe('weights', () => {
  it('must add up to 100 %', () => {
    expect(weightProblems({ csat: 60, fcr: 40 })).toEqual({})
    expect(weightProblems({ csat: 60, fcr: 30 }).weights).toMatch(/add up to 90 %/)
    expect(weightProblems({ csat: 33.33, fcr: 33.33, aht: 33.34 })).toEqual({})
  })

  it('must each be a percentage', () => {
    expect(weightProblems({ csat: -5, fcr: 105 })).toEqual({ csat: 'must be a percentage from 0 to 100', fcr: 'must be a percentage from 0 to 100' })
  })

  it('default to equal shares', () => {
    expect(equalWeights(['a', 'b', 'c', 'd'])).toEqual({ a: 25, b: 25, c: 25, d: 25 })
  })
})

describe('weightedScores (hand-computed)', () => {
  // Weights: CSAT 50 % (Customer), AHT 30 % (Internal Process), attrition 20 % (Learning & Growth).
  const weights = { csat: 50, aht: 30, 'agent-attrition': 20 }
  const targets = { csat: 0.85, aht: 360, 'agent-attrition': 0.35 }
  const values = new Map([
    // A: CSAT 0.68 → 0.8, AHT 450 → 0.8, attrition 0.35 → 1: overall (50·0.8 + 30·0.8 + 20·1)/100 = 84.
    ['A', new Map([['csat', 0.68], ['aht', 450], ['agent-attrition', 0.35]])],
    // B: CSAT 0.9 → 1 (capped), AHT 300 → 1 (capped), attrition 0.7 → 0.5: overall 50 + 30 + 10 = 90.
    ['B', new Map([['csat', 0.9], ['aht', 300], ['agent-attrition', 0.7]])],
    // C reported no AHT: it is left out and the rest rescaled: (50·1 + 20·1)/70 = 100, coverage 70 %.
    ['C', new Map([['csat', 0.85], ['agent-attrition', 0.35]])],
  ])
  const scores = weightedScores(values, weights, targets, kpiById)
  const of = (p: string) => scores.find((s) => s.partner === p)!

  it('scores each partner overall from 0 to 100', () => {
    expect(of('A').overall).toBeCloseTo(84, 10)
    expect(of('B').overall).toBeCloseTo(90, 10)
    expect(of('C').overall).toBeCloseTo(100, 10)
  })

  it('scores each perspective, and none where no weighted KPI belongs', () => {
    expect(of('A').perspectives).toEqual({ customer: expect.closeTo(80, 10), 'internal-process': expect.closeTo(80, 10), 'learning-growth': 100, financial: null })
    expect(of('B').perspectives['learning-growth']).toBeCloseTo(50, 10)
  })

  it('says which weighted KPIs a partner did not report, and how much weight it covers', () => {
    expect(of('C').missing).toEqual(['aht'])
    expect(of('C').coverage).toBeCloseTo(0.7, 12)
    expect(of('C').perspectives['internal-process']).toBeNull()
  })

  it('changes the ranking when the weights change', () => {
    const attritionHeavy = weightedScores(values, { csat: 20, aht: 20, 'agent-attrition': 60 }, targets, kpiById)
    const a = attritionHeavy.find((s) => s.partner === 'A')!.overall!
    const b = attritionHeavy.find((s) => s.partner === 'B')!.overall!
    // A: 20·0.8 + 20·0.8 + 60·1 = 92; B: 20 + 20 + 60·0.5 = 70.
    expect([a, b].map((x) => Math.round(x * 1e9) / 1e9)).toEqual([92, 70])
  })
})
