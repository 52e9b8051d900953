/**
 * A small pool of worker threads for the pages' long pure computations (the decision
 * flip's break-evens, the sensitivity): the request thread hands the task over and keeps
 * answering everyone else while it runs.
 */
import { Worker } from 'node:worker_threads'
import type { ComputeReply, ComputeRequest, ComputeResults, ComputeTask } from './compute-protocol.ts'

/** A plain-JavaScript bootstrap registers tsx first (see simulation-jobs.ts for why execArgv cannot). */
const WORKER_URL = new URL('./compute-worker-boot.mjs', import.meta.url)

/** Two cores: two computations at once already take both; more would only slow each down. */
export const POOL_SIZE = 2
/**
 * Tasks waiting beyond this are refused at once (the page says to try again) rather than
 * queued for minutes. Comparisons take a few hundred milliseconds each, so 64 waiting is
 * about ten seconds of work on two workers: every one of 50 busy clients still gets an answer.
 */
export const MAX_WAITING = 64

/** Thrown by `run` when the pool is full: the caller answers 503 with Retry-After. */
export class ComputeBusyError extends Error {
  constructor() {
    super(`The server is working through ${MAX_WAITING} computations already.`)
  }
}

interface Pending {
  request: ComputeRequest
  resolve: (result: ComputeResults[ComputeTask['kind']]) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  current?: Pending
}

export interface PoolOptions {
  size?: number
  maxWaiting?: number
}

export class ComputePool {
  readonly #size: number
  readonly #maxWaiting: number
  readonly #slots: Slot[] = []
  readonly #waiting: Pending[] = []
  #nextId = 1

  constructor({ size = POOL_SIZE, maxWaiting = MAX_WAITING }: PoolOptions = {}) {
    this.#size = size
    this.#maxWaiting = maxWaiting
  }

  /**
   * Runs the task on a worker (started on first use, kept for the next), in arrival order.
   * Aborting `signal` while the task still waits takes it out of the queue (its caller gets
   * an AbortError); a task already running finishes, as a worker cannot be interrupted midway.
   */
  run<K extends ComputeTask['kind']>(task: Extract<ComputeTask, { kind: K }>, signal?: AbortSignal): Promise<ComputeResults[K]> {
    if (signal?.aborted) return Promise.reject(abortError())
    const idle = this.#slots.some((s) => !s.current) || this.#slots.length < this.#size
    if (!idle && this.#waiting.length >= this.#maxWaiting) return Promise.reject(new ComputeBusyError())
    return new Promise((resolve, reject) => {
      const pending: Pending = { request: { id: this.#nextId++, task }, resolve: resolve as Pending['resolve'], reject }
      this.#waiting.push(pending)
      signal?.addEventListener(
        'abort',
        () => {
          const index = this.#waiting.indexOf(pending)
          if (index === -1) return
          this.#waiting.splice(index, 1)
          reject(abortError())
        },
        { once: true },
      )
      this.#dispatch()
    })
  }

  /** Tasks running and waiting, for tests and the load report. */
  get load(): { running: number; waiting: number } {
    return { running: this.#slots.filter((s) => s.current).length, waiting: this.#waiting.length }
  }

  /** Stops every worker; running and waiting tasks are rejected (server shutdown, end of a test file). */
  async close(): Promise<void> {
    for (const p of this.#waiting.splice(0)) p.reject(new Error('The compute pool was closed.'))
    await Promise.all(this.#slots.splice(0).map((slot) => {
      slot.current?.reject(new Error('The compute pool was closed.'))
      return slot.worker.terminate()
    }))
  }

  #dispatch(): void {
    while (this.#waiting.length) {
      const slot = this.#slots.find((s) => !s.current) ?? (this.#slots.length < this.#size ? this.#spawn() : undefined)
      if (!slot) return
      const next = this.#waiting.shift()!
      slot.current = next
      // Held open while it works (a script awaiting the result must not exit); idle workers never keep the process alive.
      slot.worker.ref()
      slot.worker.postMessage(next.request)
    }
  }

  #spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL, { execArgv: [] }) }
    slot.worker.unref()
    slot.worker.on('message', (reply: ComputeReply) => {
      const pending = slot.current
      if (!pending || pending.request.id !== reply.id) return
      slot.current = undefined
      slot.worker.unref()
      if (reply.ok) pending.resolve(reply.result)
      else {
        console.error(`Computation ${pending.request.task.kind} failed in its worker:`, reply.message)
        pending.reject(new Error(`The ${pending.request.task.kind} computation failed.`))
      }
      this.#dispatch()
    })
    const lose = (why: string) => {
      // A crashed worker is replaced on the next task; the one it held fails, the others go on.
      const index = this.#slots.indexOf(slot)
      if (index === -1) return
      this.#slots.splice(index, 1)
      slot.current?.reject(new Error(`The compute worker stopped: ${why}`))
      slot.current = undefined
      this.#dispatch()
    }
    slot.worker.on('error', (error) => {
      console.error('A compute worker failed:', error)
      lose(error.message)
    })
    slot.worker.on('exit', (code) => lose(`exit code ${code}`))
    this.#slots.push(slot)
    return slot
  }
}

const abortError = () => new DOMException('The request was given up before its computation started.', 'AbortError')

/** The server's one pool (routes share it; tests may build their own). */
export const computePool = new ComputePool()

/**
 * Marks a task that brought no result to show, so a route can answer 503 in its own words:
 * `await pool.run(t, signal).catch(busyOrThrow)`. The pool was full, or the browser gave the
 * request up before its turn (a newer what-if replaced it), when the answer goes nowhere anyway.
 */
export const BUSY = Symbol('compute pool busy')

export function busyOrThrow(error: unknown): typeof BUSY {
  if (error instanceof ComputeBusyError || (error instanceof DOMException && error.name === 'AbortError')) return BUSY
  throw error
}
