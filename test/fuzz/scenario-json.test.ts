/** Fuzzing the scenario file import: importScenario and scenarioModelFromFile called directly, and POST /scenarios/import; never a throw, a 500 or a half-imported scenario. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importScenario } from '../../src/db/scenario-file.ts'
import { scenarioModelFromFile } from '../../src/io/scenario-file-model.ts'
import { encode, encoding, mutation, mutated, randomBytes } from './arbitraries.ts'
import { demoWorkspace, rowCounts, smallScenarioFile, Tally, uploadInit } from './harness.ts'

const ws = demoWorkspace()
const tally = new Tally('scenario-json', ws)
const base = smallScenarioFile(ws.db, 7)

/** The base file with one to three places replaced by values of the wrong type or size. */
const damagedFile = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => mutated(base, ms))

/** The bytes of a file as uploaded: damaged JSON in some encoding, cut short, or noise. */
const uploadBytes = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(damagedFile, encoding).map(([f, e]) => encode(JSON.stringify(f) ?? 'undefined', e)) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), encoding).map(([cut, e]) => { const t = JSON.stringify(base); return encode(t.slice(0, cut % t.length), e) }) },
  { weight: 1, arbitrary: randomBytes },
)

describe('importScenario and scenarioModelFromFile', () => {
  it('answer every damaged file with field errors or a model, never a throw; a refused import writes nothing', () => {
    fc.assert(
      fc.property(damagedFile, (file) => {
        tally.count(2)
        const model = scenarioModelFromFile(file)
        if (!model.ok) expect(Object.keys(model.errors).length).toBeGreaterThan(0)
        const before = rowCounts(ws.db)
        const imported = importScenario(ws.db, file)
        if (!imported.ok) expect(rowCounts(ws.db)).toEqual(before)
        else expect(rowCounts(ws.db).scenarios).toBe(before.scenarios! + 1)
      }),
      { numRuns: 400 },
    )
  })
})

describe('POST /scenarios/import', () => {
  it('imports or refuses with a 4xx; a refused file leaves every table as it was, and an imported one opens', async () => {
    await fc.assert(
      fc.asyncProperty(uploadBytes, fc.constantFrom('scenario.json', '', '<i>.json'), async (bytes, fileName) => {
        const before = rowCounts(ws.db)
        const res = await tally.expectNoServerError('/scenarios/import', uploadInit('file', bytes, fileName))
        if (res.status === 303) {
          expect(rowCounts(ws.db).scenarios).toBe(before.scenarios! + 1)
          await tally.expectNoServerError(res.headers.get('location')!)
        } else {
          expect([400, 413, 422]).toContain(res.status)
          expect(rowCounts(ws.db)).toEqual(before)
        }
      }),
      { numRuns: 150 },
    )
  })
})
