/** A scenario's deterministic evaluation: each option's monthly invoices and the year's figures, adding up exactly. */
import type { Scenario } from '../../schemas/scenario.ts'
import type { SourcingOption } from '../../schemas/sourcing-option.ts'
import { costInHouseMonth } from '../pricing/in-house-cost.ts'
import { priceMonth } from '../pricing/invoice.ts'
import type { InvoiceLine } from '../pricing/invoice-line.ts'
import type { Cents } from '../pricing/money.ts'
import type { MonthActuals } from '../pricing/month-actuals.ts'
import type { ScenarioStaffing } from '../scenario/staffing-plan.ts'
import { monthIndex } from './month-index.ts'
import { optionMonths } from './option-months.ts'

/** One month of one option: what happened and what it cost, line by line. */
export interface PricedMonth {
  month: string
  actuals: MonthActuals
  busyHours: number
  /** The vendor's (or team's) currency. */
  currency: string
  lines: InvoiceLine[]
  totalCents: Cents
  exchangeRate: number
  /** In the scenario's currency. */
  costCents: Cents
  creditCents: Cents
  bonusCents: Cents
}

/** Year (or forecast-span) figures. Money in the scenario's currency, cents. */
export interface Totals {
  costCents: Cents
  contactsOffered: number
  contactsHandled: number
  resolutions: number
  productiveHours: number
  paidHours: number
  busyHours: number
  /** Paid hours not spent handling contacts: shrinkage plus idle productive time. */
  idlePaidHours: number
  /** Average FTE over the span: paid hours / (hours per FTE week × weeks). */
  fte: number
  creditsCents: Cents
  bonusesCents: Cents
  /** cost / contacts handled, in currency units (NaN without contacts). */
  costPerContact: number
  /** cost / issues resolved, in currency units. */
  costPerResolution: number
  /** Contact-weighted service level over the span and channels (live channels). */
  serviceLevel: number
}

export interface OptionEvaluation {
  optionId: number
  name: string
  kind: 'in-house' | 'partner'
  months: PricedMonth[]
  totals: Totals
}

export interface ScenarioEvaluation {
  currency: string
  months: string[]
  weeks: number
  options: OptionEvaluation[]
  /** Sums of the options' totals: the breakdown adds up to it exactly in cents. */
  totals: Totals
}

/**
 * Prices every option of a staffed scenario month by month (partners by their
 * terms, in-house teams by their cost stack) and rolls the year up: cost, cost per
 * contact and per resolution, hours, FTE, credits and bonuses. O(intervals × lines + months × options).
 */
export function evaluateScenario(scenario: Scenario, staffing: ScenarioStaffing, options: ReadonlyMap<number, SourcingOption>): ScenarioEvaluation {
  const index = monthIndex(staffing.start, staffing.intervalMinutes, staffing.intervalCount)
  const intervalSeconds = staffing.intervalMinutes * 60
  const weeks = (staffing.intervalCount * staffing.intervalMinutes) / (7 * 24 * 60)
  const concurrency = new Map(scenario.channels.map((c) => [c.channel, staffing.channels.find((p) => p.channel === c.channel)?.kind === 'chat' ? (c.targets.concurrency ?? 1) : 1]))
  const evaluations = scenario.options.map(({ optionId }) => {
    const option = options.get(optionId)!
    const lines = staffing.channels.flatMap((c) => c.lines.filter((l) => l.optionId === optionId))
    const works = optionMonths(option, lines, index, intervalSeconds, (channel) => concurrency.get(channel) ?? 1)
    let priorCreditCents = 0
    const months = works.map(({ actuals, busyHours }): PricedMonth => {
      if (option.kind === 'in-house') {
        const paidHours = actuals.paidHours ?? 0
        const statement = costInHouseMonth(option.costStack!, { month: actuals.month, paidHours, fte: paidHours / (option.costStack!.paidHoursPerFteYear / 12) }, option.currency, option.exchangeRate)
        return { ...statement, actuals, busyHours, costCents: statement.convertedCents, creditCents: 0, bonusCents: 0 }
      }
      const invoice = priceMonth(option.terms!, option, { ...actuals, priorCreditCents })
      priorCreditCents = invoice.creditCents
      const bonusCents = invoice.lines.filter((l) => l.code === 'bonus').reduce((s, l) => s + l.amountCents, 0)
      return { ...invoice, actuals, busyHours, costCents: invoice.convertedCents, bonusCents }
    })
    return { optionId, name: option.name, kind: option.kind, months, totals: totalsOf(months, weeks, option.hoursPerFteWeek) }
  })
  return { currency: scenario.currency, months: index.months, weeks, options: evaluations, totals: sumTotals(evaluations.map((e) => e.totals), weeks, evaluations) }
}

function totalsOf(months: readonly PricedMonth[], weeks: number, hoursPerFteWeek: number): Totals {
  let offered = 0
  let handled = 0
  let slWeighted = 0
  const t = { costCents: 0, resolutions: 0, productiveHours: 0, paidHours: 0, busyHours: 0, creditsCents: 0, bonusesCents: 0 }
  for (const m of months) {
    const a = m.actuals
    for (const c of Object.values(a.contacts)) {
      offered += c.offered
      handled += c.handled
    }
    slWeighted += (a.kpis['service-level'] ?? 0) * Object.values(a.contacts).reduce((s, c) => s + c.offered, 0)
    t.costCents += m.costCents
    t.resolutions += a.resolutions
    t.productiveHours += a.productiveHours
    t.paidHours += a.paidHours ?? 0
    t.busyHours += m.busyHours
    t.creditsCents += m.creditCents
    t.bonusesCents += m.bonusCents
  }
  return finish({ ...t, contactsOffered: offered, contactsHandled: handled }, weeks * hoursPerFteWeek, offered > 0 ? slWeighted / offered : 1)
}

function sumTotals(all: readonly Totals[], weeks: number, evaluations: readonly { totals: Totals }[]): Totals {
  const sum = (pick: (t: Totals) => number) => all.reduce((s, t) => s + pick(t), 0)
  const offered = sum((t) => t.contactsOffered)
  const base = {
    costCents: sum((t) => t.costCents),
    contactsOffered: offered,
    contactsHandled: sum((t) => t.contactsHandled),
    resolutions: sum((t) => t.resolutions),
    productiveHours: sum((t) => t.productiveHours),
    paidHours: sum((t) => t.paidHours),
    busyHours: sum((t) => t.busyHours),
    creditsCents: sum((t) => t.creditsCents),
    bonusesCents: sum((t) => t.bonusesCents),
  }
  const sl = offered > 0 ? evaluations.reduce((s, e) => s + e.totals.serviceLevel * e.totals.contactsOffered, 0) / offered : 1
  const totals = finish(base, weeks * 40, sl)
  // FTE adds up across options even where their FTE weeks differ.
  return { ...totals, fte: sum((t) => t.fte) }
}

function finish(t: Omit<Totals, 'idlePaidHours' | 'fte' | 'costPerContact' | 'costPerResolution' | 'serviceLevel'>, fteHours: number, serviceLevel: number): Totals {
  return {
    ...t,
    idlePaidHours: Math.max(0, t.paidHours - t.busyHours),
    fte: fteHours > 0 ? t.paidHours / fteHours : 0,
    costPerContact: t.contactsHandled > 0 ? t.costCents / 100 / t.contactsHandled : NaN,
    costPerResolution: t.resolutions > 0 ? t.costCents / 100 / t.resolutions : NaN,
    serviceLevel,
  }
}
