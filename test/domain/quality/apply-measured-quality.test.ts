import { describe, expect, it } from 'vitest'
import { measuredFields, usesMeasuredFields, withMeasuredFields } from '../../../src/domain/quality/apply-measured-quality.ts'
import { measuredQuality } from '../../../src/domain/quality/measured-quality.ts'
import type { ScorecardRow } from '../../../src/domain/quality/scorecard-row.ts'

const rows: ScorecardRow[] = [
  { partner: 'P', period: '2026-09', kpi: 'fcr', value: 0.7, sampleSize: 100 },
  { partner: 'P', period: '2026-10', kpi: 'fcr', value: 0.75, sampleSize: 200 },
  { partner: 'P', period: '2026-10', kpi: 'escalation-rate', value: 0.061234, sampleSize: 200 },
]
const option = { fcr: 0.8, escalationRate: 0.05, ahtFactor: { voice: 1, chat: 1.2 }, channels: ['voice', 'chat'] }

describe('measuredFields', () => {
  it('rounds shares to four decimals and the AHT factor to three: (0.7 × 100 + 0.75 × 200) / 300 = 0.7333', () => {
    const r = measuredFields(measuredQuality(rows, 3), 1.23456)
    expect(r).toEqual({ ok: true, fields: { fcr: 0.7333, escalationRate: 0.0612, ahtFactor: 1.235 } })
  })

  it('leaves the AHT factor out when none could be measured or it is out of bounds', () => {
    for (const factor of [undefined, NaN, 0, 11]) {
      const r = measuredFields(measuredQuality(rows, 3), factor)
      expect(r.ok && r.fields.ahtFactor).toBeUndefined()
    }
  })

  it('refuses without a measured escalation rate, naming what is missing', () => {
    expect(measuredFields(measuredQuality(rows.filter((r) => r.kpi === 'fcr'), 3), 1)).toEqual({ ok: false, reason: 'no measured escalation rate in this period, so there is nothing to apply' })
    expect(measuredFields(null, 1)).toEqual({ ok: false, reason: 'no measured FCR and escalation rate in this period, so there is nothing to apply' })
  })
})

describe('withMeasuredFields and usesMeasuredFields', () => {
  const fields = { fcr: 0.7333, escalationRate: 0.0612, ahtFactor: 1.1 }

  it('writes FCR, escalation and one AHT factor for every channel, and then recognises the option as using them', () => {
    const applied = withMeasuredFields(option, fields)
    expect(applied).toEqual({ fcr: 0.7333, escalationRate: 0.0612, ahtFactor: { voice: 1.1, chat: 1.1 }, channels: ['voice', 'chat'] })
    expect(usesMeasuredFields(applied, fields)).toBe(true)
    expect(usesMeasuredFields(option, fields)).toBe(false)
  })

  it('keeps the AHT factors when no factor was measured', () => {
    expect(withMeasuredFields(option, { ...fields, ahtFactor: undefined }).ahtFactor).toEqual({ voice: 1, chat: 1.2 })
  })
})
