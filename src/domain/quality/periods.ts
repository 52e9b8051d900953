/** Reporting periods of a scorecard: calendar months (2026-03) or ISO weeks (2026-W09), and their position in time. */

export type PeriodKind = 'month' | 'week'

export interface Period {
  /** The period as written, normalised (2026-W09). */
  label: string
  kind: PeriodKind
  /** Months or weeks since a fixed origin: consecutive periods differ by 1, so a trend's slope is per month or per week. */
  index: number
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const WEEK = /^(\d{4})-[Ww](0[1-9]|[1-4]\d|5[0-3])$/
const DAY_MS = 86_400_000

/** ISO years have 53 weeks when 1 January is a Thursday, or a Wednesday in a leap year. */
export function isoWeeksInYear(year: number): number {
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay()
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52
}

/** Parses YYYY-MM or YYYY-Www (ISO 8601 week); undefined for anything else, including week 53 of a 52-week year. */
export function parsePeriod(text: string): Period | undefined {
  const t = text.trim()
  const month = MONTH.exec(t)
  if (month) {
    const year = Number(month[1])
    const m = Number(month[2])
    return { label: t, kind: 'month', index: year * 12 + (m - 1) }
  }
  const week = WEEK.exec(t)
  if (week) {
    const year = Number(week[1])
    const w = Number(week[2])
    if (w > isoWeeksInYear(year)) return undefined
    // Week 1 is the week with 4 January; its Monday is 4 January minus (weekday − 1), Sunday counted as 7.
    const jan4 = Date.UTC(year, 0, 4)
    const weekday = new Date(jan4).getUTCDay() || 7
    const monday = jan4 - (weekday - 1) * DAY_MS + (w - 1) * 7 * DAY_MS
    return { label: `${week[1]}-W${week[2]}`, kind: 'week', index: Math.round(monday / (7 * DAY_MS)) }
  }
  return undefined
}
