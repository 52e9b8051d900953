/** An option's intervals rolled up by day and by week (Monday first): contacts, hours, service and cost. */
import { intervalStart, localIso, weekdayOf } from '../forecast/calendar.ts'
import type { ScenarioStaffing } from '../scenario/staffing-plan.ts'

export interface Rollup {
  /** First date of the day or week, "2026-01-05". */
  from: string
  contactsOffered: number
  contactsHandled: number
  requiredHours: number
  suppliedHours: number
  paidHours: number
  /** Contact-weighted; null without contacts. */
  serviceLevel: number | null
  costCents: number
}

const DAY = 86_400_000

/** Days and weeks of one option, from its staffing lines and its cost per interval. O(intervals × lines). */
export function rollups(staffing: ScenarioStaffing, optionId: number, cents: Float64Array, by: 'day' | 'week'): Rollup[] {
  const n = staffing.intervalCount
  const hours = staffing.intervalMinutes / 60
  const out = new Map<string, Rollup & { weighted: number }>()
  const keyOf = (i: number) => {
    const at = intervalStart(staffing.start, staffing.intervalMinutes, i)
    const day = Math.floor(at / DAY) * DAY
    return localIso(by === 'day' ? day : day - weekdayOf(day) * DAY).slice(0, 10)
  }
  const lines = staffing.channels.flatMap((c) => c.lines.filter((l) => l.optionId === optionId))
  for (let i = 0; i < n; i++) {
    const key = keyOf(i)
    let r = out.get(key)
    if (!r) out.set(key, (r = { from: key, contactsOffered: 0, contactsHandled: 0, requiredHours: 0, suppliedHours: 0, paidHours: 0, serviceLevel: null, costCents: 0, weighted: 0 }))
    r.costCents += cents[i]!
    for (const l of lines) {
      const v = l.volume[i]!
      r.contactsOffered += v
      r.contactsHandled += v * (1 - l.probAbandon[i]!)
      r.requiredHours += Math.max(0, l.required[i]!) * hours
      r.suppliedHours += Math.max(0, l.supplied[i]!) * hours
      r.paidHours += Math.max(0, l.scheduledSupplied[i]!) * hours
      r.weighted += v * l.serviceLevel[i]!
    }
  }
  return [...out.values()].map(({ weighted, ...r }) => ({ ...r, serviceLevel: r.contactsOffered > 0 ? weighted / r.contactsOffered : null }))
}
