/**
 * The side-by-side comparison of a scenario's options: the deterministic evaluation
 * and the simulated risk joined into one row per option plus one for the whole
 * scenario, with the cheapest option per contact and every other option's
 * difference from it. All the arithmetic the comparison page and its CSV print;
 * the views only format.
 */
import type { Scenario } from '../../schemas/scenario.ts'
import type { SourcingOption } from '../../schemas/sourcing-option.ts'
import type { RiskResult } from '../simulation/monte-carlo/monte-carlo.ts'
import { intervalStart, localIso } from '../forecast/calendar.ts'
import type { InvoiceLine } from '../pricing/invoice-line.ts'
import type { Cents } from '../pricing/money.ts'
import type { ContractKpi } from '../pricing/month-actuals.ts'
import type { OptionEvaluation, ScenarioEvaluation, Totals } from './evaluate-scenario.ts'
import { measuredQualityScore, modelledQualityScore, type MeasuredQualityInputs, type QualityScore } from './quality-score.ts'

/** One channel's service target as an option meets it, with the contacts it was offered there. */
export interface ServiceTarget {
  channel: string
  /** Share to answer in time, 0–1. */
  target: number
  /** T of "answered within T seconds". */
  answerWithinSeconds: number
  /** Deferred work (email): done within this many hours; null for live channels. */
  deadlineHours: number | null
  /** Contacts offered over the span. */
  offered: number
}

/** The option's terms behind its figures, for "show your work". */
export interface RowTerms {
  /** A partner's pricing model ("per-interaction", "hybrid: fixed fee + per-fte-month") or "in-house cost stack". */
  pricing: string
  /** How volume tiers count (per-interaction pricing with tiers), else null. */
  tierStyle: 'marginal' | 'whole-volume' | null
  occupancyCap: number
  shrinkage: number
  hoursPerFteWeek: number
  /** SLA credit terms, null without any. */
  slaCredits: { atRiskShare: number; capShare: number; kpis: { kpi: ContractKpi; target: number; weight: number }[]; validityLow: number; validityHigh: number } | null
}

/** What the comparison needs from the scenario's model beyond the evaluation: targets and each option's stated terms. */
export type ComparisonModel = { scenario: Pick<Scenario, 'channels'>; options: ReadonlyMap<number, SourcingOption> }

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
  // The inputs behind the figures above, so each can be shown and reproduced.
  contactsOffered: number
  contactsHandled: number
  resolutions: number
  productiveHours: number
  /** Agent-hours spent handling contacts (chat divided by its concurrency). */
  busyHours: number
  /** Deterministic SLA credits and performance bonuses over the span, cents (already in costCents). */
  creditsCents: Cents
  bonusesCents: Cents
  /** Length of the span in weeks (FTE = paid hours / (hours per FTE week × weeks)). */
  weeks: number
  /** The channels' targets this row is held to (empty without the model). */
  serviceTargets: ServiceTarget[]
  /** Offered-weighted mean of those targets, 0–1 (NaN without the model). */
  serviceLevelTarget: number
  /** First-contact resolution, 0–1 (the whole scenario: resolutions / handled). */
  fcr: number
  /** Share of handled contacts escalated (the whole scenario: handled-weighted; NaN without the model). */
  escalationRate: number
  /** The quality score (0–100) and whether it is modelled or measured. */
  quality: QualityScore
  /** The measured values behind a measured score (absent for a modelled one). */
  measuredQuality?: MeasuredQualityInputs | undefined
  /** Per month, the simulated probability of missing the target (empty for the whole scenario). */
  missByMonth: number[]
  /** The option's terms (null for the whole scenario or without the model). */
  terms: RowTerms | null
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
  /** How the simulated futures were drawn, in words. */
  method: string
}

/**
 * Joins an evaluation and its risk simulation into comparison rows. The cheapest
 * option is the one with the lowest finite cost per contact (ties: the first);
 * differences are per contact in currency units. The whole-scenario row adds the
 * options' cents, so the options always add up to it exactly; its expected credits
 * are the sum of the options' (expectations add), its cost band is the simulated
 * total's, and it has no service-level band or miss probability of its own.
 * Given the model, each row also carries its channels' targets, its stated FCR,
 * escalation rate and terms, and its modelled quality score (quality-score.ts);
 * without it those are empty or NaN (FCR falls back to resolutions / handled).
 * An option in `measured` (a partner with KPI data) gets the measured score instead,
 * the same formula over its measured values; its cost still rests on the FCR it states
 * until those measures are applied to the option. The whole scenario stays modelled.
 * O(options × months × channels).
 *
 * @example
 * const c = comparison(evaluation, risk, model)
 * c.options.find((r) => r.cheapest)?.perContactOverCheapest // 0
 */
export function comparison(evaluation: ScenarioEvaluation, risk: RiskResult, model?: ComparisonModel, measured?: ReadonlyMap<number, MeasuredQualityInputs>): Comparison {
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
    const option = model?.options.get(o.optionId)
    const serviceTargets = model ? targetsOf([o], model.scenario) : []
    const fcr = option?.fcr ?? ratio(o.totals.resolutions, o.totals.contactsHandled)
    const escalationRate = option?.escalationRate ?? NaN
    const byMeasure = measured?.get(o.optionId)
    const q = quality(o.totals.serviceLevel, serviceTargets, fcr, escalationRate)
    return {
      optionId: o.optionId,
      name: o.name,
      kind: o.kind,
      ...deterministic(o.totals, evaluation.weeks),
      ...q,
      ...(byMeasure && { quality: measuredQualityScore(byMeasure, o.totals.serviceLevel, q.serviceLevelTarget), measuredQuality: byMeasure }),
      missByMonth: r?.missProbabilityByMonth ?? [],
      terms: option ? termsOf(option) : null,
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
  const handled = evaluation.totals.contactsHandled
  const scenarioTargets = model ? targetsOf(evaluation.options, model.scenario) : []
  const scenarioEscalation = handled > 0 ? options.reduce((s, o) => s + o.escalationRate * o.contactsHandled, 0) / handled : NaN
  const scenario: ComparisonRow = {
    optionId: null,
    name: 'Whole scenario',
    kind: 'scenario',
    ...deterministic(evaluation.totals, evaluation.weeks),
    ...quality(evaluation.totals.serviceLevel, scenarioTargets, ratio(evaluation.totals.resolutions, handled), scenarioEscalation),
    missByMonth: [],
    terms: null,
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
  return { currency: evaluation.currency, months: evaluation.months, options, scenario, cheapestOptionId: cheapest?.optionId, monthlyCost, seed: risk.seed, trials: risk.trials, method: risk.method }
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN)

function deterministic(t: Totals, weeks: number) {
  return {
    contactsOffered: t.contactsOffered,
    contactsHandled: t.contactsHandled,
    resolutions: t.resolutions,
    productiveHours: t.productiveHours,
    busyHours: t.busyHours,
    creditsCents: t.creditsCents,
    bonusesCents: t.bonusesCents,
    weeks,
    costCents: t.costCents,
    costPerContact: t.costPerContact,
    costPerResolution: t.costPerResolution,
    fte: t.fte,
    paidHours: t.paidHours,
    idlePaidHours: t.idlePaidHours,
    serviceLevel: t.serviceLevel,
  }
}

/** The targets of the channels these options served, with the contacts offered on each (channels nobody was offered are left out). */
function targetsOf(options: readonly OptionEvaluation[], scenario: Pick<Scenario, 'channels'>): ServiceTarget[] {
  return scenario.channels.flatMap((c): ServiceTarget[] => {
    const offered = options.reduce((s, o) => s + o.months.reduce((m, month) => m + (month.actuals.contacts[c.channel]?.offered ?? 0), 0), 0)
    if (offered <= 0) return []
    return [{ channel: c.channel, target: c.targets.serviceLevel, answerWithinSeconds: c.targets.answerWithinSeconds, deadlineHours: c.targets.deadlineHours ?? null, offered }]
  })
}

/** The row's target (offered-weighted over its channels, as the simulation weighs a month's target) and its modelled quality score. */
function quality(serviceLevel: number, serviceTargets: ServiceTarget[], fcr: number, escalationRate: number) {
  const offered = serviceTargets.reduce((s, t) => s + t.offered, 0)
  const serviceLevelTarget = offered > 0 ? serviceTargets.reduce((s, t) => s + t.target * t.offered, 0) / offered : NaN
  return { serviceTargets, serviceLevelTarget, fcr, escalationRate, quality: modelledQualityScore({ fcr, escalationRate, serviceLevel, serviceLevelTarget }) }
}

function termsOf(o: SourcingOption): RowTerms {
  const p = o.terms?.pricing
  const variable = p?.model === 'hybrid' ? p.variable : p
  const credits = o.terms?.slaCredits
  return {
    pricing: !p ? 'in-house cost stack' : p.model === 'hybrid' ? `hybrid: fixed monthly fee + ${p.variable.model}` : p.model,
    tierStyle: variable?.model === 'per-interaction' && variable.tiers ? variable.tiers.style : null,
    occupancyCap: o.occupancyCap,
    shrinkage: o.shrinkage,
    hoursPerFteWeek: o.hoursPerFteWeek,
    slaCredits: credits
      ? { atRiskShare: credits.atRiskShare, capShare: credits.capShare, kpis: credits.kpis.map((k) => ({ ...k })), validityLow: credits.validityBand.low, validityHigh: credits.validityBand.high }
      : null,
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
