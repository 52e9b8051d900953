import { describe, expect, it } from 'vitest'
import { minutesOf, openFlags, type DayHours } from '../../../src/domain/scenario/opening-hours.ts'
import { zonedCalendar, type ZonedCalendar } from '../../../src/domain/scenario/time-zones.ts'

/** A calendar from (weekday, "HH:MM") pairs. */
const calendarOf = (points: [number, string][]): ZonedCalendar => ({
  weekday: Uint8Array.from(points.map(([d]) => d)),
  minute: Uint16Array.from(points.map(([, t]) => minutesOf(t))),
})

const NINE_TO_FIVE: DayHours[] = [...Array.from({ length: 5 }, () => ({ open: '09:00', close: '17:00' })), null, null]

describe('minutesOf', () => {
  it.each([
    ['00:00', 0],
    ['07:30', 450],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('minutesOf(%s) is %d', (time, minutes) => {
    expect(minutesOf(time)).toBe(minutes)
  })
})

describe('openFlags', () => {
  it('openFlags(hours, calendar) is 1 where open ≤ interval start < close, 0 elsewhere', () => {
    const c = calendarOf([[0, '08:45'], [0, '09:00'], [0, '16:45'], [0, '17:00'], [0, '23:30']])
    expect([...openFlags(NINE_TO_FIVE, c)]).toEqual([0, 1, 1, 0, 0])
  })

  it('openFlags(hours, calendar) is 0 all day on a closed (null) day', () => {
    const c = calendarOf([[5, '09:00'], [5, '12:00'], [6, '10:00']])
    expect([...openFlags(NINE_TO_FIVE, c)]).toEqual([0, 0, 0])
  })

  it("openFlags(hours, calendar) with '00:00'–'24:00' is open every interval of the day", () => {
    const hours: DayHours[] = Array.from({ length: 7 }, () => ({ open: '00:00', close: '24:00' }))
    const c = calendarOf([[0, '00:00'], [3, '12:00'], [6, '23:45']])
    expect([...openFlags(hours, c)]).toEqual([1, 1, 1])
  })

  it('openFlags(hours, calendar) reads each weekday’s own hours', () => {
    const hours: DayHours[] = [{ open: '08:00', close: '12:00' }, { open: '13:00', close: '18:00' }, null, null, null, null, null]
    const c = calendarOf([[0, '10:00'], [1, '10:00'], [0, '14:00'], [1, '14:00']])
    expect([...openFlags(hours, c)]).toEqual([1, 0, 0, 1])
  })

  it('openFlags(hours, zonedCalendar(…)) applies a Manila team’s hours on its own clock (09:00–17:00 Manila = 20:00–04:00 New York in January)', () => {
    const calendar = zonedCalendar('2026-01-05T00:00', 60, 24, 'America/New_York', 'Asia/Manila')
    const open = [...openFlags(NINE_TO_FIVE, calendar)]
    // New York Monday 00:00–03:00 is Manila Monday 13:00–16:00; 20:00–23:00 is Tuesday 09:00–12:00.
    expect(open).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
  })
})
