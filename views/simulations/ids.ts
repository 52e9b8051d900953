/** URLs, element ids and limits of the full simulation runs, shared by the views, the route and the tests. */
import { scenarioPath } from '../scenarios/ids.ts'

/** The form to start a run (GET), and where it posts (POST). */
export const simulationsPath = (scenarioId: number) => `${scenarioPath(scenarioId)}/simulations`
/** A run's page: its progress while running, its results once done. */
export const runPath = (scenarioId: number, jobId: string) => `${simulationsPath(scenarioId)}/${jobId}`
/** The progress region alone, which htmx polls. */
export const runStatusPath = (scenarioId: number, jobId: string) => `${runPath(scenarioId, jobId)}/status`
export const runCancelPath = (scenarioId: number, jobId: string) => `${runPath(scenarioId, jobId)}/cancel`

/** The futures a full run draws unless told otherwise, and the most it will: about 10 s and a minute and a half for the demo year. */
export const DEFAULT_FULL_RUN_TRIALS = 10_000
export const MAX_FULL_RUN_TRIALS = 100_000

export const TRIALS_FIELD = 'trials'
export const TRIALS_INPUT_ID = 'full-run-trials'
export const TRIALS_ERROR_ID = 'full-run-trials-error'
export const RUN_STATUS_ID = 'full-run-status'
export const RUN_CANCEL_ID = 'full-run-cancel'
export const RESULTS_TABLE_ID = 'full-run-results'
/** How often the page asks for progress; the worker reports ten times a second. */
export const POLL_EVERY = '500ms'
