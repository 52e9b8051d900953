/** Loads a stored scenario and runs what its comparison pages show: staffing, pricing and the simulated risk. */
import type { Db } from '../db/client.ts'
import { loadScenarioModel } from '../db/scenario-model.ts'
import { comparison, firstFullMonth, type Comparison } from '../domain/evaluation/comparison.ts'
import { evaluateModel, type ScenarioModel } from '../domain/evaluation/evaluate-model.ts'
import type { ScenarioEvaluation } from '../domain/evaluation/evaluate-scenario.ts'
import { simulateRisk } from '../domain/simulation/monte-carlo/monte-carlo.ts'
import { COMPARE_TRIALS } from '../../views/compare/ids.ts'

export type ComparedScenario =
  | { ok: true; id: number; name: string; model: ScenarioModel; comparison: Comparison; evaluation: ScenarioEvaluation; firstFull: string }
  | { ok: false; id: number; name: string; problems: string[] }

/**
 * Staffs, prices and simulates the scenario (about half a second for the demo year,
 * so nothing is cached): the same seed gives the same figures. Undefined for an unknown id.
 */
export function compareStoredScenario(db: Db, id: number, trials = COMPARE_TRIALS): ComparedScenario | undefined {
  const model = loadScenarioModel(db, id)
  return model && compareModel(id, model, trials)
}

/** The same for a model held in memory (a what-if that has not been saved). */
export function compareModel(id: number, model: ScenarioModel, trials = COMPARE_TRIALS): ComparedScenario {
  const name = model.scenario.name
  const result = evaluateModel(model)
  if (!result.ok) return { ok: false, id, name, problems: result.problems }
  const risk = simulateRisk(result.staffing, result.evaluation, model.options, { ...model.scenario.uncertainty, trials })
  const s = result.staffing
  const firstFull = firstFullMonth(result.evaluation.months, s.start, s.intervalMinutes, s.intervalCount) ?? ''
  return { ok: true, id, name, model, comparison: comparison(result.evaluation, risk, model), evaluation: result.evaluation, firstFull }
}
