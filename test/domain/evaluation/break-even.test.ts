import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../../src/db/client.ts'
import { loadScenarioModel } from '../../../src/db/scenario-model.ts'
import { seedDemoIfEmpty } from '../../../src/db/seed-demo.ts'
import { breakEven, scalePricing, withAssumption } from '../../../src/domain/evaluation/break-even.ts'
import { evaluateModel } from '../../../src/domain/evaluation/evaluate-model.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const model = loadScenarioModel(db, 1)!
// Demo ids: 1 in-house, 2 onshore, 3 nearshore (per interaction), 4 offshore (per FTE).
const perContact = (m: typeof model, id: number) => {
  const r = evaluateModel(m)
  if (!r.ok) throw new Error(r.problems.join())
  const t = r.evaluation.options.find((o) => o.optionId === id)!.totals
  return t.costCents / 100 / t.contactsHandled
}

describe('breakEven', () => {
  it('finds the price multiple at which two options cost the same per contact, and they do there', () => {
    const r = breakEven(model, 3, 4, 'price')
    if (!r.crossing) throw new Error(r.reason)
    const there = withAssumption(model, 'price', 3, r.value)
    // Bisection stops within 0.1 % of the range (1.5 wide): costs match to well under a cent per contact.
    expect(Math.abs(perContact(there, 3) - perContact(there, 4))).toBeLessThan(0.01)
    expect(r.today).toBe(1)
  })

  it('says "no crossing" and who stays cheaper when the difference keeps its sign', () => {
    const r = breakEven(model, 3, 4, 'price', 'per-contact', [1.5, 2])
    expect(r.crossing).toBe(false)
    if (!r.crossing) expect(r.reason).toMatch(/second option is cheaper throughout/)
  })
})

describe('scalePricing', () => {
  it('scales every price of a tiered per-interaction model', () => {
    const p = scalePricing({ model: 'per-interaction', prices: { voice: 4 }, tiers: { style: 'marginal', byChannel: { voice: [{ upTo: 10, price: 4 }, { upTo: null, price: 3 }] } } }, 2)
    expect(p).toEqual({ model: 'per-interaction', prices: { voice: 8 }, tiers: { style: 'marginal', byChannel: { voice: [{ upTo: 10, price: 8 }, { upTo: null, price: 6 }] } } })
  })

  it('scales the fixed fee and the variable part of a hybrid', () => {
    expect(scalePricing({ model: 'hybrid', fixedMonthlyFee: 100, variable: { model: 'per-minute', rate: 1 } }, 1.5)).toEqual({ model: 'hybrid', fixedMonthlyFee: 150, variable: { model: 'per-minute', rate: 1.5 } })
  })
})
