import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../src/db/client.ts'
import { createApp } from '../../src/web/app.ts'
import { runScorecardCommand } from '../../src/cli/scorecard.ts'
import { MAX_SCORECARD_BODY_BYTES } from '../../src/web/routes/scorecards-api.ts'

const app = createApp({ db: openMemoryDb() })
const example = readFileSync(new URL('../../data/examples/scorecard-example.csv', import.meta.url), 'utf8')

// Test bodies are read loosely: the assertions are the schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = async (res: Response): Promise<any> => res.json()
const post = (body: string, contentType: string, query = '') => app.request(`/api/scorecards/compare${query}`, { method: 'POST', body, headers: { 'content-type': contentType } })

const rows = [
  { partner: 'A', period: '2026-01', kpi: 'csat', value: 0.9, sampleSize: 400 },
  { partner: 'A', period: '2026-02', kpi: 'csat', value: 0.8, sampleSize: 100 },
  { partner: 'B', period: '2026-01', kpi: 'csat', value: 0.85, sampleSize: 500 },
  { partner: 'B', period: '2026-02', kpi: 'csat', value: 0.85, sampleSize: 500 },
  { partner: 'C', period: '2026-01', kpi: 'csat', value: 0.6, sampleSize: 40 },
  { partner: 'C', period: '2026-02', kpi: 'csat', value: 0.7, sample_size: 20 },
]

describe('POST /api/scorecards/compare', () => {
  it('compares a CSV body and answers the same JSON as the CLI', async () => {
    const res = await post(example, 'text/csv')
    expect(res.status).toBe(200)
    const body = await json(res)
    const cli = JSON.parse(runScorecardCommand(['example.csv', '--json'], () => example).out)
    expect(body).toEqual(cli)
    expect(body.kpis.map((k: { kpi: string }) => k.kpi)).toEqual(['escalation-rate', 'fcr', 'csat', 'aht', 'qa-score', 'schedule-adherence'])
  })

  it('compares a JSON body with weights, targets and alpha', async () => {
    const res = await post(JSON.stringify({ rows, weights: { csat: 100 }, targets: { csat: 0.9 }, alpha: 0.01 }), 'application/json')
    expect(res.status).toBe(200)
    const body = await json(res)
    expect(body.confidenceLevel).toBeCloseTo(0.99, 12)
    const c = body.kpis[0].partners.find((p: { partner: string }) => p.partner === 'C')
    expect(c).toMatchObject({ sampleSize: 60, rank: 3, group: 'B', interval: { confidenceLevel: expect.closeTo(0.99, 12) } })
    expect(body.kpis[0].pairs.every((p: { pValue: number; holmPValue: number }) => p.holmPValue >= p.pValue)).toBe(true)
    expect(body.scorecard.scores[0]).toMatchObject({ partner: 'A', overall: expect.closeTo((100 * 0.88) / 0.9, 8) })
  })

  it('takes weights, targets and alpha in the query string for a CSV body', async () => {
    const res = await post(example, 'text/csv; charset=utf-8', `?alpha=0.1&weights=${encodeURIComponent('{"fcr":50,"csat":50}')}`)
    const body = await json(res)
    expect(body.alpha).toBe(0.1)
    expect(body.scorecard.weights).toEqual({ fcr: 50, csat: 50 })
  })

  it('answers 422 naming the line and column of a broken CSV', async () => {
    const res = await post('partner,period,kpi,value\nA,2026-01,csat,0.8\nA,2026-01,csat,0.7\nB,2026-01,nope,1\n', 'text/csv')
    expect(res.status).toBe(422)
    expect((await json(res)).errors).toEqual({
      'line 3, column kpi': "repeats line 2: 'A' already has csat for 2026-01",
      'line 4, column kpi': expect.stringMatching(/^'nope' is not a KPI of the catalogue/),
    })
  })

  it('answers 422 for an empty CSV body', async () => {
    const res = await post('', 'text/csv')
    expect(res.status).toBe(422)
    expect((await json(res)).errors['line 1']).toMatch(/the file is empty/)
  })

  it('answers 422 naming each JSON field', async () => {
    const broken = [{ partner: 'A', period: '2026-13', kpi: 'csat', value: 1.5, sampleSize: -1 }, { partner: '', period: '2026-01', kpi: 'csat', value: 0.5 }]
    const res = await post(JSON.stringify({ rows: broken, alpha: 0.9, weights: { csat: 50 } }), 'application/json')
    expect(res.status).toBe(422)
    expect((await json(res)).errors).toEqual({
      'rows.0.period': expect.stringMatching(/not a period/),
      'rows.0.sampleSize': 'must be at least 0',
      'rows.1.partner': 'is required',
    })
    const settings = await post(JSON.stringify({ rows, alpha: 0.9, weights: { csat: 50 } }), 'application/json')
    expect((await json(settings)).errors).toEqual({ alpha: 'must be at most 0.5', weights: 'must add up to 100 %; they add up to 50 %' })
  })

  it('answers 400 for a body that is not JSON, and 422 for JSON without rows', async () => {
    expect((await post('{nope', 'application/json')).status).toBe(400)
    const res = await post('{"weights":{}}', 'application/json')
    expect(res.status).toBe(422)
    expect((await json(res)).errors.rows).toMatch(/is required/)
  })

  it('answers 415 for another content type', async () => {
    const res = await post('x', 'application/xml')
    expect(res.status).toBe(415)
    expect((await json(res)).errors['content-type']).toMatch(/text\/csv/)
  })

  it('answers 413 for a body over the size limit', async () => {
    const res = await post('x'.repeat(MAX_SCORECARD_BODY_BYTES + 1), 'text/csv')
    expect(res.status).toBe(413)
    expect((await json(res)).errors.body).toMatch(/larger than 16 MB/)
  })
})
