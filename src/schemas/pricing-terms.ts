/** Commercial terms of a partner and the cost stack of an in-house team (model.md §8), as stored and validated. */
import { z } from 'zod'

const money = (max = 1e9) => z.number({ error: 'must be an amount' }).finite().min(0, 'must be at least 0').max(max, `must be at most ${max.toLocaleString('en-US')}`)
const share = z.number({ error: 'must be a share from 0 to 1' }).finite().min(0, 'must be at least 0').max(1, 'must be at most 1')
const positive = z.number({ error: 'must be a number' }).finite().gt(0, 'must be more than 0')

/** A volume tier: contacts up to `upTo` (inclusive; null = no upper bound) at `price`. */
export const tierSchema = z.object({ upTo: z.number().int().positive().nullable(), price: money() })

/** Per-interaction prices: one per channel, with optional volume tiers per channel. */
const perInteraction = z.object({
  model: z.literal('per-interaction'),
  prices: z.record(z.string().min(1), money()),
  tiers: z
    .object({
      style: z.enum(['marginal', 'whole-volume']),
      byChannel: z.record(
        z.string().min(1),
        z
          .array(tierSchema)
          .min(1)
          .max(10)
          // Bounds rise and only the last tier may be open-ended, or a contact's tier would be ambiguous.
          .refine((ts) => ts.every((t, i) => i === 0 || (ts[i - 1]!.upTo !== null && (t.upTo === null || t.upTo > ts[i - 1]!.upTo!))), {
            message: 'tier bounds must rise, and only the last tier may have no limit',
          }),
      ),
    })
    .optional(),
})

const variablePricing = z.discriminatedUnion('model', [
  z.object({ model: z.literal('per-productive-hour'), rate: money() }),
  z.object({ model: z.literal('per-scheduled-hour'), rate: money() }),
  z.object({ model: z.literal('per-fte-month'), rate: money() }),
  perInteraction,
  z.object({ model: z.literal('per-minute'), rate: money() }),
  z.object({ model: z.literal('per-resolution'), rate: money() }),
  z.object({
    model: z.literal('banded'),
    baseCharge: money(),
    baselineVolume: positive,
    bandShare: share,
    additionalPerUnit: money(),
    reducedPerUnit: money(),
  }),
])

/** How a partner bills: one of the models of model.md §8, or a fixed fee plus one of them. */
export const pricingSchema = z.union([
  variablePricing,
  z.object({ model: z.literal('hybrid'), fixedMonthlyFee: money(), variable: variablePricing }),
])

/** KPIs a contract can attach credits or bonuses to. */
export const CONTRACT_KPIS = ['service-level', 'asa', 'abandon-rate', 'fcr', 'csat', 'qa-score'] as const

const kpiTarget = z.object({ kpi: z.enum(CONTRACT_KPIS), target: z.number().finite(), weight: share })

export const termsSchema = z.object({
  pricing: pricingSchema,
  minimumMonthlyCommitment: money().optional(),
  slaCredits: z
    .object({
      atRiskShare: share,
      kpis: z.array(kpiTarget).min(1).max(10),
      capShare: share,
      earnBackTarget: z.number().finite().optional(),
      validityBand: z.object({ low: share, high: z.number().finite().min(1).max(10) }).default({ low: 0.9, high: 1.1 }),
    })
    .refine((c) => Math.abs(c.kpis.reduce((s, k) => s + k.weight, 0) - 1) < 1e-9, { message: 'KPI weights must sum to 100 %', path: ['kpis'] })
    .optional(),
  bonuses: z.array(z.object({ kpi: z.enum(CONTRACT_KPIS), target: z.number().finite(), share })).max(10).optional(),
  transitionFee: money().optional(),
  trainingPerNewAgent: money(1e6).optional(),
  attritionAnnualRate: z.number().finite().min(0).max(5).optional(),
  replacementCostPerAgent: money(1e6).optional(),
  managementFeeShare: share.optional(),
  technologyPerSeatMonthly: money(1e6).optional(),
})

/** What an in-house team costs (model.md §8, convention 11). Salaries are annual; wages hourly. */
export const costStackSchema = z.object({
  hourlyWage: money(1e4),
  benefitsLoad: z.number().finite().min(0).max(3),
  paidHoursPerFteYear: positive.max(8784).default(2080),
  supervisorSpan: positive.max(1000),
  supervisorSalary: money(1e7),
  qaSpan: positive.max(10_000),
  qaSalary: money(1e7),
  wfmSpan: positive.max(10_000),
  wfmSalary: money(1e7),
  facilitiesPerSeatMonthly: money(1e6),
  technologyPerSeatMonthly: money(1e6),
  recruitingCostPerHire: money(1e6),
  trainingCostPerHire: money(1e6),
  attritionAnnualRate: z.number().finite().min(0).max(5),
})

export type Pricing = z.infer<typeof pricingSchema>
export type Terms = z.infer<typeof termsSchema>
export type CostStack = z.infer<typeof costStackSchema>
