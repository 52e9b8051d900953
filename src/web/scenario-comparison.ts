/** Loads a stored scenario and runs what its comparison pages show: staffing, pricing and the simulated risk. */
import type { Db } from '../db/client.ts'
import { listKpiObservations } from '../db/kpi-observations.ts'
import { loadScenarioModel } from '../db/scenario-model.ts'
import { comparison, firstFullMonth, type Comparison } from '../domain/evaluation/comparison.ts'
import type { ScenarioModel } from '../domain/evaluation/evaluate-model.ts'
import { evaluateScenario, type ScenarioEvaluation } from '../domain/evaluation/evaluate-scenario.ts'
import { measuredQualityInputs } from '../domain/evaluation/measured-quality-inputs.ts'
import type { MeasuredQualityInputs } from '../domain/evaluation/quality-score.ts'
import { simulateRisk } from '../domain/simulation/monte-carlo/monte-carlo.ts'
import { COMPARE_TRIALS } from '../../views/compare/ids.ts'
import { computePool } from './jobs/compute-pool.ts'
import { memoStaffing } from './staffing-memo.ts'

export type ComparedScenario =
  | { ok: true; id: number; name: string; model: ScenarioModel; comparison: Comparison; evaluation: ScenarioEvaluation; firstFull: string }
  | { ok: false; id: number; name: string; problems: string[] }

/**
 * Staffs, prices and simulates the scenario: the same seed gives the same figures.
 * The staffing plan is remembered across edits that leave it as it was (memoStaffing). Undefined for an unknown id.
 */
export function compareStoredScenario(db: Db, id: number, trials = COMPARE_TRIALS): ComparedScenario | undefined {
  const model = loadScenarioModel(db, id)
  return model && compareModel(id, model, trials, measuredQualityOf(db, model))
}

/**
 * The measured quality of each of the model's options that has KPI data (FCR and escalation
 * rate over its last six months), for the comparison to score it by instead of the modelled one.
 */
export function measuredQualityOf(db: Db, model: ScenarioModel): Map<number, MeasuredQualityInputs> {
  const ids = model.scenario.options.map((o) => o.optionId)
  const rows = listKpiObservations(db, ids)
  const measured = new Map<number, MeasuredQualityInputs>()
  for (const id of ids) {
    const option = model.options.get(id)
    const m = option && measuredQualityInputs(rows.filter((r) => r.optionId === id), option, model.scenario)
    if (m) measured.set(id, m)
  }
  return measured
}

/** The same for a model held in memory (a what-if that has not been saved); `measured` as measuredQualityOf gives it. */
export function compareModel(id: number, model: ScenarioModel, trials = COMPARE_TRIALS, measured?: ReadonlyMap<number, MeasuredQualityInputs>): ComparedScenario {
  const name = model.scenario.name
  const staffed = memoStaffing(model)
  if (!staffed.ok) return { ok: false, id, name, problems: staffed.problems }
  const s = staffed.staffing
  const evaluation = evaluateScenario(model.scenario, s, model.options)
  const risk = simulateRisk(s, evaluation, model.options, { ...model.scenario.uncertainty, trials })
  const firstFull = firstFullMonth(evaluation.months, s.start, s.intervalMinutes, s.intervalCount) ?? ''
  return { ok: true, id, name, model, comparison: comparison(evaluation, risk, model, measured), evaluation, firstFull }
}

/**
 * compareModel in the compute pool's worker threads: the request thread goes on answering
 * other people while a comparison (a few hundred milliseconds) runs, and two run at once
 * on two cores. A request given up by its browser (a newer what-if replaced it) leaves the
 * queue before it costs anything. Throws ComputeBusyError when the pool is full.
 */
export async function compareModelOffThread(id: number, model: ScenarioModel, trials: number, measured: ReadonlyMap<number, MeasuredQualityInputs>, signal?: AbortSignal): Promise<ComparedScenario> {
  const result = await computePool.run({ kind: 'compare', id, model, trials, measured }, signal)
  return result.ok ? { ...result, model } : result
}

/** compareStoredScenario, in the compute pool. Undefined for an unknown id. */
export async function compareStoredScenarioOffThread(db: Db, id: number, trials = COMPARE_TRIALS, signal?: AbortSignal): Promise<ComparedScenario | undefined> {
  const model = loadScenarioModel(db, id)
  return model && compareModelOffThread(id, model, trials, measuredQualityOf(db, model), signal)
}
