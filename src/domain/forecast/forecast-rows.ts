/** Rows of a forecast file (start, channel, volume, AHT) checked and assembled into a forecast, all or nothing. */
import { localIso, localMillis } from './calendar.ts'
import {
  DEFAULT_AHT_SECONDS,
  defaultChannelKind,
  INTERVAL_MINUTES,
  MAX_FORECAST_INTERVALS,
  type ChannelSeries,
  type Forecast,
  type IntervalMinutes,
} from './forecast.ts'

/** One data row as read from the file: raw text, and the file line it came from. */
export interface ForecastRow {
  line: number
  start: string
  channel: string
  volume: string
  ahtSeconds?: string | undefined
}

/** A problem with the file, located so a person can fix it. */
export interface RowError {
  line: number
  column: string
  message: string
}

export type ForecastFromRows = { ok: true; forecast: Forecast } | { ok: false; errors: RowError[] }

export const MAX_CHANNELS = 12
const MAX_ERRORS = 50
const MINUTE = 60_000
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/

interface Parsed {
  line: number
  at: number
  volume: number
  aht: number | undefined
}

/**
 * Builds a forecast from rows. The interval length is the smallest step between
 * distinct start times and must be 15, 30 or 60 minutes. Every channel must have
 * exactly one row per interval over the forecast's span: duplicates, gaps and
 * starts off the interval grid are errors naming the line. Missing AHT takes the
 * channel's typical value. O(rows log rows).
 */
export function forecastFromRows(rows: ForecastRow[]): ForecastFromRows {
  const errors: RowError[] = []
  const fail = (line: number, column: string, message: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ line, column, message })
  }
  if (rows.length === 0) return { ok: false, errors: [{ line: 1, column: 'start', message: 'the file has no data rows' }] }

  const byChannel = new Map<string, Parsed[]>()
  for (const row of rows) {
    const at = parseStart(row.start)
    if (at === undefined) fail(row.line, 'start', `'${row.start}' is not a date-time like 2026-01-05T07:00`)
    const channel = row.channel.trim()
    if (channel === '') fail(row.line, 'channel', 'is empty')
    else if (channel.length > 40) fail(row.line, 'channel', 'is longer than 40 characters')
    const volume = decimalNumber(row.volume)
    if (!Number.isFinite(volume)) fail(row.line, 'volume', `'${row.volume}' is not a number`)
    else if (volume < 0) fail(row.line, 'volume', 'must be at least 0')
    else if (volume > 1e7) fail(row.line, 'volume', 'must be at most 10,000,000 contacts per interval')
    let aht: number | undefined
    if (row.ahtSeconds !== undefined && row.ahtSeconds.trim() !== '') {
      aht = decimalNumber(row.ahtSeconds)
      if (!Number.isFinite(aht) || aht <= 0 || aht > 86_400) {
        fail(row.line, 'aht_s', `'${row.ahtSeconds}' must be a number of seconds above 0 and at most 86,400`)
      }
    }
    if (at === undefined || channel === '' || channel.length > 40) continue
    let list = byChannel.get(channel)
    if (!list) {
      if (byChannel.size >= MAX_CHANNELS) {
        fail(row.line, 'channel', `'${channel}' would be channel ${MAX_CHANNELS + 1}; at most ${MAX_CHANNELS} per forecast`)
        continue
      }
      byChannel.set(channel, (list = []))
    }
    list.push({ line: row.line, at, volume, aht })
  }
  if (errors.length) return { ok: false, errors }

  // Interval length: the smallest positive step between distinct starts across all channels.
  const starts = [...new Set([...byChannel.values()].flatMap((list) => list.map((p) => p.at)))].sort((a, b) => a - b)
  let step = Infinity
  for (let i = 1; i < starts.length; i++) step = Math.min(step, starts[i]! - starts[i - 1]!)
  if (starts.length === 1) {
    return { ok: false, errors: [{ line: rows[0]!.line, column: 'start', message: 'every row starts at the same time: at least two intervals are needed to tell their length' }] }
  }
  const stepMinutes = step / MINUTE
  if (!(INTERVAL_MINUTES as readonly number[]).includes(stepMinutes)) {
    const line = firstLineAt(byChannel, starts.find((s, i) => i > 0 && s - starts[i - 1]! === step) ?? starts[0]!)
    return { ok: false, errors: [{ line, column: 'start', message: `intervals are ${formatMinutes(stepMinutes)} apart; they must be 15, 30 or 60 minutes` }] }
  }
  const first = starts[0]!
  const last = starts[starts.length - 1]!
  const count = (last - first) / step + 1
  if (count > MAX_FORECAST_INTERVALS) {
    return { ok: false, errors: [{ line: firstLineAt(byChannel, last), column: 'start', message: `the forecast spans ${count.toLocaleString('en-US')} intervals; at most ${MAX_FORECAST_INTERVALS.toLocaleString('en-US')} (a year of 15-minute intervals)` }] }
  }

  const channels: ChannelSeries[] = []
  for (const [channel, list] of byChannel) {
    const kind = defaultChannelKind(channel)
    const volume = new Float64Array(count)
    const aht = new Float64Array(count)
    const seen = new Int32Array(count)
    for (const p of list) {
      const offset = (p.at - first) / step
      if (!Number.isInteger(offset)) {
        fail(p.line, 'start', `${localIso(p.at)} is off the ${stepMinutes}-minute grid that starts at ${localIso(first)} (uneven spacing)`)
        continue
      }
      if (seen[offset]) {
        fail(p.line, 'start', `duplicate: channel '${channel}' already has ${localIso(p.at)} on line ${seen[offset]}`)
        continue
      }
      seen[offset] = p.line
      volume[offset] = p.volume
      aht[offset] = p.aht ?? DEFAULT_AHT_SECONDS[kind]
    }
    const missing = seen.indexOf(0)
    if (missing >= 0 && errors.length === 0) {
      const gapAt = first + missing * step
      const after = list.filter((p) => p.at < gapAt).reduce((best, p) => (p.at > best.at ? p : best), list[0]!)
      fail(after.line, 'start', `gap: channel '${channel}' has no row for ${localIso(gapAt)}`)
    }
    channels.push({ channel, kind, volume, ahtSeconds: aht })
  }
  if (errors.length) return { ok: false, errors }
  return { ok: true, forecast: { intervalMinutes: stepMinutes as IntervalMinutes, start: localIso(first), intervalCount: count, channels } }
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** A plain decimal number (1200, 12.5, 1e3); NaN for anything else, including hex like 0x10 that Number() accepts. */
function decimalNumber(text: string): number {
  const t = text.trim()
  return DECIMAL.test(t) ? Number(t) : NaN
}

function parseStart(text: string): number | undefined {
  const m = ISO_LOCAL.exec(text.trim())
  if (!m) return undefined
  const [, y, mo, d, h, mi, s] = m
  if (s !== undefined && s !== '00') return undefined
  const ms = localMillis(`${y}-${mo}-${d}T${h}:${mi}`)
  // Date.parse rolls 2026-02-30 over to March; a real date must survive the round trip.
  if (!Number.isFinite(ms) || localIso(ms) !== `${y}-${mo}-${d}T${h}:${mi}`) return undefined
  return ms
}

function firstLineAt(byChannel: Map<string, Parsed[]>, at: number): number {
  for (const list of byChannel.values()) for (const p of list) if (p.at === at) return p.line
  return 1
}

function formatMinutes(m: number): string {
  return Number.isInteger(m) ? `${m} minutes` : `${(m * 60).toFixed(0)} seconds`
}
