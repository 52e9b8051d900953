import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../../src/db/client.ts'
import { loadScenarioModel } from '../../../src/db/scenario-model.ts'
import { seedDemoIfEmpty } from '../../../src/db/seed-demo.ts'
import { billedOnVolume, costByInterval } from '../../../src/domain/evaluation/cost-by-interval.ts'
import { evaluateModel } from '../../../src/domain/evaluation/evaluate-model.ts'
import { monthIndex } from '../../../src/domain/evaluation/month-index.ts'
import { rollups } from '../../../src/domain/evaluation/rollups.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const model = loadScenarioModel(db, 1)!
const r = evaluateModel(model)
if (!r.ok) throw new Error(r.problems.join())
const { staffing, evaluation } = r
const cents = costByInterval(staffing, evaluation, model.options)

describe('costByInterval', () => {
  it('spreads each month in whole cents that add up to the month’s cost exactly', () => {
    const index = monthIndex(staffing.start, staffing.intervalMinutes, staffing.intervalCount)
    evaluation.options.forEach((o, k) => {
      o.months.forEach((month, m) => {
        let sum = 0
        for (let i = 0; i < staffing.intervalCount; i++) {
          if (index.ofInterval[i] !== m) continue
          expect(Number.isInteger(cents[k]![i]!)).toBe(true)
          sum += cents[k]![i]!
        }
        expect(sum).toBe(month.costCents)
      })
    })
  })

  it('follows contacts for volume-priced partners and paid hours for the others', () => {
    expect(billedOnVolume(model.options.get(3)!)).toBe(true) // nearshore, per interaction
    expect(billedOnVolume(model.options.get(4)!)).toBe(false) // offshore, per FTE
    expect(billedOnVolume(model.options.get(1)!)).toBe(false) // in-house cost stack
  })
})

describe('rollups', () => {
  it('by week add up to the year: cost in cents and contacts', () => {
    evaluation.options.forEach((o, k) => {
      const weeks = rollups(staffing, o.optionId, cents[k]!, 'week')
      expect(weeks.reduce((s, w) => s + w.costCents, 0)).toBe(o.totals.costCents)
      expect(weeks.reduce((s, w) => s + w.contactsHandled, 0)).toBeCloseTo(o.totals.contactsHandled, 3)
    })
  })

  it('by day start on each date and by week on Mondays', () => {
    const days = rollups(staffing, 1, cents[0]!, 'day')
    expect(days).toHaveLength(364)
    expect(days[0]!.from).toBe('2026-01-05')
    const weeks = rollups(staffing, 1, cents[0]!, 'week')
    expect(weeks).toHaveLength(52)
    for (const w of weeks) expect(new Date(`${w.from}T12:00:00Z`).getUTCDay()).toBe(1)
  })
})
