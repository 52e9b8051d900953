/** Fuzzing the JSON API POST /api/scenarios/evaluate: damaged scenario files, wrong JSON types, bad encodings and query parameters; always JSON, never a 500. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deeplyNested, encode, encoding, extremeNumberText, mutation, mutated, randomBytes, wrongJson } from './arbitraries.ts'
import { demoWorkspace, smallScenarioFile, Tally } from './harness.ts'

const ws = demoWorkspace()
const tally = new Tally('api-evaluate', ws)
const base = smallScenarioFile(ws.db, 7)

const damagedFile = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => mutated(base, ms))

const body = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(damagedFile, encoding).map(([f, e]) => encode(JSON.stringify(f) ?? 'undefined', e)) },
  { weight: 2, arbitrary: wrongJson.map((v) => encode(JSON.stringify(v) ?? 'undefined', 'utf8')) },
  { weight: 1, arbitrary: randomBytes },
)

const query = fc.dictionary(fc.constantFrom('trials', 'seed', 'by', 'lines', 'x'), fc.oneof(extremeNumberText, fc.constantFrom('day', 'week', 'month', '1', '3')), { maxKeys: 3 })

const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '')

describe('POST /api/scenarios/evaluate', () => {
  it('answers any body with JSON: 200, or a 4xx whose errors name fields', async () => {
    await fc.assert(
      fc.asyncProperty(body, query, contentType, async (bytes, q, type) => {
        // Keep simulations short: the API allows 10,000 trials, but a fuzz case need not run them.
        if (q.trials !== undefined && Number(q.trials) > 50) q.trials = '1e308'
        const search = new URLSearchParams(q).toString()
        const res = await tally.expectNoServerError(`/api/scenarios/evaluate${search ? `?${search}` : ''}`, {
          method: 'POST',
          body: bytes,
          headers: type ? { 'Content-Type': type } : {},
        })
        expect(res.headers.get('content-type')).toMatch(/^application\/json/)
        const json = (await res.json()) as { errors?: Record<string, string> }
        if (res.status !== 200) {
          expect([400, 413, 415, 422]).toContain(res.status)
          expect(Object.keys(json.errors ?? {}).length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 250 },
    )
  })

  it('refuses JSON nested 100,000 deep with a 4xx, not a stack overflow', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    const res = await tally.expectNoServerError('/api/scenarios/evaluate', { method: 'POST', body: deep, headers: { 'Content-Type': 'application/json' } })
    expect(res.status).toBeGreaterThanOrEqual(400)
    const nested = await tally.expectNoServerError('/api/scenarios/evaluate', { method: 'POST', body: JSON.stringify({ ...base, forecast: deeplyNested(3000) }), headers: { 'Content-Type': 'application/json' } })
    expect(nested.status).toBe(422)
  })
})
