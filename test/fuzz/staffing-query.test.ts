/** Fuzzing the staffing calculator's query: GET /staffing and /staffing/results with extreme numbers and wrong text in every field; 200 or 422, never a 500 or a hang. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseStaffingQuestion } from '../../src/schemas/staffing-question.ts'
import { STAFFING_FORM_FIELDS } from '../../views/staffing/form-fields.ts'
import { anyFieldText, extremeNumberText } from './arbitraries.ts'
import { demoWorkspace, Tally } from './harness.ts'

const ws = demoWorkspace()
const tally = new Tally('staffing-query', ws)
const NAMES = STAFFING_FORM_FIELDS.map((f) => f.name)

/** A plausible value per field (so some questions get answered), or an extreme one. */
const PLAUSIBLE: Record<string, fc.Arbitrary<string>> = {
  channel: fc.constantFrom('voice', 'chat', 'email', ''),
  contacts: fc.integer({ min: 0, max: 5000 }).map(String),
  intervalSeconds: fc.constantFrom('900', '1800', '3600'),
  ahtSeconds: fc.integer({ min: 1, max: 1200 }).map(String),
  answerWithinSeconds: fc.integer({ min: 0, max: 120 }).map(String),
  targetServiceLevelPercent: fc.integer({ min: 0, max: 100 }).map(String),
  patienceSeconds: fc.constantFrom('', '60', '300', '1'),
  agents: fc.constantFrom('', '0', '5', '200000'),
}
const value = (name: string) => fc.oneof({ weight: 12, arbitrary: PLAUSIBLE[name] ?? fc.constantFrom('', '80') }, { weight: 1, arbitrary: extremeNumberText }, { weight: 1, arbitrary: anyFieldText })

const query = fc
  .tuple(...NAMES.map((n) => fc.option(value(n), { nil: undefined, freq: 4 })), fc.option(fc.tuple(fc.string({ maxLength: 8 }), anyFieldText), { nil: undefined }))
  .map(([...values]) => {
    const extra = values.pop() as [string, string] | undefined
    const params = new URLSearchParams()
    NAMES.forEach((n, i) => {
      const v = values[i] as string | undefined
      if (v !== undefined) params.append(n, v)
    })
    if (extra) params.append(extra[0], extra[1])
    return params.toString()
  })

describe('parseStaffingQuestion', () => {
  it('answers any field values with a question or field errors, never a throw', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('contacts', 'intervalSeconds', 'ahtSeconds', 'answerWithinSeconds', 'targetServiceLevel', 'patienceSeconds', 'maxOccupancy', 'shrinkage', 'agents', 'channel', 'concurrency'), fc.oneof(extremeNumberText, fc.anything())), (input) => {
        tally.count()
        const parsed = parseStaffingQuestion(input)
        if (!parsed.ok) expect(Object.keys(parsed.errors).length).toBeGreaterThan(0)
      }),
      { numRuns: 500 },
    )
  })
})

describe('GET /staffing and /staffing/results', () => {
  it('answer 200 or 422 for any query, in bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(query, fc.boolean(), async (q, fragment) => {
        const res = await tally.expectNoServerError(`${fragment ? '/staffing/results' : '/staffing'}?${q}`, fragment ? { headers: { 'HX-Request': 'true' } } : {})
        expect([200, 422]).toContain(res.status)
      }),
      { numRuns: 400 },
    )
  })

  it('answer the heaviest questions the bounds allow within the budget', async () => {
    for (const q of [
      'contacts=10000000&intervalSeconds=86400&ahtSeconds=432&answerWithinSeconds=0&targetServiceLevelPercent=100',
      'contacts=9000000&intervalSeconds=86400&ahtSeconds=480&answerWithinSeconds=86400&targetServiceLevelPercent=100&patienceSeconds=10000000',
      'contacts=9000000&intervalSeconds=86400&ahtSeconds=480&answerWithinSeconds=1&targetServiceLevelPercent=99.99&patienceSeconds=1&maxAbandonPercent=0',
      'channel=chat&concurrency=20&contacts=10000000&intervalSeconds=86400&ahtSeconds=86400&answerWithinSeconds=0&targetServiceLevelPercent=100',
      'contacts=100&intervalSeconds=1800&ahtSeconds=180&answerWithinSeconds=20&targetServiceLevelPercent=80&agents=200000',
    ]) {
      const res = await tally.expectNoServerError(`/staffing?${q}`)
      expect([200, 422]).toContain(res.status)
    }
  })
})
