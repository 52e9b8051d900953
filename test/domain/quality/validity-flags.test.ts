import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { periodPlan, volumeChecks } from '../../../src/domain/quality/validity-flags.ts'

const plan = new Map([
  ['2026-02', 28_000],
  ['2026-03', 31_000],
])
const band = { low: 0.9, high: 1.1 }

describe('periodPlan', () => {
  it.each([
    { period: '2026-03', expected: 31_000 },
    { period: '2026-W10', expected: 7_000, why: '2–8 March: seven days of 1,000' },
    { period: '2026-W09', expected: 5_000 + 2_000, why: '23 Feb–1 Mar: five February days of 1,000 and two March days of 1,000' },
    { period: '2026-04', expected: undefined, why: 'no plan for April' },
    { period: '2026-W14', expected: undefined, why: '30 Mar–5 Apr reaches into April' },
  ])('$period → $expected', ({ period, expected }) => {
    const p = periodPlan(period, plan)
    if (expected === undefined) expect(p).toBeUndefined()
    else expect(p).toBeCloseTo(expected, 9)
  })
})

describe('volumeChecks', () => {
  it.each([
    { volume: 40_920, status: 'above', text: 'volume 132 % of plan: outside the 90–110 % band, SLAs do not bind' },
    { volume: 34_100, status: 'inside', text: 'volume 110 % of plan: inside the 90–110 % band, SLAs bind' },
    { volume: 27_900, status: 'inside', text: 'volume 90 % of plan: inside the 90–110 % band, SLAs bind' },
    { volume: 27_000, status: 'below', text: 'volume 87 % of plan: outside the 90–110 % band, SLAs do not bind' },
  ])('March with $volume contacts against 31,000 planned: $status', ({ volume, status, text }) => {
    const [c] = volumeChecks([{ period: '2026-03', volume }], plan, band)
    expect(c).toMatchObject({ status, text, plan: 31_000, volume })
  })

  it('a period the plan does not cover cannot be judged', () => {
    expect(volumeChecks([{ period: '2025-11', volume: 100 }], plan, band)[0]).toMatchObject({ status: 'no-forecast', plan: undefined, text: 'no plan for this period: the band cannot be checked' })
  })

  it('property: a week’s plan is a seventh of the weeks around it, and the status follows the ratio (edges left to float rounding)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e7 }), fc.double({ min: 0, max: 3, noNaN: true }), (monthly, ratio) => {
        const flat = new Map([['2026-03', monthly * 31]])
        expect(periodPlan('2026-W11', flat)).toBeCloseTo(monthly * 7, 6)
        const [c] = volumeChecks([{ period: '2026-03', volume: ratio * monthly * 31 }], flat, band)
        if (ratio < 0.899) expect(c!.status).toBe('below')
        if (ratio > 1.101) expect(c!.status).toBe('above')
        if (ratio > 0.901 && ratio < 1.099) expect(c!.status).toBe('inside')
      }),
    )
  })
})
