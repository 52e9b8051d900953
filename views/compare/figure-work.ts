/**
 * "Show your work" for the comparison table: for every figure and row, its formula
 * in plain words, the same formula with the row's numbers, its inputs with values
 * and units, and the conventions it rests on (service-level definition, occupancy
 * cap, shrinkage, tier style, FTE week, money rounding). Simulated figures name
 * their seed and trials. Pure: a comparison in, formatted text out; the numbers are
 * the domain's, this module only words and formats them.
 */
import type { Comparison, ComparisonRow, RowTerms, ServiceTarget } from '../../src/domain/evaluation/comparison.ts'
import { QUALITY_WEIGHTS, qualityParts, type MeasuredQualityInputs } from '../../src/domain/evaluation/quality-score.ts'
import { DEFAULT_MEASURED_WINDOW } from '../../src/domain/quality/measured-quality.ts'
import { formatCount } from '../format.ts'
import { formatMoney, formatMoneyDifference } from './view-model.ts'

/** One input of a figure. `key` is stable (tests and summands find inputs by it); `value` is formatted, `unit` spelled out. */
export interface WorkInput {
  key: string
  label: string
  value: string
  unit: string
}

export interface FigureWork {
  /** The formula in plain words. */
  formula: string
  /** The formula with this row's numbers ("$1,000.00 ÷ 200 contacts = $5.00"); empty where a list of inputs says it better. */
  worked: string
  inputs: WorkInput[]
  /** The conventions the figure depends on, one sentence each. */
  convention: string[]
  /** Set for simulated figures: how to reproduce them. */
  simulated: { seed: number; trials: number; method: string } | null
  /** Whether the itemised invoices (the page's invoice section) are where this figure comes from. */
  invoices: boolean
}

const DASH = '—'
const precise = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const num = (n: number, f: Intl.NumberFormat) => (Number.isFinite(n) ? f.format(n) : DASH)
/** Shares in the work get two decimals, so the worked figures reproduce the table's one-decimal percent. */
const pct = (share: number) => (Number.isFinite(share) ? `${precise.format(share * 100)}%` : DASH)
const hours = (h: number) => num(h, oneDecimal)
const count = (n: number) => formatCount(n)
const pctWhole = (share: number) => (Number.isFinite(share) ? `${Math.round(share * 1000) / 10}%` : DASH)

function input(key: string, label: string, value: string, unit: string): WorkInput {
  return { key, label, value, unit }
}

/** Every figure's work, by the metric's CSV column (views/compare/view-model.ts METRICS). */
const WORK: Readonly<Record<string, (r: ComparisonRow, c: Comparison) => FigureWork>> = {
  annual_cost: annualCost,
  cost_per_contact: costPerContact,
  cost_per_resolution: costPerResolution,
  fte,
  paid_hours: paidHours,
  idle_paid_hours: idlePaidHours,
  service_level: serviceLevel,
  service_level_p10: serviceLevelBand,
  annual_cost_p10: costBand,
  miss_probability_highest_month: missHighest,
  miss_probability_average: missAverage,
  expected_sla_credits: expectedCredits,
  quality_score: qualityScore,
  cost_per_contact_vs_cheapest: overCheapest,
}

/** The metrics (CSV columns) that have their work shown. */
export const WORKED_METRICS: readonly string[] = Object.keys(WORK)

/**
 * The work behind one cell of the table; undefined for a metric without any (the CSV-only band columns).
 * @example figureWork('cost_per_contact', row, c)?.worked // "$29,437,816.24 ÷ 4,040,927 contacts = $7.28"
 */
export function figureWork(column: string, r: ComparisonRow, c: Comparison): FigureWork | undefined {
  return WORK[column]?.(r, c)
}

const isScenario = (r: ComparisonRow) => r.kind === 'scenario'
const money = (amount: number, c: Comparison) => formatMoney(amount, c.currency)
const moneyInput = (key: string, label: string, amount: number, c: Comparison) => input(key, label, money(amount, c), c.currency)
const work = (w: Partial<FigureWork> & Pick<FigureWork, 'formula'>): FigureWork => ({ worked: '', inputs: [], convention: [], simulated: null, invoices: false, ...w })

// ——— Conventions, one sentence each ———

function serviceLevelConvention(targets: readonly ServiceTarget[]): string {
  const each = targets.map((t) => (t.deadlineHours !== null ? `${t.channel}: done within ${formatCount(t.deadlineHours)} h` : `${t.channel}: T = ${formatCount(t.answerWithinSeconds)} s`))
  return `Service level = contacts answered within T seconds / contacts offered; contacts that abandon count as misses, however quickly they hang up${each.length ? ` (${each.join('; ')})` : ''}.`
}

const INTERVAL_SL =
  'Each interval’s level comes from Erlang A (callers with a stated patience) or Erlang C for the agents supplied; chat is N × concurrency slots; email is the share of work done within its deadline, backlog carried over. The period’s level is the volume-weighted mean of the intervals’.'

function occupancyConvention(t: RowTerms): string {
  return `Agents are staffed so occupancy (busy time / productive time) stays at or below the option’s cap of ${pctWhole(t.occupancyCap)}.`
}

function shrinkageConvention(t: RowTerms): string {
  return `Scheduled (paid) agents = productive agents / (1 − ${pctWhole(t.shrinkage)} shrinkage), rounded up to whole agents in each interval.`
}

function fteConvention(r: ComparisonRow): string {
  if (!r.terms) return 'FTE adds up across options, each counted at its own FTE week.'
  return `FTE counts paid hours, not productive ones: one FTE is ${hours(r.terms.hoursPerFteWeek)} paid hours a week, over ${hours(r.weeks)} weeks (${count(r.terms.hoursPerFteWeek * r.weeks)} h).`
}

function pricingConvention(r: ComparisonRow): string[] {
  const t = r.terms
  if (!t) return []
  const lines = [
    t.pricing === 'in-house cost stack'
      ? 'In-house cost stack: wages with benefits and payroll taxes on paid hours; supervisors, QA and WFM staff as whole people from their spans; seats, technology, recruiting and training × attrition.'
      : `Priced ${t.pricing}: each invoice line is quantity × rate, rounded once to cents (half away from zero); the total is the sum of the rounded lines, converted once a month to the scenario’s currency.`,
  ]
  if (t.tierStyle === 'marginal') lines.push('Volume tiers are marginal: each contact is billed at its own tier’s price (handled contacts per channel per calendar month; a tier’s upper bound is inclusive).')
  if (t.tierStyle === 'whole-volume')
    lines.push('Volume tiers are whole-volume: every contact is billed at the price of the tier holding the month’s last one, so one more contact can lower the bill.')
  return lines
}

function creditConvention(t: RowTerms | null): string {
  const s = t?.slaCredits
  if (!s) return 'No SLA credits in these terms.'
  const kpis = s.kpis.map((k) => `${k.kpi} ${k.kpi === 'asa' ? `${formatCount(k.target)} s` : pctWhole(k.target)} (weight ${pctWhole(k.weight)})`).join(', ')
  return `SLA credit = ${pctWhole(s.atRiskShare)} at risk × the weights of the missed KPIs (${kpis}), capped at ${pctWhole(s.capShare)} of the charges; assessed only while the month’s volume is within ${pctWhole(s.validityLow)}–${pctWhole(s.validityHigh)} of the forecast, and a KPI exactly on target is met.`
}

const handledConvention = 'Contacts handled = contacts offered × (1 − the interval’s probability of abandoning); deferred work is all handled.'

function simulated(c: Comparison): FigureWork['simulated'] {
  return { seed: c.seed, trials: c.trials, method: c.method }
}

// ——— Figures ———

function annualCost(r: ComparisonRow, c: Comparison): FigureWork {
  if (isScenario(r)) {
    return work({
      formula: 'The sum of the options’ annual costs, in cents, so the columns add up exactly.',
      inputs: c.options.map((o) => moneyInput(`part:${o.optionId}`, o.name, o.costCents / 100, c)),
      worked: `= ${money(r.costCents / 100, c)}`,
      invoices: true,
    })
  }
  const months = c.monthlyCost.filter((m) => m.optionId === r.optionId)
  return work({
    formula: `The sum of the option’s ${months.length} monthly ${r.kind === 'in-house' ? 'cost statements' : 'invoices'} over the forecast, each in ${c.currency}.`,
    worked: `${months.length} months = ${money(r.costCents / 100, c)}${r.creditsCents ? `, after ${money(r.creditsCents / 100, c)} of SLA credits` : ''}${r.bonusesCents ? `, with ${money(r.bonusesCents / 100, c)} of bonuses` : ''}`,
    inputs: months.map((m) => moneyInput(`part:${m.month}`, m.month, m.costCents / 100, c)),
    convention: [...pricingConvention(r), 'Months are calendar months on the forecast’s clock; the first and last may be partial.'],
    invoices: true,
  })
}

function costPerContact(r: ComparisonRow, c: Comparison): FigureWork {
  return work({
    formula: 'Annual cost / contacts handled.',
    worked: `${money(r.costCents / 100, c)} ÷ ${count(r.contactsHandled)} contacts = ${money(r.costPerContact, c)}`,
    inputs: [
      moneyInput('cost', 'Annual cost', r.costCents / 100, c),
      input('handled', 'Contacts handled', count(r.contactsHandled), 'contacts'),
      input('offered', 'Contacts offered', count(r.contactsOffered), 'contacts'),
    ],
    convention: [handledConvention, ...pricingConvention(r)],
    invoices: true,
  })
}

function costPerResolution(r: ComparisonRow, c: Comparison): FigureWork {
  return work({
    formula: 'Annual cost / issues resolved, where issues resolved = contacts handled × first-contact resolution (FCR).',
    worked: `${money(r.costCents / 100, c)} ÷ ${count(r.resolutions)} resolutions = ${money(r.costPerResolution, c)}`,
    inputs: [
      moneyInput('cost', 'Annual cost', r.costCents / 100, c),
      input('resolutions', 'Issues resolved', count(r.resolutions), 'resolutions'),
      input('handled', 'Contacts handled', count(r.contactsHandled), 'contacts'),
      input('fcr', isScenario(r) ? 'FCR (resolutions / handled)' : 'FCR (as stated)', pct(r.fcr), 'of handled'),
    ],
    convention: ['Unresolved contacts come back: one new issue makes 1 / FCR contacts on average and counts as one resolution.', handledConvention, ...pricingConvention(r)],
    invoices: true,
  })
}

function fte(r: ComparisonRow, c: Comparison): FigureWork {
  if (isScenario(r)) {
    return work({
      formula: 'The sum of the options’ FTE, each at its own FTE week.',
      worked: `= ${num(r.fte, oneDecimal)} FTE`,
      inputs: c.options.map((o) => input(`part:${o.optionId}`, o.name, num(o.fte, precise), 'FTE')),
      convention: [fteConvention(r)],
    })
  }
  const week = r.terms?.hoursPerFteWeek ?? NaN
  return work({
    formula: 'Paid hours / (hours per FTE week × weeks): the average paid headcount over the forecast.',
    worked: `${hours(r.paidHours)} h ÷ (${hours(week)} h × ${hours(r.weeks)} weeks) = ${num(r.fte, oneDecimal)} FTE`,
    inputs: [input('paid', 'Paid hours', hours(r.paidHours), 'h'), input('week', 'Hours per FTE week', hours(week), 'h a week'), input('weeks', 'Weeks', hours(r.weeks), 'weeks')],
    convention: [fteConvention(r)],
  })
}

function paidHours(r: ComparisonRow, c: Comparison): FigureWork {
  if (isScenario(r) || !r.terms) {
    return work({
      formula: 'The sum of the options’ paid hours.',
      worked: `= ${hours(r.paidHours)} h`,
      inputs: c.options.map((o) => input(`part:${o.optionId}`, o.name, hours(o.paidHours), 'h')),
    })
  }
  const unrounded = r.productiveHours / (1 - r.terms.shrinkage)
  return work({
    formula: 'Scheduled agents × interval length, summed over the intervals: productive hours / (1 − shrinkage), plus the hours added by rounding each interval up to whole agents.',
    worked: `${hours(r.productiveHours)} h ÷ (1 − ${pctWhole(r.terms.shrinkage)}) + ${hours(r.paidHours - unrounded)} h = ${hours(r.paidHours)} h`,
    inputs: [
      input('productive', 'Productive hours', hours(r.productiveHours), 'h'),
      input('shrinkage', 'Shrinkage', pct(r.terms.shrinkage), 'of paid time'),
      input('rounding', 'Rounding to whole agents', hours(r.paidHours - unrounded), 'h'),
    ],
    convention: [shrinkageConvention(r.terms), occupancyConvention(r.terms)],
  })
}

function idlePaidHours(r: ComparisonRow, c: Comparison): FigureWork {
  return work({
    formula: 'Paid hours − busy hours (the handle time of the contacts handled; chat divided by its concurrency), never below 0: shrinkage plus idle productive time.',
    worked: `${hours(r.paidHours)} h − ${hours(r.busyHours)} h = ${hours(r.idlePaidHours)} h`,
    inputs: [input('paid', 'Paid hours', hours(r.paidHours), 'h'), input('busy', 'Busy hours', hours(r.busyHours), 'h')],
    convention: r.terms ? [shrinkageConvention(r.terms), occupancyConvention(r.terms)] : [`Summed over the ${c.options.length} options.`],
  })
}

function targetsInputs(r: ComparisonRow): WorkInput[] {
  return [
    input('target', 'Target (weighted by offered)', pct(r.serviceLevelTarget), 'of offered'),
    ...r.serviceTargets.map((t) => input(`target:${t.channel}`, `${t.channel} target`, pct(t.target), t.deadlineHours !== null ? `within ${formatCount(t.deadlineHours)} h` : `within ${formatCount(t.answerWithinSeconds)} s`)),
  ]
}

function serviceLevel(r: ComparisonRow): FigureWork {
  const answered = r.serviceLevel * r.contactsOffered
  return work({
    formula: 'Contacts answered within their channel’s T seconds / contacts offered, over every interval and channel of the forecast.',
    worked: `${count(answered)} ÷ ${count(r.contactsOffered)} contacts = ${pct(r.serviceLevel)}`,
    inputs: [input('answered', 'Answered within T', count(answered), 'contacts'), input('offered', 'Contacts offered', count(r.contactsOffered), 'contacts'), ...targetsInputs(r)],
    convention: [serviceLevelConvention(r.serviceTargets), INTERVAL_SL, ...(r.terms ? [occupancyConvention(r.terms)] : [])],
  })
}

function serviceLevelBand(r: ComparisonRow, c: Comparison): FigureWork {
  if (isScenario(r)) return work({ formula: 'Not simulated for the whole scenario: each option is held to its own target, so see the options’ columns.' })
  return work({
    formula: `The 10th and 90th percentiles of the option’s service level over the year across ${count(c.trials)} simulated futures: 8 in 10 futures fall between them.`,
    inputs: [
      input('p10', 'P10', pct(r.serviceLevelP10), 'of offered'),
      input('p90', 'P90', pct(r.serviceLevelP90), 'of offered'),
      input('planned', 'With the forecast as given', pct(r.serviceLevel), 'of offered'),
      ...targetsInputs(r).slice(0, 1),
    ],
    convention: [serviceLevelConvention(r.serviceTargets), 'Headcounts stay as planned from the forecast; the futures move volume and handle time.'],
    simulated: simulated(c),
  })
}

function costBand(r: ComparisonRow, c: Comparison): FigureWork {
  return work({
    formula: `The 10th, 50th (median) and 90th percentiles of the ${isScenario(r) ? 'scenario’s total' : 'option’s'} annual cost across ${count(c.trials)} simulated futures.`,
    inputs: [
      moneyInput('p10', 'P10', r.costP10, c),
      moneyInput('p50', 'Median (P50)', r.costP50, c),
      moneyInput('p90', 'P90', r.costP90, c),
      moneyInput('planned', 'With the forecast as given', r.costCents / 100, c),
    ],
    convention: [
      'Fixed-headcount contracts are staffed to the forecast before the future is drawn; volume-priced contracts are billed on what arrives, credits included; in-house cost does not move with volume.',
      ...pricingConvention(r),
    ],
    simulated: simulated(c),
    invoices: true,
  })
}

function monthInputs(r: ComparisonRow, c: Comparison): WorkInput[] {
  return r.missByMonth.map((p, m) => input(`month:${c.months[m] ?? m}`, c.months[m] ?? `month ${m + 1}`, pct(p), 'of futures'))
}

function missHighest(r: ComparisonRow, c: Comparison): FigureWork {
  if (isScenario(r)) return work({ formula: 'Not simulated for the whole scenario: each option is held to its own target, so see the options’ columns.' })
  return work({
    formula: `For each month, the share of the ${count(c.trials)} futures whose month’s service level fell below the target; this is the highest month${r.missHighestMonth ? ` (${r.missHighestMonth})` : ''}.`,
    inputs: [...targetsInputs(r).slice(0, 1), ...monthInputs(r, c)],
    convention: [serviceLevelConvention(r.serviceTargets), 'A month exactly on target is met.'],
    simulated: simulated(c),
  })
}

function missAverage(r: ComparisonRow, c: Comparison): FigureWork {
  if (isScenario(r)) return work({ formula: 'Not simulated for the whole scenario: each option is held to its own target, so see the options’ columns.' })
  return work({
    formula: `The mean over the ${r.missByMonth.length} months of the share of the ${count(c.trials)} futures whose month’s service level fell below the target.`,
    inputs: [...targetsInputs(r).slice(0, 1), ...monthInputs(r, c)],
    convention: [serviceLevelConvention(r.serviceTargets), 'A month exactly on target is met; partial months count as months.'],
    simulated: simulated(c),
  })
}

function expectedCredits(r: ComparisonRow, c: Comparison): FigureWork {
  if (isScenario(r)) {
    return work({
      formula: 'The sum of the options’ expected credits (expectations add).',
      worked: `= ${money(r.expectedCredits, c)}`,
      inputs: c.options.map((o) => moneyInput(`part:${o.optionId}`, o.name, o.expectedCredits, c)),
      simulated: simulated(c),
    })
  }
  return work({
    formula: `The mean, over ${count(c.trials)} simulated futures, of the SLA credits the option’s monthly invoices carry in that future.`,
    inputs: [moneyInput('expected', 'Mean credits per future', r.expectedCredits, c), moneyInput('planned', 'Credits with the forecast as given', r.creditsCents / 100, c)],
    convention: [creditConvention(r.terms), 'A credit is a share of the invoice at risk, not a guess at a penalty: it lowers the bill.'],
    simulated: simulated(c),
    invoices: true,
  })
}

function qualityScore(r: ComparisonRow): FigureWork {
  if (r.quality.source === 'measured' && r.measuredQuality) return measuredQualityScore(r, r.measuredQuality)
  const parts = qualityParts({ fcr: r.fcr, escalationRate: r.escalationRate, serviceLevel: r.serviceLevel, serviceLevelTarget: r.serviceLevelTarget })
  const w = QUALITY_WEIGHTS
  return work({
    formula: `Modelled quality score = 100 × (${w.fcr} × FCR + ${w.noEscalation} × (1 − escalation rate) + ${w.serviceLevel} × min(1, service level achieved / target)), from 0 to 100.`,
    worked: `${num(parts.fcr, precise)} + ${num(parts.noEscalation, precise)} + ${num(parts.serviceLevel, precise)} = ${num(r.quality.score, oneDecimal)} points`,
    inputs: [
      input('fcr', isScenario(r) ? 'FCR (resolutions / handled)' : 'FCR (as stated)', pct(r.fcr), 'of handled'),
      input('escalation', isScenario(r) ? 'Escalations (weighted by handled)' : 'Escalations (as stated)', pct(r.escalationRate), 'of handled'),
      input('sl', 'Service level achieved', pct(r.serviceLevel), 'of offered'),
      input('target', 'Target (weighted by offered)', pct(r.serviceLevelTarget), 'of offered'),
    ],
    convention: [
      r.quality.source === 'modelled'
        ? 'Modelled, not measured: it uses the FCR and escalation rate the option states and the service level the plan achieves. An option with measured FCR and escalation in its KPI data is scored on those instead.'
        : 'Measured: from the partner’s scorecard.',
      'Beating the service-level target earns nothing extra: its term is capped at its 20 points.',
      serviceLevelConvention(r.serviceTargets),
    ],
  })
}

/** "pooled, n = 1,234" or "mean of the periods" (no sample sizes). */
const pooledOver = (n: number | null) => (n === null ? 'mean of the periods' : `pooled, n = ${count(n)}`)

function measuredQualityScore(r: ComparisonRow, m: MeasuredQualityInputs): FigureWork {
  const serviceLevel = m.serviceLevel ?? r.serviceLevel
  const parts = qualityParts({ fcr: m.fcr, escalationRate: m.escalationRate, serviceLevel, serviceLevelTarget: r.serviceLevelTarget })
  const w = QUALITY_WEIGHTS
  const period = `${m.period.from} to ${m.period.to}`
  const stated = Math.abs(m.fcr - r.fcr) >= 0.0005 || Math.abs(m.escalationRate - r.escalationRate) >= 0.0005
  return work({
    formula: `Measured quality score = 100 × (${w.fcr} × FCR + ${w.noEscalation} × (1 − escalation rate) + ${w.serviceLevel} × min(1, service level / target)), from 0 to 100: the modelled score’s formula over measured values, so the two share one scale.`,
    worked: `${num(parts.fcr, precise)} + ${num(parts.noEscalation, precise)} + ${num(parts.serviceLevel, precise)} = ${num(r.quality.score, oneDecimal)} points`,
    inputs: [
      input('fcr', `FCR (measured, ${period})`, pct(m.fcr), `of handled, ${pooledOver(m.sampleSizes.fcr)}`),
      input('escalation', `Escalations (measured, ${period})`, pct(m.escalationRate), `of handled, ${pooledOver(m.sampleSizes.escalationRate)}`),
      input('sl', m.serviceLevel === null ? 'Service level achieved (plan)' : 'Service level (measured, scenario’s definition)', pct(serviceLevel), 'of offered'),
      input('target', 'Target (weighted by offered)', pct(r.serviceLevelTarget), 'of offered'),
    ],
    convention: [
      `Measured: from this option’s KPI data over its last ${DEFAULT_MEASURED_WINDOW} months with data (${period}), each KPI pooled by sample size (Σ value × n / Σ n).`,
      m.serviceLevelNote,
      stated
        ? `Its cost still rests on the FCR and escalation rate it states (${pct(r.fcr)}, ${pct(r.escalationRate)}); “Use measured quality” on the option’s page prices the measured ones.`
        : 'Its cost rests on the same FCR and escalation rate, as stated on the option.',
      'Beating the service-level target earns nothing extra: its term is capped at its 20 points.',
    ],
  })
}

function overCheapest(r: ComparisonRow, c: Comparison): FigureWork {
  const cheapest = c.options.find((o) => o.cheapest)
  if (!cheapest) return work({ formula: 'No option handles any contact, so none is cheapest.' })
  return work({
    formula: 'This column’s cost per contact − the cheapest option’s cost per contact (the option with the lowest cost per contact).',
    worked: `${money(r.costPerContact, c)} − ${money(cheapest.costPerContact, c)} = ${formatMoneyDifference(r.perContactOverCheapest, c.currency)}`,
    inputs: [moneyInput('this', 'Cost per contact', r.costPerContact, c), moneyInput('cheapest', `Cheapest: ${cheapest.name}`, cheapest.costPerContact, c)],
    convention: ['Per contact handled, so options of different sizes compare; multiply by a column’s contacts handled for the annual difference.'],
  })
}
