/** Activity-based productivity: weighted activity points per paid hour, by day, ISO week or month, per option and per team. */
import { periodOf, type Granularity, type Period } from './activity-periods.ts'

/** The activities partners report per day, in the order files and forms list them. */
export const ACTIVITIES = ['ticketsCreated', 'ticketsSolved', 'inboundCalls', 'outboundCalls', 'callMinutes', 'voicemails', 'chats'] as const
export type Activity = (typeof ACTIVITIES)[number]

/** How many of each activity (call minutes are minutes; the rest are counts). */
export type ActivityCounts = Record<Activity, number>
/** Points each unit of an activity earns (per ticket, per call, per call minute…). */
export type ActivityWeights = Record<Activity, number>

/** One option's reported day. */
export interface ActivityDay extends ActivityCounts {
  optionId: number
  /** YYYY-MM-DD, the option's own calendar day. */
  date: string
  /** Hours paid that day (productive or not): the denominator of productivity. */
  paidHours: number
}

/**
 * Default points per unit. A solved ticket is the unit of work (1.0). A handled inbound call
 * is worth the same, plus 0.1 per call minute so long calls earn something for the time on the
 * phone without making padding pay (a 7.5-minute call earns 1.75). An outbound call (callback,
 * follow-up) is scheduled and shorter: half an inbound call. A chat earns 0.8 because agents run
 * several at once, so each takes less agent time than a call. A voicemail (0.3) is listening and
 * logging; the callback it leads to earns its own points. Creating a ticket (0.2) is mostly
 * logging: the resolution earns the real credit, and a low weight keeps splitting tickets from paying.
 */
export const DEFAULT_ACTIVITY_WEIGHTS: Readonly<ActivityWeights> = Object.freeze({
  ticketsCreated: 0.2,
  ticketsSolved: 1,
  inboundCalls: 1,
  outboundCalls: 0.5,
  callMinutes: 0.1,
  voicemails: 0.3,
  chats: 0.8,
})

/**
 * Activity points: Σ weight × count over the activities.
 * @example activityPoints({ ...zero, inboundCalls: 10, callMinutes: 75 }, DEFAULT_ACTIVITY_WEIGHTS) // 17.5
 */
export function activityPoints(counts: ActivityCounts, weights: ActivityWeights): number {
  let points = 0
  for (const a of ACTIVITIES) points += weights[a] * counts[a]
  return points
}

/**
 * Points per paid hour; null when no hours were paid (a day with activity but no paid
 * hours has no productivity figure, rather than an infinite one).
 * @example pointsPerPaidHour(52.5, 7.5) // 7
 */
export function pointsPerPaidHour(points: number, paidHours: number): number | null {
  return paidHours > 0 ? points / paidHours : null
}

/** Options whose days are added together: one option, the in-house team, all partners, or everyone. */
export interface ActivityGroup {
  key: string
  name: string
  kind: 'option' | 'team' | 'partners' | 'total'
  optionIds: readonly number[]
}

/**
 * The groups a productivity table shows: each option on its own, then the in-house team
 * (every in-house option together), all partners together, and all options. Combined groups
 * appear only when they have a member; the total only when there are two or more options.
 */
export function activityGroups(options: ReadonlyArray<{ id: number; name: string; kind: 'in-house' | 'partner' }>): ActivityGroup[] {
  const ids = (kind: 'in-house' | 'partner') => options.filter((o) => o.kind === kind).map((o) => o.id)
  const groups: ActivityGroup[] = options.map((o) => ({ key: `option-${o.id}`, name: o.name, kind: 'option', optionIds: [o.id] }))
  if (ids('in-house').length) groups.push({ key: 'team', name: 'In-house team', kind: 'team', optionIds: ids('in-house') })
  if (ids('partner').length) groups.push({ key: 'partners', name: 'All partners', kind: 'partners', optionIds: ids('partner') })
  if (options.length > 1) groups.push({ key: 'total', name: 'All options', kind: 'total', optionIds: options.map((o) => o.id) })
  return groups
}

/** Points and paid hours added over a group's days in one period. */
export interface PointsCell {
  points: number
  paidHours: number
  /** Option-days reported. */
  days: number
  /** Σ points ÷ Σ paid hours (an hour-weighted mean, not a mean of daily ratios); null without paid hours. */
  pointsPerPaidHour: number | null
}

export interface PointsSeries {
  group: ActivityGroup
  /** One per period of the table, in order; null where no member reported a day in it. */
  cells: (PointsCell | null)[]
  /** The whole span; null when the group reported nothing. */
  overall: PointsCell | null
}

export interface PointsTable {
  granularity: Granularity
  /** Every period with at least one reported day, in time order. */
  periods: Period[]
  series: PointsSeries[]
}

/**
 * Points per paid hour for each group and period. A group's figure adds points and paid
 * hours over its members and days before dividing, so a big team counts for its hours and
 * a short day does not swing a month. O(days × groups + periods × groups).
 */
export function pointsTable(days: readonly ActivityDay[], groups: readonly ActivityGroup[], weights: ActivityWeights, granularity: Granularity): PointsTable {
  const periods = new Map<string, Period>()
  const sums = groups.map(() => new Map<string, { points: number; paidHours: number; days: number }>())
  const membership = new Map<number, number[]>()
  groups.forEach((g, k) => g.optionIds.forEach((id) => membership.set(id, [...(membership.get(id) ?? []), k])))
  for (const day of days) {
    const member = membership.get(day.optionId)
    if (!member) continue
    const period = periodOf(day.date, granularity)
    periods.set(period.key, period)
    const points = activityPoints(day, weights)
    for (const k of member) {
      const sum = sums[k]!.get(period.key) ?? { points: 0, paidHours: 0, days: 0 }
      sum.points += points
      sum.paidHours += day.paidHours
      sum.days += 1
      sums[k]!.set(period.key, sum)
    }
  }
  const ordered = [...periods.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const cell = (s: { points: number; paidHours: number; days: number }): PointsCell => ({ ...s, pointsPerPaidHour: pointsPerPaidHour(s.points, s.paidHours) })
  return {
    granularity,
    periods: ordered,
    series: groups.map((group, k) => {
      const cells = ordered.map((p) => {
        const s = sums[k]!.get(p.key)
        return s ? cell(s) : null
      })
      const present = cells.filter((c): c is PointsCell => c !== null)
      const overall = present.length
        ? cell(present.reduce((t, c) => ({ points: t.points + c.points, paidHours: t.paidHours + c.paidHours, days: t.days + c.days }), { points: 0, paidHours: 0, days: 0 }))
        : null
      return { group, cells, overall }
    }),
  }
}
