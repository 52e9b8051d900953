/**
 * How each option's service responds when more or fewer contacts arrive than forecast,
 * with its headcount fixed: per staffing line and day, the contact-weighted service level
 * and abandonment at a grid of load multipliers. Computed once; every trial interpolates.
 */
import { queueMetrics } from '../../staffing/agents-required.ts'
import { deferredWorkOutcome } from '../../staffing/deferred-work.ts'
import type { ChannelPlan, OptionChannelPlan } from '../../scenario/staffing-plan.ts'

/** Load multipliers at which each curve is evaluated; beyond the ends the end value holds. */
export const LOAD_GRID = [0.4, 0.55, 0.7, 0.8, 0.85, 0.9, 0.95, 1, 1.05, 1.1, 1.15, 1.2, 1.3, 1.45, 1.65, 2] as const

export interface LineCurves {
  line: OptionChannelPlan
  /** Forecast contacts per day. */
  volume: Float64Array
  /** Contact-weighted AHT per day, seconds. */
  aht: Float64Array
  /** serviceLevel[day × G + g]: the day's service level at load LOAD_GRID[g]. */
  serviceLevel: Float64Array
  abandon: Float64Array
}

/**
 * Builds the curves of one line. Live channels: each interval's Erlang figures for its
 * supplied agents at every grid load (repeated intervals are computed once). Deferred
 * work: the backlog model over the whole span at each grid load, its on-time share
 * given to every day. O(intervals × grid) Erlang evaluations, fewer with repetition.
 */
export function lineCurves(line: OptionChannelPlan, channel: ChannelPlan, intervalsPerDay: number, intervalSeconds: number): LineCurves {
  const known = remembered.get(line)
  if (known && known.channel === channel && known.intervalsPerDay === intervalsPerDay && known.intervalSeconds === intervalSeconds) return known.curves
  const curves = buildCurves(line, channel, intervalsPerDay, intervalSeconds)
  remembered.set(line, { channel, intervalsPerDay, intervalSeconds, curves })
  return curves
}

/**
 * Curves by staffing line. A staffing plan is never changed once made, and the web
 * layer reuses a plan across what-if edits that leave staffing alone (prices, seeds,
 * forecast-error CVs), so those edits skip this work. Weak: a plan no longer held
 * takes its curves with it.
 */
const remembered = new WeakMap<OptionChannelPlan, { channel: ChannelPlan; intervalsPerDay: number; intervalSeconds: number; curves: LineCurves }>()

function buildCurves(line: OptionChannelPlan, channel: ChannelPlan, intervalsPerDay: number, intervalSeconds: number): LineCurves {
  const days = Math.ceil(line.volume.length / intervalsPerDay)
  const G = LOAD_GRID.length
  const volume = new Float64Array(days)
  const aht = new Float64Array(days)
  const serviceLevel = new Float64Array(days * G)
  const abandon = new Float64Array(days * G)
  for (let i = 0; i < line.volume.length; i++) {
    const d = Math.floor(i / intervalsPerDay)
    volume[d]! += line.volume[i]!
    aht[d]! += line.volume[i]! * line.ahtSeconds[i]!
  }
  for (let d = 0; d < days; d++) aht[d] = volume[d]! > 0 ? aht[d]! / volume[d]! : 0

  if (line.kind === 'deferred') {
    const base = { items: line.volume, open: Array.from(line.open, Boolean), intervalSeconds, ahtSeconds: line.ahtSeconds, deadlineSeconds: (channel.targets.deadlineHours ?? 24) * 3600, agents: line.supplied }
    LOAD_GRID.forEach((m, g) => {
      const onTime = deferredWorkOutcome({ ...base, items: line.volume.map((v) => v * m) }).onTimeShare
      for (let d = 0; d < days; d++) serviceLevel[d * G + g] = onTime
    })
    return { line, volume, aht, serviceLevel, abandon }
  }

  const concurrency = line.kind === 'chat' ? (channel.targets.concurrency ?? 1) : 1
  // Forecasts built from curves repeat whole weeks: an interval already seen (same agents,
  // load and AHT) reuses its row of 16 grid figures.
  const cache = new Map<string, Float64Array>()
  const rowOf: (Float64Array | undefined)[] = new Array(line.volume.length)
  const slotsOf = new Float64Array(line.volume.length)
  for (let i = 0; i < line.volume.length; i++) {
    const v = line.volume[i]!
    if (v === 0) continue
    const d = Math.floor(i / intervalsPerDay)
    const slots = Math.max(0, line.supplied[i]!) * concurrency
    const a = line.ahtSeconds[i]!
    const traffic = (v * a) / intervalSeconds
    // Forecasts repeat whole weeks: most intervals match the one a week earlier, found without building a key.
    const lastWeek = i - 7 * intervalsPerDay
    let row = lastWeek >= 0 && rowOf[lastWeek] && slotsOf[lastWeek] === slots && line.volume[lastWeek] === v && line.ahtSeconds[lastWeek] === a ? rowOf[lastWeek] : undefined
    const key = row ? '' : `${slots}|${traffic}|${a}`
    row ??= cache.get(key)
    if (!row) {
      row = new Float64Array(2 * G)
      for (let g = 0; g < G; g++) {
        const m = queueMetrics(slots, { trafficErlangs: traffic * LOAD_GRID[g]!, ahtSeconds: a, patienceSeconds: channel.targets.patienceSeconds }, channel.targets.answerWithinSeconds)
        row[g] = m.serviceLevel
        row[G + g] = m.probAbandon
      }
      cache.set(key, row)
    }
    rowOf[i] = row
    slotsOf[i] = slots
    for (let g = 0; g < G; g++) {
      serviceLevel[d * G + g]! += v * row[g]!
      abandon[d * G + g]! += v * row[G + g]!
    }
  }
  for (let d = 0; d < days; d++) {
    for (let g = 0; g < G; g++) {
      const k = d * G + g
      serviceLevel[k] = volume[d]! > 0 ? serviceLevel[k]! / volume[d]! : 1
      abandon[k] = volume[d]! > 0 ? abandon[k]! / volume[d]! : 0
    }
  }
  return { line, volume, aht, serviceLevel, abandon }
}

/** Piecewise-linear value of a day's curve at load multiplier `m`. */
export function atLoad(curve: Float64Array, day: number, m: number): number {
  const g = gridSegment(m)
  return atSegment(curve, day, g, segmentWeight(m, g))
}

const G = LOAD_GRID.length
const ONE = LOAD_GRID.indexOf(1)

/**
 * The grid segment `m` falls in: 0 below the grid, G beyond it, else the first g ≥ 1
 * with LOAD_GRID[g] ≥ m. The search starts at load 1, where most futures are, and a
 * trial finds it once per day for both curves (service and abandonment).
 */
export function gridSegment(m: number): number {
  if (m <= LOAD_GRID[0]) return 0
  if (m >= LOAD_GRID[G - 1]!) return G
  let g = ONE
  if (LOAD_GRID[g]! >= m) {
    while (g > 1 && LOAD_GRID[g - 1]! >= m) g--
  } else {
    while (LOAD_GRID[g]! < m) g++
  }
  return g
}

/** Where `m` lies within its segment `g` (0 at the lower grid point, 1 at the upper). */
export function segmentWeight(m: number, g: number): number {
  if (g === 0 || g === G) return 0
  const lo = LOAD_GRID[g - 1]!
  return (m - lo) / (LOAD_GRID[g]! - lo)
}

/** The day's curve at a segment and weight from gridSegment / segmentWeight. */
export function atSegment(curve: Float64Array, day: number, g: number, t: number): number {
  const base = day * G
  if (g === 0) return curve[base]!
  if (g === G) return curve[base + G - 1]!
  return curve[base + g - 1]! * (1 - t) + curve[base + g]! * t
}
