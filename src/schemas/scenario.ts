/** A scenario: a forecast, the options that serve it, and every what-if assumption (model.md §6–9). */
import { z } from 'zod'
import { isTimeZone } from './time-zone.ts'

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/
const share = z.number({ error: 'must be a share from 0 to 1' }).finite().min(0, 'must be at least 0').max(1, 'must be at most 1')
const optionId = z.number().int().positive()

/** A shift in a weekly schedule: `agents` productive agents on `channel` on the given weekdays (0 = Monday). */
export const shiftSchema = z
  .object({
    channel: z.string().min(1).max(40),
    days: z.array(z.number().int().min(0).max(6)).min(1).max(7),
    start: z.string().regex(TIME, 'must be a time like 08:00'),
    end: z.string().regex(TIME, 'must be a time like 17:00'),
    agents: z.number().int().min(0).max(200_000),
  })
  .refine((s) => s.start < s.end, { message: 'must end after it starts', path: ['end'] })

/** How an option is staffed: to the requirement, to a weekly schedule of shifts, or to a headcount per interval. */
export const staffingModeSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('requirement') }),
  z.object({ mode: z.literal('schedule'), shifts: z.array(shiftSchema).max(500) }),
  z.object({ mode: z.literal('headcount'), byChannel: z.record(z.string(), z.array(z.number().int().min(0).max(200_000)).max(40_000)) }),
])

/** How one channel's volume is split: fixed shares per option (summing to 1), or an overflow order. */
export const allocationSchema = z.discriminatedUnion('mode', [
  z
    .object({ mode: z.literal('shares'), shares: z.array(z.object({ optionId, share })).min(1) })
    .refine((a) => Math.abs(a.shares.reduce((s, x) => s + x.share, 0) - 1) < 1e-9, { message: 'shares must sum to 100 %', path: ['shares'] }),
  z.object({ mode: z.literal('overflow'), order: z.array(optionId).min(1) }),
])

/** Service targets of a channel: live (voice, chat) or deferred (answered within a deadline). */
export const channelTargetsSchema = z.object({
  serviceLevel: share,
  answerWithinSeconds: z.number().finite().min(0).max(86_400),
  maxAsaSeconds: z.number().finite().gt(0).optional(),
  maxAbandon: share.optional(),
  /** Mean patience for Erlang A; absent = Erlang C. */
  patienceSeconds: z.number().finite().gt(0).max(14_400, 'must be at most 14,400 s (4 hours); leave it blank for callers who never hang up').optional(),
  /** Chat sessions per agent. */
  concurrency: z.number().int().min(1).max(20).optional(),
  /** Deferred work: every item done within this many hours. */
  deadlineHours: z.number().finite().gt(0).max(24 * 60).optional(),
})

export const scenarioChannelSchema = z.object({
  channel: z.string().min(1).max(40),
  allocation: allocationSchema,
  targets: channelTargetsSchema,
})

export const uncertaintySchema = z.object({
  dailyCv: z.number().finite().min(0).max(2).default(0.08),
  weeklyCv: z.number().finite().min(0).max(2).default(0.05),
  ahtCv: z.number().finite().min(0).max(2).default(0.05),
  channelCorrelation: z.number().finite().min(-1).max(1).default(0.5),
  poissonNoise: z.boolean().default(true),
  trials: z.number().int().min(1).max(100_000).default(1000),
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(42),
})

/** The scenario's fields, before the cross-field checks (the file format reuses them). */
export const scenarioFields = z.object({
    name: z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters'),
    forecastId: z.number().int().positive(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter code such as USD'),
    /** The forecast's clock: options' opening hours and shifts are converted from their own zones to this one. */
    timeZone: z.string().refine(isTimeZone, 'must be a time zone such as America/New_York').default('America/New_York'),
    options: z.array(z.object({ optionId, staffing: staffingModeSchema })).min(1, 'must include at least one option').max(20),
    channels: z.array(scenarioChannelSchema).min(1).max(12),
    /** Volume growth over the forecast (0.05 = +5 %) and AHT change (−0.1 = 10 % shorter). */
    growth: z.object({ volume: z.number().finite().min(-0.9).max(10), aht: z.number().finite().min(-0.9).max(10) }).default({ volume: 0, aht: 0 }),
    /** Self-service deflection (model.md §7): deflected per week = events per week × success × intent × no further action. */
    deflection: z
      .object({ selfHelpEvents: z.number().finite().min(0), successRate: share, intentRate: share, noFurtherActionRate: share })
      .nullable()
      .default(null),
    uncertainty: uncertaintySchema.default(uncertaintySchema.parse({})),
    /**
     * Quality shapes volume (model.md §7). forecastFcr: the first-contact resolution the
     * forecast's contacts were made at; when given, each option handles its new issues in
     * (allocated × forecastFcr / its FCR) contacts. Null: contacts as forecast.
     */
    quality: z.object({ forecastFcr: z.number().finite().gt(0, 'must be more than 0').max(1).nullable().default(null) }).default({ forecastFcr: null }),
  })

/** Every option an allocation names must be in the scenario. */
export function checkAllocations(s: Pick<z.infer<typeof scenarioFields>, 'options' | 'channels'>, ctx: z.RefinementCtx): void {
  const inScenario = new Set(s.options.map((o) => o.optionId))
  if (inScenario.size !== s.options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'lists an option twice' })
  const seen = new Set<string>()
  s.channels.forEach((c, i) => {
    if (seen.has(c.channel)) ctx.addIssue({ code: 'custom', path: ['channels', i, 'channel'], message: `${c.channel} is listed twice` })
    seen.add(c.channel)
    const ids = c.allocation.mode === 'shares' ? c.allocation.shares.map((x) => x.optionId) : c.allocation.order
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['channels', i, 'allocation'], message: 'names an option twice' })
    for (const id of ids) {
      if (!inScenario.has(id)) ctx.addIssue({ code: 'custom', path: ['channels', i, 'allocation'], message: `option ${id} is not in this scenario` })
    }
  })
}

export const scenarioSchema = scenarioFields.superRefine(checkAllocations)

export type Scenario = z.infer<typeof scenarioSchema>
export type ScenarioInput = z.input<typeof scenarioSchema>
export type ChannelTargets = z.infer<typeof channelTargetsSchema>
export type StaffingMode = z.infer<typeof staffingModeSchema>
