import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Comparison, ComparisonRow } from '../../../src/domain/evaluation/comparison.ts'
import {
  VERSUS_FIGURES,
  difference,
  figureDifferences,
  monthlyVersus,
  optionPairs,
  relativeChange,
  scenarioVersus,
  type VersusSide,
} from '../../../src/domain/evaluation/scenario-versus.ts'
import { scenario } from '../scenario/builders.ts'

function row(overrides: Partial<ComparisonRow> = {}): ComparisonRow {
  return {
    optionId: 1,
    name: 'In-house',
    kind: 'in-house',
    costCents: 120_000_00,
    costPerContact: 6.5,
    costPerResolution: 8.1,
    fte: 40.5,
    paidHours: 84_000,
    idlePaidHours: 12_000,
    serviceLevel: 0.82,
    serviceLevelP10: 0.78,
    serviceLevelP90: 0.86,
    costP10: 118_000,
    costP50: 120_500,
    costP90: 123_000,
    missHighest: 0.3,
    missHighestMonth: '2026-03',
    missAverage: 0.1,
    expectedCredits: 150,
    perContactOverCheapest: 0,
    cheapest: true,
    contactsOffered: 20_000,
    contactsHandled: 18_500,
    resolutions: 14_800,
    productiveHours: 60_000,
    busyHours: 50_000,
    creditsCents: 0,
    bonusesCents: 0,
    weeks: 52,
    serviceTargets: [],
    serviceLevelTarget: 0.8,
    fcr: 0.8,
    escalationRate: 0.1,
    quality: { score: 87, source: 'modelled' },
    missByMonth: [0.3, 0.1],
    terms: null,
    ...overrides,
  }
}

function comparisonOf(options: ComparisonRow[], overrides: Partial<Comparison> = {}): Comparison {
  const scenarioRow = row({ optionId: null, name: 'Whole scenario', kind: 'scenario', costCents: options.reduce((s, o) => s + o.costCents, 0), serviceLevelP10: NaN, serviceLevelP90: NaN })
  return {
    currency: 'USD',
    months: ['2026-01', '2026-02'],
    options,
    scenario: scenarioRow,
    cheapestOptionId: options[0]?.optionId ?? undefined,
    monthlyCost: options.flatMap((o) => [
      { month: '2026-01', optionId: o.optionId!, name: o.name, costCents: Math.floor(o.costCents / 2) },
      { month: '2026-02', optionId: o.optionId!, name: o.name, costCents: o.costCents - Math.floor(o.costCents / 2) },
    ]),
    seed: 42,
    trials: 200,
    method: 'test futures',
    ...overrides,
  }
}

const byKey = (figures: ReturnType<typeof figureDifferences>, key: string) => figures.find((f) => f.key === key)!

describe('difference and relativeChange', () => {
  it.each([
    { a: 120, b: 150, diff: 30, rel: 0.25 },
    { a: 150, b: 120, diff: -30, rel: -0.2 },
    { a: -100, b: -50, diff: 50, rel: 0.5 },
    { a: 0, b: 0, diff: 0, rel: 0 },
    { a: 0, b: 5, diff: 5, rel: NaN },
    { a: NaN, b: 5, diff: NaN, rel: NaN },
    { a: 5, b: NaN, diff: NaN, rel: NaN },
    { a: Infinity, b: 5, diff: NaN, rel: NaN },
  ])('from $a to $b: difference $diff, relative change $rel', ({ a, b, diff, rel }) => {
    expect(difference(a, b)).toBe(diff)
    if (Number.isNaN(rel)) expect(relativeChange(a, b)).toBeNaN()
    else expect(relativeChange(a, b)).toBeCloseTo(rel, 12)
  })
})

/** A comparison row with any finite or missing figures. */
const anyRow = fc
  .record({
    costCents: fc.integer({ min: 0, max: 1e12 }),
    costPerContact: fc.oneof(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.constant(NaN)),
    fte: fc.double({ min: 0, max: 1e5, noNaN: true }),
    serviceLevel: fc.double({ min: 0, max: 1, noNaN: true }),
    serviceLevelP10: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(NaN)),
    costP90: fc.double({ min: -1e9, max: 1e9, noNaN: true }),
    expectedCredits: fc.oneof(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constant(NaN)),
  })
  .map((r) => row(r))

describe('figureDifferences', () => {
  it('gives every figure of a row against itself a difference and a change of zero (or no value, where it has none)', () => {
    fc.assert(
      fc.property(anyRow, (r) => {
        for (const f of figureDifferences(r, r, true)) {
          if (Number.isFinite(f.a)) expect([f.difference, f.relativeChange, f.unavailable]).toEqual([0, 0, null])
          else expect([f.difference, f.unavailable]).toEqual([NaN, 'no-value'])
        }
      }),
    )
  })

  it('negates every difference when A and B are swapped, and keeps what is unavailable', () => {
    fc.assert(
      fc.property(anyRow, anyRow, fc.boolean(), (ra, rb, sameCurrency) => {
        const forward = figureDifferences(ra, rb, sameCurrency)
        const backward = figureDifferences(rb, ra, sameCurrency)
        forward.forEach((f, i) => {
          const g = backward[i]!
          expect(g.unavailable).toBe(f.unavailable)
          if (Number.isNaN(f.difference)) expect(g.difference).toBeNaN()
          else expect(g.difference === -f.difference).toBe(true)
        })
      }),
    )
  })

  it('composes the two relative changes to no change: (1 + A→B)(1 + B→A) = 1 for positive figures', () => {
    fc.assert(
      // Within six orders of magnitude of each other, so the ratios keep nine good digits.
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), (a, b) => {
        expect((1 + relativeChange(a, b)) * (1 + relativeChange(b, a))).toBeCloseTo(1, 9)
      }),
    )
  })

  it('subtracts annual cost in cents and gives the change relative to A', () => {
    const f = byKey(figureDifferences(row({ costCents: 100_000_00 }), row({ costCents: 103_000_50 }), true), 'annual_cost')
    expect(f).toMatchObject({ a: 100_000, b: 103_000.5, unavailable: null })
    expect(f.difference).toBeCloseTo(3_000.5, 9)
    expect(f.relativeChange).toBeCloseTo(0.030005, 12)
  })

  it('refuses to subtract money in two currencies but still subtracts FTE, hours and service level', () => {
    const figures = figureDifferences(row(), row({ fte: 42.5, costCents: 1 }), false)
    for (const f of figures.filter((x) => x.unit === 'money')) expect([f.difference, f.relativeChange, f.unavailable]).toEqual([NaN, NaN, 'different-currencies'])
    expect(byKey(figures, 'annual_cost')).toMatchObject({ a: 120_000, b: 0.01 })
    expect(byKey(figures, 'fte')).toMatchObject({ difference: 2, unavailable: null })
  })

  it('says which scenario an option is missing from, and keeps the other side’s values', () => {
    const onlyB = figureDifferences(undefined, row(), true)
    expect(onlyB.every((f) => f.unavailable === 'only-in-b' && Number.isNaN(f.a) && Number.isNaN(f.difference))).toBe(true)
    expect(byKey(onlyB, 'annual_cost').b).toBe(120_000)
    expect(figureDifferences(row(), undefined, true).every((f) => f.unavailable === 'only-in-a')).toBe(true)
  })

  it('covers every figure the versus page promises, each once', () => {
    const keys = VERSUS_FIGURES.map((f) => f.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const k of ['annual_cost', 'cost_per_contact', 'cost_per_resolution', 'fte', 'paid_hours', 'service_level', 'annual_cost_p10', 'annual_cost_p50', 'annual_cost_p90', 'expected_sla_credits']) {
      expect(keys).toContain(k)
    }
  })
})

describe('optionPairs', () => {
  it('matches options by id, A’s order first, then the options only B has', () => {
    const a = comparisonOf([row({ optionId: 1, name: 'In-house' }), row({ optionId: 2, name: 'Onshore', kind: 'partner' })])
    const b = comparisonOf([row({ optionId: 3, name: 'Offshore', kind: 'partner' }), row({ optionId: 1, name: 'In-house', fte: 50.5 })])
    const pairs = optionPairs(a, b, true)
    expect(pairs.map((p) => [p.optionId, p.presence])).toEqual([
      [1, 'both'],
      [2, 'only-a'],
      [3, 'only-b'],
    ])
    expect(byKey(pairs[0]!.figures, 'fte').difference).toBe(10)
  })
})

describe('monthlyVersus', () => {
  it('adds each scenario’s options per month over the months either covers, NaN where one has no such month', () => {
    const a = comparisonOf([row({ costCents: 1000 }), row({ optionId: 2, costCents: 3001 })])
    const b = comparisonOf([row({ costCents: 500 })], {
      months: ['2026-02', '2026-03'],
      monthlyCost: [
        { month: '2026-02', optionId: 1, name: 'In-house', costCents: 200 },
        { month: '2026-03', optionId: 1, name: 'In-house', costCents: 300 },
      ],
    })
    expect(monthlyVersus(a, b)).toEqual([
      { month: '2026-01', a: 20, b: NaN },
      { month: '2026-02', a: 20.01, b: 2 },
      { month: '2026-03', a: NaN, b: 3 },
    ])
  })
})

describe('scenarioVersus', () => {
  const side = (id: number, c: Comparison, overrides = {}): VersusSide => ({
    id,
    name: `Scenario ${id}`,
    scenario: scenario(1, [1], overrides),
    forecastName: 'Bank 2026',
    optionNames: new Map([[1, 'In-house']]),
    comparison: c,
  })

  it('marks the same scenario picked twice, with no assumption differing and every figure unchanged', () => {
    const s = side(4, comparisonOf([row()]))
    const v = scenarioVersus(s, s)
    expect(v.sameScenario).toBe(true)
    expect(v.assumptions).toEqual([])
    expect(v.whole.filter((f) => f.unavailable === null).every((f) => f.difference === 0)).toBe(true)
  })

  it('does not subtract money when the scenarios are in different currencies, and says so', () => {
    const v = scenarioVersus(side(1, comparisonOf([row()])), side(2, comparisonOf([row()], { currency: 'EUR' }), { currency: 'EUR' }))
    expect(v.sameCurrency).toBe(false)
    expect(byKey(v.whole, 'annual_cost').unavailable).toBe('different-currencies')
    expect(v.assumptions.map((d) => d.key)).toEqual(['currency'])
  })
})
