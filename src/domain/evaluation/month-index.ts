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
  for (let i = 0; i < count; i++) {
    const month = localIso(intervalStart(start, intervalMinutes, i)).slice(0, 7)
    if (months[months.length - 1] !== month) months.push(month)
    ofInterval[i] = months.length - 1
  }
  return { months, ofInterval }
}
