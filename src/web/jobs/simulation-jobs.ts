/**
 * The registry of full simulation runs: each runs in its own worker thread, so the
 * request thread keeps answering every other page while the futures are drawn.
 */
import { randomUUID } from 'node:crypto'
import { Worker } from 'node:worker_threads'
import type { Comparison } from '../../domain/evaluation/comparison.ts'
import type { ScenarioModel } from '../../domain/evaluation/evaluate-model.ts'
import type { RiskResult } from '../../domain/simulation/monte-carlo/monte-carlo.ts'
import type { WorkerInput, WorkerMessage } from './simulation-protocol.ts'

/**
 * The worker starts from a JavaScript bootstrap that registers tsx and then loads
 * simulation-worker.ts: on Node 20 a Worker's `execArgv: ['--import', 'tsx']` is
 * ignored for loaders, under `npm start` and vitest alike (nodejs/node#47747).
 */
const WORKER_URL = new URL('./simulation-worker-boot.mjs', import.meta.url)
/** The bootstrap brings its own loader; the parent's flags (tsx twice on Node ≥ 22.2, vitest's own) are not wanted. */
const WORKER_EXEC_ARGV: string[] = []

/** Two cores: two runs at once already take both, so a third waits for the user, not for the CPU. */
export const MAX_RUNNING = 2
/** Finished runs stay readable for an hour, then are dropped (they are cheap to run again with the same seed). */
export const KEEP_FINISHED_MS = 60 * 60 * 1000
/** And never more than this many, oldest first out, whatever the clock says. */
export const MAX_KEPT_FINISHED = 50
/** How long Cancel waits for the worker to stop by itself (and hand back its partial result) before terminating it. */
export const CANCEL_GRACE_MS = 3000

/** A run's outcome: the simulated risk, the comparison rows built from it, and the wall time it took. */
export interface FullRun {
  risk: RiskResult
  comparison: Comparison
  elapsedMs: number
}

export type JobStatus =
  /** `trialsStartedAt`: when the first trial began (after staffing and pricing), for the time-remaining estimate. */
  | { state: 'running'; done: number; total: number; startedAt: number; trialsStartedAt?: number }
  | { state: 'done'; result: FullRun }
  /** `partial`: what the trials finished before Cancel show (absent when none finished or the worker had to be terminated). */
  | { state: 'cancelled'; partial?: FullRun }
  | { state: 'failed'; message: string }

export interface SimulationJob {
  id: string
  scenarioId: number
  scenarioName: string
  trials: number
  seed: number
  startedAt: number
  finishedAt?: number
  status: JobStatus
}

export type StartResult = { ok: true; id: string } | { ok: false; message: string }

export interface StartRequest {
  scenarioId: number
  model: ScenarioModel
  trials: number
}

interface Entry {
  job: SimulationJob
  worker?: Worker
  stop?: Int32Array
  /** Resolves once the worker has answered for the last time (finished, failed or exited). */
  settled: Promise<void>
}

export interface RegistryOptions {
  maxRunning?: number
  keepFinishedMs?: number
  now?: () => number
}

export class SimulationJobs {
  readonly #jobs = new Map<string, Entry>()
  readonly #maxRunning: number
  readonly #keepFinishedMs: number
  readonly #now: () => number

  constructor({ maxRunning = MAX_RUNNING, keepFinishedMs = KEEP_FINISHED_MS, now = Date.now }: RegistryOptions = {}) {
    this.#maxRunning = maxRunning
    this.#keepFinishedMs = keepFinishedMs
    this.#now = now
  }

  /** Starts a run of `trials` futures with the scenario's seed, or refuses when enough are running already. */
  start({ scenarioId, model, trials }: StartRequest): StartResult {
    this.#sweep()
    if (this.running().length >= this.#maxRunning) {
      return {
        ok: false,
        message: `${this.#maxRunning === 2 ? 'Two' : this.#maxRunning} full runs are going already, the most this server runs at once. Wait for one to finish, or cancel one, then start again.`,
      }
    }
    const id = randomUUID()
    const startedAt = this.#now()
    const stopBuffer = new SharedArrayBuffer(4)
    const input: WorkerInput = { model, trials, stop: stopBuffer }
    const job: SimulationJob = {
      id,
      scenarioId,
      scenarioName: model.scenario.name,
      trials,
      seed: model.scenario.uncertainty.seed,
      startedAt,
      status: { state: 'running', done: 0, total: trials, startedAt },
    }
    const worker = new Worker(WORKER_URL, { workerData: input, execArgv: WORKER_EXEC_ARGV })
    let settle!: () => void
    const entry: Entry = { job, worker, stop: new Int32Array(stopBuffer), settled: new Promise((resolve) => (settle = resolve)) }
    this.#jobs.set(id, entry)

    worker.on('message', (message: WorkerMessage) => {
      if (job.status.state !== 'running') return
      if (message.type === 'progress') {
        job.status = { ...job.status, done: message.done, total: message.total, trialsStartedAt: job.status.trialsStartedAt ?? this.#now() }
      } else if (message.type === 'finished') {
        const result: FullRun = { risk: message.risk, comparison: message.comparison, elapsedMs: this.#now() - startedAt }
        this.#finish(entry, message.risk.stoppedEarly ? { state: 'cancelled', ...(message.risk.trials > 0 ? { partial: result } : {}) } : { state: 'done', result })
        settle()
      } else {
        this.#finish(entry, { state: 'failed', message: message.message })
        settle()
      }
    })
    worker.on('error', (error) => {
      // The details are for the server's log, not for the page.
      console.error(`Simulation job ${id} failed:`, error)
      this.#finish(entry, { state: 'failed', message: 'The simulation stopped with an error before it finished; nothing of it is shown. The server log has the details.' })
    })
    worker.on('exit', (code) => {
      this.#finish(entry, Atomics.load(entry.stop!, 0) === 1 ? { state: 'cancelled' } : { state: 'failed', message: `The simulation stopped unexpectedly (worker exit code ${code}).` })
      delete entry.worker
      settle()
    })
    return { ok: true, id }
  }

  /** The job as it stands, or undefined for an id never given or already dropped. */
  get(id: string): SimulationJob | undefined {
    this.#sweep()
    return this.#jobs.get(id)?.job
  }

  /** Every job still kept, newest first. */
  list(): SimulationJob[] {
    this.#sweep()
    return [...this.#jobs.values()].map((e) => e.job).sort((a, b) => b.startedAt - a.startedAt)
  }

  running(): SimulationJob[] {
    return [...this.#jobs.values()].map((e) => e.job).filter((j) => j.status.state === 'running')
  }

  /**
   * Asks a running job to stop and waits until it has (the worker hands back what the
   * finished trials show); a worker that does not stop within the grace period, or has
   * not begun its trials, is terminated. A finished job is left as it is. Undefined for
   * an unknown id.
   */
  async cancel(id: string, graceMs = CANCEL_GRACE_MS): Promise<SimulationJob | undefined> {
    const entry = this.#jobs.get(id)
    if (!entry) return undefined
    if (entry.job.status.state !== 'running') return entry.job
    Atomics.store(entry.stop!, 0, 1)
    // Still loading or staffing the plan: no trial to keep, and the flag is not read until the first one.
    const wait = entry.job.status.trialsStartedAt === undefined ? 0 : graceMs
    let timer: NodeJS.Timeout | undefined
    const timedOut = await Promise.race([entry.settled.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(resolve, wait, true)))])
    clearTimeout(timer)
    if (timedOut) {
      this.#finish(entry, { state: 'cancelled' })
      await entry.worker?.terminate()
    }
    return entry.job
  }

  /** Cancels every running job (server shutdown, end of a test file). */
  async cancelAll(): Promise<void> {
    await Promise.all(this.running().map((j) => this.cancel(j.id)))
  }

  #finish(entry: Entry, status: Exclude<JobStatus, { state: 'running' }>): void {
    if (entry.job.status.state !== 'running') return
    entry.job.status = status
    entry.job.finishedAt = this.#now()
  }

  /** Drops finished jobs past their time, and the oldest beyond the cap. */
  #sweep(): void {
    const now = this.#now()
    const finished: Entry[] = []
    for (const [id, entry] of this.#jobs) {
      const end = entry.job.finishedAt
      if (end === undefined) continue
      if (now - end > this.#keepFinishedMs) this.#jobs.delete(id)
      else finished.push(entry)
    }
    finished.sort((a, b) => a.job.finishedAt! - b.job.finishedAt!)
    for (const entry of finished.slice(0, Math.max(0, finished.length - MAX_KEPT_FINISHED))) this.#jobs.delete(entry.job.id)
  }
}

/** The server's one registry (routes share it; tests may build their own). */
export const simulationJobs = new SimulationJobs()
