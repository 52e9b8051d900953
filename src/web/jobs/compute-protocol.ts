/** What the compute pool and its workers say to each other: the tasks a page may hand off, their results, and the replies. */
import type { ComparisonRow } from '../../domain/evaluation/comparison.ts'
import type { DecisionFlip } from '../../domain/evaluation/decision-flip.ts'
import type { ScenarioModel } from '../../domain/evaluation/evaluate-model.ts'
import type { MeasuredQualityInputs } from '../../domain/evaluation/quality-score.ts'
import type { Sensitivity } from '../../domain/evaluation/sensitivity.ts'
import type { ComparedScenario } from '../scenario-comparison.ts'

/**
 * The model and rows travel by structured clone (Maps and Float64Arrays survive it, as
 * for full simulation runs), so the worker computes from plain data and needs no database.
 */
export type ComputeTask =
  /** The four break-evens between the two leading options (about 5 s for the demo). */
  | { kind: 'flip'; model: ScenarioModel; rows: readonly ComparisonRow[] }
  /** Two deterministic evaluations per assumption (about 1 s for the demo). */
  | { kind: 'sensitivity'; model: ScenarioModel }
  /** Staffing, pricing and the simulated risk of one scenario or what-if (a compare page, a what-if edit). */
  | { kind: 'compare'; id: number; model: ScenarioModel; trials: number; measured: ReadonlyMap<number, MeasuredQualityInputs> }

/** A comparison as it comes back: without the model, which the caller already holds (no need to copy it twice). */
export type ComparedWithoutModel = Exclude<ComparedScenario, { ok: true }> | Omit<Extract<ComparedScenario, { ok: true }>, 'model'>

export interface ComputeResults {
  flip: DecisionFlip | undefined
  sensitivity: Sensitivity | undefined
  compare: ComparedWithoutModel
}

export interface ComputeRequest {
  id: number
  task: ComputeTask
}

export type ComputeReply = { id: number; ok: true; result: ComputeResults[ComputeTask['kind']] } | { id: number; ok: false; message: string }
