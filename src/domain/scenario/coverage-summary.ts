/** A scenario's staffing plan summed the way its page reads: totals per option line, days of one week, the weekday × time over/under matrix and the typical week. */
import { TOLERANCE, atLeast } from '../tolerance.ts'
import type { ChannelKind } from '../forecast/forecast.ts'
import { intervalStart, localIso, minuteOfDay, weekdayOf } from '../forecast/calendar.ts'
import { fullTimeEquivalents } from '../staffing/shrinkage.ts'
import type { ChannelTargets } from '../../schemas/scenario.ts'
import type { OptionChannelPlan, ScenarioStaffing } from './staffing-plan.ts'

const MINUTES_PER_WEEK = 7 * 24 * 60
const DAY_MS = 86_400_000

/** The calendar part of a plan: enough to place interval i on a date, weekday and time of day. */
export type PlanCalendar = Pick<ScenarioStaffing, 'start' | 'intervalMinutes' | 'intervalCount'>

/** One option's totals on one channel over the whole forecast. Hours are agent-hours. */
export interface LineTotals {
  optionId: number
  optionName: string
  staffingMode: OptionChannelPlan['staffingMode']
  /** Contacts allocated to this option. */
  contacts: number
  /** Contact-weighted mean AHT the option works at; NaN when it gets no contacts. */
  ahtSeconds: number
  /** Productive agent-hours the targets need (intervals above the solver's ceiling left out). */
  requiredHours: number
  /** Productive agent-hours the option puts in. */
  suppliedHours: number
  /** suppliedHours − requiredHours: positive is surplus, negative shortfall. */
  balanceHours: number
  /** Paid agent-hours: the supplied agents grossed up for shrinkage, whole people per interval. */
  scheduledHours: number
  /** Paid hours as full-time equivalents over the forecast's weeks at the option's hours per FTE week. */
  fte: number
  hoursPerFteWeek: number
  /** Contact-weighted service level the supplied agents achieve (deferred work: share done by the deadline). */
  periodServiceLevel: number
  met: boolean
  /** Intervals with fewer productive agents supplied than required. */
  shortIntervals: number
  /** Intervals whose requirement is beyond the solver's ceiling (no requirement known; left out of the hours). */
  aboveCeiling: number
}

export interface ChannelTotals {
  channel: string
  kind: ChannelKind
  targets: ChannelTargets
  /** Contacts offered on the channel after growth (allocated plus unserved). */
  contacts: number
  /** Contacts no option was open for or had room for. */
  unservedContacts: number
  lines: LineTotals[]
}

export interface CoverageSummary {
  /** Length of the forecast in weeks (fractional for a partial week). */
  weeks: number
  channels: ChannelTotals[]
}

/**
 * Totals per channel and option line: contacts, AHT, required vs supplied
 * productive hours, paid hours, FTE and the period service level against target.
 * `hoursPerFteWeek` gives each option's paid hours per FTE week (model.md §6).
 * O(intervals × lines).
 * @example coverageSummary(plan, () => 40).channels[0].lines[0].fte // 253.7
 */
export function coverageSummary(staffing: ScenarioStaffing, hoursPerFteWeek: (optionId: number) => number): CoverageSummary {
  const weeks = (staffing.intervalCount * staffing.intervalMinutes) / MINUTES_PER_WEEK
  const hoursPerInterval = staffing.intervalMinutes / 60
  const channels = staffing.channels.map((c): ChannelTotals => {
    const lines = c.lines.map((line) => lineTotals(line, c.targets.serviceLevel, hoursPerInterval, weeks, hoursPerFteWeek(line.optionId)))
    const unservedContacts = sum(c.unserved)
    return {
      channel: c.channel,
      kind: c.kind,
      targets: c.targets,
      contacts: lines.reduce((s, l) => s + l.contacts, unservedContacts),
      unservedContacts,
      lines,
    }
  })
  return { weeks, channels }
}

function lineTotals(line: OptionChannelPlan, target: number, hoursPerInterval: number, weeks: number, fteWeek: number): LineTotals {
  let contacts = 0
  let handleSeconds = 0
  let required = 0
  let supplied = 0
  let scheduled = 0
  let shortIntervals = 0
  let aboveCeiling = 0
  for (let i = 0; i < line.volume.length; i++) {
    const v = line.volume[i]!
    contacts += v
    handleSeconds += v * line.ahtSeconds[i]!
    // −1 marks a requirement above the solver's ceiling: no number to add up.
    if (line.required[i]! < 0 || line.supplied[i]! < 0) {
      aboveCeiling++
      continue
    }
    required += line.required[i]!
    supplied += line.supplied[i]!
    scheduled += line.scheduledSupplied[i]!
    if (line.supplied[i]! < line.required[i]!) shortIntervals++
  }
  const scheduledHours = scheduled * hoursPerInterval
  return {
    optionId: line.optionId,
    optionName: line.optionName,
    staffingMode: line.staffingMode,
    contacts,
    ahtSeconds: contacts > 0 ? handleSeconds / contacts : NaN,
    requiredHours: required * hoursPerInterval,
    suppliedHours: supplied * hoursPerInterval,
    balanceHours: (supplied - required) * hoursPerInterval,
    scheduledHours,
    fte: weeks > 0 ? fullTimeEquivalents(scheduledHours, weeks, fteWeek) : NaN,
    hoursPerFteWeek: fteWeek,
    periodServiceLevel: line.periodServiceLevel,
    met: atLeast(line.periodServiceLevel, target),
    shortIntervals,
    aboveCeiling,
  }
}

/** A Monday-to-Sunday week of the forecast (the first and last may be partial). */
export interface CalendarWeek {
  /** 0 for the week holding the first interval. */
  index: number
  /** Local dates (YYYY-MM-DD) of the first and last day the forecast covers in this week. */
  firstDate: string
  lastDate: string
  /** Intervals [firstInterval, endInterval) fall in this week. */
  firstInterval: number
  endInterval: number
}

/**
 * The forecast's calendar weeks, Monday first, so a page can show one week of
 * days at a time instead of a year. O(weeks).
 * @example calendarWeeks({ start: '2026-01-05T00:00', intervalMinutes: 30, intervalCount: 336 }).length // 1
 */
export function calendarWeeks(calendar: PlanCalendar): CalendarWeek[] {
  const { start, intervalMinutes, intervalCount } = calendar
  const weeks: CalendarWeek[] = []
  let i = 0
  while (i < intervalCount) {
    const t = intervalStart(start, intervalMinutes, i)
    const monday = startOfDay(t) - weekdayOf(t) * DAY_MS
    const nextMonday = monday + 7 * DAY_MS
    const end = Math.min(intervalCount, i + Math.ceil((nextMonday - t) / (intervalMinutes * 60_000)))
    weeks.push({
      index: weeks.length,
      firstDate: localIso(t).slice(0, 10),
      lastDate: localIso(intervalStart(start, intervalMinutes, end - 1)).slice(0, 10),
      firstInterval: i,
      endInterval: end,
    })
    i = end
  }
  return weeks
}

/** One day of one option line. Hours are productive agent-hours. */
export interface DayCoverage {
  /** Local date, YYYY-MM-DD. */
  date: string
  /** 0 Monday … 6 Sunday. */
  weekday: number
  contacts: number
  requiredHours: number
  suppliedHours: number
  balanceHours: number
  /** Contact-weighted service level achieved that day; null on a day without contacts. */
  serviceLevel: number | null
  /** Whether that service level meets the target; null on a day without contacts. */
  met: boolean | null
}

/**
 * The days of one week for one option line: contacts, required and supplied
 * productive hours, the difference and the service level achieved. O(intervals in the week).
 */
export function dailyCoverage(calendar: PlanCalendar, line: OptionChannelPlan, week: CalendarWeek, targetServiceLevel: number): DayCoverage[] {
  const hoursPerInterval = calendar.intervalMinutes / 60
  const days: DayCoverage[] = []
  let current: (DayCoverage & { weighted: number }) | undefined
  const close = () => {
    if (!current) return
    const { weighted, ...day } = current
    const serviceLevel = day.contacts > 0 ? weighted / day.contacts : null
    days.push({ ...day, serviceLevel, met: serviceLevel === null ? null : atLeast(serviceLevel, targetServiceLevel) })
  }
  for (let i = week.firstInterval; i < week.endInterval; i++) {
    const t = intervalStart(calendar.start, calendar.intervalMinutes, i)
    const date = localIso(t).slice(0, 10)
    if (current?.date !== date) {
      close()
      current = { date, weekday: weekdayOf(t), contacts: 0, requiredHours: 0, suppliedHours: 0, balanceHours: 0, serviceLevel: null, met: null, weighted: 0 }
    }
    const v = line.volume[i]!
    current.contacts += v
    current.weighted += v * line.serviceLevel[i]!
    const r = line.required[i]!
    const s = line.supplied[i]!
    if (r < 0 || s < 0) continue
    current.requiredHours += r * hoursPerInterval
    current.suppliedHours += s * hoursPerInterval
    current.balanceHours += (s - r) * hoursPerInterval
  }
  close()
  return days
}

/** Average supplied − required productive agents by weekday (rows, Monday first) and time of day (columns). */
export interface CoverageMatrix {
  /** Start of each column, "HH:MM" local. */
  timesOfDay: string[]
  /** values[weekday][column]; NaN where no agent was required or supplied in any week (closed). */
  values: number[][]
  /** Most negative and most positive cell (0 when none is). */
  deepestShortfall: number
  largestSurplus: number
  /** Intervals of the whole forecast where supplied < required. */
  shortIntervals: number
}

/**
 * The over/under matrix for a heatmap: for every weekday and time of day, the mean
 * over the forecast's weeks of supplied − required productive agents. Cells where
 * nothing was ever required or supplied are NaN, so closed hours show as blank
 * rather than as "exactly on requirement". Intervals above the solver's ceiling
 * are left out. O(intervals).
 */
export function coverageMatrix(calendar: PlanCalendar, line: OptionChannelPlan): CoverageMatrix {
  const perDay = Math.round((24 * 60) / calendar.intervalMinutes)
  const total = Array.from({ length: 7 }, () => new Float64Array(perDay))
  const count = Array.from({ length: 7 }, () => new Int32Array(perDay))
  const active = Array.from({ length: 7 }, () => new Uint8Array(perDay))
  let shortIntervals = 0
  for (let i = 0; i < calendar.intervalCount; i++) {
    const r = line.required[i]!
    const s = line.supplied[i]!
    if (r < 0 || s < 0) continue
    const t = intervalStart(calendar.start, calendar.intervalMinutes, i)
    const day = weekdayOf(t)
    const column = Math.floor(minuteOfDay(t) / calendar.intervalMinutes)
    total[day]![column]! += s - r
    count[day]![column]!++
    if (r > 0 || s > 0) active[day]![column] = 1
    if (s < r) shortIntervals++
  }
  let deepestShortfall = 0
  let largestSurplus = 0
  const values = total.map((row, d) =>
    Array.from(row, (sum, c) => {
      if (!active[d]![c]) return NaN
      const mean = sum / count[d]![c]!
      // A mean within float noise of 0 is 0, so it neither shades nor prints as "−0.0".
      const value = Math.abs(mean) < TOLERANCE ? 0 : mean
      deepestShortfall = Math.min(deepestShortfall, value)
      largestSurplus = Math.max(largestSurplus, value)
      return value
    }),
  )
  const timesOfDay = Array.from({ length: perDay }, (_, c) => clock(c * calendar.intervalMinutes))
  return { timesOfDay, values, deepestShortfall, largestSurplus, shortIntervals }
}

/** One weekday × time-of-day slot of the typical week. Agents are productive agents. */
export interface TypicalWeekSlot {
  /** 0 Monday … 6 Sunday. */
  weekday: number
  /** Start of the slot, "HH:MM" local. */
  timeOfDay: string
  /** Mean over the forecast's weeks of the agents required and supplied; both null where closed (none required or supplied in any week). */
  required: number | null
  supplied: number | null
}

/**
 * The typical week of one option line: for every weekday and time of day, Monday
 * 00:00 first, the mean over the forecast's weeks of required and of supplied
 * productive agents. 7 × intervals-per-day slots. A slot where nothing was ever
 * required or supplied is null (closed), not 0, so a chart shows a gap rather than
 * a drop to zero. Intervals above the solver's ceiling are left out, as in
 * `coverageMatrix`, whose cells equal supplied − required here. O(intervals).
 * @example typicalWeek({ start: '2026-01-05T00:00', intervalMinutes: 60, intervalCount: 336 }, line).length // 168
 */
export function typicalWeek(calendar: PlanCalendar, line: OptionChannelPlan): TypicalWeekSlot[] {
  const perDay = Math.round((24 * 60) / calendar.intervalMinutes)
  const required = new Float64Array(7 * perDay)
  const supplied = new Float64Array(7 * perDay)
  const count = new Int32Array(7 * perDay)
  const active = new Uint8Array(7 * perDay)
  for (let i = 0; i < calendar.intervalCount; i++) {
    const r = line.required[i]!
    const s = line.supplied[i]!
    if (r < 0 || s < 0) continue
    const t = intervalStart(calendar.start, calendar.intervalMinutes, i)
    const slot = weekdayOf(t) * perDay + Math.floor(minuteOfDay(t) / calendar.intervalMinutes)
    required[slot]! += r
    supplied[slot]! += s
    count[slot]!++
    if (r > 0 || s > 0) active[slot] = 1
  }
  return Array.from({ length: 7 * perDay }, (_, slot): TypicalWeekSlot => {
    const open = active[slot] === 1
    return {
      weekday: Math.floor(slot / perDay),
      timeOfDay: clock((slot % perDay) * calendar.intervalMinutes),
      required: open ? required[slot]! / count[slot]! : null,
      supplied: open ? supplied[slot]! / count[slot]! : null,
    }
  })
}

const pad = (n: number) => String(n).padStart(2, '0')
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
const startOfDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS

function sum(values: ArrayLike<number>): number {
  let s = 0
  for (let i = 0; i < values.length; i++) s += values[i]!
  return s
}
