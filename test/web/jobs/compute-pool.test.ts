/**
 * The compute pool: the decision flip and the sensitivity computed in a worker thread are
 * identical to the same calls on the request thread; pages are answered while one runs;
 * a full pool refuses at once; a failing task fails alone.
 */
import { afterAll, describe, expect, it, vi } from 'vitest'
import { openMemoryDb } from '../../../src/db/client.ts'
import { loadScenarioModel } from '../../../src/db/scenario-model.ts'
import { seedDemoIfEmpty } from '../../../src/db/seed-demo.ts'
import type { ScenarioModel } from '../../../src/domain/evaluation/evaluate-model.ts'
import { decisionFlip } from '../../../src/domain/evaluation/decision-flip.ts'
import { sensitivity } from '../../../src/domain/evaluation/sensitivity.ts'
import { createApp } from '../../../src/web/app.ts'
import { ComputeBusyError, ComputePool, computePool } from '../../../src/web/jobs/compute-pool.ts'
import { compareModel, compareStoredScenario } from '../../../src/web/scenario-comparison.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const model = loadScenarioModel(db, 1)!
const pool = new ComputePool({ size: 2, maxWaiting: 4 })

afterAll(async () => {
  await pool.close()
  await computePool.close()
})

describe('results computed in a worker', () => {
  it('the decision flip equals the in-thread computation, row for row', { timeout: 120_000 }, async () => {
    const found = compareStoredScenario(db, 1)
    if (!found?.ok) throw new Error('demo scenario should be staffable')
    const [inWorker, inThread] = await Promise.all([pool.run({ kind: 'flip', model: found.model, rows: found.comparison.options }), Promise.resolve().then(() => decisionFlip(found.model, found.comparison.options))])
    expect(inWorker).toBeDefined()
    expect(inWorker).toEqual(inThread)
  })

  it('a comparison equals the in-thread one, and comes back without the model it was sent', { timeout: 60_000 }, async () => {
    const inWorker = await pool.run({ kind: 'compare', id: 1, model, trials: 50, measured: new Map() })
    const inThread = compareModel(1, model, 50, new Map())
    if (!inWorker.ok || !inThread.ok) throw new Error('demo scenario should be staffable')
    expect('model' in inWorker).toBe(false)
    expect(inWorker.comparison).toEqual(inThread.comparison)
  })

  it('drops a waiting task whose request was given up, before it costs anything', { timeout: 60_000 }, async () => {
    const single = new ComputePool({ size: 1, maxWaiting: 4 })
    try {
      const first = single.run({ kind: 'sensitivity', model })
      const controller = new AbortController()
      const second = single.run({ kind: 'sensitivity', model }, controller.signal)
      expect(single.load).toEqual({ running: 1, waiting: 1 })
      controller.abort()
      await expect(second).rejects.toMatchObject({ name: 'AbortError' })
      expect(single.load.waiting).toBe(0)
      await first
    } finally {
      await single.close()
    }
  })

  it('the sensitivity equals the in-thread computation, to the cent and the swing', { timeout: 60_000 }, async () => {
    const inWorker = await pool.run({ kind: 'sensitivity', model })
    expect(inWorker).toBeDefined()
    expect(inWorker).toEqual(sensitivity(model))
  })
})

describe('the request thread while a flip runs', () => {
  it('answers another page in well under a second, before the flip is done', { timeout: 120_000 }, async () => {
    const app = createApp({ db })
    let flipDone = false
    const flip = Promise.resolve(app.request('/scenarios/1/compare/flip', { headers: { 'HX-Request': 'true' } })).then((res) => {
      flipDone = true
      return res
    })
    // The flip's comparison is staffed on the request thread (a few hundred ms); the break-evens then go to a worker.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(computePool.load.running).toBe(1)
    const t0 = performance.now()
    const page = await app.request('/methods')
    const pageMs = performance.now() - t0
    expect(page.status).toBe(200)
    expect(flipDone).toBe(false)
    expect(pageMs).toBeLessThan(1000)
    expect((await flip).status).toBe(200)
  })
})

describe('a full pool', () => {
  it('refuses a task beyond the waiting limit at once, and runs the others', { timeout: 120_000 }, async () => {
    const small = new ComputePool({ size: 1, maxWaiting: 1 })
    try {
      const running = small.run({ kind: 'sensitivity', model })
      const waiting = small.run({ kind: 'sensitivity', model })
      await expect(small.run({ kind: 'sensitivity', model })).rejects.toBeInstanceOf(ComputeBusyError)
      expect((await running)?.todayCost).toBeGreaterThan(0)
      expect((await waiting)?.todayCost).toBeGreaterThan(0)
    } finally {
      await small.close()
    }
  })
})

describe('a task that throws', () => {
  it('is rejected with a plain message, and the next task still runs', { timeout: 60_000 }, async () => {
    const broken = { scenario: {}, options: new Map() } as unknown as ScenarioModel
    // The stack goes to the server log; keep it out of the test output.
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    await expect(pool.run({ kind: 'sensitivity', model: broken })).rejects.toThrow('The sensitivity computation failed.')
    expect(log).toHaveBeenCalledOnce()
    log.mockRestore()
    expect((await pool.run({ kind: 'sensitivity', model }))?.todayCost).toBeGreaterThan(0)
  })
})
