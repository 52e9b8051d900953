/** The pricing model's own charges for a month: the lines before minimums, fees, credits and pass-throughs. */
import type { Pricing } from '../../schemas/pricing-terms.ts'
import type { InvoiceLine } from './invoice-line.ts'
import { handledTotal, type MonthActuals } from './month-actuals.ts'
import { EXACT_MONEY, type MoneyMath } from './money.ts'
import { perInteractionLines } from './per-interaction.ts'

/** Paid hours in an FTE month: 40 h × 52 weeks / 12 months = 520/3 (model.md convention 3). */
export const FTE_MONTH_HOURS = 520 / 3

type VariablePricing = Exclude<Pricing, { model: 'hybrid' }>

/** Paid hours as given, else productive / (1 − shrinkage), exactly (convention 4). */
function paidHours(a: MonthActuals, shrinkage: number, $: MoneyMath) {
  return a.paidHours !== undefined ? $.num(a.paidHours) : $.num(a.productiveHours).div($.num(1).minus(shrinkage))
}

/** Lines of the pricing model for the month (`shrinkage` turns productive into scheduled hours). */
export function pricingLines(pricing: Pricing, actuals: MonthActuals, shrinkage: number, $: MoneyMath = EXACT_MONEY): InvoiceLine[] {
  if (pricing.model === 'hybrid') {
    const fee = $.toCents(pricing.fixedMonthlyFee)
    return [
      { code: 'fixed-fee', description: 'Fixed monthly fee', quantity: 1, unit: 'month', rate: pricing.fixedMonthlyFee, amountCents: fee },
      ...variableLines(pricing.variable, actuals, shrinkage, $),
    ]
  }
  return variableLines(pricing, actuals, shrinkage, $)
}

function variableLines(p: VariablePricing, a: MonthActuals, shrinkage: number, $: MoneyMath): InvoiceLine[] {
  switch (p.model) {
    case 'per-productive-hour':
      return [{ code: 'base', description: 'Productive hours', quantity: a.productiveHours, unit: 'hours', rate: p.rate, amountCents: $.lineCents(a.productiveHours, p.rate) }]
    case 'per-scheduled-hour': {
      // Convention 4: productive / (1 − shrinkage), not rounded; shrinkage is the client's cost.
      const hours = paidHours(a, shrinkage, $)
      return [{ code: 'base', description: 'Scheduled (paid) hours', quantity: hours.toNumber(), unit: 'hours', rate: p.rate, amountCents: $.lineCents(hours, p.rate), note: `productive hours / (1 − ${shrinkage} shrinkage)` }]
    }
    case 'per-fte-month': {
      // FTE = paid hours / (520/3), kept as the exact fraction paid × 3 / 520.
      const fte = a.fte !== undefined ? $.num(a.fte) : paidHours(a, shrinkage, $).times(3).div(520)
      return [{ code: 'base', description: 'Dedicated FTE', quantity: fte.toNumber(), unit: 'FTE months', rate: p.rate, amountCents: $.lineCents(fte, p.rate), note: 'an FTE month is 173.33 paid hours (40 h × 52 / 12); volume does not change it' }]
    }
    case 'per-interaction':
      return Object.entries(a.contacts).flatMap(([channel, c]) => {
        const price = p.prices[channel]
        if (price === undefined) {
          return [{ code: 'unpriced', description: `${channel} contacts handled`, quantity: c.handled, unit: 'contacts', rate: null, amountCents: 0, note: `the terms give no price for ${channel}: not billed` }]
        }
        return perInteractionLines(channel, c.handled, price, p.tiers?.byChannel[channel], p.tiers?.style, $)
      })
    case 'per-minute':
      return [{ code: 'base', description: 'Handled minutes', quantity: a.handleMinutes, unit: 'minutes', rate: p.rate, amountCents: $.lineCents(a.handleMinutes, p.rate) }]
    case 'per-resolution':
      return [{ code: 'base', description: 'Issues resolved', quantity: a.resolutions, unit: 'resolutions', rate: p.rate, amountCents: $.lineCents(a.resolutions, p.rate) }]
    case 'banded':
      return bandedLines(p, handledTotal(a), $)
  }
}

/** Anchored pricing: a base charge for the baseline; beyond the band edges B(1 ± b), per-unit charges or credits (convention 9). */
function bandedLines(p: Extract<VariablePricing, { model: 'banded' }>, volume: number, $: MoneyMath): InvoiceLine[] {
  // Band edges B(1 ± b) exactly: a volume on an edge is inside the band.
  const upper = $.num(p.baselineVolume).times($.num(1).plus(p.bandShare))
  const lower = $.num(p.baselineVolume).times($.num(1).minus(p.bandShare))
  const lines: InvoiceLine[] = [
    { code: 'base', description: `Base charge for a baseline of ${p.baselineVolume.toLocaleString('en-US')} contacts (band ±${$.product(p.bandShare, 100)} %)`, quantity: 1, unit: 'month', rate: p.baseCharge, amountCents: $.toCents(p.baseCharge) },
  ]
  if (upper.lessThan(volume)) {
    const above = $.num(volume).minus(upper)
    lines.push({ code: 'additional-resource', description: 'Contacts above the band', quantity: above.toNumber(), unit: 'contacts', rate: p.additionalPerUnit, amountCents: $.lineCents(above, p.additionalPerUnit) })
  } else if (lower.greaterThan(volume)) {
    const below = lower.minus(volume)
    lines.push({ code: 'reduced-resource', description: 'Contacts below the band (credit)', quantity: below.toNumber(), unit: 'contacts', rate: -p.reducedPerUnit, amountCents: -$.lineCents(below, p.reducedPerUnit) })
  }
  return lines
}
