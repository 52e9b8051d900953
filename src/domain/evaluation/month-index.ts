/** Which calendar month each forecast interval falls in: billing is monthly. */
import { intervalStart, localIso } from '../forecast/calendar.ts'

export interface MonthIndex {
  /** "2026-01", … in order. */
  months: string[]
  /** months[ofInterval[i]] is interval i's month. */
  ofInterval: Uint16Array
}

export function monthIndex(start: string, intervalMinutes: number, count: number): MonthIndex {
  const months: string[] = []
  const ofInterval = new Uint16Array(count)
  let day = NaN
  for (let i = 0; i < count; i++) {
    const at = intervalStart(start, intervalMinutes, i)
    // A month only changes at midnight: format a date once per day, not once per interval.
    if (Math.floor(at / DAY) !== day) {
      day = Math.floor(at / DAY)
      const month = localIso(at).slice(0, 7)
      if (months[months.length - 1] !== month) months.push(month)
    }
    ofInterval[i] = months.length - 1
  }
  return { months, ofInterval }
}

const DAY = 86_400_000
