import { describe, expect, it } from 'vitest'
import { scheduledHeadcount, type Shift } from '../../../src/domain/scenario/schedule.ts'
import { zonedCalendar } from '../../../src/domain/scenario/time-zones.ts'

/** One weekday (Monday) of hourly intervals on the team's own clock. */
const MONDAY = zonedCalendar('2026-01-05T00:00', 60, 24, 'UTC', 'UTC')
/** One week of hourly intervals. */
const WEEK = zonedCalendar('2026-01-05T00:00', 60, 7 * 24, 'UTC', 'UTC')

const EARLY: Shift = { channel: 'voice', days: [0, 1, 2, 3, 4], start: '07:00', end: '15:00', agents: 45 }
const LATE: Shift = { channel: 'voice', days: [0, 1, 2, 3, 4], start: '11:00', end: '20:00', agents: 50 }

describe('scheduledHeadcount', () => {
  it('scheduledHeadcount(shifts, channel, calendar) counts a shift from its start (inclusive) to its end (exclusive)', () => {
    const agents = scheduledHeadcount([EARLY], 'voice', MONDAY)
    expect([agents[6], agents[7], agents[14], agents[15]]).toEqual([0, 45, 45, 0])
  })

  it('scheduledHeadcount(…) adds overlapping shifts', () => {
    const agents = scheduledHeadcount([EARLY, LATE], 'voice', MONDAY)
    expect([agents[10], agents[11], agents[14], agents[15], agents[19], agents[20]]).toEqual([45, 95, 95, 50, 50, 0])
  })

  it('scheduledHeadcount(…) ignores shifts on other channels', () => {
    const chat: Shift = { channel: 'chat', days: [0], start: '00:00', end: '24:00', agents: 12 }
    expect([...scheduledHeadcount([EARLY, chat], 'voice', MONDAY)]).toEqual([...scheduledHeadcount([EARLY], 'voice', MONDAY)])
    expect(scheduledHeadcount([EARLY, chat], 'chat', MONDAY)[3]).toBe(12)
  })

  it('scheduledHeadcount(…) counts a shift only on its days', () => {
    const weekend: Shift = { channel: 'voice', days: [5, 6], start: '10:00', end: '12:00', agents: 3 }
    const agents = scheduledHeadcount([EARLY, weekend], 'voice', WEEK)
    expect(agents[4 * 24 + 10]).toBe(45) // Friday 10:00
    expect(agents[5 * 24 + 10]).toBe(3) // Saturday 10:00
    expect(agents[5 * 24 + 8]).toBe(0) // Saturday 08:00
  })

  it('scheduledHeadcount([], …) is zero everywhere', () => {
    expect([...scheduledHeadcount([], 'voice', WEEK)].every((a) => a === 0)).toBe(true)
  })

  it('scheduledHeadcount(…) reads shifts on the team’s clock (a Chicago 07:00 start is 08:00 in New York)', () => {
    const calendar = zonedCalendar('2026-01-05T00:00', 60, 24, 'America/New_York', 'America/Chicago')
    const agents = scheduledHeadcount([EARLY], 'voice', calendar)
    expect([agents[7], agents[8], agents[15], agents[16]]).toEqual([0, 45, 45, 0])
  })
})
