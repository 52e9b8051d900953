/** Which forecast intervals an option is open for, from its weekly hours on its own clock. */
import type { ZonedCalendar } from './time-zones.ts'

/** Opening hours of one weekday ("08:00"–"20:00"), or null when closed. Monday first. */
export type DayHours = { open: string; close: string } | null

export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/** 1 where the interval starts within the option's hours that weekday (open ≤ start < close). */
export function openFlags(hours: readonly DayHours[], calendar: ZonedCalendar): Uint8Array {
  const bounds = hours.map((h) => (h ? [minutesOf(h.open), minutesOf(h.close)] as const : null))
  const open = new Uint8Array(calendar.weekday.length)
  for (let i = 0; i < open.length; i++) {
    const b = bounds[calendar.weekday[i]!]
    const m = calendar.minute[i]!
    open[i] = b && m >= b[0] && m < b[1] ? 1 : 0
  }
  return open
}
