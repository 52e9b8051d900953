/** The forecast calendar: interval index ↔ local date, weekday and time of day. */

const MINUTE = 60_000

// Loops over a year call this with the same start 35,040 times: remember the last answer.
let lastIso = ''
let lastMs = NaN

/** Milliseconds of a zone-less ISO date-time read as if it were UTC (a uniform local clock). */
export function localMillis(iso: string): number {
  if (iso !== lastIso) {
    lastMs = Date.parse(/Z|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`)
    lastIso = iso
  }
  return lastMs
}

/** The zone-less ISO date-time ("2026-01-05T07:15") of a uniform-clock instant. */
export function localIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16)
}

/** Weekday of a uniform-clock instant: 0 Monday … 6 Sunday (planners' weeks start on Monday). */
export function weekdayOf(ms: number): number {
  return (new Date(ms).getUTCDay() + 6) % 7
}

/** Minutes since local midnight. */
export function minuteOfDay(ms: number): number {
  const d = new Date(ms)
  return d.getUTCHours() * 60 + d.getUTCMinutes()
}

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

/** Start instant of interval `i` of a forecast starting at `startIso`. */
export function intervalStart(startIso: string, intervalMinutes: number, i: number): number {
  return localMillis(startIso) + i * intervalMinutes * MINUTE
}
