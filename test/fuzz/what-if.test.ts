/** Fuzzing the what-if: GET /scenarios/:id/compare/results with any value in any field, and POST …/compare/save; 200, 409 or 422, never a 500, and a refused save changes nothing. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadScenarioModel } from '../../src/db/scenario-model.ts'
import { getScenario } from '../../src/db/scenarios.ts'
import { getOption } from '../../src/db/sourcing-options.ts'
import { whatIfGroups } from '../../views/compare/what-if-fields.ts'
import { anyFieldText, extremeNumberText } from './arbitraries.ts'
import { addSmallScenario, demoWorkspace, formInit, Tally } from './harness.ts'

const ws = demoWorkspace()
const tally = new Tally('what-if', ws)
/** The demo cut to two weeks: the same fields, a comparison in tens of milliseconds. */
const small = addSmallScenario(ws.db)
const model = loadScenarioModel(ws.db, small)!
const FIELDS = whatIfGroups(model).flatMap((g) => g.fields)

/** A field's value: today's, a nearby plausible one, or something hostile. */
const valueFor = (f: (typeof FIELDS)[number]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: Math.max(f.min, -50), max: Math.min(f.max, 150) }).map(String) },
    { weight: 2, arbitrary: extremeNumberText },
    { weight: 1, arbitrary: anyFieldText },
  )

/** One to four fields changed (the rest keep today's values), sometimes with unknown names or repeated ones. */
const whatIf = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...FIELDS.filter((f) => f.name !== 'trials')), { minLength: 1, maxLength: 4, selector: (f) => f.name }).chain((fields) => fc.tuple(...fields.map((f) => valueFor(f).map((v) => [f.name, v] as const)))),
    fc.option(fc.tuple(fc.constantFrom('month', 'saved', 'trials', 'x', 'channel-9-sl', 'option-999-price'), fc.oneof(extremeNumberText, fc.constantFrom('2026-01', '1', '100', '99'))), { nil: undefined, freq: 3 }),
  )
  .map(([pairs, extra]) => {
    const fields: Record<string, string> = Object.fromEntries(pairs)
    // A valid trials value runs that many futures; keep fuzz cases to the page's default.
    if (extra && !(extra[0] === 'trials' && Number(extra[1]) >= 100)) fields[extra[0]] = extra[1]
    return fields
  })

const stored = () => JSON.stringify({ scenario: getScenario(ws.db, small), options: model.scenario.options.map((o) => getOption(ws.db, o.optionId)) })

describe('GET /scenarios/:id/compare/results', () => {
  it('answers any what-if with results (200), problems beside fields (422) or unstaffable (200/409), never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(whatIf, fc.boolean(), async (fields, htmx) => {
        const q = new URLSearchParams(fields).toString()
        const path = htmx ? `/scenarios/${small}/compare/results?${q}` : `/scenarios/${small}/compare?${q}`
        const res = await tally.expectNoServerError(path, htmx ? { headers: { 'HX-Request': 'true' } } : {})
        expect([200, 409, 422]).toContain(res.status)
      }),
      { numRuns: 200 },
    )
  })

  it('answers the demo scenario too (a few hostile values: refused before any computing)', async () => {
    for (const v of ['1e308', '-1e308', 'NaN', 'Infinity', '0x10', '٣', '1e-400x', '<script>']) {
      const res = await tally.expectNoServerError(`/scenarios/1/compare/results?growth=${encodeURIComponent(v)}`, { headers: { 'HX-Request': 'true' } })
      expect([200, 422]).toContain(res.status)
    }
  })
})

describe('POST /scenarios/:id/compare/save', () => {
  it('saves a valid what-if, and a refused one leaves the scenario and its options exactly as they were', async () => {
    await fc.assert(
      fc.asyncProperty(whatIf, fc.boolean(), async (fields, htmx) => {
        const before = stored()
        const res = await tally.expectNoServerError(`/scenarios/${small}/compare/save`, formInit(fields, htmx ? { 'HX-Request': 'true' } : {}))
        if (res.status >= 400) {
          expect([409, 413, 422]).toContain(res.status)
          expect(stored()).toBe(before)
        } else expect([200, 204, 303]).toContain(res.status)
      }),
      { numRuns: 120 },
    )
  })
})
