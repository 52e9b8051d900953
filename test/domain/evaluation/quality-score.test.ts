/** The modelled quality score: 100 × (0.5 × FCR + 0.3 × (1 − escalation) + 0.2 × min(1, SL / target)). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { QUALITY_WEIGHTS, modelledQualityScore, qualityParts, targetAttainment, type QualityInputs } from '../../../src/domain/evaluation/quality-score.ts'

const share = fc.double({ min: 0, max: 1, noNaN: true })
const inputs = fc.record({ fcr: share, escalationRate: share, serviceLevel: share, serviceLevelTarget: share })

describe('modelledQualityScore', () => {
  it.each<[string, QualityInputs, number]>([
    ['perfect on every term', { fcr: 1, escalationRate: 0, serviceLevel: 1, serviceLevelTarget: 0.8 }, 100],
    ['nothing resolved, everything escalated, nobody answered', { fcr: 0, escalationRate: 1, serviceLevel: 0, serviceLevelTarget: 0.8 }, 0],
    ['on target exactly', { fcr: 0.8, escalationRate: 0.1, serviceLevel: 0.8, serviceLevelTarget: 0.8 }, 40 + 27 + 20],
    ['beating the target earns nothing extra', { fcr: 0.8, escalationRate: 0.1, serviceLevel: 0.95, serviceLevelTarget: 0.8 }, 87],
    ['missing the target scales its 20 points', { fcr: 0.8, escalationRate: 0.1, serviceLevel: 0.72, serviceLevelTarget: 0.8 }, 40 + 27 + 18],
    ['a target of 0 is always met', { fcr: 0.5, escalationRate: 0.5, serviceLevel: 0, serviceLevelTarget: 0 }, 25 + 15 + 20],
    ['the demo in-house team', { fcr: 0.78, escalationRate: 0.02, serviceLevel: 0.99, serviceLevelTarget: 0.8 }, 39 + 29.4 + 20],
  ])('%s', (_, i, expected) => {
    expect(modelledQualityScore(i).score).toBeCloseTo(expected, 10)
  })

  it('says the score is modelled', () => {
    expect(modelledQualityScore({ fcr: 0.7, escalationRate: 0.05, serviceLevel: 0.8, serviceLevelTarget: 0.8 }).source).toBe('modelled')
  })

  it('is NaN when an input is missing, rather than a number that looks measured', () => {
    for (const key of ['fcr', 'escalationRate', 'serviceLevel', 'serviceLevelTarget'] as const) {
      const i = { fcr: 0.7, escalationRate: 0.05, serviceLevel: 0.8, serviceLevelTarget: 0.8, [key]: NaN }
      expect(modelledQualityScore(i).score, key).toBeNaN()
    }
  })

  it('stays within 0–100 for any shares', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const { score } = modelledQualityScore(i)
        return score >= 0 && score <= 100 + 1e-9
      }),
    )
  })

  it('is the sum of its parts', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const p = qualityParts(i)
        return Math.abs(p.fcr + p.noEscalation + p.serviceLevel - modelledQualityScore(i).score) < 1e-9
      }),
    )
  })

  it('never falls when FCR or service level rise, or when escalations fall', () => {
    fc.assert(
      fc.property(inputs, share, (i, more) => {
        const score = modelledQualityScore(i).score
        return (
          modelledQualityScore({ ...i, fcr: Math.max(i.fcr, more) }).score >= score - 1e-9 &&
          modelledQualityScore({ ...i, serviceLevel: Math.max(i.serviceLevel, more) }).score >= score - 1e-9 &&
          modelledQualityScore({ ...i, escalationRate: Math.min(i.escalationRate, more) }).score >= score - 1e-9
        )
      }),
    )
  })

  it('weighs its three terms 50, 30 and 20', () => {
    expect(QUALITY_WEIGHTS.fcr + QUALITY_WEIGHTS.noEscalation + QUALITY_WEIGHTS.serviceLevel).toBeCloseTo(1, 12)
    expect(qualityParts({ fcr: 1, escalationRate: 0, serviceLevel: 1, serviceLevelTarget: 1 })).toEqual({ fcr: 50, noEscalation: 30, serviceLevel: 20 })
  })
})

describe('targetAttainment', () => {
  it('is the achieved share of the target, capped at 1', () => {
    expect(targetAttainment(0.72, 0.8)).toBeCloseTo(0.9, 12)
    expect(targetAttainment(0.9, 0.8)).toBe(1)
    expect(targetAttainment(0.8, 0.8)).toBe(1)
  })
})
