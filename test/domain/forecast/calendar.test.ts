import { describe, expect, it } from 'vitest'
import { intervalStart, localIso, localMillis, minuteOfDay, WEEKDAY_NAMES, weekdayOf } from '../../../src/domain/forecast/calendar.ts'

describe('localMillis / localIso', () => {
  it('localMillis(iso) reads a zone-less date-time on a uniform clock (as if UTC)', () => {
    expect(localMillis('2026-01-05T07:15')).toBe(Date.UTC(2026, 0, 5, 7, 15))
  })

  it('localMillis(iso) honours an explicit zone', () => {
    expect(localMillis('2026-01-05T07:15-05:00')).toBe(Date.UTC(2026, 0, 5, 12, 15))
  })

  it('localIso(localMillis(iso)) gives back the date-time to the minute', () => {
    expect(localIso(localMillis('2026-12-31T23:45'))).toBe('2026-12-31T23:45')
  })

  it('localMillis(iso) keeps every day 24 hours, daylight-saving dates included', () => {
    expect(localMillis('2026-03-09T00:00') - localMillis('2026-03-08T00:00')).toBe(86_400_000)
  })
})

describe('weekdayOf', () => {
  it.each([
    ['2026-01-05T00:00', 0],
    ['2026-01-06T12:00', 1],
    ['2026-01-09T23:59', 4],
    ['2026-01-10T00:00', 5],
    ['2026-01-11T23:59', 6],
    ['2026-01-12T00:00', 0],
  ])('weekdayOf(%s) is %d (Monday = 0, Sunday = 6)', (iso, weekday) => {
    expect(weekdayOf(localMillis(iso))).toBe(weekday)
  })

  it('WEEKDAY_NAMES starts the week on Monday', () => {
    expect(WEEKDAY_NAMES[weekdayOf(localMillis('2026-01-05T00:00'))]).toBe('Monday')
  })
})

describe('minuteOfDay', () => {
  it.each([
    ['2026-01-05T00:00', 0],
    ['2026-01-05T07:15', 435],
    ['2026-01-05T23:45', 1425],
  ])('minuteOfDay(%s) is %d', (iso, minute) => {
    expect(minuteOfDay(localMillis(iso))).toBe(minute)
  })
})

describe('intervalStart', () => {
  it('intervalStart(start, minutes, 0) is the start', () => {
    expect(intervalStart('2026-01-05T00:00', 30, 0)).toBe(localMillis('2026-01-05T00:00'))
  })

  it('intervalStart(start, 30, 3) is 90 minutes after the start', () => {
    expect(localIso(intervalStart('2026-01-05T00:00', 30, 3))).toBe('2026-01-05T01:30')
  })

  it('intervalStart(start, 15, 96) is the next midnight', () => {
    expect(localIso(intervalStart('2026-01-05T00:00', 15, 96))).toBe('2026-01-06T00:00')
  })

  it('intervalStart(start, 60, i) crosses a year end', () => {
    expect(localIso(intervalStart('2026-12-31T22:00', 60, 3))).toBe('2027-01-01T01:00')
  })
})
