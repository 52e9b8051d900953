/** A sourcing option (in-house team or partner) as stored, edited, imported and exported. */
import { z } from 'zod'
import { costStackSchema, termsSchema } from './pricing-terms.ts'
import { isTimeZone } from './time-zone.ts'

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/
const share = z.number({ error: 'must be a share from 0 to 1' }).finite().min(0, 'must be at least 0').max(1, 'must be at most 1')

/** Opening hours of one weekday in the option's own time zone; null = closed that day. */
export const dayHoursSchema = z
  .object({ open: z.string().regex(TIME, 'must be a time like 08:00'), close: z.string().regex(TIME, 'must be a time like 20:00') })
  .refine((h) => h.open < h.close, { message: 'must close after it opens', path: ['close'] })
  .nullable()

export const SHORES = ['onshore', 'nearshore', 'offshore'] as const

export const sourcingOptionSchema = z
  .object({
    name: z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters'),
    kind: z.enum(['in-house', 'partner']),
    shore: z.enum(SHORES),
    timeZone: z.string().refine(isTimeZone, 'must be a time zone such as America/Chicago'),
    /** Monday first. */
    hours: z.array(dayHoursSchema).length(7),
    channels: z.array(z.string().trim().min(1).max(40)).min(1, 'must name at least one channel').max(12),
    capacityAgents: z.number().int().min(0).max(200_000).nullable(),
    shrinkage: z.number().finite().min(0).lt(1, 'must be less than 1'),
    occupancyCap: z.number().finite().gt(0).max(1),
    /** AHT relative to the forecast per channel (1 = as forecast). */
    ahtFactor: z.record(z.string(), z.number().finite().gt(0).max(10)),
    fcr: z.number().finite().gt(0, 'must be more than 0').max(1),
    escalationRate: share,
    escalatesToOptionId: z.number().int().positive().nullable().default(null),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter code such as USD'),
    /** Scenario currency units per unit of this option's currency. */
    exchangeRate: z.number().finite().gt(0).max(1e6),
    hoursPerFteWeek: z.number().finite().gt(0).max(168).default(40),
    /**
     * Coefficient of variation of handle times when they are not exponential (lognormal);
     * null = exponential, as Erlang assumes. When set, the evaluation checks the option's
     * service level by simulation and says so.
     */
    handleTimeCv: z.number().finite().gt(0, 'must be more than 0').max(5).nullable().default(null),
    terms: termsSchema.nullable().default(null),
    costStack: costStackSchema.nullable().default(null),
    /**
     * How the partner counts the service level it reports, so its measured level can be converted
     * to the scenario's definition (domain/quality/harmonise.ts); absent = not stated, not converted.
     */
    serviceLevelReporting: z
      .object({
        shortAbandonsExcluded: z.boolean(),
        shortAbandonSeconds: z.number().int('must be whole seconds').min(0, 'must be at least 0').max(600, 'must be at most 600 s'),
        /** T of its "answered within T"; null = each channel's T as the scenario sets it (a blend over channels). */
        answerWithinSeconds: z.number().int('must be whole seconds').min(1, 'must be at least 1 s').max(86_400, 'must be at most 86,400 s').nullable(),
        /** Share of offered contacts that hang up within the short-abandon threshold; null = not known. */
        shortAbandonShare: z.number().finite().min(0, 'must be at least 0 %').lt(0.5, 'must be below 50 %').nullable(),
      })
      .optional(),
  })
  .superRefine((o, ctx) => {
    if (o.kind === 'partner' && !o.terms) ctx.addIssue({ code: 'custom', path: ['terms'], message: 'a partner needs commercial terms' })
    if (o.kind === 'in-house' && !o.costStack) ctx.addIssue({ code: 'custom', path: ['costStack'], message: 'an in-house team needs a cost stack' })
  })

export type SourcingOptionInput = z.input<typeof sourcingOptionSchema>
export type SourcingOption = z.infer<typeof sourcingOptionSchema>
