/**
 * The decision flip's own arithmetic, with breakEven stubbed (the real one is
 * break-even.test.ts's to test, and takes a second a call): which two options lead,
 * the distance from today, and "no crossing" passed through.
 */
import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../../src/db/client.ts'
import { loadScenarioModel } from '../../../src/db/scenario-model.ts'
import { seedDemoIfEmpty } from '../../../src/db/seed-demo.ts'
import type { Assumption, BreakEven, CostMetric } from '../../../src/domain/evaluation/break-even.ts'
import type { ComparisonRow } from '../../../src/domain/evaluation/comparison.ts'
import { decisionFlip, leadingOptions } from '../../../src/domain/evaluation/decision-flip.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const model = loadScenarioModel(db, 1)!

function row(optionId: number | null, costPerContact: number): ComparisonRow {
  return { optionId, name: optionId === null ? 'Whole scenario' : `Option ${optionId}`, kind: optionId === null ? 'scenario' : 'partner', costPerContact, costPerResolution: costPerContact * 1.4 } as ComparisonRow
}

// Option 3 is cheapest per contact, then 1; 2 has no contacts; the scenario row is cheaper still but never leads.
const rows = [row(1, 5), row(2, NaN), row(3, 4), row(4, 6), row(null, 1)]

interface Call {
  a: number
  b: number
  assumption: Assumption
  metric: CostMetric
}

describe('leadingOptions', () => {
  it('picks the two cheapest per contact, cheaper first, skipping options without contacts and the whole scenario', () => {
    expect(leadingOptions(rows)?.map((o) => o.optionId)).toEqual([3, 1])
  })

  it('keeps the earlier row on a tie, and gives up with fewer than two options', () => {
    expect(leadingOptions([row(7, 5), row(8, 5), row(9, 6)])?.map((o) => o.optionId)).toEqual([7, 8])
    expect(leadingOptions([row(1, 5), row(2, NaN), row(null, 1)])).toBeUndefined()
  })
})

describe('decisionFlip', () => {
  it('runs the four assumptions for the cheaper then the runner-up, FCR per resolution, and a crossing’s distance is value − today', () => {
    const calls: Call[] = []
    const flip = decisionFlip(model, rows, (_m, a, b, assumption, metric): BreakEven => {
      calls.push({ a, b, assumption, metric })
      return { crossing: true, value: 0.25, costAtCrossing: 4, today: 0.75, evaluations: 17 }
    })!
    expect(calls).toEqual([
      { a: 3, b: 1, assumption: 'volume', metric: 'per-contact' },
      { a: 3, b: 1, assumption: 'aht', metric: 'per-contact' },
      { a: 3, b: 1, assumption: 'fcr', metric: 'per-resolution' },
      { a: 3, b: 1, assumption: 'price', metric: 'per-contact' },
    ])
    expect([flip.cheaper.optionId, flip.runnerUp.optionId]).toEqual([3, 1])
    for (const r of flip.rows) {
      expect(r.today).toBe(0.75)
      expect(r.outcome).toEqual({ kind: 'crossing', value: 0.25, distance: -0.5 })
    }
  })

  it('passes "no crossing" through with its reason, naming the option that stays cheaper', () => {
    const reason = (which: string) => `no crossing between -0.5 and 1: the ${which} option is cheaper throughout`
    const flip = decisionFlip(model, rows, (_m, _a, _b, assumption): BreakEven => ({
      crossing: false,
      today: 0,
      evaluations: 9,
      reason: reason(assumption === 'price' ? 'second' : 'first'),
    }))!
    const volume = flip.rows.find((r) => r.assumption === 'volume')!.outcome
    const price = flip.rows.find((r) => r.assumption === 'price')!.outcome
    expect(volume).toMatchObject({ kind: 'no-crossing', reason: reason('first'), cheaper: { optionId: 3 } })
    expect(price).toMatchObject({ kind: 'no-crossing', reason: reason('second'), cheaper: { optionId: 1 } })
  })

  it('turns a model that cannot be evaluated into a failed row with today’s value, and is undefined without two options', () => {
    const flip = decisionFlip(model, [row(1, 5), row(3, 4)], () => {
      throw new RangeError('cannot staff')
    })!
    expect(flip.rows.map((r) => r.outcome)).toEqual(Array(4).fill({ kind: 'failed', message: 'cannot staff' }))
    expect(flip.rows.find((r) => r.assumption === 'fcr')!.today).toBe(model.options.get(3)!.fcr)
    expect(decisionFlip(model, [row(1, 5)])).toBeUndefined()
  })
})
