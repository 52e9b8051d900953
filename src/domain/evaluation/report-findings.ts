/**
 * The report's wins, opportunities, risks and action items, found by fixed rules from a
 * comparison's figures (thresholds in RULES, printed beside the findings). Returns
 * numbers, not sentences: the view words and formats them.
 */
import type { SourcingOption } from '../../schemas/sourcing-option.ts'
import type { Assumption } from './break-even.ts'
import type { Comparison, ComparisonRow } from './comparison.ts'
import { costGap, largestDriver, type CostGap, type Driver } from './cost-drivers.ts'
import type { DecisionFlip } from './decision-flip.ts'
import type { ScenarioModel } from './evaluate-model.ts'
import type { Totals } from './evaluate-scenario.ts'

/** Every threshold a rule uses; shares are 0–1. */
export const RULES = {
  /** Highest monthly miss probability at or below which an option's service is "steady" (low risk). */
  steadyMiss: 0.1,
  /** … at or above which the risk is high (between the two: moderate). */
  highMiss: 0.25,
  /** Expected SLA credits, as a share of the option's annual cost, worth a finding. */
  creditsShare: 0.005,
  /** Productive hours beyond busy hours ÷ occupancy cap, as a share of productive hours, worth a finding. */
  overStaffShare: 0.05,
  /** A break-even this close to today's value (in the assumption's own units) is "close". */
  flipClose: { volume: 0.1, aht: 0.1, 'forecast-error': 0.05, fcr: 0.05, price: 0.1 } satisfies Record<Assumption, number>,
  /** Share of the scenario's contacts the volume-shift estimate moves. */
  shiftShare: 0.05,
  /** Fewer simulated futures than this: confirm with a full run. */
  fullTrials: 1000,
} as const

export type RiskBand = 'low' | 'moderate' | 'high' | 'unknown'

/**
 * The risk band of an option's highest monthly probability of missing its service-level target.
 * @example riskBand(0.05) // 'low'; riskBand(0.25) // 'high'; riskBand(NaN) // 'unknown'
 */
export function riskBand(missHighest: number): RiskBand {
  if (!Number.isFinite(missHighest)) return 'unknown'
  if (missHighest >= RULES.highMiss) return 'high'
  return missHighest <= RULES.steadyMiss ? 'low' : 'moderate'
}

/** What the rules need to know about each option beyond its figures. */
export interface OptionTraits {
  occupancyCap: number
  /** Billed for time (in-house, per hour, per FTE): idle time is the client's cost. */
  billedOnTime: boolean
  staffing: 'requirement' | 'schedule' | 'headcount'
}

/** The traits of each option of a scenario model. */
export function optionTraits(model: ScenarioModel): Map<number, OptionTraits> {
  const staffingOf = new Map(model.scenario.options.map((o) => [o.optionId, o.staffing.mode]))
  return new Map(
    [...model.options].map(([id, o]) => [id, { occupancyCap: o.occupancyCap, billedOnTime: billedOnTime(o), staffing: staffingOf.get(id) ?? 'requirement' }]),
  )
}

function billedOnTime(o: SourcingOption): boolean {
  if (o.kind === 'in-house' || !o.terms) return true
  const p = o.terms.pricing
  const model = p.model === 'hybrid' ? p.variable.model : p.model
  return model === 'per-productive-hour' || model === 'per-scheduled-hour' || model === 'per-fte-month'
}

/** An option named in a finding. */
export interface Named {
  optionId: number
  name: string
}

export type Finding =
  /** The cheapest option per contact, and how far the runner-up is. */
  | { rule: 'cheapest'; tone: 'win'; option: Named; costPerContact: number; costPerResolution: number; costCents: number; band: RiskBand; runnerUp: (Named & { costPerContact: number; difference: number; share: number }) | null }
  /** Per issue resolved a different option is cheapest: quality changes the answer. */
  | { rule: 'resolution-leader'; tone: 'opportunity'; perContact: Named & { value: number }; perResolution: Named & { value: number; perContactValue: number } }
  /** An option whose target holds in nearly every simulated future, every month. */
  | { rule: 'steady-service'; tone: 'win'; option: Named; missHighest: number; serviceLevelP10: number }
  /** An option that misses its target in many simulated futures in some month. */
  | { rule: 'miss-risk'; tone: 'risk'; option: Named; missHighest: number; month: string | null; missAverage: number; band: 'moderate' | 'high' }
  /** SLA credits expected: the contract prices in missed service. */
  | { rule: 'credits'; tone: 'risk'; option: Named; expectedCredits: number; shareOfCost: number }
  /** Productive time beyond what the occupancy cap needs, paid for by the client. */
  | { rule: 'over-staffing'; tone: 'opportunity'; option: Named; excessHours: number; share: number; occupancy: number; occupancyCap: number; cost: number; staffing: OptionTraits['staffing'] }
  /** The cheapest option handles fewer contacts than a costlier one. */
  | { rule: 'cheaper-under-used'; tone: 'opportunity'; cheapest: Named & { contacts: number; costPerContact: number }; costlier: Named & { contacts: number; costPerContact: number }; moved: number; saving: number }
  /** What mostly makes an option dearer than the cheapest, per contact. */
  | { rule: 'gap-driver'; tone: 'opportunity'; option: Named; runnerUp: boolean; gap: number; driver: Driver; amount: number; annual: number }
  /** A break-even between the two leading options close to today's value. */
  | { rule: 'flip-close'; tone: 'risk'; assumption: Assumption; label: string; unit: string; today: number; value: number; distance: number; cheaper: Named; runnerUp: Named }
  /** No break-even close to today: the ranking of the two leading options holds. */
  | { rule: 'flip-robust'; tone: 'win'; cheaper: Named; runnerUp: Named; nearest: { assumption: Assumption; label: string; unit: string; today: number; value: number; distance: number } | null }
  /** The simulated figures rest on fewer futures than a full run. */
  | { rule: 'few-trials'; tone: 'risk'; trials: number; seed: number }

export type Priority = 'high' | 'medium' | 'low'

export interface ActionItem {
  priority: Priority
  /** Money the action touches, currency units a year (NaN where none is stated). */
  atStake: number
  finding: Finding
}

export interface ReportFindings {
  wins: Finding[]
  /** Opportunities and risks, in rule order. */
  opportunities: Finding[]
  /** One per opportunity or risk (gap drivers: the runner-up's only), high priority first, then most money at stake. */
  actions: ActionItem[]
}

export interface FindingsInput {
  comparison: Comparison
  /** Each option's deterministic totals, by option id. */
  totals: ReadonlyMap<number, Totals>
  traits: ReadonlyMap<number, OptionTraits>
  /** The decision flip of the two leading options, when it was worked out. */
  flip?: DecisionFlip | undefined
}

/** Each option's cost-per-contact gap over the cheapest option (the cheapest itself left out). */
export function gapsOverCheapest(comparison: Comparison, totals: ReadonlyMap<number, Totals>): Map<number, CostGap> {
  const cheapest = comparison.cheapestOptionId === undefined ? undefined : totals.get(comparison.cheapestOptionId)
  const gaps = new Map<number, CostGap>()
  if (!cheapest) return gaps
  for (const r of comparison.options) {
    const t = r.optionId === null || r.optionId === comparison.cheapestOptionId ? undefined : totals.get(r.optionId)
    if (t) gaps.set(r.optionId!, costGap(cheapest, t))
  }
  return gaps
}

/** Applies every rule, in a fixed order, to the comparison. O(options × months). */
export function reportFindings(input: FindingsInput): ReportFindings {
  const { comparison: c, totals, traits, flip } = input
  const rows = c.options.filter((r): r is ComparisonRow & { optionId: number } => r.optionId !== null)
  const named = (r: { optionId: number; name: string }): Named => ({ optionId: r.optionId, name: r.name })
  const ranked = rows.filter((r) => Number.isFinite(r.costPerContact)).sort((a, b) => a.costPerContact - b.costPerContact)
  const cheapest = ranked.find((r) => r.optionId === c.cheapestOptionId)
  const runnerUp = ranked.find((r) => r !== cheapest)
  const findings: Finding[] = []

  if (cheapest) {
    findings.push({
      rule: 'cheapest',
      tone: 'win',
      option: named(cheapest),
      costPerContact: cheapest.costPerContact,
      costPerResolution: cheapest.costPerResolution,
      costCents: cheapest.costCents,
      band: riskBand(cheapest.missHighest),
      runnerUp: runnerUp
        ? { ...named(runnerUp), costPerContact: runnerUp.costPerContact, difference: runnerUp.costPerContact - cheapest.costPerContact, share: runnerUp.costPerContact / cheapest.costPerContact - 1 }
        : null,
    })
    const byResolution = rows.filter((r) => Number.isFinite(r.costPerResolution)).sort((a, b) => a.costPerResolution - b.costPerResolution)[0]
    if (byResolution && byResolution.optionId !== cheapest.optionId && byResolution.costPerResolution < cheapest.costPerResolution) {
      findings.push({
        rule: 'resolution-leader',
        tone: 'opportunity',
        perContact: { ...named(cheapest), value: cheapest.costPerResolution },
        perResolution: { ...named(byResolution), value: byResolution.costPerResolution, perContactValue: byResolution.costPerContact },
      })
    }
  }

  for (const r of rows) {
    const band = riskBand(r.missHighest)
    if (band === 'low') findings.push({ rule: 'steady-service', tone: 'win', option: named(r), missHighest: r.missHighest, serviceLevelP10: r.serviceLevelP10 })
    if (band === 'moderate' || band === 'high') findings.push({ rule: 'miss-risk', tone: 'risk', option: named(r), missHighest: r.missHighest, month: r.missHighestMonth, missAverage: r.missAverage, band })
  }

  for (const r of rows) {
    const costUnits = r.costCents / 100
    if (costUnits > 0 && r.expectedCredits >= RULES.creditsShare * costUnits) findings.push({ rule: 'credits', tone: 'risk', option: named(r), expectedCredits: r.expectedCredits, shareOfCost: r.expectedCredits / costUnits })
  }

  for (const r of rows) {
    const t = totals.get(r.optionId)
    const trait = traits.get(r.optionId)
    if (!t || !trait || !trait.billedOnTime || t.productiveHours <= 0) continue
    const excessHours = t.productiveHours - t.busyHours / trait.occupancyCap
    const share = excessHours / t.productiveHours
    if (share < RULES.overStaffShare) continue
    findings.push({
      rule: 'over-staffing',
      tone: 'opportunity',
      option: named(r),
      excessHours,
      share,
      occupancy: t.busyHours / t.productiveHours,
      occupancyCap: trait.occupancyCap,
      // At the option's cost per productive hour: what those hours cost when idle time is billed.
      cost: (r.costCents / 100) * share,
      staffing: trait.staffing,
    })
  }

  if (cheapest) {
    const contactsOf = (r: ComparisonRow & { optionId: number }) => totals.get(r.optionId)?.contactsHandled ?? 0
    const costlier = ranked.filter((r) => r !== cheapest && contactsOf(r) > contactsOf(cheapest)).at(-1)
    if (costlier) {
      const scenarioContacts = [...totals.values()].reduce((s, t) => s + t.contactsHandled, 0)
      const moved = Math.min(RULES.shiftShare * scenarioContacts, contactsOf(costlier))
      findings.push({
        rule: 'cheaper-under-used',
        tone: 'opportunity',
        cheapest: { ...named(cheapest), contacts: contactsOf(cheapest), costPerContact: cheapest.costPerContact },
        costlier: { ...named(costlier), contacts: contactsOf(costlier), costPerContact: costlier.costPerContact },
        moved,
        saving: moved * (costlier.costPerContact - cheapest.costPerContact),
      })
    }
  }

  const gaps = gapsOverCheapest(c, totals)
  for (const r of ranked) {
    const gap = gaps.get(r.optionId)
    const top = gap && largestDriver(gap)
    if (!gap?.ok || !top) continue
    findings.push({ rule: 'gap-driver', tone: 'opportunity', option: named(r), runnerUp: r === runnerUp, gap: gap.gap, driver: top.driver, amount: top.amount, annual: top.amount * (totals.get(r.optionId)?.contactsHandled ?? 0) })
  }

  if (flip) findings.push(...flipFindings(flip))

  if (c.trials < RULES.fullTrials) findings.push({ rule: 'few-trials', tone: 'risk', trials: c.trials, seed: c.seed })

  const wins = findings.filter((f) => f.tone === 'win')
  const opportunities = findings.filter((f) => f.tone !== 'win')
  const actions = opportunities
    .filter((f) => f.rule !== 'gap-driver' || f.runnerUp)
    .map((finding) => ({ finding, priority: priorityOf(finding), atStake: atStakeOf(finding) }))
    .sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || stake(b.atStake) - stake(a.atStake))
  return { wins, opportunities, actions }
}

function flipFindings(flip: DecisionFlip): Finding[] {
  const cheaper = { optionId: flip.cheaper.optionId, name: flip.cheaper.name }
  const runnerUp = { optionId: flip.runnerUp.optionId, name: flip.runnerUp.name }
  const crossings = flip.rows.flatMap((r) => (r.outcome.kind === 'crossing' ? [{ assumption: r.assumption, label: r.label, unit: r.unit, today: r.today, value: r.outcome.value, distance: r.outcome.distance }] : []))
  const close = crossings.filter((x) => Math.abs(x.distance) <= RULES.flipClose[x.assumption])
  if (close.length > 0) return close.map((x) => ({ rule: 'flip-close', tone: 'risk', ...x, cheaper, runnerUp }))
  // The nearest crossing relative to its own threshold, so shares and multiples compare.
  const nearest = crossings.sort((a, b) => Math.abs(a.distance) / RULES.flipClose[a.assumption] - Math.abs(b.distance) / RULES.flipClose[b.assumption])[0] ?? null
  return [{ rule: 'flip-robust', tone: 'win', cheaper, runnerUp, nearest }]
}

const PRIORITY_ORDER: Record<Priority, number> = { high: 0, medium: 1, low: 2 }
const stake = (n: number) => (Number.isFinite(n) ? n : -Infinity)

/** High: service likely to miss, or a decision a small move would flip. Low: refinements. */
export function priorityOf(f: Finding): Priority {
  switch (f.rule) {
    case 'miss-risk':
      return f.band === 'high' ? 'high' : 'medium'
    case 'flip-close':
      return 'high'
    case 'credits':
    case 'over-staffing':
    case 'cheaper-under-used':
    case 'resolution-leader':
      return 'medium'
    default:
      return 'low'
  }
}

/** The money a finding's action touches in a year, currency units; NaN where the rule states none. */
export function atStakeOf(f: Finding): number {
  switch (f.rule) {
    case 'credits':
      return f.expectedCredits
    case 'over-staffing':
      return f.cost
    case 'cheaper-under-used':
      return f.saving
    case 'gap-driver':
      return f.annual
    default:
      return NaN
  }
}
