import { describe, expect, it } from 'vitest'
import {
  calendarWeeks,
  coverageMatrix,
  coverageSummary,
  dailyCoverage,
  type PlanCalendar,
} from '../../../src/domain/scenario/coverage-summary.ts'
import { planScenarioStaffing, type OptionChannelPlan, type ScenarioStaffing } from '../../../src/domain/scenario/staffing-plan.ts'
import { forecastOf, partner, scenario, sum } from './builders.ts'

/** A hand-made line: every array given per interval, so each expected number can be worked out on paper. */
function line(p: { volume: number[]; aht?: number[]; required: number[]; supplied: number[]; scheduled?: number[]; sl?: number[]; periodSl?: number }): OptionChannelPlan {
  const n = p.volume.length
  return Object.freeze({
    optionId: 7,
    optionName: 'Partner',
    channel: 'voice',
    kind: 'voice',
    staffingMode: 'schedule',
    open: new Uint8Array(n).fill(1),
    volume: Float64Array.from(p.volume),
    ahtSeconds: Float64Array.from(p.aht ?? p.volume.map(() => 300)),
    required: Int32Array.from(p.required),
    supplied: Int32Array.from(p.supplied),
    scheduledRequired: Int32Array.from(p.required),
    scheduledSupplied: Int32Array.from(p.scheduled ?? p.supplied),
    serviceLevel: Float64Array.from(p.sl ?? p.volume.map(() => 0.8)),
    periodServiceLevel: p.periodSl ?? 0.8,
    aboveCeiling: 0,
  }) as OptionChannelPlan
}

function staffingOf(l: OptionChannelPlan, calendar: PlanCalendar, unserved: number[] = []): ScenarioStaffing {
  return {
    ...calendar,
    notes: [],
    channels: [
      {
        channel: 'voice',
        kind: 'voice',
        targets: { serviceLevel: 0.8, answerWithinSeconds: 20 },
        lines: [l],
        unserved: Float64Array.from(unserved.length ? unserved : l.volume.map(() => 0)),
      },
    ],
  }
}

/** 60-minute intervals from Monday 2026-01-05 00:00. */
const hourly = (intervalCount: number, start = '2026-01-05T00:00'): PlanCalendar => ({ start, intervalMinutes: 60, intervalCount })

describe('coverageSummary', () => {
  it('adds up contacts, contact-weighted AHT and productive hours per option line', () => {
    const l = line({ volume: [100, 300, 0], aht: [200, 400, 999], required: [5, 10, 0], supplied: [6, 8, 2], scheduled: [9, 12, 3] })
    const totals = coverageSummary(staffingOf(l, hourly(3), [0, 20, 0]), () => 40).channels[0]!
    const t = totals.lines[0]!
    expect(t.contacts).toBe(400)
    // (100 × 200 + 300 × 400) / 400 = 350 s; the 999 s interval has no contacts and weighs nothing.
    expect(t.ahtSeconds).toBe(350)
    expect(t.requiredHours).toBe(15)
    expect(t.suppliedHours).toBe(16)
    expect(t.balanceHours).toBe(1)
    expect(t.scheduledHours).toBe(24)
    expect(t.shortIntervals).toBe(1)
    expect(totals.unservedContacts).toBe(20)
    expect(totals.contacts).toBe(420)
  })

  it('counts FTE as paid hours over the weeks at the option’s own hours per FTE week', () => {
    // One week of 60-minute intervals with 2 scheduled agents throughout: 336 paid hours.
    const week = Array.from({ length: 168 }, () => 2)
    const l = line({ volume: week.map(() => 10), required: week, supplied: week })
    expect(coverageSummary(staffingOf(l, hourly(168)), () => 40).channels[0]!.lines[0]!.fte).toBe(8.4)
    expect(coverageSummary(staffingOf(l, hourly(168)), () => 48).channels[0]!.lines[0]!.fte).toBe(7)
  })

  it('marks a period service level exactly on target as met, a hair below as missed', () => {
    const on = line({ volume: [1], required: [1], supplied: [1], periodSl: 0.8 })
    const below = line({ volume: [1], required: [1], supplied: [1], periodSl: 0.7999 })
    expect(coverageSummary(staffingOf(on, hourly(1)), () => 40).channels[0]!.lines[0]!.met).toBe(true)
    expect(coverageSummary(staffingOf(below, hourly(1)), () => 40).channels[0]!.lines[0]!.met).toBe(false)
  })

  it('leaves intervals above the solver’s ceiling (−1) out of the hours and counts them', () => {
    const l = line({ volume: [10, 10], required: [4, -1], supplied: [4, -1] })
    const t = coverageSummary(staffingOf(l, hourly(2)), () => 40).channels[0]!.lines[0]!
    expect(t.requiredHours).toBe(4)
    expect(t.aboveCeiling).toBe(1)
  })

  it('gives NaN AHT for a line without contacts rather than 0 s', () => {
    const l = line({ volume: [0, 0], required: [0, 0], supplied: [0, 0] })
    expect(coverageSummary(staffingOf(l, hourly(2)), () => 40).channels[0]!.lines[0]!.ahtSeconds).toBeNaN()
  })
})

describe('calendarWeeks', () => {
  it('cuts the forecast at Mondays 00:00, with partial first and last weeks', () => {
    // Wednesday 2026-01-07 00:00, 10 days of hours: Wed–Sun, then Mon–Fri.
    const weeks = calendarWeeks(hourly(240, '2026-01-07T00:00'))
    expect(weeks).toEqual([
      { index: 0, firstDate: '2026-01-07', lastDate: '2026-01-11', firstInterval: 0, endInterval: 120 },
      { index: 1, firstDate: '2026-01-12', lastDate: '2026-01-16', firstInterval: 120, endInterval: 240 },
    ])
  })

  it('gives 52 whole weeks for the demo year of half hours starting on a Monday', () => {
    const weeks = calendarWeeks({ start: '2026-01-05T00:00', intervalMinutes: 30, intervalCount: 52 * 336 })
    expect(weeks).toHaveLength(52)
    expect(weeks.every((w) => w.endInterval - w.firstInterval === 336)).toBe(true)
    expect(weeks.at(-1)!.lastDate).toBe('2027-01-03')
  })

  it('handles a start in the middle of a day', () => {
    const weeks = calendarWeeks({ start: '2026-01-11T23:30', intervalMinutes: 30, intervalCount: 3 })
    expect(weeks.map((w) => [w.firstInterval, w.endInterval])).toEqual([
      [0, 1],
      [1, 3],
    ])
  })
})

describe('dailyCoverage', () => {
  it('sums one week by local date, with the contact-weighted service level of each day', () => {
    // Two days of hours: day 1 has 2 short hours, day 2 is closed (no contacts).
    const volume = [...Array.from({ length: 24 }, (_, h) => (h === 9 || h === 10 ? 100 : 0)), ...Array.from({ length: 24 }, () => 0)]
    const required = volume.map((v) => (v ? 10 : 0))
    const supplied = volume.map((v) => (v ? 8 : 0))
    const sl = volume.map((_, i) => (i === 9 ? 0.6 : i === 10 ? 0.7 : 1))
    const l = line({ volume, required, supplied, sl })
    const calendar = hourly(48)
    const [week] = calendarWeeks(calendar)
    const days = dailyCoverage(calendar, l, week!, 0.8)
    expect(days).toHaveLength(2)
    expect(days[0]).toMatchObject({ date: '2026-01-05', weekday: 0, contacts: 200, requiredHours: 20, suppliedHours: 16, balanceHours: -4, met: false })
    expect(days[0]!.serviceLevel).toBeCloseTo(0.65, 12)
    expect(days[1]).toMatchObject({ date: '2026-01-06', weekday: 1, contacts: 0, serviceLevel: null, met: null })
  })
})

describe('coverageMatrix', () => {
  it('averages supplied − required over the weeks for each weekday and time of day', () => {
    // Two weeks of hours; Monday 09:00 is −2 in week one and +1 in week two: mean −0.5.
    const n = 2 * 168
    const required = new Array<number>(n).fill(0)
    const supplied = new Array<number>(n).fill(0)
    required[9] = 5
    supplied[9] = 3
    required[168 + 9] = 5
    supplied[168 + 9] = 6
    const m = coverageMatrix(hourly(n), line({ volume: new Array(n).fill(0), required, supplied }))
    expect(m.timesOfDay).toHaveLength(24)
    expect(m.timesOfDay[9]).toBe('09:00')
    expect(m.values).toHaveLength(7)
    expect(m.values[0]![9]).toBe(-0.5)
    expect(m.deepestShortfall).toBe(-0.5)
    expect(m.largestSurplus).toBe(0)
    expect(m.shortIntervals).toBe(1)
  })

  it('leaves hours where nothing was ever required or supplied blank (NaN), not 0', () => {
    const m = coverageMatrix(hourly(24), line({ volume: new Array(24).fill(0), required: new Array(24).fill(0), supplied: new Array(24).fill(0) }))
    expect(m.values[0]!.every(Number.isNaN)).toBe(true)
  })

  it('places 30-minute intervals in 48 columns', () => {
    const n = 48
    const l = line({ volume: new Array(n).fill(1), required: new Array(n).fill(1), supplied: Array.from({ length: n }, (_, i) => (i === 15 ? 3 : 1)) })
    const m = coverageMatrix({ start: '2026-01-05T00:00', intervalMinutes: 30, intervalCount: n }, l)
    expect(m.timesOfDay[15]).toBe('07:30')
    expect(m.values[0]![15]).toBe(2)
    expect(m.values[0]![14]).toBe(0)
  })
})

describe('with a real staffing plan', () => {
  it('agrees with the plan: required hours equal the sum of required agents × interval hours', () => {
    const forecast = forecastOf([{ channel: 'voice', volume: Array.from({ length: 48 }, (_, i) => (i % 24 >= 8 && i % 24 < 18 ? 120 : 0)), ahtSeconds: 300 }], {
      intervalMinutes: 60,
      intervalCount: 48,
    })
    const result = planScenarioStaffing(forecast, scenario(1, [1]), new Map([[1, partner()]]))
    if (!result.ok) throw new Error(result.problems.join('; '))
    const planLine = result.staffing.channels[0]!.lines[0]!
    const t = coverageSummary(result.staffing, () => 40).channels[0]!.lines[0]!
    expect(t.requiredHours).toBe(sum(planLine.required))
    expect(t.suppliedHours).toBe(t.requiredHours)
    expect(t.contacts).toBe(2400)
    expect(t.periodServiceLevel).toBe(planLine.periodServiceLevel)
  })
})
