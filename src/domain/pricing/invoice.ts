/** A partner's itemised invoice for one month: pricing model, minimum, fees, SLA credits, bonuses, pass-throughs, currency. */
import type { Terms } from '../../schemas/pricing-terms.ts'
import { sumCents, type InvoiceLine } from './invoice-line.ts'
import { kpiExceeded, kpiMet, offeredTotal, type MonthActuals } from './month-actuals.ts'
import { atLeast } from '../tolerance.ts'
import { EXACT_MONEY, exact, type Cents, type MoneyMath } from './money.ts'
import { pricingLines } from './pricing-lines.ts'

export interface Invoice {
  month: string
  /** The vendor's currency, in which every line is computed. */
  currency: string
  lines: InvoiceLine[]
  /** Sum of the rounded lines, vendor currency. */
  totalCents: Cents
  /** Scenario units per vendor unit. */
  exchangeRate: number
  /** The total converted once, rounded to cents (model.md convention 2). */
  convertedCents: Cents
  /** The SLA credit taken this month (positive cents), for next month's earn-back. */
  creditCents: Cents
}

export interface Vendor {
  currency: string
  exchangeRate: number
  shrinkage: number
}

/**
 * Prices one month by the conventions of model.md §8:
 * 1. pricing-model lines; 2. a top-up to the minimum commitment (compared with the
 * pricing-model charges only); 3. management fee = share × (charges + top-up);
 * 4. SLA credit = at-risk share × weights of missed KPIs, capped, on charges +
 * top-up + fee, only inside the volume validity band; 5. earn-back of last month's
 * credit; 6. bonuses on the same base; 7. pass-through technology per seat;
 * 8. one-time transition and training fees; 9. attrition replacement cost;
 * then the total, converted once.
 */
export function priceMonth(terms: Terms, vendor: Vendor, actuals: MonthActuals, $: MoneyMath = EXACT_MONEY): Invoice {
  const lines: InvoiceLine[] = pricingLines(terms.pricing, actuals, vendor.shrinkage, $)
  const charges = sumCents(lines)

  let topUp = 0
  if (terms.minimumMonthlyCommitment !== undefined) {
    const minimum = $.toCents(terms.minimumMonthlyCommitment)
    topUp = Math.max(0, minimum - charges)
    lines.push({
      code: 'minimum-top-up',
      description: 'Top-up to the minimum monthly commitment',
      quantity: null,
      unit: '',
      rate: null,
      amountCents: topUp,
      note: topUp > 0 ? `charges fell short of the ${terms.minimumMonthlyCommitment.toLocaleString('en-US')} minimum` : 'charges reached the minimum: no top-up',
    })
  }

  let fee = 0
  if (terms.managementFeeShare !== undefined) {
    fee = $.shareOfCents(terms.managementFeeShare, charges + topUp)
    lines.push({ code: 'management-fee', description: 'Management fee', quantity: (charges + topUp) / 100, unit: 'on charges + top-up', rate: terms.managementFeeShare, amountCents: fee })
  }

  const creditBase = charges + topUp + fee
  let creditCents = 0
  if (terms.slaCredits) {
    const credit = slaCredit(terms.slaCredits, actuals, creditBase, $)
    creditCents = credit.cents
    lines.push({ code: 'sla-credit', description: 'SLA credit', quantity: creditBase / 100, unit: 'at risk', rate: credit.share, amountCents: credit.cents === 0 ? 0 : -credit.cents, note: credit.reason })
    if (terms.slaCredits.earnBackTarget !== undefined && (actuals.priorCreditCents ?? 0) > 0) {
      const sl = actuals.kpis['service-level']
      const earned = sl !== undefined && atLeast(sl, terms.slaCredits.earnBackTarget)
      lines.push({
        code: 'earn-back',
        description: "Earn-back of last month's SLA credit",
        quantity: null,
        unit: '',
        rate: null,
        amountCents: earned ? actuals.priorCreditCents! : 0,
        note: earned ? `service level ${sl} met the earn-back target ${terms.slaCredits.earnBackTarget}` : `service level ${sl ?? 'not reported'} missed the earn-back target ${terms.slaCredits.earnBackTarget}`,
      })
    }
  }

  for (const bonus of terms.bonuses ?? []) {
    const value = actuals.kpis[bonus.kpi]
    const earned = value !== undefined && kpiExceeded(bonus.kpi, value, bonus.target)
    lines.push({
      code: 'bonus',
      description: `Performance bonus: ${bonus.kpi}`,
      quantity: creditBase / 100,
      unit: 'base',
      rate: bonus.share,
      amountCents: earned ? $.shareOfCents(bonus.share, creditBase) : 0,
      note: earned ? `${bonus.kpi} ${value} beat ${bonus.target}` : `${bonus.kpi} ${value ?? 'not reported'} did not beat ${bonus.target}`,
    })
  }

  if (terms.technologyPerSeatMonthly !== undefined) {
    lines.push({ code: 'technology', description: 'Technology per seat (pass-through)', quantity: actuals.headcount, unit: 'seats', rate: terms.technologyPerSeatMonthly, amountCents: $.lineCents(actuals.headcount, terms.technologyPerSeatMonthly) })
  }
  if (terms.transitionFee !== undefined && actuals.firstMonth) {
    lines.push({ code: 'transition', description: 'Transition / set-up fee (one-time)', quantity: 1, unit: 'once', rate: terms.transitionFee, amountCents: $.toCents(terms.transitionFee) })
  }
  if (terms.trainingPerNewAgent !== undefined && actuals.newAgents > 0) {
    lines.push({ code: 'training', description: 'Training of new agents', quantity: actuals.newAgents, unit: 'agents', rate: terms.trainingPerNewAgent, amountCents: $.lineCents(actuals.newAgents, terms.trainingPerNewAgent) })
  }
  if (terms.attritionAnnualRate !== undefined && terms.replacementCostPerAgent !== undefined) {
    // Convention 10: annual rate / 12 × headcount (fractional) replacements a month.
    const replacements = $.num(terms.attritionAnnualRate).div(12).times(actuals.headcount)
    lines.push({ code: 'attrition', description: 'Attrition: replacement hiring and training', quantity: replacements.toNumber(), unit: 'replacements', rate: terms.replacementCostPerAgent, amountCents: $.lineCents(replacements, terms.replacementCostPerAgent), note: `${percent(terms.attritionAnnualRate)} % a year / 12 × ${actuals.headcount} seats` })
  }

  const totalCents = sumCents(lines)
  const exchangeRate = actuals.exchangeRate ?? vendor.exchangeRate
  return { month: actuals.month, currency: vendor.currency, lines, totalCents, exchangeRate, convertedCents: $.convertCents(totalCents, exchangeRate), creditCents }
}

type SlaCredits = NonNullable<Terms['slaCredits']>

/** The credit and its reason: applies inside the validity band (edges included) on a month with volume. */
function slaCredit(c: SlaCredits, a: MonthActuals, baseCents: Cents, $: MoneyMath): { cents: Cents; share: number; reason: string } {
  const offered = offeredTotal(a)
  if (offered === 0) return { cents: 0, share: 0, reason: 'no contacts offered: nothing assessed' }
  const low = c.validityBand.low * a.forecastOffered
  const high = c.validityBand.high * a.forecastOffered
  if (offered < low || offered > high) {
    const pct = a.forecastOffered > 0 ? `${offered.toLocaleString('en-US')} contacts (${((offered / a.forecastOffered) * 100).toFixed(2)} %)` : 'contacts with no forecast'
    return { cents: 0, share: 0, reason: `volume ${pct} of the forecast the vendor staffed to is outside the ${percent(c.validityBand.low)}–${percent(c.validityBand.high)} % validity band: SLAs do not bind` }
  }
  const missed = c.kpis.filter((k) => {
    const value = a.kpis[k.kpi]
    return value === undefined || !kpiMet(k.kpi, value, k.target)
  })
  if (missed.length === 0) return { cents: 0, share: 0, reason: 'every KPI met its target' }
  const weight = $.sum(missed.map((k) => k.weight))
  const uncapped = $.product(c.atRiskShare, weight)
  const share = Math.min(uncapped, c.capShare)
  const names = missed.map((k) => `${k.kpi} ${a.kpis[k.kpi] ?? 'not reported'} vs ${k.target}`).join('; ')
  return { cents: $.shareOfCents(share, baseCents), share, reason: `missed: ${names}${uncapped > c.capShare ? ` (capped at ${percent(c.capShare)} %)` : ''}` }
}

/** A share as a percentage for notes, without float noise (1.1 → "110", not "110.00000000000001"). */
const percent = (share: number) => exact(share).times(100).toString()
