/**
 * The "decision flip": for the two leading options of a comparison (the two
 * cheapest per contact), how far each of four assumptions must move from today's
 * value before they cost the same. Runs `breakEven` once per assumption, one after
 * another (about 1 s each on the demo year).
 */
import { ASSUMPTIONS, breakEven, todayValue, type Assumption, type BreakEven, type CostMetric } from './break-even.ts'
import type { ComparisonRow } from './comparison.ts'
import type { ScenarioModel } from './evaluate-model.ts'

/** The assumptions the view moves, in display order, with what "costing the same" compares for each. */
export const FLIP_ASSUMPTIONS: readonly { assumption: Assumption; metric: CostMetric }[] = [
  { assumption: 'volume', metric: 'per-contact' },
  { assumption: 'aht', metric: 'per-contact' },
  { assumption: 'fcr', metric: 'per-resolution' },
  { assumption: 'price', metric: 'per-contact' },
]

export interface LeadingOption {
  optionId: number
  name: string
  costPerContact: number
  costPerResolution: number
}

export type FlipOutcome =
  /** `distance` = value − today, in the assumption's units. */
  | { kind: 'crossing'; value: number; distance: number }
  /** `reason` is breakEven's own words; `cheaper` is the option that stays cheaper across the range. */
  | { kind: 'no-crossing'; reason: string; cheaper: LeadingOption }
  /** The model could not be evaluated somewhere in the range (e.g. unstaffable). */
  | { kind: 'failed'; message: string }

export interface FlipRow {
  assumption: Assumption
  metric: CostMetric
  label: string
  unit: string
  range: readonly [number, number]
  today: number
  outcome: FlipOutcome
}

export interface DecisionFlip {
  /** The cheaper of the two per contact: its FCR and price are the ones moved. */
  cheaper: LeadingOption
  runnerUp: LeadingOption
  rows: FlipRow[]
}

/**
 * The two options with the lowest finite cost per contact, cheaper first (ties: the
 * earlier row); undefined with fewer than two such options. The whole-scenario row never leads.
 * @example leadingOptions(c.options)?.map((o) => o.optionId) // [4, 3] on the demo scenario
 */
export function leadingOptions(rows: readonly ComparisonRow[]): [LeadingOption, LeadingOption] | undefined {
  const ranked = rows
    .filter((r): r is ComparisonRow & { optionId: number } => r.optionId !== null && r.kind !== 'scenario' && Number.isFinite(r.costPerContact))
    .map((r, i) => ({ r, i }))
    .sort((x, y) => x.r.costPerContact - y.r.costPerContact || x.i - y.i)
    .map(({ r }) => ({ optionId: r.optionId, name: r.name, costPerContact: r.costPerContact, costPerResolution: r.costPerResolution }))
  return ranked.length >= 2 ? [ranked[0]!, ranked[1]!] : undefined
}

/** One break-even result as a row: the distance from today for a crossing, the reason and who stays cheaper otherwise. */
export function flipOutcome(result: BreakEven, cheaper: LeadingOption, runnerUp: LeadingOption): FlipOutcome {
  if (result.crossing) return { kind: 'crossing', value: result.value, distance: result.value - result.today }
  // breakEven calls its `a` "the first option" (here the cheaper one) and `b` "the second option".
  return { kind: 'no-crossing', reason: result.reason, cheaper: /second option/.test(result.reason) ? runnerUp : cheaper }
}

type BreakEvenFn = (model: ScenarioModel, a: number, b: number, assumption: Assumption, metric: CostMetric) => BreakEven

/**
 * The decision flip for a scenario's comparison rows: undefined without two options to
 * compare. `run` is breakEven unless a test passes a stand-in. An assumption whose
 * model cannot be evaluated somewhere in its range becomes a "failed" row, not an error.
 */
export function decisionFlip(model: ScenarioModel, rows: readonly ComparisonRow[], run: BreakEvenFn = breakEven): DecisionFlip | undefined {
  const leading = leadingOptions(rows)
  if (!leading) return undefined
  const [cheaper, runnerUp] = leading
  const flipRows = FLIP_ASSUMPTIONS.map(({ assumption, metric }): FlipRow => {
    const { label, unit, range } = ASSUMPTIONS[assumption]
    const base = { assumption, metric, label, unit, range }
    try {
      const result = run(model, cheaper.optionId, runnerUp.optionId, assumption, metric)
      return { ...base, today: result.today, outcome: flipOutcome(result, cheaper, runnerUp) }
    } catch (e) {
      if (!(e instanceof RangeError)) throw e
      return { ...base, today: todayValue(model, assumption, cheaper.optionId), outcome: { kind: 'failed', message: e.message } }
    }
  })
  return { cheaper, runnerUp, rows: flipRows }
}
