import { describe, expect, it } from 'vitest'
import { intervalStart, localMillis, minuteOfDay, weekdayOf } from '../../../src/domain/forecast/calendar.ts'
import type { IntervalMinutes } from '../../../src/domain/forecast/forecast.ts'
import { generateForecast, weeklyFromMonthly, type GenerateInput, type WeekShape } from '../../../src/domain/forecast/generate.ts'
import { weekShapeFromCurves } from '../../../src/domain/forecast/week-shape.ts'
import { sum } from '../scenario/builders.ts'
import { NA_BANK } from './curves.ts'

const CHANNELS: GenerateInput['channels'] = [
  { channel: 'voice', kind: 'voice', weeklyVolume: 162_307, ahtSeconds: 450 },
  { channel: 'chat', kind: 'chat', weeklyVolume: 30_000, ahtSeconds: 600 },
  { channel: 'email', kind: 'deferred', weeklyVolume: 7.5, ahtSeconds: 300 },
]

const input = (intervalMinutes: IntervalMinutes, overrides: Partial<GenerateInput> = {}): GenerateInput => ({
  startDate: '2026-01-05',
  weeks: 3,
  intervalMinutes,
  channels: CHANNELS,
  shape: weekShapeFromCurves(NA_BANK, 0.1),
  ...overrides,
})

/** Sum of each run of `size` consecutive values. */
const totals = (values: Float64Array, size: number) => Array.from({ length: values.length / size }, (_, w) => sum(values.subarray(w * size, (w + 1) * size)))

describe('generateForecast', () => {
  it.each([15, 30, 60] as const)('generateForecast(…) at %d minutes totals each channel’s weeklyVolume in every week (1e-9 relative)', (minutes) => {
    const f = generateForecast(input(minutes))
    const perWeek = (7 * 1440) / minutes
    f.channels.forEach((c, k) => {
      const weekly = CHANNELS[k]!.weeklyVolume
      for (const total of totals(c.volume, perWeek)) expect(Math.abs(total - weekly) / weekly).toBeLessThan(1e-9)
    })
  })

  it('generateForecast(…) totals weeklyVolume over any 7 days, whatever weekday it starts on', () => {
    const f = generateForecast(input(30, { startDate: '2026-01-07' }))
    expect(sum(f.channels[0]!.volume.subarray(0, 7 * 48)) / 162_307).toBeCloseTo(1, 9)
  })

  it.each([15, 30, 60] as const)('generateForecast(…) at %d minutes lays weeks × 7 days of intervals from the start date’s midnight', (minutes) => {
    const f = generateForecast(input(minutes))
    expect(f).toMatchObject({ intervalMinutes: minutes, start: '2026-01-05T00:00', intervalCount: (3 * 7 * 1440) / minutes })
    for (const c of f.channels) {
      expect(c.volume).toHaveLength(f.intervalCount)
      expect(c.ahtSeconds).toHaveLength(f.intervalCount)
    }
  })

  it('generateForecast(…) keeps each channel’s name, kind and AHT in every interval', () => {
    const f = generateForecast(input(60))
    expect(f.channels.map((c) => [c.channel, c.kind])).toEqual(CHANNELS.map((c) => [c.channel, c.kind]))
    f.channels.forEach((c, k) => expect(new Set(c.ahtSeconds)).toEqual(new Set([CHANNELS[k]!.ahtSeconds])))
  })

  it.each([15, 30, 60] as const)('generateForecast(…) at %d minutes puts no volume where the curves are closed (before 07:00, from 21:00)', (minutes) => {
    const f = generateForecast(input(minutes))
    for (let i = 0; i < f.intervalCount; i++) {
      const minute = minuteOfDay(intervalStart(f.start, minutes, i))
      const closed = minute < 7 * 60 || minute >= 21 * 60
      for (const c of f.channels) {
        if (closed) expect(c.volume[i]).toBe(0)
        else expect(c.volume[i]).toBeGreaterThan(0)
      }
    }
  })

  it('generateForecast(…) with a weekend share of 0 puts no volume on Saturday and Sunday', () => {
    const f = generateForecast(input(30, { shape: weekShapeFromCurves(NA_BANK, 0) }))
    const weekend = Array.from(f.channels[0]!.volume).filter((_, i) => weekdayOf(intervalStart(f.start, 30, i)) >= 5)
    expect(weekend).toHaveLength(3 * 2 * 48)
    expect(weekend.every((v) => v === 0)).toBe(true)
  })

  it('generateForecast(…) gives an interval weekly × day share × the shares of its quarter-hours', () => {
    const shape = weekShapeFromCurves(NA_BANK, 0.1)
    const f = generateForecast(input(60, { shape }))
    const tuesday9am = (localMillis('2026-01-06T09:00') - localMillis(f.start)) / 3_600_000
    const quarters = shape.quarterHourShares[1]!.slice(36, 40)
    expect(f.channels[0]!.volume[tuesday9am]).toBeCloseTo(162_307 * shape.dayShares[1]! * sum(quarters), 9)
  })

  it('generateForecast(…) with a flat shape spreads the week evenly over every interval', () => {
    const flat: WeekShape = { dayShares: new Array(7).fill(1 / 7), quarterHourShares: Array.from({ length: 7 }, () => new Array(96).fill(1 / 96)) }
    const f = generateForecast(input(15, { weeks: 1, shape: flat, channels: [{ channel: 'voice', kind: 'voice', weeklyVolume: 672, ahtSeconds: 300 }] }))
    for (const v of f.channels[0]!.volume) expect(v).toBeCloseTo(1, 12)
  })
})

describe('weeklyFromMonthly', () => {
  it('weeklyFromMonthly(5200) is 1200 (12 months are 52 weeks)', () => {
    expect(weeklyFromMonthly(5200)).toBe(1200)
  })

  it('weeklyFromMonthly(m) × 52 is m × 12', () => {
    expect(weeklyFromMonthly(130_000) * 52).toBeCloseTo(130_000 * 12, 6)
  })

  it('weeklyFromMonthly(0) is 0', () => {
    expect(weeklyFromMonthly(0)).toBe(0)
  })
})
