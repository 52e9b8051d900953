import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../../src/db/client.ts'
import { loadScenarioModel } from '../../../src/db/scenario-model.ts'
import { seedDemoIfEmpty } from '../../../src/db/seed-demo.ts'
import { comparison } from '../../../src/domain/evaluation/comparison.ts'
import { evaluateModel } from '../../../src/domain/evaluation/evaluate-model.ts'
import { measuredQualityInputs, scenarioAnswerWithin } from '../../../src/domain/evaluation/measured-quality-inputs.ts'
import { measuredQualityScore, type MeasuredQualityInputs } from '../../../src/domain/evaluation/quality-score.ts'
import type { ScorecardRow } from '../../../src/domain/quality/scorecard-row.ts'
import { simulateRisk } from '../../../src/domain/simulation/monte-carlo/monte-carlo.ts'

const measured = (over: Partial<MeasuredQualityInputs> = {}): MeasuredQualityInputs => ({
  fcr: 0.7,
  escalationRate: 0.2,
  serviceLevel: null,
  serviceLevelNote: '',
  period: { from: '2026-05', to: '2026-10' },
  sampleSizes: { fcr: 1200, escalationRate: 1200 },
  ...over,
})

describe('measuredQualityScore', () => {
  it('applies the modelled formula to measured values: 50 × 0.7 + 30 × 0.8 + 20 × min(1, 0.72 / 0.8) = 77', () => {
    const q = measuredQualityScore(measured({ serviceLevel: 0.72 }), 0.95, 0.8)
    expect(q.score).toBeCloseTo(77, 12)
    expect(q).toMatchObject({ source: 'measured', period: { from: '2026-05', to: '2026-10' } })
  })

  it('falls back to the plan’s service level when no measured one can be used: 35 + 24 + 20 = 79', () => {
    expect(measuredQualityScore(measured(), 0.85, 0.8).score).toBeCloseTo(79, 12)
  })
})

describe('measuredQualityInputs', () => {
  const scenario = { channels: [{ channel: 'voice', allocation: { kind: 'shares', shares: {} }, targets: { serviceLevel: 0.8, answerWithinSeconds: 20 } }] } as never
  const rows: ScorecardRow[] = [
    { partner: 'P', period: '2026-10', kpi: 'fcr', value: 0.75, sampleSize: 400 },
    { partner: 'P', period: '2026-10', kpi: 'escalation-rate', value: 0.08, sampleSize: 400 },
    { partner: 'P', period: '2026-10', kpi: 'service-level', value: 0.85, sampleSize: 5000 },
  ]

  it('converts a service level that excludes short abandons to the scenario’s definition', () => {
    const option = { channels: ['voice'], serviceLevelReporting: { shortAbandonsExcluded: true, shortAbandonSeconds: 5, answerWithinSeconds: 20, shortAbandonShare: 0.04 } }
    const m = measuredQualityInputs(rows, option, scenario, 3)!
    expect(m.serviceLevel).toBeCloseTo(0.816, 12)
    expect(m.serviceLevelNote).toContain('0.85 × (1 − 0.04) = 0.816')
    expect(m).toMatchObject({ fcr: 0.75, escalationRate: 0.08, period: { from: '2026-10', to: '2026-10' }, sampleSizes: { fcr: 400, escalationRate: 400 } })
  })

  it('does not use a service level whose definition the partner has not stated, and says so', () => {
    const m = measuredQualityInputs(rows, { channels: ['voice'] }, scenario, 3)!
    expect(m.serviceLevel).toBeNull()
    expect(m.serviceLevelNote).toMatch(/has not stated how it counts/)
  })

  it('does not use a service level counted within a different T', () => {
    const option = { channels: ['voice'], serviceLevelReporting: { shortAbandonsExcluded: false, shortAbandonSeconds: 0, answerWithinSeconds: 30, shortAbandonShare: null } }
    expect(measuredQualityInputs(rows, option, scenario, 3)!.serviceLevelNote).toMatch(/within 30 s cannot be converted to within 20 s/)
  })

  it('converts a blend counted to each channel’s own T, whatever the channels’ T', () => {
    const two = { channels: [{ channel: 'voice', targets: { answerWithinSeconds: 20 } }, { channel: 'chat', targets: { answerWithinSeconds: 60 } }] } as never
    const option = { channels: ['voice', 'chat'], serviceLevelReporting: { shortAbandonsExcluded: true, shortAbandonSeconds: 5, answerWithinSeconds: null, shortAbandonShare: 0.04 } }
    const m = measuredQualityInputs(rows, option, two, 3)!
    expect(m.serviceLevel).toBeCloseTo(0.816, 12)
    expect(m.serviceLevelNote).toBe('Reported 85.0 % answered within each channel’s T, converted from short abandons within 5 s excluded: 0.85 × (1 − 0.04) = 0.816.')
    const fixed = { ...option, serviceLevelReporting: { ...option.serviceLevelReporting, answerWithinSeconds: 20 } }
    expect(measuredQualityInputs(rows, fixed, two, 3)!.serviceLevelNote).toMatch(/it counts to 20 s, and the scenario holds this option’s live channels to different answer-within times/)
  })

  it('is null without a measured FCR or escalation rate', () => {
    expect(measuredQualityInputs(rows.filter((r) => r.kpi !== 'fcr'), { channels: ['voice'] }, scenario, 3)).toBeNull()
  })

  it('finds the T of the option’s live channels, and none when they differ', () => {
    const two = { channels: [{ channel: 'voice', targets: { answerWithinSeconds: 20 } }, { channel: 'chat', targets: { answerWithinSeconds: 60 } }, { channel: 'email', targets: { answerWithinSeconds: 0, deadlineHours: 24 } }] } as never
    expect(scenarioAnswerWithin({ channels: ['voice', 'email'] }, two)).toBe(20)
    expect(scenarioAnswerWithin({ channels: ['voice', 'chat'] }, two)).toBeNull()
  })
})

describe('comparison with measured quality', () => {
  const db = openMemoryDb()
  seedDemoIfEmpty(db)
  const model = loadScenarioModel(db, 1)!
  const evaluated = evaluateModel(model)
  if (!evaluated.ok) throw new Error(evaluated.problems.join())
  const risk = simulateRisk(evaluated.staffing, evaluated.evaluation, model.options, { ...model.scenario.uncertainty, trials: 5 })
  const plain = comparison(evaluated.evaluation, risk, model)
  const partner = plain.options.find((o) => o.kind === 'partner')!
  const withMeasures = comparison(evaluated.evaluation, risk, model, new Map([[partner.optionId!, measured()]]))

  it('scores an option with measures as measured, with their period, and the rest as modelled', () => {
    const row = withMeasures.options.find((o) => o.optionId === partner.optionId)!
    expect(row.quality).toEqual(measuredQualityScore(measured(), row.serviceLevel, row.serviceLevelTarget))
    expect(row.measuredQuality?.period).toEqual({ from: '2026-05', to: '2026-10' })
    for (const o of withMeasures.options.filter((o) => o.optionId !== partner.optionId)) expect(o.quality.source).toBe('modelled')
    expect(withMeasures.scenario.quality.source).toBe('modelled')
  })

  it('leaves cost, cost per resolution and the stated FCR as they were', () => {
    const row = withMeasures.options.find((o) => o.optionId === partner.optionId)!
    expect(row.costCents).toBe(partner.costCents)
    expect(row.costPerResolution).toBe(partner.costPerResolution)
    expect(row.fcr).toBe(partner.fcr)
  })
})
