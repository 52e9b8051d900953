/** What the registry and a simulation worker say to each other: the worker's input and its messages back. */
import type { ScenarioModel } from '../../domain/evaluation/evaluate-model.ts'
import type { Comparison } from '../../domain/evaluation/comparison.ts'
import type { RiskResult } from '../../domain/simulation/monte-carlo/monte-carlo.ts'

/**
 * The model travels by structured clone (its Maps and Float64Arrays survive it, as
 * test/web/jobs/simulation-jobs.test.ts checks), so the run is of the scenario as it
 * stood when started and the worker needs no database of its own.
 */
export interface WorkerInput {
  model: ScenarioModel
  trials: number
  /** One Int32: the registry stores 1 to ask the worker to stop after the trials in hand. */
  stop: SharedArrayBuffer
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  /** The run ended: all trials, or fewer when asked to stop (`risk.stoppedEarly` says so). */
  | { type: 'finished'; risk: RiskResult; comparison: Comparison }
  | { type: 'failed'; message: string }
