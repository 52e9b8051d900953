/** Fuzzing scorecard input: readScorecardCsv called directly, and POST /api/scorecards/compare with CSV and JSON bodies; never a throw or a 500, always JSON. */
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readScorecardCsv } from '../../src/io/scorecard-csv.ts'
import { MAX_SCORECARD_ROWS } from '../../src/schemas/scorecard.ts'
import { csvText, damagedRows, encode, encoding, extremeNumberText, mutated, mutation, nastyText, randomBytes, wrongJson } from './arbitraries.ts'
import { bounded, demoWorkspace, Tally } from './harness.ts'

const ws = demoWorkspace()
const tally = new Tally('scorecard-csv', ws)
const example = readFileSync(new URL('../../data/examples/scorecard-example.csv', import.meta.url), 'utf8')
const exampleRows = example.trim().split('\n').map((l) => l.split(','))

const HEADER = ['partner', 'period', 'kpi', 'value', 'sample_size', 'sd']
const damage = fc.oneof(extremeNumberText, nastyText, fc.constantFrom('2026-W09', '2026-W53', '2026-13', 'CSAT', 'nps', '82 %', '82', ''))

/** The example file (some rows dropped) with a few cells damaged, sometimes under a wrong header. */
const scorecardCsv = fc
  .record({
    keep: fc.subarray(exampleRows.slice(1), { minLength: 0 }),
    header: fc.oneof({ weight: 5, arbitrary: fc.constant(HEADER) }, { weight: 1, arbitrary: fc.shuffledSubarray(HEADER) }, { weight: 1, arbitrary: fc.array(nastyText, { maxLength: 4 }) }),
  })
  .chain(({ keep, header }) => csvText(damagedRows([header, ...keep], damage)))

const jsonRows = exampleRows.slice(1, 40).map(([partner, period, kpi, value, sampleSize, sd]) => ({ partner, period, kpi, value: Number(value), ...(sampleSize ? { sampleSize: Number(sampleSize) } : {}), ...(sd ? { sd: Number(sd) } : {}) }))
const jsonBody = fc.oneof(
  { weight: 4, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => mutated({ rows: jsonRows, weights: { csat: 50, fcr: 50 }, targets: { csat: 0.9 }, alpha: 0.05 }, ms)) },
  { weight: 1, arbitrary: wrongJson },
)

describe('readScorecardCsv', () => {
  it('answers every text with rows or located errors, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(scorecardCsv, randomBytes.map((b) => new TextDecoder().decode(b))), (text) => {
        tally.count()
        const read = readScorecardCsv(text)
        if (!read.ok) for (const e of read.errors) expect(e.line).toBeGreaterThanOrEqual(1)
      }),
      { numRuns: 500 },
    )
  })

  it('refuses a million rows naming the limit, within seconds', async () => {
    tally.count()
    const lines = ['partner,period,kpi,value']
    for (let i = 0; i < 1_000_000; i++) lines.push(`P${i % 100},2026-${String((i % 12) + 1).padStart(2, '0')},csat,0.8`)
    const read = await bounded(readScorecardCsv(lines.join('\n')), 'a million scorecard rows', 20_000)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.errors[0]!.message).toContain(MAX_SCORECARD_ROWS.toLocaleString('en-US'))
  })
})

describe('POST /api/scorecards/compare', () => {
  it('answers any CSV or JSON body, any content type, with JSON: 200 or a 4xx naming fields', async () => {
    const body = fc.oneof(
      fc.tuple(scorecardCsv, encoding).map(([t, e]) => ({ bytes: encode(t, e), type: 'text/csv' })),
      jsonBody.map((v) => ({ bytes: encode(JSON.stringify(v) ?? 'null', 'utf8'), type: 'application/json' })),
      randomBytes.map((bytes) => ({ bytes, type: 'text/csv' })),
    )
    const type = fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('application/octet-stream', 'text/csv; charset=latin1', 'multipart/form-data', '') })
    const query = fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 2, arbitrary: fc.dictionary(fc.constantFrom('weights', 'targets', 'alpha'), fc.oneof(extremeNumberText, fc.constantFrom('{"csat":100}', '{"csat":"x"}', '[1]', '{', 'null')), { maxKeys: 3 }) })
    await fc.assert(
      fc.asyncProperty(body, type, query, async ({ bytes, type: natural }, override, q) => {
        const search = new URLSearchParams(q).toString()
        const res = await tally.expectNoServerError(`/api/scorecards/compare${search ? `?${search}` : ''}`, {
          method: 'POST',
          body: bytes,
          headers: { 'Content-Type': override ?? natural },
        })
        expect(res.headers.get('content-type')).toMatch(/^application\/json/)
        if (res.status !== 200) {
          expect([400, 413, 415, 422]).toContain(res.status)
          const json = (await res.json()) as { errors: Record<string, string> }
          expect(Object.keys(json.errors).length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 250 },
    )
  })
})
