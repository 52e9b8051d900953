import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, isCalendarDate, isoWeek, periodOf, type Granularity } from '../../../src/domain/quality/activity-periods.ts'
import {
  ACTIVITIES,
  activityGroups,
  activityPoints,
  DEFAULT_ACTIVITY_WEIGHTS,
  pointsPerPaidHour,
  pointsTable,
  type ActivityCounts,
  type ActivityDay,
  type ActivityWeights,
} from '../../../src/domain/quality/activity-points.ts'

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) }
const ZERO: ActivityCounts = { ticketsCreated: 0, ticketsSolved: 0, inboundCalls: 0, outboundCalls: 0, callMinutes: 0, voicemails: 0, chats: 0 }
const day = (optionId: number, date: string, paidHours: number, counts: Partial<ActivityCounts>): ActivityDay => Object.freeze({ ...ZERO, ...counts, optionId, date, paidHours })

describe('activityPoints', () => {
  // Each row is worked by hand with the default weights (ticket created 0.2, solved 1, inbound 1, outbound 0.5, minute 0.1, voicemail 0.3, chat 0.8).
  it.each([
    { name: 'nothing', counts: {}, points: 0 },
    { name: 'ten solved tickets', counts: { ticketsSolved: 10 }, points: 10 },
    { name: 'ten 7.5-minute inbound calls', counts: { inboundCalls: 10, callMinutes: 75 }, points: 17.5 },
    { name: 'four outbound calls', counts: { outboundCalls: 4 }, points: 2 },
    { name: 'ten voicemails', counts: { voicemails: 10 }, points: 3 },
    { name: 'five chats', counts: { chats: 5 }, points: 4 },
    { name: 'five created tickets', counts: { ticketsCreated: 5 }, points: 1 },
    { name: 'one of everything and one minute', counts: { ticketsCreated: 1, ticketsSolved: 1, inboundCalls: 1, outboundCalls: 1, callMinutes: 1, voicemails: 1, chats: 1 }, points: 3.9 },
  ])('activityPoints($name) = $points with the default weights', ({ counts, points }) => {
    expect(activityPoints({ ...ZERO, ...counts }, DEFAULT_ACTIVITY_WEIGHTS)).toBeCloseTo(points, 12)
  })

  it('the default weights are the documented ones', () => {
    expect(DEFAULT_ACTIVITY_WEIGHTS).toEqual({ ticketsCreated: 0.2, ticketsSolved: 1, inboundCalls: 1, outboundCalls: 0.5, callMinutes: 0.1, voicemails: 0.3, chats: 0.8 })
  })

  const counts = fc.record(Object.fromEntries(ACTIVITIES.map((a) => [a, fc.integer({ min: 0, max: 100_000 })])) as Record<keyof ActivityCounts, fc.Arbitrary<number>>)
  const weights = fc.record(Object.fromEntries(ACTIVITIES.map((a) => [a, fc.double({ min: 0, max: 100, noNaN: true })])) as Record<keyof ActivityWeights, fc.Arbitrary<number>>)

  it('activityPoints(a + b) = activityPoints(a) + activityPoints(b): points add over days', () => {
    fc.assert(
      fc.property(counts, counts, weights, (a, b, w) => {
        const sum = Object.fromEntries(ACTIVITIES.map((k) => [k, a[k] + b[k]])) as ActivityCounts
        const expected = activityPoints(a, w) + activityPoints(b, w)
        expect(activityPoints(sum, w)).toBeCloseTo(expected, Math.max(0, 8 - Math.ceil(Math.log10(expected + 1))))
      }),
      RUNS,
    )
  })

  it('activityPoints(…) is never negative and never decreases when a weight rises', () => {
    fc.assert(
      fc.property(counts, weights, fc.constantFrom(...ACTIVITIES), fc.double({ min: 0, max: 10, noNaN: true }), (c, w, a, extra) => {
        const before = activityPoints(c, w)
        expect(before).toBeGreaterThanOrEqual(0)
        expect(activityPoints(c, { ...w, [a]: w[a] + extra })).toBeGreaterThanOrEqual(before)
      }),
      RUNS,
    )
  })
})

describe('pointsPerPaidHour', () => {
  it('pointsPerPaidHour(52.5, 7.5) = 7', () => expect(pointsPerPaidHour(52.5, 7.5)).toBe(7))
  it('pointsPerPaidHour(points, 0) is null: no paid hours, no figure (never Infinity or NaN)', () => {
    expect(pointsPerPaidHour(40, 0)).toBeNull()
    expect(pointsPerPaidHour(0, 0)).toBeNull()
  })
})

describe('isoWeek', () => {
  // Examples from ISO 8601's week-date rule as tabulated on Wikipedia's "ISO week date" page, plus 2026's 53rd week.
  it.each([
    ['2008-12-29', 2009, 1, '2008-12-29'],
    ['2010-01-03', 2009, 53, '2009-12-28'],
    ['2021-01-03', 2020, 53, '2020-12-28'],
    ['2024-12-30', 2025, 1, '2024-12-30'],
    ['2026-01-01', 2026, 1, '2025-12-29'],
    ['2026-03-04', 2026, 10, '2026-03-02'],
    ['2026-12-31', 2026, 53, '2026-12-28'],
    ['2027-01-01', 2026, 53, '2026-12-28'],
    ['2027-01-04', 2027, 1, '2027-01-04'],
  ])('isoWeek(%s) is %i-W%i, starting Monday %s', (date, year, week, monday) => {
    expect(isoWeek(date)).toEqual({ year, week, monday })
  })

  it('every date lies in the seven days from its ISO week’s Monday, and that week is numbered 1–53', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80_000 }), (offset) => {
        const date = addDays('1950-01-01', offset)
        const w = isoWeek(date)
        expect(new Date(`${w.monday}T00:00Z`).getUTCDay()).toBe(1)
        expect(w.monday <= date && date < addDays(w.monday, 7)).toBe(true)
        expect(w.week).toBeGreaterThanOrEqual(1)
        expect(w.week).toBeLessThanOrEqual(53)
      }),
      RUNS,
    )
  })
})

describe('periodOf and isCalendarDate', () => {
  it.each<[string, Granularity, string, string]>([
    ['2026-03-04', 'day', '2026-03-04', '2026-03-04'],
    ['2026-03-04', 'week', '2026-W10', '2026-03-02'],
    ['2026-03-04', 'month', '2026-03', '2026-03-01'],
    ['2027-01-01', 'week', '2026-W53', '2026-12-28'],
  ])('periodOf(%s, %s) is %s from %s', (date, granularity, key, start) => {
    expect(periodOf(date, granularity)).toEqual({ key, start })
  })

  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-5', false],
    ['05/01/2026', false],
    ['', false],
  ])('isCalendarDate(%j) is %s', (text, expected) => expect(isCalendarDate(text)).toBe(expected))

  it('periodOf throws on text that is not a date (programmer error: the reader checks dates first)', () => {
    expect(() => periodOf('March', 'month')).toThrow(RangeError)
  })
})

describe('activityGroups', () => {
  const options = [
    { id: 1, name: 'In-house, Charlotte', kind: 'in-house' as const },
    { id: 2, name: 'Dallas', kind: 'partner' as const },
    { id: 3, name: 'Manila', kind: 'partner' as const },
    { id: 4, name: 'In-house, Tampa', kind: 'in-house' as const },
  ]
  it('lists every option, then the in-house team, all partners and all options', () => {
    expect(activityGroups(options).map((g) => [g.name, g.optionIds])).toEqual([
      ['In-house, Charlotte', [1]],
      ['Dallas', [2]],
      ['Manila', [3]],
      ['In-house, Tampa', [4]],
      ['In-house team', [1, 4]],
      ['All partners', [2, 3]],
      ['All options', [1, 2, 3, 4]],
    ])
  })
  it('a workspace of partners only has no in-house team, and one option has no total', () => {
    expect(activityGroups(options.filter((o) => o.kind === 'partner')).map((g) => g.key)).toEqual(['option-2', 'option-3', 'partners', 'total'])
    expect(activityGroups([options[0]!]).map((g) => g.key)).toEqual(['option-1', 'team'])
  })
})

describe('pointsTable', () => {
  const options = [
    { id: 1, name: 'Team', kind: 'in-house' as const },
    { id: 2, name: 'Partner', kind: 'partner' as const },
  ]
  const groups = activityGroups(options)
  const days = [
    day(1, '2026-03-02', 8, { inboundCalls: 40, callMinutes: 300 }), // 70 points
    day(1, '2026-03-03', 8, { ticketsSolved: 50 }), // 50 points
    day(2, '2026-03-02', 16, { chats: 100 }), // 80 points
    day(2, '2026-03-09', 0, { chats: 10 }), // 8 points, no paid hours
    day(1, '2026-04-01', 4, { outboundCalls: 8 }), // 4 points
  ]
  const byKey = (t: ReturnType<typeof pointsTable>, key: string) => t.series.find((s) => s.group.key === key)!

  it('by month: each option’s points over its paid hours, and the team figures add points and hours before dividing', () => {
    const t = pointsTable(days, groups, DEFAULT_ACTIVITY_WEIGHTS, 'month')
    expect(t.periods).toEqual([
      { key: '2026-03', start: '2026-03-01' },
      { key: '2026-04', start: '2026-04-01' },
    ])
    expect(byKey(t, 'option-1').cells.map((c) => c?.pointsPerPaidHour)).toEqual([120 / 16, 1])
    expect(byKey(t, 'option-2').cells.map((c) => c?.pointsPerPaidHour ?? c)).toEqual([88 / 16, null])
    // All options in March: (70 + 50 + 80 + 8) points over 32 paid hours, not the mean of 7.5 and 5.5.
    expect(byKey(t, 'total').cells[0]).toEqual({ points: 208, paidHours: 32, days: 4, pointsPerPaidHour: 6.5 })
    expect(byKey(t, 'total').overall).toEqual({ points: 212, paidHours: 36, days: 5, pointsPerPaidHour: 212 / 36 })
  })

  it('by ISO week: a week where an option reported only a day without paid hours has no figure, not Infinity', () => {
    const t = pointsTable(days, groups, DEFAULT_ACTIVITY_WEIGHTS, 'week')
    expect(t.periods.map((p) => p.key)).toEqual(['2026-W10', '2026-W11', '2026-W14'])
    const partner = byKey(t, 'option-2').cells
    expect(partner[0]!.pointsPerPaidHour).toBe(5)
    expect(partner[1]).toEqual({ points: 8, paidHours: 0, days: 1, pointsPerPaidHour: null })
    expect(partner[2]).toBeNull()
  })

  it('by day: one period per reported date, in date order, whatever order the days came in', () => {
    const t = pointsTable([...days].reverse(), groups, DEFAULT_ACTIVITY_WEIGHTS, 'day')
    expect(t.periods.map((p) => p.key)).toEqual(['2026-03-02', '2026-03-03', '2026-03-09', '2026-04-01'])
    expect(byKey(t, 'option-1').cells.map((c) => c?.pointsPerPaidHour ?? null)).toEqual([70 / 8, 50 / 8, null, 1])
  })

  it('days of options outside every group are left out, and a table of no days has no periods', () => {
    expect(pointsTable([day(99, '2026-03-02', 8, { chats: 1 })], groups, DEFAULT_ACTIVITY_WEIGHTS, 'month').periods).toEqual([])
    const empty = pointsTable([], groups, DEFAULT_ACTIVITY_WEIGHTS, 'week')
    expect(empty.series.every((s) => s.overall === null && s.cells.length === 0)).toBe(true)
  })

  const dayArb = fc.record({
    optionId: fc.integer({ min: 1, max: 3 }),
    date: fc.integer({ min: 0, max: 800 }).map((d) => addDays('2025-06-01', d)),
    paidHours: fc.oneof(fc.constant(0), fc.double({ min: 0.25, max: 2_000, noNaN: true })),
    ...Object.fromEntries(ACTIVITIES.map((a) => [a, fc.integer({ min: 0, max: 5_000 })])),
  }) as fc.Arbitrary<ActivityDay>
  const threeOptions = activityGroups([
    { id: 1, name: 'A', kind: 'in-house' },
    { id: 2, name: 'B', kind: 'partner' },
    { id: 3, name: 'C', kind: 'partner' },
  ])
  const granularity = fc.constantFrom<Granularity>('day', 'week', 'month')

  it('for any days and granularity, the periods’ points and hours add up to the days’ totals', () => {
    fc.assert(
      fc.property(fc.array(dayArb, { maxLength: 60 }), granularity, (ds, g) => {
        const t = pointsTable(ds, threeOptions, DEFAULT_ACTIVITY_WEIGHTS, g)
        const total = t.series.find((s) => s.group.key === 'total')!
        const points = ds.reduce((s, d) => s + activityPoints(d, DEFAULT_ACTIVITY_WEIGHTS), 0)
        const hours = ds.reduce((s, d) => s + d.paidHours, 0)
        const cells = total.cells.filter((c) => c !== null)
        expect(cells.reduce((s, c) => s + c.points, 0)).toBeCloseTo(points, 6)
        expect(cells.reduce((s, c) => s + c.paidHours, 0)).toBeCloseTo(hours, 6)
        expect(cells.reduce((s, c) => s + c.days, 0)).toBe(ds.length)
      }),
      RUNS,
    )
  })

  it('for any days, every figure is finite or null, and null exactly when the cell has no paid hours', () => {
    fc.assert(
      fc.property(fc.array(dayArb, { maxLength: 40 }), granularity, (ds, g) => {
        for (const s of pointsTable(ds, threeOptions, DEFAULT_ACTIVITY_WEIGHTS, g).series) {
          for (const c of [...s.cells, s.overall]) {
            if (c === null) continue
            if (c.paidHours > 0) expect(Number.isFinite(c.pointsPerPaidHour)).toBe(true)
            else expect(c.pointsPerPaidHour).toBeNull()
          }
        }
      }),
      RUNS,
    )
  })

  it('for any days, a combined group’s figure lies between its members’ figures (an hour-weighted mean)', () => {
    fc.assert(
      fc.property(fc.array(dayArb, { maxLength: 40 }), granularity, (ds, g) => {
        const t = pointsTable(ds, threeOptions, DEFAULT_ACTIVITY_WEIGHTS, g)
        const partners = t.series.find((s) => s.group.key === 'partners')!
        const members = [t.series.find((s) => s.group.key === 'option-2')!, t.series.find((s) => s.group.key === 'option-3')!]
        partners.cells.forEach((c, p) => {
          if (c?.pointsPerPaidHour == null) return
          const figures = members.map((m) => m.cells[p]).filter((m) => m && m.paidHours > 0).map((m) => m!.points / m!.paidHours)
          // Only members with paid hours bound it: a member's hour-less points still count toward the group.
          const memberPoints = members.reduce((s, m) => s + (m.cells[p]?.paidHours ? m.cells[p]!.points : 0), 0)
          if (memberPoints !== c.points) return
          expect(c.pointsPerPaidHour).toBeGreaterThanOrEqual(Math.min(...figures) - 1e-9)
          expect(c.pointsPerPaidHour).toBeLessThanOrEqual(Math.max(...figures) + 1e-9)
        })
      }),
      RUNS,
    )
  })
})
