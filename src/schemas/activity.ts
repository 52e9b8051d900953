/** Activity data as people type it (CSV cells, form fields): one option's day, and the point weights. Same rules everywhere. */
import { z } from 'zod'
import { isCalendarDate } from '../domain/quality/activity-periods.ts'
import { ACTIVITIES, type Activity, type ActivityCounts, type ActivityWeights } from '../domain/quality/activity-points.ts'
import { numberField } from './fields.ts'

/** The snake_case name of each activity in files and forms: `tickets_created`, `call_minutes`… */
export const ACTIVITY_FIELD: Readonly<Record<Activity, string>> = {
  ticketsCreated: 'tickets_created',
  ticketsSolved: 'tickets_solved',
  inboundCalls: 'inbound_calls',
  outboundCalls: 'outbound_calls',
  callMinutes: 'call_minutes',
  voicemails: 'voicemails',
  chats: 'chats',
}

/** What people call each activity, and the unit one point weight applies to. */
export const ACTIVITY_LABEL: Readonly<Record<Activity, { label: string; per: string }>> = {
  ticketsCreated: { label: 'Tickets created', per: 'per ticket created' },
  ticketsSolved: { label: 'Tickets solved', per: 'per ticket solved' },
  inboundCalls: { label: 'Inbound calls', per: 'per inbound call' },
  outboundCalls: { label: 'Outbound calls', per: 'per outbound call' },
  callMinutes: { label: 'Call minutes', per: 'per call minute' },
  voicemails: { label: 'Voicemails', per: 'per voicemail' },
  chats: { label: 'Chats', per: 'per chat' },
}

export const OPTION_FIELD = 'option'
export const DATE_FIELD = 'date'
export const PAID_HOURS_FIELD = 'paid_hours'
/** The columns of an activity file, in the documented order. */
export const ACTIVITY_COLUMNS = [OPTION_FIELD, DATE_FIELD, ...ACTIVITIES.map((a) => ACTIVITY_FIELD[a]), PAID_HOURS_FIELD] as const

/** A blank activity cell means none happened (exports leave unused channels empty); paid hours must be given. */
const blankIsZero = (v: unknown) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? 0 : v)
/** A day's counts stay below ten million (a 100,000-seat operation answers far fewer calls a day); minutes and hours are decimals. */
const count = z.preprocess(blankIsZero, numberField({ min: 0, max: 10_000_000, integer: true }))
const quantity = z.preprocess(blankIsZero, numberField({ min: 0, max: 100_000_000 }))

/** One option's day with the option still as typed (a name or an id); the reader resolves it against the workspace. */
export const activityDayFieldsSchema = z.object({
  [OPTION_FIELD]: z.string({ error: 'is required' }).trim().min(1, 'is required: an option’s name or id').max(200, 'must be at most 200 characters'),
  [DATE_FIELD]: z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .refine(isCalendarDate, 'must be a calendar date written like 2026-03-02'),
  tickets_created: count,
  tickets_solved: count,
  inbound_calls: count,
  outbound_calls: count,
  call_minutes: quantity,
  voicemails: count,
  chats: count,
  [PAID_HOURS_FIELD]: numberField({ min: 0, max: 10_000_000 }),
})
export type ActivityDayFields = z.infer<typeof activityDayFieldsSchema>

/** The counts of a parsed day, keyed as the domain keys them. */
export function countsOf(fields: ActivityDayFields): ActivityCounts {
  return Object.fromEntries(ACTIVITIES.map((a) => [a, fields[ACTIVITY_FIELD[a] as keyof ActivityDayFields] as number])) as ActivityCounts
}

/** The largest weight: a hundred points for one unit is already far outside any sensible scheme. */
export const MAX_WEIGHT = 100

/** Point weights by their snake_case field names; at least one must be above 0, or every figure would be 0. */
export const activityWeightsSchema = z
  .object(Object.fromEntries(ACTIVITIES.map((a) => [ACTIVITY_FIELD[a], numberField({ min: 0, max: MAX_WEIGHT })])) as Record<string, ReturnType<typeof numberField>>)
  .transform((fields) => Object.fromEntries(ACTIVITIES.map((a) => [a, fields[ACTIVITY_FIELD[a]] as number])) as ActivityWeights)
  .refine((w) => ACTIVITIES.some((a) => w[a] > 0), { message: 'at least one weight must be above 0, or every figure would be 0', path: ['weights'] })
