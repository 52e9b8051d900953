import { describe, expect, it } from 'vitest'
import { zonedCalendar, zoneOffsetMs } from '../../../src/domain/scenario/time-zones.ts'

const HOUR = 3_600_000
const JANUARY = Date.UTC(2026, 0, 15, 12)
const JULY = Date.UTC(2026, 6, 15, 12)

describe('zoneOffsetMs', () => {
  it.each([
    ['America/New_York', JANUARY, -5],
    ['America/New_York', JULY, -4],
    ['America/Chicago', JANUARY, -6],
    ['Asia/Manila', JANUARY, 8],
    ['Asia/Manila', JULY, 8],
    ['UTC', JULY, 0],
    ['Asia/Kolkata', JANUARY, 5.5],
    ['Asia/Kathmandu', JULY, 5.75],
    ['Europe/London', JULY, 1],
  ])('zoneOffsetMs(%s, %d) is %d hours', (zone, at, hours) => {
    expect(zoneOffsetMs(zone, at)).toBe(hours * HOUR)
  })

  it('zoneOffsetMs(zone, t) does not depend on the seconds of t', () => {
    expect(zoneOffsetMs('America/New_York', JANUARY + 59_999)).toBe(-5 * HOUR)
  })

  it('zoneOffsetMs(New York) changes at 07:00 UTC on 2026-03-08, when clocks go forward', () => {
    expect(zoneOffsetMs('America/New_York', Date.UTC(2026, 2, 8, 6, 59))).toBe(-5 * HOUR)
    expect(zoneOffsetMs('America/New_York', Date.UTC(2026, 2, 8, 7, 0))).toBe(-4 * HOUR)
  })

  it('zoneOffsetMs(zone, midnight) reads midnight as hour 0, not 24', () => {
    expect(zoneOffsetMs('Asia/Manila', Date.UTC(2026, 0, 4, 16, 0))).toBe(8 * HOUR)
  })
})

describe('zonedCalendar', () => {
  it('Monday 00:00 in New York is Monday 13:00 in Manila in January', () => {
    const c = zonedCalendar('2026-01-05T00:00', 30, 1, 'America/New_York', 'Asia/Manila')
    expect([c.weekday[0], c.minute[0]]).toEqual([0, 13 * 60])
  })

  it('Monday 00:00 in New York is Monday 12:00 in Manila in July (New York on daylight time)', () => {
    const c = zonedCalendar('2026-07-06T00:00', 30, 1, 'America/New_York', 'Asia/Manila')
    expect([c.weekday[0], c.minute[0]]).toEqual([0, 12 * 60])
  })

  it('Monday 00:00 in New York is Sunday 23:00 in Chicago', () => {
    const c = zonedCalendar('2026-01-05T00:00', 60, 1, 'America/New_York', 'America/Chicago')
    expect([c.weekday[0], c.minute[0]]).toEqual([6, 23 * 60])
  })

  it('zonedCalendar(…, zone, zone) is the forecast’s own calendar', () => {
    const c = zonedCalendar('2026-01-05T00:00', 15, 7 * 96, 'Asia/Manila', 'Asia/Manila')
    expect(c.weekday[0]).toBe(0)
    expect(c.minute[5]).toBe(75)
    expect(c.weekday[96 * 6 + 95]).toBe(6)
    expect(c.minute[96 * 6 + 95]).toBe(1425)
  })

  it('zonedCalendar(…) gives one weekday and minute per interval', () => {
    const c = zonedCalendar('2026-01-05T00:00', 30, 100, 'America/New_York', 'Asia/Manila')
    expect(c.weekday).toHaveLength(100)
    expect(c.minute).toHaveLength(100)
  })

  it('zonedCalendar(…) follows each zone’s own daylight-saving dates (New York and London differ in March)', () => {
    const c = zonedCalendar('2026-03-02T09:00', 60, 29 * 24, 'America/New_York', 'Europe/London')
    const at = (day: number) => c.minute[day * 24]! / 60
    expect(at(0)).toBe(14) // both on standard time: 5 hours apart
    expect(at(14)).toBe(13) // 2026-03-16: New York on daylight time, London not yet: 4 hours
    expect(at(28)).toBe(14) // 2026-03-30: both on daylight time: 5 hours again
  })
})
