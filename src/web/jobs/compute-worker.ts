/** Worker-thread entry of the compute pool: runs one long pure computation at a time and posts its result back. */
import { parentPort } from 'node:worker_threads'
import { decisionFlip } from '../../domain/evaluation/decision-flip.ts'
import { sensitivity } from '../../domain/evaluation/sensitivity.ts'
import { compareModel } from '../scenario-comparison.ts'
import type { ComputeReply, ComputeRequest, ComputeResults, ComputeTask } from './compute-protocol.ts'

/** The same domain calls the route made before, so a result is identical wherever it is computed. */
export function compute(task: ComputeTask): ComputeResults[ComputeTask['kind']] {
  switch (task.kind) {
    case 'flip':
      return decisionFlip(task.model, task.rows)
    case 'sensitivity':
      return sensitivity(task.model)
    case 'compare': {
      const compared = compareModel(task.id, task.model, task.trials, task.measured)
      if (!compared.ok) return compared
      const { model: _model, ...rest } = compared
      return rest
    }
  }
}

parentPort?.on('message', ({ id, task }: ComputeRequest) => {
  let reply: ComputeReply
  try {
    reply = { id, ok: true, result: compute(task) }
  } catch (error) {
    // The message is for the server log; pages say only that it failed.
    reply = { id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
  parentPort!.postMessage(reply)
})
