/** Where each forecast interval falls on another time zone's clock (for opening hours and shifts). */
import { intervalStart, minuteOfDay, weekdayOf } from '../forecast/calendar.ts'

const DAY = 86_400_000

/** Offset of `zone` from UTC, in milliseconds, at UTC instant `utcMs` (Intl does the zone rules). */
export function zoneOffsetMs(zone: string, utcMs: number): number {
  const parts = formatterFor(zone).formatToParts(new Date(utcMs))
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'))
  return asUtc - Math.floor(utcMs / 60_000) * 60_000
}

// Building an Intl formatter costs ~50 µs; a year asks for ~1,000 offsets per zone.
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    formatters.set(zone, f)
  }
  return f
}

/** Each interval's weekday (0 = Monday) and minute of day on another zone's clock. Shared between callers: read only. */
export interface ZonedCalendar {
  weekday: Uint8Array
  minute: Uint16Array
}

/**
 * Converts every interval start from the forecast's zone to `toZone`. Offsets are
 * looked up once per forecast day (at noon, away from daylight-saving switches),
 * so a year costs 366 Intl calls per zone, not 35,040.
 */
export function zonedCalendar(start: string, intervalMinutes: number, count: number, fromZone: string, toZone: string): ZonedCalendar {
  // Every evaluation of a scenario asks for the same few calendars; they depend on nothing else.
  const key = `${start}|${intervalMinutes}|${count}|${fromZone}|${toZone}`
  const known = calendars.get(key)
  if (known) return known
  const calendar = buildZonedCalendar(start, intervalMinutes, count, fromZone, toZone)
  if (calendars.size >= 32) calendars.delete(calendars.keys().next().value!)
  calendars.set(key, calendar)
  return calendar
}

const calendars = new Map<string, ZonedCalendar>()

function buildZonedCalendar(start: string, intervalMinutes: number, count: number, fromZone: string, toZone: string): ZonedCalendar {
  const weekday = new Uint8Array(count)
  const minute = new Uint16Array(count)
  let day = -1
  let shift = 0
  for (let i = 0; i < count; i++) {
    const local = intervalStart(start, intervalMinutes, i)
    const d = Math.floor(local / DAY)
    if (d !== day) {
      day = d
      if (fromZone === toZone) shift = 0
      else {
        const noonLocal = d * DAY + DAY / 2
        const utc = noonLocal - zoneOffsetMs(fromZone, noonLocal)
        shift = zoneOffsetMs(toZone, utc) - zoneOffsetMs(fromZone, utc)
      }
    }
    const there = local + shift
    weekday[i] = weekdayOf(there)
    minute[i] = minuteOfDay(there)
  }
  return { weekday, minute }
}

