/**
 * Cross-site request forgery: every state-changing route the app registers (found from
 * `app.routes`, so a new route is covered the day it is added) refuses a browser request
 * sent by another site with 403 and writes nothing; the same request from Shoreline's
 * own pages reaches the route.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { openMemoryDb, type Db } from '../../src/db/client.ts'
import { seedDemoIfEmpty } from '../../src/db/seed-demo.ts'
import { createApp } from '../../src/web/app.ts'
import { simulationJobs } from '../../src/web/jobs/simulation-jobs.ts'

const ORIGIN = 'http://localhost'
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS', 'ALL'])
const A_JOB = '00000000-0000-4000-8000-000000000000'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const app = createApp({ db })

/** Every state-changing method and path the app answers, with its parameters filled by demo ids. */
const stateChanging = [...new Set(app.routes.filter((r) => !SAFE.has(r.method)).map((r) => `${r.method} ${r.path}`))].map((route) => {
  const [method, path] = route.split(' ') as [string, string]
  return { route, method, path: path.replace(/:job(\{(?:[^{}]|\{[^{}]*\})*\})?/g, A_JOB).replace(/:[a-z]+(\{(?:[^{}]|\{[^{}]*\})*\})?/gi, '1') }
})

/** Rows inserted, updated or deleted through this connection since it opened: any write, anywhere, moves it. */
const writes = (d: Db) => (d.$client.prepare('SELECT total_changes() AS n').get() as { n: number }).n

function send(method: string, path: string, headers: Record<string, string>) {
  return Promise.resolve(
    app.request(path, {
      method,
      body: new URLSearchParams({ name: 'changed by another site', trials: '100' }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    }),
  )
}

afterAll(() => simulationJobs.cancelAll())

describe('the state-changing routes found in the app', () => {
  it('include the forms, the htmx saves and the JSON API (so the checks below are not vacuous)', () => {
    const routes = stateChanging.map((r) => r.route)
    expect(routes.length).toBeGreaterThanOrEqual(20)
    for (const known of ['POST /scenarios/:id{[0-9]{1,15}}/delete', 'POST /scenarios/:id{[0-9]{1,15}}/compare/save', 'POST /activity/weights', 'POST /api/scenarios/evaluate']) {
      expect(routes).toContain(known)
    }
  })
})

describe.each([
  ['an Origin of another site', { Origin: 'https://evil.example' }],
  ['another port of this host', { Origin: 'http://localhost:8080', 'Sec-Fetch-Site': 'same-site' }],
  ['Sec-Fetch-Site: cross-site (no Origin)', { 'Sec-Fetch-Site': 'cross-site' }],
  ['a cross-site htmx request', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site', 'HX-Request': 'true' }],
])('a request carrying %s', (_name, headers: Record<string, string>) => {
  it.each(stateChanging)('$route is refused with 403 and writes nothing', async ({ method, path }) => {
    const before = writes(db)
    const res = await send(method, path, headers)
    expect(res.status).toBe(403)
    if (path.startsWith('/api/')) expect(await res.json()).toEqual({ errors: { origin: expect.stringContaining('cross-site') } })
    else expect(await res.text()).toContain('only from Shoreline’s own pages')
    expect(writes(db)).toBe(before)
    expect(simulationJobs.running()).toHaveLength(0)
  })
})

describe('the same request from Shoreline’s own pages', () => {
  it.each(stateChanging)('$route reaches the route (not 403)', async ({ method, path }) => {
    const res = await send(method, path, { Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin' })
    expect(res.status).not.toBe(403)
    await simulationJobs.cancelAll()
  })
})
