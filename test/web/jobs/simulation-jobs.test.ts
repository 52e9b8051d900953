/**
 * The full-run registry with real worker threads on the demo scenario: progress,
 * completion (the same figures as in-process), cancel with a partial result, the
 * limit of two at once, failures, and finished runs dropped after a while.
 */
import { isDeepStrictEqual } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../../src/db/client.ts'
import { loadScenarioModel } from '../../../src/db/scenario-model.ts'
import { seedDemoIfEmpty } from '../../../src/db/seed-demo.ts'
import { evaluateModel, type ScenarioModel } from '../../../src/domain/evaluation/evaluate-model.ts'
import { simulateRisk } from '../../../src/domain/simulation/monte-carlo/monte-carlo.ts'
import { SimulationJobs, type JobStatus, type SimulationJob } from '../../../src/web/jobs/simulation-jobs.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const model = loadScenarioModel(db, 1)!
const registries: SimulationJobs[] = []

function registry(options: ConstructorParameters<typeof SimulationJobs>[0] = {}): SimulationJobs {
  const jobs = new SimulationJobs(options)
  registries.push(jobs)
  return jobs
}

function started(jobs: SimulationJobs, trials: number, m: ScenarioModel = model): string {
  const start = jobs.start({ scenarioId: 1, model: m, trials })
  if (!start.ok) throw new Error(start.message)
  return start.id
}

const state = (jobs: SimulationJobs, id: string) => jobs.get(id)?.status.state
const status = <S extends JobStatus['state']>(job: SimulationJob | undefined, s: S) => {
  expect(job?.status.state).toBe(s)
  return job!.status as Extract<JobStatus, { state: S }>
}

/** What the same run gives on this thread. */
function inProcess(trials: number) {
  const evaluated = evaluateModel(model)
  if (!evaluated.ok) throw new Error('demo must evaluate')
  return simulateRisk(evaluated.staffing, evaluated.evaluation, model.options, { ...model.scenario.uncertainty, trials })
}

afterAll(async () => {
  await Promise.all(registries.map((r) => r.cancelAll()))
})

describe('a scenario model sent to a worker', () => {
  it('survives structured clone whole: Maps and Float64Arrays included', () => {
    const copy = structuredClone(model)
    expect(copy.options).toBeInstanceOf(Map)
    expect(copy.forecast.channels[0]!.volume).toBeInstanceOf(Float64Array)
    expect(isDeepStrictEqual(copy, model)).toBe(true)
  })
})

describe('SimulationJobs', () => {
  it('runs a job to the end in a worker, with the same figures as the same seed and trials on this thread', async () => {
    const jobs = registry()
    const id = started(jobs, 300)
    const job = jobs.get(id)!
    expect(job).toMatchObject({ scenarioId: 1, scenarioName: model.scenario.name, trials: 300, seed: model.scenario.uncertainty.seed })
    expect(job.status).toMatchObject({ state: 'running', done: 0, total: 300 })
    await expect.poll(() => state(jobs, id), { timeout: 30_000, interval: 50 }).toBe('done')
    const { result } = status(jobs.get(id), 'done')
    expect(result.risk).toStrictEqual(inProcess(300))
    expect(result.comparison.trials).toBe(300)
    expect(result.comparison.seed).toBe(model.scenario.uncertainty.seed)
    expect(result.elapsedMs).toBeGreaterThan(0)
    expect(jobs.get(id)!.finishedAt).toBeGreaterThanOrEqual(job.startedAt)
  })

  it('reports progress while running: futures done rise towards the total', async () => {
    const jobs = registry()
    const id = started(jobs, 100_000)
    const done = () => {
      const s = jobs.get(id)!.status
      return s.state === 'running' ? s.done : -1
    }
    await expect.poll(done, { timeout: 30_000, interval: 50 }).toBeGreaterThan(0)
    const first = done()
    await expect.poll(done, { timeout: 30_000, interval: 50 }).toBeGreaterThan(first)
    const s = status(jobs.get(id), 'running')
    expect(s.total).toBe(100_000)
    expect(s.trialsStartedAt).toBeGreaterThanOrEqual(s.startedAt)
    await jobs.cancel(id)
  })

  it('cancels a running job: it stops, and keeps what the finished futures show, labelled as partial', async () => {
    const jobs = registry()
    const id = started(jobs, 100_000)
    await expect.poll(() => (jobs.get(id)!.status as { done?: number }).done, { timeout: 30_000, interval: 50 }).toBeGreaterThan(0)
    const job = await jobs.cancel(id)
    const { partial } = status(job, 'cancelled')
    expect(partial).toBeDefined()
    const n = partial!.risk.trials
    expect(n).toBeGreaterThan(0)
    expect(n).toBeLessThan(100_000)
    expect(partial!.risk.stoppedEarly).toEqual({ requestedTrials: 100_000 })
    const { stoppedEarly: _, ...figures } = partial!.risk
    expect(figures).toStrictEqual(inProcess(n))
    expect(jobs.running()).toHaveLength(0)
  })

  it('cancels a job that has not begun its trials at once, with nothing to keep', async () => {
    const jobs = registry()
    const id = started(jobs, 100_000)
    const t0 = Date.now()
    const { partial } = status(await jobs.cancel(id), 'cancelled')
    expect(partial).toBeUndefined()
    expect(Date.now() - t0).toBeLessThan(2000)
    expect(jobs.running()).toHaveLength(0)
  })

  it('runs at most two at once: a third is refused with a clear message, and accepted once one is cancelled', async () => {
    const jobs = registry()
    const a = started(jobs, 100_000)
    started(jobs, 100_000)
    const third = jobs.start({ scenarioId: 1, model, trials: 1000 })
    expect(third.ok).toBe(false)
    if (!third.ok) expect(third.message).toMatch(/Two full runs are going already.*Wait for one to finish, or cancel one/)
    await jobs.cancel(a)
    expect(jobs.start({ scenarioId: 1, model, trials: 1000 }).ok).toBe(true)
    await jobs.cancelAll()
    expect(jobs.running()).toHaveLength(0)
  })

  it('marks a run that cannot be staffed as failed, with the reason', async () => {
    const jobs = registry()
    const unstaffable: ScenarioModel = { ...model, options: new Map() }
    const id = started(jobs, 100, unstaffable)
    await expect.poll(() => state(jobs, id), { timeout: 30_000, interval: 50 }).toBe('failed')
    expect(status(jobs.get(id), 'failed').message).not.toBe('')
  })

  it('leaves a finished job as it is when cancelled, and knows nothing of unknown ids', async () => {
    const jobs = registry()
    const id = started(jobs, 20)
    await expect.poll(() => state(jobs, id), { timeout: 30_000, interval: 50 }).toBe('done')
    expect((await jobs.cancel(id))!.status.state).toBe('done')
    expect(jobs.get('no-such-job')).toBeUndefined()
    expect(await jobs.cancel('no-such-job')).toBeUndefined()
  })

  it('keeps a finished job for a while, then drops it', async () => {
    let now = 1_000_000
    const jobs = registry({ keepFinishedMs: 60_000, now: () => now })
    const id = started(jobs, 20)
    await expect.poll(() => state(jobs, id), { timeout: 30_000, interval: 50 }).toBe('done')
    now += 59_000
    expect(jobs.get(id)).toBeDefined()
    now += 2_000
    expect(jobs.get(id)).toBeUndefined()
    expect(jobs.list()).toHaveLength(0)
  })
})
