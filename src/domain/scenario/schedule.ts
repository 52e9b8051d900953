/** A weekly schedule of shifts turned into productive agents per forecast interval. */
import { minutesOf } from './opening-hours.ts'
import type { ZonedCalendar } from './time-zones.ts'

export interface Shift {
  channel: string
  /** Weekdays, 0 = Monday, on the option's own clock. */
  days: readonly number[]
  start: string
  end: string
  agents: number
}

/** Agents on `channel` in each interval: the sum of the shifts covering its start. O(intervals × shifts). */
export function scheduledHeadcount(shifts: readonly Shift[], channel: string, calendar: ZonedCalendar): Int32Array {
  const agents = new Int32Array(calendar.weekday.length)
  for (const s of shifts) {
    if (s.channel !== channel) continue
    const from = minutesOf(s.start)
    const to = minutesOf(s.end)
    const days = new Set(s.days)
    for (let i = 0; i < agents.length; i++) {
      const m = calendar.minute[i]!
      if (days.has(calendar.weekday[i]!) && m >= from && m < to) agents[i]! += s.agents
    }
  }
  return agents
}
