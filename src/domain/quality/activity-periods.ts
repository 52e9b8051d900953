/** Calendar periods for activity figures: a day, its ISO week (Monday first) and its month, as sortable keys. */

const DAY_MS = 86_400_000
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export type Granularity = 'day' | 'week' | 'month'
export const GRANULARITIES: readonly Granularity[] = ['month', 'week', 'day']

/** A period a day falls in: `key` sorts in time order ("2026-03-02", "2026-W10", "2026-03"); `start` is its first date. */
export interface Period {
  key: string
  start: string
}

/**
 * Whether text is a real calendar date written as YYYY-MM-DD (so "2026-02-30" is not).
 * @example isCalendarDate('2024-02-29') // true
 */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text)
  if (!m) return false
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return Number(m[1]) >= 1900 && Number(m[1]) <= 2999 && new Date(ms).toISOString().slice(0, 10) === text
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (the date read on a uniform clock, no time zone). */
function epochDay(date: string): number {
  const m = DATE.exec(date)
  if (!m) throw new RangeError(`activity periods require a YYYY-MM-DD date, not '${date}'`)
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS
}

const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)

/**
 * The ISO 8601 week of a date: weeks start on Monday and belong to the year that holds
 * their Thursday, so 2027-01-01 (a Friday) is in 2026-W53 and 2024-12-30 in 2025-W01.
 * Source: ISO 8601-1:2019 §5.2.4.3 (week date); examples as on Wikipedia's "ISO week date".
 * @example isoWeek('2026-03-04') // { year: 2026, week: 10, monday: '2026-03-02' }
 */
export function isoWeek(date: string): { year: number; week: number; monday: string } {
  const day = epochDay(date)
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const weekday = (((day + 3) % 7) + 7) % 7
  const monday = day - weekday
  const thursday = monday + 3
  const year = new Date(thursday * DAY_MS).getUTCFullYear()
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1
  return { year, week, monday: dateOf(monday) }
}

/**
 * The day, ISO week or month a date falls in.
 * @example periodOf('2026-03-04', 'week') // { key: '2026-W10', start: '2026-03-02' }
 */
export function periodOf(date: string, granularity: Granularity): Period {
  if (granularity === 'day') {
    epochDay(date)
    return { key: date, start: date }
  }
  if (granularity === 'month') {
    epochDay(date)
    return { key: date.slice(0, 7), start: `${date.slice(0, 7)}-01` }
  }
  const w = isoWeek(date)
  return { key: `${w.year}-W${String(w.week).padStart(2, '0')}`, start: w.monday }
}

/** The date `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return dateOf(epochDay(date) + days)
}
