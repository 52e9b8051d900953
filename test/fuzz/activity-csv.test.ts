/** Fuzzing the activity import: readActivityCsv called directly, and POST /activity/import; never a throw, a 500 or a half-imported file. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { listOptions } from '../../src/db/sourcing-options.ts'
import { MAX_ACTIVITY_ROWS, readActivityCsv } from '../../src/io/activity-csv.ts'
import { ACTIVITY_COLUMNS } from '../../src/schemas/activity.ts'
import { csvText, damagedRows, encode, encoding, extremeNumberText, nastyText, randomBytes } from './arbitraries.ts'
import { bounded, demoWorkspace, rowCounts, Tally, uploadInit } from './harness.ts'

const ws = demoWorkspace()
const tally = new Tally('activity-csv', ws)
const options = listOptions(ws.db).map((o) => ({ id: o.id, name: o.name }))

const HEADER = [...ACTIVITY_COLUMNS]
const header = fc.oneof(
  { weight: 6, arbitrary: fc.constant(HEADER) },
  { weight: 1, arbitrary: fc.shuffledSubarray(HEADER, { minLength: 1 }) },
  { weight: 1, arbitrary: fc.array(nastyText, { minLength: 1, maxLength: 4 }) },
)
/** Clean rows: every option, a run of days, plausible counts; then a few cells damaged. */
const cleanRows = fc.record({ days: fc.integer({ min: 1, max: 20 }), first: fc.nat(300), byName: fc.boolean() }).map(({ days, first, byName }) =>
  options.flatMap((o) =>
    Array.from({ length: days }, (_, d) => [byName ? o.name : String(o.id), new Date(Date.UTC(2026, 0, 1) + (first + d) * 86_400_000).toISOString().slice(0, 10), '12', '10', '40', '5', '300', '2', '30', '80']),
  ),
)
const damage = fc.oneof(extremeNumberText, nastyText, fc.constantFrom('2026-02-30', '2026-13-01', '26-01-01', '2026/01/05', '999', '0', ''))
const activityCsv = fc.record({ header, rows: cleanRows }).chain(({ header, rows }) => csvText(damagedRows([header, ...rows], damage)))

describe('readActivityCsv', () => {
  it('answers every text with days or located errors, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(activityCsv, randomBytes.map((b) => new TextDecoder().decode(b))), (text) => {
        tally.count()
        const read = readActivityCsv(text, options)
        if (!read.ok) for (const e of read.errors) expect(e.line).toBeGreaterThanOrEqual(1)
      }),
      { numRuns: 500 },
    )
  })

  it('refuses a million rows naming the limit, within seconds', async () => {
    tally.count()
    const lines = [HEADER.join(',')]
    for (let i = 0; i < 1_000_000; i++) lines.push(`1,2026-01-05,1,1,1,1,1,1,1,8`)
    const read = await bounded(readActivityCsv(lines.join('\n'), options), 'a million activity rows', 20_000)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.errors[0]!.message).toContain(MAX_ACTIVITY_ROWS.toLocaleString('en-US'))
  })
})

describe('POST /activity/import', () => {
  it('imports or refuses with a 4xx, and a refused file leaves every table as it was', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: fc.tuple(activityCsv, encoding).map(([t, e]) => encode(t, e)) }, { weight: 1, arbitrary: randomBytes }), nastyText, async (bytes, fileName) => {
        const before = rowCounts(ws.db)
        const res = await tally.expectNoServerError('/activity/import', uploadInit('file', bytes, fileName))
        if (res.status !== 303) {
          expect([413, 422]).toContain(res.status)
          expect(rowCounts(ws.db)).toEqual(before)
        } else await tally.expectNoServerError(res.headers.get('location')!)
      }),
      { numRuns: 150 },
    )
  })
})
