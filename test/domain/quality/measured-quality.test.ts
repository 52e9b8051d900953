import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ahtFactorFor, measuredQuality, poolKpi } from '../../../src/domain/quality/measured-quality.ts'
import type { ScorecardRow } from '../../../src/domain/quality/scorecard-row.ts'

const row = (period: string, kpi: string, value: number, sampleSize?: number): ScorecardRow => ({ partner: 'Nearshore', period, kpi, value, sampleSize })

describe('poolKpi', () => {
  it('pools proportions by sample size: (0.7 × 100 + 0.8 × 300) / 400 = 0.775', () => {
    expect(poolKpi([{ period: '2026-01', value: 0.7, sampleSize: 100 }, { period: '2026-02', value: 0.8, sampleSize: 300 }])).toEqual({ value: 0.775, sampleSize: 400, periods: 2, min: 0.7, max: 0.8 })
  })

  it('counts a month reported per contact type (voice and chat rows) as one period', () => {
    expect(poolKpi([{ period: '2026-01', value: 0.7, sampleSize: 100 }, { period: '2026-01', value: 0.8, sampleSize: 300 }])?.periods).toBe(1)
  })

  it('takes the plain mean of periods when any period lacks a sample size, and says so with a null sample size', () => {
    const p = poolKpi([{ period: '2026-01', value: 0.7, sampleSize: 100 }, { period: '2026-02', value: 0.8 }])
    expect(p?.value).toBeCloseTo(0.75, 12)
    expect(p?.sampleSize).toBeNull()
  })

  it('is null without values', () => {
    expect(poolKpi([])).toBeNull()
  })

  it('lies within the observed range, whatever the sample sizes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ period: fc.constantFrom('2026-01', '2026-02', '2026-03'), value: fc.double({ min: 0, max: 1000, noNaN: true }), sampleSize: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }) }), { minLength: 1, maxLength: 24 }),
        (rows) => {
          const p = poolKpi(rows)!
          const tolerance = 1e-9 * Math.max(1, p.max)
          return p.value >= p.min - tolerance && p.value <= p.max + tolerance && p.min === Math.min(...rows.map((r) => r.value)) && p.max === Math.max(...rows.map((r) => r.value))
        },
      ),
    )
  })
})

describe('measuredQuality', () => {
  // Twelve months 2025-11 … 2026-10; FCR rises by a point a month on 200 contacts each.
  const months = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']
  const rows = months.flatMap((m, i) => [row(m, 'fcr', 0.7 + i / 100, 200), row(m, 'escalation-rate', 0.1, 200), row(m, 'aht', 400 + 10 * i, 200), row(m, 'csat', 0.9, 50)])

  it('takes the last 3 months ending at the latest month with data', () => {
    const m = measuredQuality(rows, 3)!
    expect(m.period).toEqual({ from: '2026-08', to: '2026-10' })
    // (0.79 + 0.80 + 0.81) / 3 with equal samples
    expect(m.fcr?.value).toBeCloseTo(0.8, 12)
    expect(m.fcr?.sampleSize).toBe(600)
    expect(m.ahtSeconds?.value).toBeCloseTo(500, 9)
    expect(m.escalationRate?.value).toBeCloseTo(0.1, 12)
    expect(m.serviceLevel).toBeNull()
  })

  it('takes 6 and 12 months when asked', () => {
    expect(measuredQuality(rows, 6)!.period).toEqual({ from: '2026-05', to: '2026-10' })
    expect(measuredQuality(rows, 12)!.period).toEqual({ from: '2025-11', to: '2026-10' })
    expect(measuredQuality(rows, 12)!.fcr?.periods).toBe(12)
  })

  it('weights months by their sample sizes', () => {
    const m = measuredQuality([row('2026-09', 'fcr', 0.6, 100), row('2026-10', 'fcr', 0.9, 200)], 3)!
    expect(m.fcr?.value).toBeCloseTo(0.8, 12)
    expect(m.period).toEqual({ from: '2026-09', to: '2026-10' })
  })

  it('counts calendar months, not rows: a gap leaves the window shorter', () => {
    const m = measuredQuality([row('2026-01', 'fcr', 0.5, 100), row('2026-10', 'fcr', 0.9, 100)], 3)!
    expect(m.fcr?.value).toBe(0.9)
    expect(m.period.from).toBe('2026-10')
  })

  it('takes 26 weeks for 6 months of weekly data', () => {
    const weeks = Array.from({ length: 30 }, (_, i) => row(`2026-W${String(i + 1).padStart(2, '0')}`, 'fcr', 0.8, 10))
    const m = measuredQuality(weeks, 6)!
    expect(m.fcr?.periods).toBe(26)
    expect(m.period).toEqual({ from: '2026-W05', to: '2026-W30' })
  })

  it('uses the monthly rows of a partner that reports both months and weeks', () => {
    const m = measuredQuality([row('2026-10', 'fcr', 0.8, 100), row('2026-W43', 'fcr', 0.5, 100)], 3)!
    expect(m.fcr?.value).toBe(0.8)
    expect(m.period).toEqual({ from: '2026-10', to: '2026-10' })
  })

  it('is null for a partner with none of FCR, escalation, AHT or service level', () => {
    expect(measuredQuality([row('2026-10', 'csat', 0.9, 50)], 6)).toBeNull()
  })
})

describe('ahtFactorFor', () => {
  it('divides the measured AHT by the forecast’s volume-weighted AHT over the option’s channels', () => {
    // Voice 30 contacts at 400 s and email 10 at 200 s: (12,000 + 2,000) / 40 = 350 s; 420 / 350 = 1.2. Chat is not the option's.
    const forecast = [
      { channel: 'voice', volume: [10, 20], ahtSeconds: [400, 400] },
      { channel: 'email', volume: [10, 0], ahtSeconds: [200, 200] },
      { channel: 'chat', volume: [100, 100], ahtSeconds: [900, 900] },
    ]
    const a = ahtFactorFor(420, forecast, ['voice', 'email'])
    expect(a.forecastAhtSeconds).toBeCloseTo(350, 12)
    expect(a.factor).toBeCloseTo(1.2, 12)
  })

  it('is NaN when the forecast gives the option no volume', () => {
    expect(ahtFactorFor(420, [{ channel: 'chat', volume: [1], ahtSeconds: [600] }], ['voice']).factor).toBeNaN()
  })
})
