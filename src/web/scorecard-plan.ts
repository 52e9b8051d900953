/** The volume each option's contract was staffed to, per month: the deterministic plan of the first scenario that uses it, for the scorecards' validity-band flags. */
import type { Db } from '../db/client.ts'
import { loadScenarioModel } from '../db/scenario-model.ts'
import { listScenarios } from '../db/scenarios.ts'
import { firstFullMonth } from '../domain/evaluation/comparison.ts'
import { evaluateScenario, type ScenarioEvaluation } from '../domain/evaluation/evaluate-scenario.ts'
import { intervalStart, localIso } from '../domain/forecast/calendar.ts'
import type { ScenarioStaffing } from '../domain/scenario/staffing-plan.ts'
import { memoStaffing } from './staffing-memo.ts'

export interface ContractPlan {
  scenarioId: number
  scenarioName: string
  /** Offered contacts of the forecast the option was staffed to, per whole month of the plan ("2026-03" → contacts). */
  monthly: Map<string, number>
}

// Staffing plans are shared objects (memoStaffing); the evaluation of one is remembered beside it.
const evaluations = new WeakMap<object, ScenarioEvaluation>()

/**
 * Per option id: the first scenario (by id) that uses it, and its planned offered contacts
 * (MonthActuals.forecastOffered) for each month the plan covers whole; partial first and last
 * months are left out, since they would read as volume far below plan.
 */
export function contractPlans(db: Db): Map<number, ContractPlan> {
  const plans = new Map<number, ContractPlan>()
  for (const s of listScenarios(db)) {
    const pending = s.options.map((o) => o.optionId).filter((id) => !plans.has(id))
    if (pending.length === 0) continue
    const model = loadScenarioModel(db, s.id)
    if (!model) continue
    const staffed = memoStaffing(model)
    if (!staffed.ok) continue
    const evaluation = evaluations.get(staffed.staffing) ?? evaluateScenario(model.scenario, staffed.staffing, model.options)
    evaluations.set(staffed.staffing, evaluation)
    const months = evaluation.options[0]?.months.map((m) => m.actuals.month) ?? []
    const whole = wholeMonths(months, staffed.staffing)
    for (const o of evaluation.options) {
      if (!pending.includes(o.optionId)) continue
      plans.set(o.optionId, { scenarioId: s.id, scenarioName: s.name, monthly: new Map(o.months.filter((m) => whole.has(m.actuals.month)).map((m) => [m.actuals.month, m.actuals.forecastOffered])) })
    }
  }
  return plans
}

function wholeMonths(months: readonly string[], s: ScenarioStaffing): Set<string> {
  const first = firstFullMonth(months, s.start, s.intervalMinutes, s.intervalCount)
  const from = first ? months.indexOf(first) : 0
  // The last month is whole only when the plan ends at midnight on a first of the month (as firstFullMonth reads it).
  const lastWhole = localIso(intervalStart(s.start, s.intervalMinutes, s.intervalCount)).slice(8) === '01T00:00'
  return new Set(months.slice(from, lastWhole ? undefined : -1))
}
