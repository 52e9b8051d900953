/** Worker-thread entry of a full simulation run: staffs and prices the scenario, simulates it, and posts progress and the result. */
import { parentPort, workerData } from 'node:worker_threads'
import { comparison } from '../../domain/evaluation/comparison.ts'
import { evaluateModel } from '../../domain/evaluation/evaluate-model.ts'
import { simulateRisk } from '../../domain/simulation/monte-carlo/monte-carlo.ts'
import type { WorkerInput, WorkerMessage } from './simulation-protocol.ts'

/** The page polls twice a second; ten updates a second keep the bar smooth without flooding the registry. */
const PROGRESS_EVERY_MS = 100
/** A demo trial takes about a millisecond, so checking every 10 trials stops within ~10 ms of Cancel. */
const CHECK_EVERY_TRIALS = 10

const post = (message: WorkerMessage) => parentPort!.postMessage(message)

function run({ model, trials, stop }: WorkerInput): void {
  const stopFlag = new Int32Array(stop)
  const evaluated = evaluateModel(model)
  if (!evaluated.ok) {
    post({ type: 'failed', message: `This scenario cannot be staffed as it stands: ${evaluated.problems.join(' ')}` })
    return
  }
  let lastPost = -Infinity
  const risk = simulateRisk(
    evaluated.staffing,
    evaluated.evaluation,
    model.options,
    { ...model.scenario.uncertainty, trials },
    {
      every: CHECK_EVERY_TRIALS,
      // postMessage is delivered while this thread stays busy: the registry's event loop receives it.
      onProgress(done, total) {
        const now = performance.now()
        if (done !== 0 && done !== total && now - lastPost < PROGRESS_EVERY_MS) return
        lastPost = now
        post({ type: 'progress', done, total })
      },
      shouldStop: () => Atomics.load(stopFlag, 0) === 1,
    },
  )
  post({ type: 'finished', risk, comparison: comparison(evaluated.evaluation, risk) })
}

run(workerData as WorkerInput)
