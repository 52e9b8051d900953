import { describe, expect, it } from 'vitest'
import { openMemoryDb } from '../../../src/db/client.ts'
import { loadScenarioModel } from '../../../src/db/scenario-model.ts'
import { seedDemoIfEmpty } from '../../../src/db/seed-demo.ts'
import { comparison, firstFullMonth, missSummary, monthInvoices } from '../../../src/domain/evaluation/comparison.ts'
import { evaluateModel } from '../../../src/domain/evaluation/evaluate-model.ts'
import { simulateRisk } from '../../../src/domain/simulation/monte-carlo/monte-carlo.ts'

const db = openMemoryDb()
seedDemoIfEmpty(db)
const model = loadScenarioModel(db, 1)!
const evaluated = evaluateModel(model)
if (!evaluated.ok) throw new Error(evaluated.problems.join())
const { evaluation, staffing } = evaluated
// 20 trials: enough to fill every field; the figures themselves are simulateRisk's to test.
const risk = simulateRisk(staffing, evaluation, model.options, { ...model.scenario.uncertainty, trials: 20 })
const c = comparison(Object.freeze(evaluation), Object.freeze(risk), model)

describe('comparison', () => {
  it('marks the option with the lowest cost per contact as cheapest, and only it', () => {
    const lowest = Math.min(...evaluation.options.map((o) => o.totals.costPerContact))
    const cheapest = c.options.filter((r) => r.cheapest)
    expect(cheapest).toHaveLength(1)
    expect(cheapest[0]!.costPerContact).toBe(lowest)
    expect(c.cheapestOptionId).toBe(cheapest[0]!.optionId)
    expect(c.scenario.cheapest).toBe(false)
  })

  it('gives each row its cost per contact minus the cheapest option’s (0 for the cheapest)', () => {
    const lowest = c.options.find((r) => r.cheapest)!.costPerContact
    for (const r of c.options) expect(r.perContactOverCheapest).toBeCloseTo(r.costPerContact - lowest, 12)
    expect(c.options.find((r) => r.cheapest)!.perContactOverCheapest).toBe(0)
    expect(c.options.every((r) => r.perContactOverCheapest >= 0)).toBe(true)
    expect(c.scenario.perContactOverCheapest).toBeCloseTo(c.scenario.costPerContact - lowest, 12)
  })

  it('adds the options up to the whole scenario exactly, in cents, overall and month by month', () => {
    expect(c.options.reduce((s, r) => s + r.costCents, 0)).toBe(c.scenario.costCents)
    expect(c.scenario.costCents).toBe(evaluation.totals.costCents)
    expect(Number.isInteger(c.scenario.costCents)).toBe(true)
    for (const month of c.months) {
      const stacked = c.monthlyCost.filter((m) => m.month === month).reduce((s, m) => s + m.costCents, 0)
      expect(stacked).toBe(evaluation.options.reduce((s, o) => s + (o.months.find((m) => m.month === month)?.costCents ?? 0), 0))
    }
    expect(c.monthlyCost.reduce((s, m) => s + m.costCents, 0)).toBe(c.scenario.costCents)
  })

  it('takes each option’s highest and average monthly miss probability from the simulation', () => {
    for (const r of c.options) {
      const byMonth = risk.options.find((o) => o.optionId === r.optionId)!.missProbabilityByMonth
      expect(r.missHighest).toBe(Math.max(...byMonth))
      expect(r.missHighestMonth).toBe(c.months[byMonth.indexOf(Math.max(...byMonth))])
      expect(r.missAverage).toBeCloseTo(byMonth.reduce((s, p) => s + p, 0) / byMonth.length, 12)
    }
  })

  it('sums expected credits for the whole scenario and keeps the seed and trials', () => {
    expect(c.scenario.expectedCredits).toBeCloseTo(risk.options.reduce((s, o) => s + o.expectedCredits, 0), 6)
    expect(c.seed).toBe(model.scenario.uncertainty.seed)
    expect(c.trials).toBe(20)
  })
})

describe('comparison: the inputs behind each figure', () => {
  it('carries each option’s totals, so its averages can be recomputed from them', () => {
    for (const r of [...c.options, c.scenario]) {
      expect(r.costPerContact).toBeCloseTo(r.costCents / 100 / r.contactsHandled, 9)
      expect(r.costPerResolution).toBeCloseTo(r.costCents / 100 / r.resolutions, 9)
      expect(r.idlePaidHours).toBeCloseTo(Math.max(0, r.paidHours - r.busyHours), 6)
      expect(r.weeks).toBe(evaluation.weeks)
    }
    for (const r of c.options) expect(r.fte).toBeCloseTo(r.paidHours / (r.terms!.hoursPerFteWeek * r.weeks), 9)
  })

  it('holds each option to its channels’ targets, weighted by the contacts it was offered on each', () => {
    for (const r of c.options) {
      expect(r.serviceTargets.reduce((s, t) => s + t.offered, 0)).toBeCloseTo(r.contactsOffered, 3)
      for (const t of r.serviceTargets) expect(t.target).toBe(model.scenario.channels.find((ch) => ch.channel === t.channel)!.targets.serviceLevel)
      expect(r.serviceLevelTarget).toBeCloseTo(r.serviceTargets.reduce((s, t) => s + t.target * t.offered, 0) / r.contactsOffered, 12)
    }
    // The onshore partner answers voice and chat only, both at 80 %.
    expect(c.options.find((r) => r.optionId === 2)!.serviceTargets.map((t) => t.channel)).toEqual(['voice', 'chat'])
    expect(c.options.find((r) => r.optionId === 2)!.serviceLevelTarget).toBe(0.8)
  })

  it('takes FCR and escalation rate as each option states them, and weighs them by contacts handled for the whole scenario', () => {
    for (const r of c.options) {
      const o = model.options.get(r.optionId!)!
      expect([r.fcr, r.escalationRate]).toEqual([o.fcr, o.escalationRate])
    }
    expect(c.scenario.fcr).toBeCloseTo(c.scenario.resolutions / c.scenario.contactsHandled, 12)
    expect(c.scenario.escalationRate).toBeCloseTo(c.options.reduce((s, r) => s + r.escalationRate * r.contactsHandled, 0) / c.scenario.contactsHandled, 12)
  })

  it('scores each row’s modelled quality from its FCR, escalations and service level against target', () => {
    for (const r of [...c.options, c.scenario]) {
      const expected = 100 * (0.5 * r.fcr + 0.3 * (1 - r.escalationRate) + 0.2 * Math.min(1, r.serviceLevel / r.serviceLevelTarget))
      expect(r.quality).toEqual({ score: expect.closeTo(expected, 9), source: 'modelled' })
    }
  })

  it('names each option’s pricing, tier style, occupancy cap, shrinkage and FTE week', () => {
    const nearshore = c.options.find((r) => r.optionId === 3)!.terms!
    expect(nearshore).toMatchObject({ pricing: 'per-interaction', tierStyle: 'marginal', occupancyCap: 0.85, shrinkage: 0.3, hoursPerFteWeek: 48 })
    expect(c.options.find((r) => r.optionId === 1)!.terms).toMatchObject({ pricing: 'in-house cost stack', tierStyle: null, slaCredits: null })
    expect(c.scenario.terms).toBeNull()
  })

  it('keeps the simulated miss probability of every month and says how the futures were drawn', () => {
    for (const r of c.options) expect(r.missByMonth).toEqual(risk.options.find((o) => o.optionId === r.optionId)!.missProbabilityByMonth)
    expect(c.method).toBe(risk.method)
  })

  it('without the model, leaves what only the model knows empty and derives FCR from resolutions', () => {
    const bare = comparison(evaluation, risk)
    for (const r of bare.options) {
      expect(r.fcr).toBeCloseTo(model.options.get(r.optionId!)!.fcr, 12)
      expect(r.escalationRate).toBeNaN()
      expect(r.quality.score).toBeNaN()
      expect(r.serviceTargets).toEqual([])
      expect(r.terms).toBeNull()
    }
    expect(bare.options.map((r) => r.costCents)).toEqual(c.options.map((r) => r.costCents))
  })
})

describe('missSummary', () => {
  it('returns the highest month (first on ties) and the mean', () => {
    const m = missSummary([0.1, 0.3, 0.2, 0.3], ['a', 'b', 'c', 'd'])
    expect(m).toMatchObject({ missHighest: 0.3, missHighestMonth: 'b' })
    // 0.1 + 0.3 + 0.2 + 0.3 is 0.8999… in binary floating point.
    expect(m.missAverage).toBeCloseTo(0.225, 12)
  })

  it('returns NaN and no month without months', () => {
    expect(missSummary([], [])).toEqual({ missHighest: NaN, missHighestMonth: null, missAverage: NaN })
  })
})

describe('firstFullMonth', () => {
  it('skips a first month the forecast enters after its first day', () => {
    expect(firstFullMonth(['2026-01', '2026-02', '2026-03'], '2026-01-05T00:00', 60, 24 * (27 + 28 + 31))).toBe('2026-02')
  })

  it('takes the first month when the forecast starts on its first day', () => {
    expect(firstFullMonth(['2026-02', '2026-03'], '2026-02-01T00:00', 30, 48 * 59)).toBe('2026-02')
  })

  it('falls back to the first month when none is full', () => {
    expect(firstFullMonth(['2026-01'], '2026-01-05T00:00', 60, 24 * 7)).toBe('2026-01')
  })

  it('finds February in the demo year (it starts on Monday 5 January)', () => {
    expect(firstFullMonth(evaluation.months, staffing.start, staffing.intervalMinutes, staffing.intervalCount)).toBe('2026-02')
  })
})

describe('monthInvoices', () => {
  it('lists every option’s invoice for the month, its lines adding up to its total', () => {
    const invoices = monthInvoices(evaluation, '2026-02')
    expect(invoices.map((i) => i.optionId)).toEqual(evaluation.options.map((o) => o.optionId))
    for (const inv of invoices) {
      expect(inv.lines.length).toBeGreaterThan(0)
      expect(inv.lines.reduce((s, l) => s + l.amountCents, 0)).toBe(inv.totalCents)
    }
  })

  it('is empty for a month outside the forecast', () => {
    expect(monthInvoices(evaluation, '1999-01')).toEqual([])
  })
})
