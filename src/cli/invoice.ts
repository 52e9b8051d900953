/** `cli invoice`: prices one option's month on its own, line by line, to check a vendor's real invoice. */
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { costInHouseMonth } from '../domain/pricing/in-house-cost.ts'
import { priceMonth } from '../domain/pricing/invoice.ts'
import type { InvoiceLine } from '../domain/pricing/invoice-line.ts'
import { centsToString } from '../domain/pricing/money.ts'
import { FTE_MONTH_HOURS } from '../domain/pricing/pricing-lines.ts'
import { fieldErrors } from '../schemas/fields.ts'
import { monthActualsSchema } from '../schemas/month-actuals.ts'
import { costStackSchema, termsSchema } from '../schemas/pricing-terms.ts'
import { sourcingOptionSchema } from '../schemas/sourcing-option.ts'
import { badInput, type CommandResult } from './command-result.ts'

export const INVOICE_HELP = `Usage: npm run --silent cli -- invoice --terms TERMS.json --month MONTH.json [--json]

  --terms FILE   a sourcing option as the workspace stores it (a partner with "terms",
                 or an in-house team with "costStack"), or a bare terms object with
                 optional "currency", "exchangeRate" and "shrinkage" beside it
  --month FILE   the month's actuals: month, contacts {channel: {offered, handled}},
                 handleMinutes, productiveHours, paidHours, fte, resolutions,
                 kpis {service-level, asa, abandon-rate, fcr, csat, qa-score},
                 forecastOffered, newAgents, headcount, exchangeRate, firstMonth,
                 priorCreditCents (see README)
  --json         print the invoice as JSON (amounts as decimal strings and cents)
`

/** A bare terms object, with the vendor facts an invoice needs beside it. */
const bareTermsSchema = termsSchema.extend({
  currency: z.string().regex(/^[A-Z]{3}$/).default('USD'),
  exchangeRate: z.number().finite().gt(0).default(1),
  shrinkage: z.number().finite().min(0).lt(1).default(0),
})

type Priced = { month: string; currency: string; lines: InvoiceLine[]; totalCents: number; exchangeRate: number; convertedCents: number }

export function runInvoiceCommand(args: string[], readText: (path: string) => string): CommandResult {
  let values
  try {
    values = parseArgs({ args, strict: true, options: { terms: { type: 'string' }, month: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } } }).values
  } catch (error) {
    return badInput(`${(error as Error).message}\nSee: npm run --silent cli -- invoice --help`)
  }
  if (values.help) return { code: 0, out: INVOICE_HELP, err: '' }
  if (!values.terms) return badInput('--terms is required (a JSON file)')
  if (!values.month) return badInput('--month is required (a JSON file)')
  const terms = readJson(values.terms, readText)
  if (!terms.ok) return badInput(terms.message)
  const month = readJson(values.month, readText)
  if (!month.ok) return badInput(month.message)
  const actuals = monthActualsSchema.safeParse(month.value)
  if (!actuals.success) return badInput(describe(values.month, fieldErrors(actuals.error)))

  let priced: Priced
  const looksLikeOption = typeof terms.value === 'object' && terms.value !== null && 'kind' in terms.value
  if (looksLikeOption) {
    const option = sourcingOptionSchema.safeParse(terms.value)
    if (!option.success) return badInput(describe(values.terms, fieldErrors(option.error)))
    const o = option.data
    if (o.kind === 'partner') {
      priced = priceMonth(o.terms!, { currency: o.currency, exchangeRate: o.exchangeRate, shrinkage: o.shrinkage }, actuals.data)
    } else {
      const paidHours = actuals.data.paidHours ?? actuals.data.productiveHours / (1 - o.shrinkage)
      const fteMonthHours = costStackSchema.parse(o.costStack).paidHoursPerFteYear / 12
      priced = costInHouseMonth(o.costStack!, { month: actuals.data.month, paidHours, fte: actuals.data.fte ?? paidHours / fteMonthHours, exchangeRate: actuals.data.exchangeRate }, o.currency, o.exchangeRate)
    }
  } else {
    const bare = bareTermsSchema.safeParse(terms.value)
    if (!bare.success) return badInput(describe(values.terms, fieldErrors(bare.error)))
    const { currency, exchangeRate, shrinkage, ...t } = bare.data
    priced = priceMonth(t, { currency, exchangeRate, shrinkage }, actuals.data)
  }
  return { code: 0, out: values.json ? `${JSON.stringify(toJson(priced))}\n` : formatInvoice(priced), err: '' }
}

function readJson(path: string, readText: (path: string) => string): { ok: true; value: unknown } | { ok: false; message: string } {
  let text: string
  try {
    text = readText(path)
  } catch (error) {
    return { ok: false, message: `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` }
  }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    return { ok: false, message: `${path}: not valid JSON (${(error as Error).message})` }
  }
}

const describe = (path: string, errors: Record<string, string>) => Object.entries(errors).map(([field, message]) => `${path}: ${field} ${message}`).join('\n')

function toJson(p: Priced) {
  return {
    month: p.month,
    currency: p.currency,
    lines: p.lines.map((l) => ({ ...l, amount: centsToString(l.amountCents) })),
    total: centsToString(p.totalCents),
    totalCents: p.totalCents,
    exchangeRate: p.exchangeRate,
    converted: centsToString(p.convertedCents),
    convertedCents: p.convertedCents,
  }
}

function formatInvoice(p: Priced): string {
  const rows = p.lines.map((l) => {
    const qty = l.quantity === null ? '' : `${round(l.quantity)} ${l.unit}`
    const rate = l.rate === null ? '' : `× ${l.rate}`
    return `${l.description.padEnd(58)} ${qty.padStart(24)} ${rate.padStart(12)} ${centsToString(l.amountCents).padStart(14)}${l.note ? `\n    ${l.note}` : ''}`
  })
  return [
    `Invoice ${p.month} (${p.currency})`,
    ...rows,
    `${'Total'.padEnd(97)} ${centsToString(p.totalCents).padStart(14)}`,
    `Converted at ${p.exchangeRate}: ${centsToString(p.convertedCents)}`,
    `(An FTE month is ${round(FTE_MONTH_HOURS)} paid hours.)`,
    '',
  ].join('\n')
}

const round = (x: number) => Math.round(x * 100) / 100
