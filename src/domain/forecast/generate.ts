/** A forecast generated from weekly totals, day-of-week shares and intraday curves. */
import { intervalStart, minuteOfDay, weekdayOf } from './calendar.ts'
import type { ChannelKind, ChannelSeries, Forecast, IntervalMinutes } from './forecast.ts'

/**
 * The shape of a week: the share of a week's contacts on each weekday (Monday
 * first, summing to 1) and, per weekday, the share of that day's contacts in each
 * 15-minute slot of the day (96 slots from midnight, each day summing to 1, or all
 * zero for a closed day).
 */
export interface WeekShape {
  dayShares: readonly number[]
  /** 7 arrays of 96 quarter-hour shares. */
  quarterHourShares: readonly (readonly number[])[]
}

export interface ChannelTotals {
  channel: string
  kind: ChannelKind
  weeklyVolume: number
  ahtSeconds: number
}

export interface GenerateInput {
  /** First day (its midnight starts the forecast). */
  startDate: string
  weeks: number
  intervalMinutes: IntervalMinutes
  channels: ChannelTotals[]
  shape: WeekShape
}

/** Converts a monthly volume to a weekly one: 12 months are 52 weeks. @example weeklyFromMonthly(5200) // 1200 */
export function weeklyFromMonthly(monthlyVolume: number): number {
  return (monthlyVolume * 12) / 52
}

/**
 * Spreads each channel's weekly volume over the calendar:
 * volume(interval) = weekly × day share(weekday) × share of the interval's quarter-hours.
 * AHT is the channel's, in every interval. O(intervals × channels).
 */
export function generateForecast(input: GenerateInput): Forecast {
  const perInterval = input.intervalMinutes / 15
  const count = input.weeks * 7 * (1440 / input.intervalMinutes)
  const start = `${input.startDate}T00:00`
  const profile = new Float64Array(count)
  for (let i = 0; i < count; i++) {
    const at = intervalStart(start, input.intervalMinutes, i)
    const day = weekdayOf(at)
    const firstSlot = minuteOfDay(at) / 15
    const shares = input.shape.quarterHourShares[day]!
    let share = 0
    for (let q = 0; q < perInterval; q++) share += shares[firstSlot + q] ?? 0
    profile[i] = input.shape.dayShares[day]! * share
  }
  const channels: ChannelSeries[] = input.channels.map((c) => ({
    channel: c.channel,
    kind: c.kind,
    volume: profile.map((p) => p * c.weeklyVolume),
    ahtSeconds: new Float64Array(count).fill(c.ahtSeconds),
  }))
  return { intervalMinutes: input.intervalMinutes, start, intervalCount: count, channels }
}
