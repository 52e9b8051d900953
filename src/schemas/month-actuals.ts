/** The month's actuals as a finance lead types them (the CLI's --month file), checked field by field. */
import { z } from 'zod'
import { CONTRACT_KPIS } from './pricing-terms.ts'

const count = z.number({ error: 'must be a number' }).finite('must be a finite number').min(0, 'must be at least 0').max(1e12)

export const monthActualsSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2026-03'),
  contacts: z.record(z.string().min(1).max(40), z.object({ offered: count, handled: count })).default({}),
  handleMinutes: count.default(0),
  productiveHours: count.default(0),
  paidHours: count.optional(),
  fte: count.optional(),
  resolutions: count.default(0),
  kpis: z.partialRecord(z.enum(CONTRACT_KPIS), z.number().finite()).default({}),
  forecastOffered: count.default(0),
  newAgents: count.default(0),
  headcount: count.default(0),
  exchangeRate: z.number().finite().gt(0).max(1e6).optional(),
  firstMonth: z.boolean().optional(),
  priorCreditCents: z.number().int().min(0).optional(),
})

export type MonthActualsInput = z.input<typeof monthActualsSchema>
