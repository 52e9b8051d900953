import { describe, expect, it } from 'vitest'
import { coverageMatrix, typicalWeek, type PlanCalendar } from '../../../src/domain/scenario/coverage-summary.ts'
import type { OptionChannelPlan } from '../../../src/domain/scenario/staffing-plan.ts'

/** A hand-made line with only what typicalWeek reads worth setting: required and supplied agents per interval. */
function line(required: number[], supplied: number[]): OptionChannelPlan {
  const n = required.length
  return Object.freeze({
    optionId: 7,
    optionName: 'Partner',
    channel: 'voice',
    kind: 'voice',
    staffingMode: 'schedule',
    open: new Uint8Array(n).fill(1),
    volume: new Float64Array(n),
    ahtSeconds: new Float64Array(n),
    required: Int32Array.from(required),
    supplied: Int32Array.from(supplied),
    scheduledRequired: Int32Array.from(required),
    scheduledSupplied: Int32Array.from(supplied),
    serviceLevel: new Float64Array(n),
    probAbandon: new Float64Array(n),
    asaSeconds: new Float64Array(n),
    periodServiceLevel: 0.8,
    aboveCeiling: 0,
  }) as OptionChannelPlan
}

/** 60-minute intervals from Monday 2026-01-05 00:00 unless told otherwise. */
const hourly = (intervalCount: number, start = '2026-01-05T00:00'): PlanCalendar => ({ start, intervalMinutes: 60, intervalCount })
const HOURS_PER_WEEK = 168

/** Two weeks of hourly values: `week1[i]` / `week2[i]` for the first slots, 0 everywhere else. */
function twoWeeks(week1: number[], week2: number[]): number[] {
  const values = new Array<number>(2 * HOURS_PER_WEEK).fill(0)
  week1.forEach((v, i) => (values[i] = v))
  week2.forEach((v, i) => (values[HOURS_PER_WEEK + i] = v))
  return values
}

describe('typicalWeek', () => {
  it('has one slot per weekday and interval of the day, Monday 00:00 first', () => {
    const hours = typicalWeek(hourly(HOURS_PER_WEEK), line(new Array(HOURS_PER_WEEK).fill(1), new Array(HOURS_PER_WEEK).fill(1)))
    expect(hours).toHaveLength(7 * 24)
    expect(hours[0]).toMatchObject({ weekday: 0, timeOfDay: '00:00' })
    expect(hours[24 + 9]).toMatchObject({ weekday: 1, timeOfDay: '09:00' })
    expect(hours.at(-1)).toMatchObject({ weekday: 6, timeOfDay: '23:00' })

    const halfHours = typicalWeek({ start: '2026-01-05T00:00', intervalMinutes: 30, intervalCount: 2 }, line([1, 1], [1, 1]))
    expect(halfHours).toHaveLength(7 * 48)
    expect(halfHours[1]!.timeOfDay).toBe('00:30')
    const quarterHours = typicalWeek({ start: '2026-01-05T00:00', intervalMinutes: 15, intervalCount: 1 }, line([1], [1]))
    expect(quarterHours).toHaveLength(7 * 96)
  })

  it('takes the mean over the weeks of required and of supplied agents in each slot', () => {
    // Monday 00:00: required 4 then 6, supplied 3 then 5. Monday 01:00: required 2 then 2, supplied 0 then 3.
    const week = typicalWeek(hourly(2 * HOURS_PER_WEEK), line(twoWeeks([4, 2], [6, 2]), twoWeeks([3, 0], [5, 3])))
    expect(week[0]).toEqual({ weekday: 0, timeOfDay: '00:00', required: 5, supplied: 4 })
    expect(week[1]).toEqual({ weekday: 0, timeOfDay: '01:00', required: 2, supplied: 1.5 })
  })

  it('makes a slot nothing was required or supplied in, in any week, null (closed), not 0', () => {
    // Monday 00:00 open only in the second week: still open, and its mean counts the first week's 0.
    const week = typicalWeek(hourly(2 * HOURS_PER_WEEK), line(twoWeeks([0, 0], [4, 0]), twoWeeks([0, 0], [0, 0])))
    expect(week[0]).toMatchObject({ required: 2, supplied: 0 })
    expect(week[1]).toMatchObject({ required: null, supplied: null })
    expect(week.filter((s) => s.required === null && s.supplied === null)).toHaveLength(7 * 24 - 1)
    // Supplied with nothing required is open too: a surplus, not a closed hour.
    expect(typicalWeek(hourly(1), line([0], [3]))[0]).toMatchObject({ required: 0, supplied: 3 })
  })

  it('divides each slot by the weeks that hold it when the forecast starts or ends mid-week', () => {
    // Sunday 2026-01-11 00:00 for 25 hours: Sunday 00:00 once, Monday 00:00 once; nothing else is there.
    const required = new Array<number>(25).fill(0)
    required[0] = 3
    required[24] = 8
    const week = typicalWeek(hourly(25, '2026-01-11T00:00'), line(required, required))
    expect(week[6 * 24]).toMatchObject({ weekday: 6, timeOfDay: '00:00', required: 3, supplied: 3 })
    expect(week[0]).toMatchObject({ weekday: 0, timeOfDay: '00:00', required: 8, supplied: 8 })
    expect(week[1]).toMatchObject({ required: null, supplied: null })
  })

  it('leaves out intervals above the solver’s ceiling (−1)', () => {
    const week = typicalWeek(hourly(2 * HOURS_PER_WEEK), line(twoWeeks([-1, -1], [6, -1]), twoWeeks([2, 5], [4, 5])))
    expect(week[0]).toMatchObject({ required: 6, supplied: 4 })
    // No week left to average: closed as far as the chart can tell.
    expect(week[1]).toMatchObject({ required: null, supplied: null })
  })

  it('agrees with the over/under matrix: supplied − required is the heatmap cell', () => {
    const n = 3 * HOURS_PER_WEEK
    const required = Array.from({ length: n }, (_, i) => (i % 24 < 8 ? 0 : 3 + (i % 7)))
    const supplied = Array.from({ length: n }, (_, i) => (i % 24 < 8 ? 0 : 5 + (i % 5)))
    const calendar = hourly(n)
    const week = typicalWeek(calendar, line(required, supplied))
    const matrix = coverageMatrix(calendar, line(required, supplied))
    week.forEach((s, k) => {
      const cell = matrix.values[s.weekday]![k % 24]!
      if (s.required === null || s.supplied === null) expect(cell).toBeNaN()
      else expect(s.supplied - s.required).toBeCloseTo(cell, 12)
    })
  })
})
