/**
 * The side-by-side comparison of a scenario's options: the deterministic evaluation
 * and the simulated risk joined into one row per option plus one for the whole
 * scenario, with the cheapest option per contact and every other option's
 * difference from it. All the arithmetic the comparison page and its CSV print;
 * the views only format.
 */
import type { RiskResult } from '../simulation/monte-carlo/monte-carlo.ts'
import { intervalStart, localIso } from '../forecast/calendar.ts'
import type { InvoiceLine } from '../pricing/invoice-line.ts'
import type { Cents } from '../pricing/money.ts'
import type { ScenarioEvaluation, Totals } from './evaluate-scenario.ts'

/** One column of the comparison. Money in the scenario's currency: cents where exact, units where an average. */
export interface ComparisonRow {
  /** null for the whole-scenario row. */
  optionId: number | null
  name: string
  kind: 'in-house' | 'partner' | 'scenario'
  costCents: Cents
  /** Currency units per contact handled (NaN without contacts). */
  costPerContact: number
  costPerResolution: number
  fte: number
  paidHours: number
  idlePaidHours: number
  /** Deterministic, contact-weighted, 0–1. */
  serviceLevel: number
  /** Simulated P10 and P90 of the service level (NaN where not simulated, as for the whole scenario). */
  serviceLevelP10: number
  serviceLevelP90: number
  /** Simulated annual cost, currency units. */
  costP10: number
  costP50: number
  costP90: number
  /** The highest monthly probability of missing the service-level target, and its month (null without months). */
  missHighest: number
  missHighestMonth: string | null
  /** The mean over the months of that probability. */
  missAverage: number
  /** Mean SLA credits per simulated future, currency units. */
  expectedCredits: number
  /** costPerContact − the cheapest option's, currency units (0 for the cheapest itself). */
  perContactOverCheapest: number
  cheapest: boolean
}

export interface MonthlyCost {
  month: string
  optionId: number
  name: string
  costCents: Cents
}

export interface Comparison {
  currency: string
  months: string[]
  options: ComparisonRow[]
  scenario: ComparisonRow
  /** The option with the lowest cost per contact (undefined when no option handles any contact). */
  cheapestOptionId: number | undefined
  /** Each option's cost per month, for the stacked chart; per month they add up to the scenario's month. */
  monthlyCost: MonthlyCost[]
  seed: number
  trials: number
}

/**
 * Joins an evaluation and its risk simulation into comparison rows. The cheapest
 * option is the one with the lowest finite cost per contact (ties: the first);
 * differences are per contact in currency units. The whole-scenario row adds the
 * options' cents, so the options always add up to it exactly; its expected credits
 * are the sum of the options' (expectations add), its cost band is the simulated
 * total's, and it has no service-level band or miss probability of its own.
 * O(options × months).
 *
 * @example
 * const c = comparison(evaluation, risk)
 * c.options.find((r) => r.cheapest)?.perContactOverCheapest // 0
 */
export function comparison(evaluation: ScenarioEvaluation, risk: RiskResult): Comparison {
  const riskOf = new Map(risk.options.map((r) => [r.optionId, r]))
  let cheapest: { optionId: number; costPerContact: number } | undefined
  for (const o of evaluation.options) {
    const c = o.totals.costPerContact
    if (Number.isFinite(c) && (!cheapest || c < cheapest.costPerContact)) cheapest = { optionId: o.optionId, costPerContact: c }
  }
  const overCheapest = (costPerContact: number) => (cheapest ? costPerContact - cheapest.costPerContact : NaN)
  const options = evaluation.options.map((o): ComparisonRow => {
    const r = riskOf.get(o.optionId)
    const miss = missSummary(r?.missProbabilityByMonth ?? [], evaluation.months)
    return {
      optionId: o.optionId,
      name: o.name,
      kind: o.kind,
      ...deterministic(o.totals),
      serviceLevelP10: r?.serviceLevel.p10 ?? NaN,
      serviceLevelP90: r?.serviceLevel.p90 ?? NaN,
      costP10: r?.cost.p10 ?? NaN,
      costP50: r?.cost.p50 ?? NaN,
      costP90: r?.cost.p90 ?? NaN,
      ...miss,
      expectedCredits: r?.expectedCredits ?? NaN,
      perContactOverCheapest: overCheapest(o.totals.costPerContact),
      cheapest: cheapest?.optionId === o.optionId,
    }
  })
  const scenario: ComparisonRow = {
    optionId: null,
    name: 'Whole scenario',
    kind: 'scenario',
    ...deterministic(evaluation.totals),
    costCents: options.reduce((s, o) => s + o.costCents, 0),
    serviceLevelP10: NaN,
    serviceLevelP90: NaN,
    costP10: risk.total.cost.p10,
    costP50: risk.total.cost.p50,
    costP90: risk.total.cost.p90,
    missHighest: NaN,
    missHighestMonth: null,
    missAverage: NaN,
    expectedCredits: options.reduce((s, o) => s + o.expectedCredits, 0),
    perContactOverCheapest: overCheapest(evaluation.totals.costPerContact),
    cheapest: false,
  }
  const monthlyCost = evaluation.options.flatMap((o) => o.months.map((m) => ({ month: m.month, optionId: o.optionId, name: o.name, costCents: m.costCents })))
  return { currency: evaluation.currency, months: evaluation.months, options, scenario, cheapestOptionId: cheapest?.optionId, monthlyCost, seed: risk.seed, trials: risk.trials }
}

function deterministic(t: Totals) {
  return {
    costCents: t.costCents,
    costPerContact: t.costPerContact,
    costPerResolution: t.costPerResolution,
    fte: t.fte,
    paidHours: t.paidHours,
    idlePaidHours: t.idlePaidHours,
    serviceLevel: t.serviceLevel,
  }
}

/**
 * The highest monthly miss probability (first month on ties) and the mean over the months.
 * @example missSummary([0.1, 0.3, 0.2], ['2026-01', '2026-02', '2026-03']) // { missHighest: 0.3, missHighestMonth: '2026-02', missAverage: 0.2 }
 */
export function missSummary(byMonth: readonly number[], months: readonly string[]): { missHighest: number; missHighestMonth: string | null; missAverage: number } {
  if (byMonth.length === 0) return { missHighest: NaN, missHighestMonth: null, missAverage: NaN }
  let highest = 0
  for (let m = 1; m < byMonth.length; m++) if (byMonth[m]! > byMonth[highest]!) highest = m
  return { missHighest: byMonth[highest]!, missHighestMonth: months[highest] ?? null, missAverage: byMonth.reduce((s, p) => s + p, 0) / byMonth.length }
}

/**
 * The first calendar month the forecast covers from its first day to its last
 * (a forecast starting on 5 January has February as its first full month); the
 * first month when none is full. Months are "YYYY-MM" on the forecast's clock.
 */
export function firstFullMonth(months: readonly string[], start: string, intervalMinutes: number, intervalCount: number): string | undefined {
  const startsOnFirst = localIso(intervalStart(start, intervalMinutes, 0)).slice(8) === '01T00:00'
  const endsOnFirst = localIso(intervalStart(start, intervalMinutes, intervalCount)).slice(8) === '01T00:00'
  const full = months.find((_, m) => (m > 0 || startsOnFirst) && (m < months.length - 1 || endsOnFirst))
  return full ?? months[0]
}

/** One option's invoice (or in-house cost statement) for one month: its lines in the invoice currency, and the cost in the scenario's. */
export interface MonthInvoice {
  optionId: number
  name: string
  kind: 'in-house' | 'partner'
  month: string
  /** The vendor's (or team's) currency. */
  currency: string
  lines: InvoiceLine[]
  /** Sum of the lines, invoice currency. */
  totalCents: Cents
  exchangeRate: number
  /** In the scenario's currency. */
  costCents: Cents
}

/** Every option's invoice for `month` ("YYYY-MM"); options with no such month are left out. */
export function monthInvoices(evaluation: ScenarioEvaluation, month: string): MonthInvoice[] {
  return evaluation.options.flatMap((o) => {
    const m = o.months.find((x) => x.month === month)
    if (!m) return []
    return [{ optionId: o.optionId, name: o.name, kind: o.kind, month, currency: m.currency, lines: m.lines, totalCents: m.totalCents, exchangeRate: m.exchangeRate, costCents: m.costCents }]
  })
}
