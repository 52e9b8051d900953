/** What the compute pool and its workers say to each other: the tasks a page may hand off, their results, and the replies. */
import type { ComparisonRow } from '../../domain/evaluation/comparison.ts'
import type { DecisionFlip } from '../../domain/evaluation/decision-flip.ts'
import type { ScenarioModel } from '../../domain/evaluation/evaluate-model.ts'
import type { Sensitivity } from '../../domain/evaluation/sensitivity.ts'

/**
 * The model and rows travel by structured clone (Maps and Float64Arrays survive it, as
 * for full simulation runs), so the worker computes from plain data and needs no database.
 */
export type ComputeTask =
  /** The four break-evens between the two leading options (about 5 s for the demo). */
  | { kind: 'flip'; model: ScenarioModel; rows: readonly ComparisonRow[] }
  /** Two deterministic evaluations per assumption (about 1 s for the demo). */
  | { kind: 'sensitivity'; model: ScenarioModel }

export interface ComputeResults {
  flip: DecisionFlip | undefined
  sensitivity: Sensitivity | undefined
}

export interface ComputeRequest {
  id: number
  task: ComputeTask
}

export type ComputeReply = { id: number; ok: true; result: ComputeResults[ComputeTask['kind']] } | { id: number; ok: false; message: string }
