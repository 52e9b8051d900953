/** Forecast → the rows, spans and chart series its pages print (pure; every figure is formatted here). */
import type { ChannelKind, Forecast } from '../../src/domain/forecast/forecast.ts'
import { localMillis, minuteOfDay, WEEKDAY_NAMES, weekdayOf } from '../../src/domain/forecast/calendar.ts'
import { formatCount, formatNumber } from '../format.ts'

const MINUTE = 60_000
const DAY = 1440 * MINUTE
const WEEK = 7 * DAY

/** What the list and detail pages need of a stored forecast (db rows never reach views). */
export interface ForecastRecord {
  id: number
  name: string
  source: string
  forecast: Forecast
}

export interface Span {
  /** "Mon 5 Jan 2026". */
  from: string
  /** Day of the last interval. */
  to: string
  /** "52 weeks", "3 days", "2 h". */
  length: string
  intervalLabel: string
}

export const KIND_LABELS: Record<ChannelKind, string> = { voice: 'live queue', chat: 'concurrent sessions', deferred: 'deferred work' }

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** A uniform-clock instant as "Mon 5 Jan 2026" (the forecast calendar has no zone, so read it as UTC). */
export function formatDay(ms: number): string {
  const d = new Date(ms)
  return `${WEEKDAY_NAMES[weekdayOf(ms)]!.slice(0, 3)} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

/** Minutes since midnight as "07:30". */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

export function spanOf(f: Pick<Forecast, 'start' | 'intervalMinutes' | 'intervalCount'>): Span {
  const first = localMillis(f.start)
  const minutes = f.intervalCount * f.intervalMinutes
  const last = first + (f.intervalCount - 1) * f.intervalMinutes * MINUTE
  return { from: formatDay(first), to: formatDay(last), length: lengthLabel(minutes), intervalLabel: `${f.intervalMinutes} min` }
}

function lengthLabel(minutes: number): string {
  const days = minutes / 1440
  if (days >= 7 && Number.isInteger(days / 7)) return plural(days / 7, 'week')
  if (days >= 1) return plural(Math.round(days * 10) / 10, 'day')
  return `${formatNumber(Math.round((minutes / 60) * 100) / 100)} h`
}

const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`

/** Days the forecast covers (fractional for a short file). */
const spanDays = (f: Forecast) => (f.intervalCount * f.intervalMinutes) / 1440

const sum = (values: Float64Array) => values.reduce((a, b) => a + b, 0)

/**
 * Contacts per week of one channel: the mean over the span when it lasts a week
 * or more; for a shorter file, the total over what it covers (extrapolating two
 * hours to a week would invent a number nobody gave).
 */
export function weeklyVolumeLabel(f: Forecast, volume: Float64Array): string {
  const days = spanDays(f)
  const total = sum(volume)
  if (days >= 7) return `${formatCount((total * 7) / days)} / week`
  return `${formatCount(total)} in ${lengthLabel(f.intervalCount * f.intervalMinutes)}`
}

export interface ListRow {
  id: number
  name: string
  interval: string
  span: Span
  weekly: Array<{ channel: string; value: string }>
  source: string
}

export function listRow(r: ForecastRecord): ListRow {
  return {
    id: r.id,
    name: r.name,
    interval: `${r.forecast.intervalMinutes} min`,
    span: spanOf(r.forecast),
    weekly: r.forecast.channels.map((c) => ({ channel: c.channel, value: weeklyVolumeLabel(r.forecast, c.volume) })),
    source: r.source,
  }
}

export interface ChannelRow {
  channel: string
  kind: string
  /** Volume-weighted mean AHT. */
  aht: string
  total: string
  perWeek: string
  peak: string
}

/** One summary row per channel: AHT, totals with separators, the busiest interval. */
export function channelRows(f: Forecast): ChannelRow[] {
  return f.channels.map((c) => {
    const total = sum(c.volume)
    let work = 0
    let peak = 0
    let peakAt = 0
    c.volume.forEach((v, i) => {
      work += v * c.ahtSeconds[i]!
      if (v > peak) [peak, peakAt] = [v, i]
    })
    const plainAht = c.ahtSeconds.length ? sum(c.ahtSeconds) / c.ahtSeconds.length : NaN
    const aht = total > 0 ? work / total : plainAht
    const when = localMillis(f.start) + peakAt * f.intervalMinutes * MINUTE
    return {
      channel: c.channel,
      kind: KIND_LABELS[c.kind],
      aht: `${formatCount(aht)} s (${formatNumber(Math.round((aht / 60) * 10) / 10)} min)`,
      total: formatCount(total),
      perWeek: weeklyVolumeLabel(f, c.volume),
      peak: peak > 0 ? `${formatContacts(peak)} · ${formatDay(when).slice(0, -5)} ${formatClock(minuteOfDay(when))}` : '—',
    }
  })
}

/** Interval volumes are often fractional (a forecast is a mean): show one decimal below 10, whole numbers above. */
export function formatContacts(v: number): string {
  if (!Number.isFinite(v)) return '—'
  return Math.abs(v) < 10 && v !== Math.round(v) ? (Math.round(v * 10) / 10).toFixed(1) : formatCount(v)
}

export interface HeatmapGrid {
  rows: string[]
  columns: string[]
  /** values[weekday][column]: mean contacts per interval; NaN where the weekday never occurs at that time. */
  values: number[][]
  /** Whole hours shown (leading and trailing hours with no contacts on any day are left out). */
  fromMinute: number
  toMinute: number
}

/**
 * The mean contacts per interval by weekday × time of day, over every week in the
 * span. Hours with no contacts on any day at either end are trimmed, so a
 * 07:00–21:00 curve fills the chart. O(intervals).
 */
export function heatmapGrid(f: Forecast, channel: string): HeatmapGrid {
  const series = f.channels.find((c) => c.channel === channel) ?? f.channels[0]
  const perDay = 1440 / f.intervalMinutes
  const totals = Array.from({ length: 7 }, () => new Float64Array(perDay))
  const counts = Array.from({ length: 7 }, () => new Float64Array(perDay))
  const start = localMillis(f.start)
  for (let i = 0; i < f.intervalCount; i++) {
    const at = start + i * f.intervalMinutes * MINUTE
    const day = weekdayOf(at)
    const slot = Math.floor(minuteOfDay(at) / f.intervalMinutes)
    totals[day]![slot]! += series?.volume[i] ?? 0
    counts[day]![slot]! += 1
  }
  const values = totals.map((row, d) => Array.from(row, (t, s) => (counts[d]![s]! > 0 ? t / counts[d]![s]! : NaN)))
  const busy = (s: number) => values.some((row) => (row[s] ?? 0) > 0)
  let first = 0
  let last = perDay - 1
  while (first < last && !busy(first)) first++
  while (last > first && !busy(last)) last--
  const perHour = 60 / f.intervalMinutes
  first = Math.floor(first / perHour) * perHour
  last = Math.min(perDay - 1, Math.ceil((last + 1) / perHour) * perHour - 1)
  const slots = Array.from({ length: last - first + 1 }, (_, k) => first + k)
  return {
    rows: [...WEEKDAY_NAMES],
    columns: slots.map((s) => formatClock(s * f.intervalMinutes)),
    values: values.map((row) => slots.map((s) => row[s]!)),
    fromMinute: first * f.intervalMinutes,
    toMinute: (last + 1) * f.intervalMinutes,
  }
}

export interface WeeklySeries {
  /** Start of each full week, as uniform-clock instants. */
  weekStarts: number[]
  series: Array<{ channel: string; values: number[] }>
  /** Days at the end that do not fill a week (left off the chart). */
  partialDays: number
}

/** Contacts per 7-day block from the forecast's start, per channel; a trailing partial week is left out and counted. */
export function weeklySeries(f: Forecast): WeeklySeries {
  const perWeek = (7 * 1440) / f.intervalMinutes
  const weeks = Math.floor(f.intervalCount / perWeek)
  const start = localMillis(f.start)
  return {
    weekStarts: Array.from({ length: weeks }, (_, k) => start + k * WEEK),
    series: f.channels.map((c) => ({
      channel: c.channel,
      values: Array.from({ length: weeks }, (_, k) => sum(c.volume.subarray(k * perWeek, (k + 1) * perWeek))),
    })),
    partialDays: Math.round(((f.intervalCount - weeks * perWeek) * f.intervalMinutes * 10) / 1440) / 10,
  }
}
