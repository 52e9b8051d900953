import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareScorecards } from '../../../src/domain/quality/scorecard-comparison.ts'
import type { ScorecardRow } from '../../../src/domain/quality/scorecard-row.ts'
import { twoProportionTest } from '../../../src/domain/quality/two-proportion-test.ts'
import { wilsonInterval } from '../../../src/domain/quality/wilson-interval.ts'

const csat = (partner: string, period: string, value: number, sampleSize: number): ScorecardRow => ({ partner, period, kpi: 'csat', value, sampleSize })

/** Two months of CSAT: A 0.9 of 400 + 0.8 of 100; B 0.85 of 500 twice; C 0.6 of 40 then 0.7 of 20. */
const rows: ScorecardRow[] = [
  csat('A', '2026-01', 0.9, 400),
  csat('A', '2026-02', 0.8, 100),
  csat('B', '2026-01', 0.85, 500),
  csat('B', '2026-02', 0.85, 500),
  csat('C', '2026-01', 0.6, 40),
  csat('C', '2026-02', 0.7, 20),
]

describe('compareScorecards: proportions with sample sizes', () => {
  const result = compareScorecards({ rows })
  const k = result.kpis[0]!
  const of = (p: string) => k.partners.find((x) => x.partner === p)!

  it('pools the periods: A had 360 + 80 satisfied of 500 = 0.88', () => {
    expect(k.basis).toBe('responses')
    expect(of('A').value).toBeCloseTo(0.88, 12)
    expect(of('A').sampleSize).toBe(500)
    expect(of('A').periods).toBe(2)
  })

  it('gives each partner its Wilson interval and states the confidence level', () => {
    expect(result.confidenceLevel).toBe(0.95)
    expect(of('A').interval).toEqual(wilsonInterval(440, 500))
    expect(k.intervalMethod).toMatch(/Wilson score interval.*95 %/)
  })

  it('tests every pair with the pooled two-proportion test and adjusts by Holm over the KPI’s 3 pairs', () => {
    expect(k.pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['A-B', 'A-C', 'B-C'])
    const ab = k.pairs[0]!
    expect(ab.pValue).toBeCloseTo(twoProportionTest({ successes: 440, trials: 500 }, { successes: 850, trials: 1000 }).pValue!, 14)
    const sorted = [...k.pairs].sort((x, y) => x.pValue! - y.pValue!)
    expect(sorted[0]!.holmPValue).toBeCloseTo(Math.min(1, 3 * sorted[0]!.pValue!), 14)
  })

  it('ranks A and B as within noise (p = 0.11) and C below both', () => {
    expect([of('A').rank, of('A').group, of('A').withinNoise]).toEqual([1, 'A', true])
    expect([of('B').rank, of('B').group]).toEqual([1, 'A'])
    expect([of('C').rank, of('C').group, of('C').withinNoise]).toEqual([3, 'B', false])
  })

  it('shrinks C (60 responses) toward the pooled rate and warns about nothing below 30', () => {
    expect(of('C').shrunk!).toBeGreaterThan(of('C').value!)
    expect(of('C').warnings).toEqual([])
  })

  it('scores with equal weights by default (one KPI: 100 % CSAT)', () => {
    expect(result.scorecard.weightsSource).toBe('equal')
    expect(result.scorecard.weights).toEqual({ csat: 100 })
    // C: 0.6333 / 0.85 = 74.5 on Customer and overall.
    const c = result.scorecard.scores.find((s) => s.partner === 'C')!
    expect(c.overall).toBeCloseTo((100 * (24 + 14)) / 60 / 0.85, 10)
    expect(c.perspectives.customer).toBeCloseTo(c.overall!, 12)
  })

  it('tells the period range and the partners', () => {
    expect(result.periods).toEqual({ kind: 'month', first: '2026-01', last: '2026-02', count: 2 })
    expect(result.partners).toEqual(['A', 'B', 'C'])
  })
})

describe('compareScorecards: means and periods', () => {
  it('combines periods of measures (sample_size and sd) and tests them with Welch', () => {
    const r = compareScorecards({
      rows: [
        { partner: 'A', period: '2026-01', kpi: 'aht', value: 360, sampleSize: 1000, sd: 120 },
        { partner: 'B', period: '2026-01', kpi: 'aht', value: 380, sampleSize: 800, sd: 140 },
      ],
    })
    const k = r.kpis[0]!
    expect(k.basis).toBe('measures')
    expect(k.pairs[0]!.test).toBe('Welch t')
    expect(k.pairs[0]!.df).toBeGreaterThan(1000)
    // Lower is better: A ranks first, clearly apart (t ≈ −3.2).
    expect(k.partners.map((p) => [p.partner, p.rank, p.withinNoise])).toEqual([
      ['A', 1, false],
      ['B', 2, false],
    ])
  })

  it('compares KPIs without sample sizes across periods, and warns below 3 periods', () => {
    const r = compareScorecards({
      rows: [
        { partner: 'A', period: '2026-01', kpi: 'team-wellbeing', value: 7 },
        { partner: 'A', period: '2026-02', kpi: 'team-wellbeing', value: 7.4 },
        { partner: 'B', period: '2026-01', kpi: 'team-wellbeing', value: 6 },
      ],
    })
    const k = r.kpis[0]!
    expect(k.basis).toBe('periods')
    expect(k.partners[0]!.value).toBeCloseTo(7.2, 12)
    expect(k.partners[0]!.n).toBe(2)
    expect(r.warnings.join('\n')).toMatch(/B, team-wellbeing: only 1 period/)
    expect(k.pairs[0]!.noTest).toMatch(/fewer than 2/)
  })

  it('finds an improving trend over the months', () => {
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']
    const r = compareScorecards({ rows: months.map((period, i) => ({ partner: 'A', period, kpi: 'fcr', value: 0.7 + 0.01 * i + (i % 2 ? 0.001 : -0.001) })) })
    const trend = r.kpis[0]!.partners[0]!.trend!
    expect(trend.per).toBe('month')
    expect(trend.slope).toBeCloseTo(0.01, 2)
    expect(trend.direction).toBe('improving')
  })

  it('scores only KPIs with a target by default, and says so', () => {
    const r = compareScorecards({ rows: [{ partner: 'A', period: '2026-W05', kpi: 'cost-per-ticket', value: 5 }, { partner: 'A', period: '2026-W05', kpi: 'fcr', value: 0.7 }] })
    expect(r.scorecard.weights).toEqual({ fcr: 100 })
    expect(r.warnings.join()).toMatch(/cost-per-ticket has no default target/)
  })

  it('uses given weights and targets', () => {
    const r = compareScorecards({ rows, weights: { csat: 100 }, targets: { csat: 0.9 } })
    const a = r.scorecard.scores.find((s) => s.partner === 'A')!
    expect(a.overall).toBeCloseTo((100 * 0.88) / 0.9, 10)
    expect(r.scorecard.weightsSource).toBe('given')
  })

  it('refuses input the edge should have caught', () => {
    expect(() => compareScorecards({ rows: [...rows, { partner: 'A', period: '2026-W01', kpi: 'csat', value: 0.5 }] })).toThrow(RangeError)
    expect(() => compareScorecards({ rows, weights: { csat: 50 } })).toThrow(/add up to 100/)
    expect(() => compareScorecards({ rows: [] })).toThrow(RangeError)
  })
})

describe('compareScorecards: properties', () => {
  it('gives p-values and Holm p-values in [0, 1], Holm never below raw, and intervals inside [0, 1] for proportions', () => {
    const partner = fc.constantFrom('P1', 'P2', 'P3', 'P4')
    const row = fc.record({ partner, month: fc.integer({ min: 1, max: 6 }), value: fc.double({ min: 0, max: 1, noNaN: true }), n: fc.integer({ min: 0, max: 3000 }) })
    fc.assert(
      fc.property(fc.uniqueArray(row, { minLength: 1, maxLength: 20, selector: (r) => `${r.partner}${r.month}` }), (list) => {
        const r = compareScorecards({ rows: list.map((x) => ({ partner: x.partner, period: `2026-0${x.month}`, kpi: 'fcr', value: x.value, sampleSize: x.n })) })
        const k = r.kpis[0]!
        const pairsOk = k.pairs.every((p) => p.pValue === null || (p.pValue >= 0 && p.pValue <= 1 && p.holmPValue! >= p.pValue && p.holmPValue! <= 1))
        const intervalsOk = k.partners.every((p) => p.interval === null || (p.interval.low >= 0 && p.interval.high <= 1))
        return pairsOk && intervalsOk
      }),
      { numRuns: 200 },
    )
  })
})
