/** Staff and price a scenario in one call: what the CLI, the JSON API and the pages all run. */
import type { Forecast } from '../forecast/forecast.ts'
import type { Scenario } from '../../schemas/scenario.ts'
import type { SourcingOption } from '../../schemas/sourcing-option.ts'
import { planScenarioStaffing, type ScenarioStaffing } from '../scenario/staffing-plan.ts'
import { evaluateScenario, type ScenarioEvaluation } from './evaluate-scenario.ts'

/** Everything a scenario's evaluation needs: its forecast, its assumptions and its options by id. */
export interface ScenarioModel {
  forecast: Forecast
  scenario: Scenario
  options: ReadonlyMap<number, SourcingOption>
}

export type EvaluatedModel = { ok: true; staffing: ScenarioStaffing; evaluation: ScenarioEvaluation } | { ok: false; problems: string[] }

export function evaluateModel(model: ScenarioModel): EvaluatedModel {
  const staffed = planScenarioStaffing(model.forecast, model.scenario, model.options)
  if (!staffed.ok) return staffed
  return { ok: true, staffing: staffed.staffing, evaluation: evaluateScenario(model.scenario, staffed.staffing, model.options) }
}
