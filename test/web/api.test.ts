import { beforeAll, describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { exportScenario } from '../../src/db/scenario-file.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createApp } from '../../src/web/app.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const app = createApp({ db })
let file: ReturnType<typeof exportScenario>

beforeAll(() => {
  file = exportScenario(db, 1, '2026-11-23T00:00:00Z')
})

// Test bodies are read loosely: the assertions are the schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = async (res: Response): Promise<any> => res.json()

const post = (body: string, contentType = 'application/json') =>
  app.request('/api/scenarios/evaluate', { method: 'POST', body, headers: { 'content-type': contentType } })

describe('POST /api/scenarios/evaluate', () => {
  it('evaluates an exported scenario file: one entry per option, totals that add up in cents', async () => {
    const res = await post(JSON.stringify(file))
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body.options).toHaveLength(4)
    const sum = body.options.reduce((s: number, o: { totals: { costCents: number } }) => s + o.totals.costCents, 0)
    expect(body.totals.costCents).toBe(sum)
    expect(body.totals.cost).toMatch(/^\d+\.\d\d$/)
  })

  it('gives the same figures as the stored scenario', async () => {
    const fromFile = await json(await post(JSON.stringify(file)))
    const stored = await json(await app.request('/api/scenarios/1/evaluation'))
    expect(fromFile.totals).toEqual(stored.totals)
  })

  it('includes every invoice line with ?lines=1', async () => {
    const res = await app.request('/api/scenarios/1/evaluation?lines=1')
    const body = await json(res)
    const month = body.options[1].months[1]
    expect(month.lines.length).toBeGreaterThan(0)
    const cents = month.lines.reduce((s: number, l: { amountCents: number }) => s + l.amountCents, 0)
    expect(month.total).toBe((cents / 100).toFixed(2))
  })

  it('answers 400 for a body that is not JSON', async () => {
    const res = await post('{not json')
    expect(res.status).toBe(400)
    expect((await json(res)).errors.body).toMatch(/JSON/)
  })

  it('answers 422 naming the field for a broken file', async () => {
    const broken = structuredClone(file) as { scenario: { channels: { targets: { serviceLevel: unknown } }[] } }
    broken.scenario.channels[0]!.targets.serviceLevel = 'high'
    const res = await post(JSON.stringify(broken))
    expect(res.status).toBe(422)
    expect(Object.keys((await json(res)).errors).join()).toMatch(/scenario\.channels\.0\.targets\.serviceLevel/)
  })

  it('answers 422 saying so for a file from a newer Shoreline', async () => {
    const res = await post(JSON.stringify({ ...file, version: 99 }))
    expect(res.status).toBe(422)
    expect((await json(res)).errors.file).toMatch(/newer Shoreline/)
  })

  it.each(['[]', 'null', '42', '"text"', '{}'])('never answers 500 for %s', async (body) => {
    const res = await post(body)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
  })
})

describe('simulation through the API', () => {
  it('adds the simulated risk with ?trials=N&seed=S, reproducible', async () => {
    const a = await json(await app.request('/api/scenarios/1/evaluation?trials=30&seed=3'))
    const b = await json(await app.request('/api/scenarios/1/evaluation?trials=30&seed=3'))
    expect(a.risk.trials).toBe(30)
    expect(a.risk.seed).toBe(3)
    expect(a.risk).toEqual(b.risk)
    expect(a.risk.options[0].cost.p10).toBeLessThanOrEqual(a.risk.options[0].cost.p90)
  })

  it.each(['trials=0', 'trials=100001', 'trials=abc', 'seed=-1', 'trials=1.5'])('refuses %s with 422 naming the parameter', async (query) => {
    const res = await app.request(`/api/scenarios/1/evaluation?${query}`)
    expect(res.status).toBe(422)
    expect(Object.keys((await json(res)).errors)[0]).toBe(query.split('=')[0])
  })
})

describe('rollups through the API', () => {
  it('adds each option’s weeks with ?by=week, adding up to its year in cents', async () => {
    const body = await json(await app.request('/api/scenarios/1/evaluation?by=week'))
    for (const o of body.options) expect(o.byWeek.reduce((s: number, w: { costCents: number }) => s + w.costCents, 0)).toBe(o.totals.costCents)
  })

  it('refuses ?by=month with 422 naming the parameter', async () => {
    const res = await app.request('/api/scenarios/1/evaluation?by=month')
    expect(res.status).toBe(422)
    expect((await json(res)).errors.by).toMatch(/day or week/)
  })
})

describe('GET /api/scenarios/:id/evaluation', () => {
  it.each(['999', 'abc', '-1', '1.5', '1e3'])('answers 404 as JSON for scenario id %s', async (id) => {
    const res = await app.request(`/api/scenarios/${id}/evaluation`)
    expect(res.status).toBe(404)
    expect((await json(res)).errors.id).toBeDefined()
  })

  it('answers unknown API paths with JSON 404', async () => {
    const res = await app.request('/api/nothing-here')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/json/)
  })
})
