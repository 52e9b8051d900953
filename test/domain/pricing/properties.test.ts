/** Properties of the invoice engine over generated terms and months (fast-check). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { priceMonth, type Vendor } from '../../../src/domain/pricing/invoice.ts'
import type { MonthActuals } from '../../../src/domain/pricing/month-actuals.ts'
import { costInHouseMonth } from '../../../src/domain/pricing/in-house-cost.ts'
import { perInteractionLines, type Tier } from '../../../src/domain/pricing/per-interaction.ts'
import { costStackSchema, type Terms } from '../../../src/schemas/pricing-terms.ts'
import { expectConsistent, month, terms } from './builders.ts'

const RUNS = { numRuns: 200 }

/** Money typed to the cent, and rates to a tenth of a cent. */
const dollars = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100)
const rate = fc.oneof(dollars(200), fc.integer({ min: 0, max: 200_000 }).map((m) => m / 1000))
const share = (maxPercent: number) => fc.integer({ min: 0, max: maxPercent * 100 }).map((bp) => bp / 10_000)
const count = (max: number) => fc.integer({ min: 0, max })
const hours = fc.integer({ min: 0, max: 5_000_000 }).map((h) => h / 100)
const CHANNELS = ['voice', 'chat', 'email'] as const

/** Increasing inclusive bounds, the last tier open or bounded. */
const tiers: fc.Arbitrary<Tier[]> = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 1, max: 20_000 }), { minLength: 1, maxLength: 4 }), fc.boolean())
  .chain(([bounds, open]) => {
    const sorted = [...bounds].sort((a, b) => a - b)
    const uppers: (number | null)[] = open ? [...sorted, null] : sorted
    return fc.tuple(...uppers.map(() => rate)).map((prices) => uppers.map((upTo, i) => ({ upTo, price: prices[i]! })))
  })

const perInteraction = fc.record({
  model: fc.constant('per-interaction' as const),
  prices: fc.record({ voice: rate, chat: rate, email: rate }),
  tiers: fc.option(fc.record({ style: fc.constantFrom('marginal' as const, 'whole-volume' as const), byChannel: fc.record({ voice: tiers }, { requiredKeys: [] }) }), { nil: undefined }),
})

const unbanded = fc.oneof(
  fc.record({ model: fc.constantFrom('per-productive-hour' as const, 'per-scheduled-hour' as const, 'per-fte-month' as const, 'per-minute' as const, 'per-resolution' as const), rate }),
  perInteraction,
)
const banded = fc.record({
  model: fc.constant('banded' as const),
  baseCharge: dollars(100_000),
  baselineVolume: fc.integer({ min: 1, max: 50_000 }),
  bandShare: share(50),
  additionalPerUnit: rate,
  reducedPerUnit: rate,
})
const pricing = (withBanded: boolean) => {
  const variable = withBanded ? fc.oneof(unbanded, banded) : unbanded
  return fc.oneof(variable, fc.record({ model: fc.constant('hybrid' as const), fixedMonthlyFee: dollars(50_000), variable }))
}

type KpiTarget = { kpi: 'service-level' | 'asa' | 'csat' | 'fcr'; target: number; weight: number }

/** KPI sets whose weights sum to 100 %. */
const slaKpis = fc.oneof(
  fc.tuple(fc.double({ min: 0.5, max: 0.95, noNaN: true })).map(([sl]) => [{ kpi: 'service-level' as const, target: sl, weight: 1 }]),
  fc.tuple(fc.double({ min: 0.5, max: 0.95, noNaN: true }), fc.integer({ min: 10, max: 120 })).map(([sl, asa]) => [
    { kpi: 'service-level' as const, target: sl, weight: 0.6 },
    { kpi: 'asa' as const, target: asa, weight: 0.4 },
  ]),
  fc.constant<KpiTarget[]>([
    { kpi: 'service-level', target: 0.8, weight: 0.5 },
    { kpi: 'csat', target: 0.85, weight: 0.3 },
    { kpi: 'fcr', target: 0.7, weight: 0.2 },
  ]),
)

const termsArb = (withBanded: boolean): fc.Arbitrary<Terms> =>
  fc
    .record(
      {
        pricing: pricing(withBanded),
        minimumMonthlyCommitment: dollars(200_000),
        managementFeeShare: share(20),
        slaCredits: fc.record({ atRiskShare: share(100), capShare: share(100), kpis: slaKpis, earnBackTarget: fc.option(fc.double({ min: 0.5, max: 1, noNaN: true }), { nil: undefined }) }),
        bonuses: fc.array(fc.record({ kpi: fc.constantFrom('csat' as const, 'asa' as const, 'qa-score' as const), target: fc.double({ min: 0, max: 100, noNaN: true }), share: share(10) }), { maxLength: 3 }),
        technologyPerSeatMonthly: dollars(500),
        transitionFee: dollars(100_000),
        trainingPerNewAgent: dollars(5000),
        attritionAnnualRate: share(150),
        replacementCostPerAgent: dollars(20_000),
      },
      { requiredKeys: ['pricing'] },
    )
    .map((input) => terms(input))

const contacts = fc.record(
  Object.fromEntries(CHANNELS.map((c) => [c, fc.tuple(count(30_000), count(30_000)).map(([a, b]) => ({ offered: Math.max(a, b), handled: Math.min(a, b) }))])) as Record<
    (typeof CHANNELS)[number],
    fc.Arbitrary<{ offered: number; handled: number }>
  >,
  { requiredKeys: [] },
)

const actualsArb: fc.Arbitrary<MonthActuals> = fc
  .record({
    contacts,
    handleMinutes: hours,
    productiveHours: hours,
    paidHours: fc.option(hours, { nil: undefined }),
    fte: fc.option(fc.integer({ min: 0, max: 50_000 }).map((x) => x / 100), { nil: undefined }),
    resolutions: count(100_000),
    kpis: fc.record({ 'service-level': fc.double({ min: 0, max: 1, noNaN: true }), asa: fc.integer({ min: 0, max: 600 }), csat: fc.double({ min: 0, max: 1, noNaN: true }), fcr: fc.double({ min: 0, max: 1, noNaN: true }) }, { requiredKeys: [] }),
    forecastOffered: count(100_000),
    newAgents: count(50),
    headcount: fc.integer({ min: 0, max: 50_000 }).map((x) => x / 10),
    exchangeRate: fc.option(fc.integer({ min: 1, max: 200_000 }).map((x) => x / 10_000), { nil: undefined }),
    firstMonth: fc.boolean(),
    priorCreditCents: fc.option(count(10_000_000), { nil: undefined }),
  })
  .map((input) => month(input))

const vendorArb: fc.Arbitrary<Vendor> = fc.record({
  currency: fc.constantFrom('USD', 'EUR', 'PHP'),
  exchangeRate: fc.integer({ min: 1, max: 600_000 }).map((x) => x / 10_000),
  shrinkage: fc.integer({ min: 0, max: 60 }).map((p) => p / 100),
})

describe('invoice properties', () => {
  it('the total is always the sum of the rounded lines, in whole cents', () => {
    fc.assert(
      fc.property(termsArb(true), actualsArb, vendorArb, (t, a, v) => {
        expectConsistent(priceMonth(t, v, a))
      }),
      RUNS,
    )
  })

  it('never bills a negative amount for non-negative inputs without banded credits', () => {
    fc.assert(
      fc.property(termsArb(false), actualsArb, vendorArb, (t, a, v) => {
        const inv = priceMonth(t, v, a)
        expect(inv.totalCents).toBeGreaterThanOrEqual(0)
        expect(inv.convertedCents).toBeGreaterThanOrEqual(0)
      }),
      RUNS,
    )
  })

  it('a minimum commitment never lowers a bill', () => {
    fc.assert(
      fc.property(termsArb(true), dollars(200_000), actualsArb, vendorArb, (t, minimum, a, v) => {
        const { minimumMonthlyCommitment: _ignored, ...without } = t
        const withMinimum = { ...without, minimumMonthlyCommitment: minimum }
        expect(priceMonth(withMinimum, v, a).totalCents).toBeGreaterThanOrEqual(priceMonth(without, v, a).totalCents)
      }),
      RUNS,
    )
  })

  it('more volume never lowers an untiered or marginal-tier per-interaction bill', () => {
    fc.assert(
      fc.property(rate, fc.option(tiers, { nil: undefined }), count(30_000), count(5_000), (price, ts, handled, more) => {
        const bill = (n: number) => perInteractionLines('voice', n, price, ts, 'marginal').reduce((s, l) => s + l.amountCents, 0)
        expect(bill(handled + more)).toBeGreaterThanOrEqual(bill(handled))
      }),
      RUNS,
    )
  })

  it('more volume never lowers a whole invoice priced per interaction without tiers or with marginal tiers', () => {
    const marginalOnly = perInteraction.filter((p) => p.tiers === undefined || p.tiers.style === 'marginal')
    fc.assert(
      fc.property(marginalOnly, actualsArb, fc.constantFrom(...CHANNELS), count(5_000), (p, a, channel, more) => {
        const t = terms({ pricing: p })
        const before = a.contacts[channel] ?? { offered: 0, handled: 0 }
        const bigger: MonthActuals = { ...a, contacts: { ...a.contacts, [channel]: { offered: before.offered + more, handled: before.handled + more } } }
        expect(priceMonth(t, { currency: 'USD', exchangeRate: 1, shrinkage: 0 }, bigger).totalCents).toBeGreaterThanOrEqual(priceMonth(t, { currency: 'USD', exchangeRate: 1, shrinkage: 0 }, a).totalCents)
      }),
      RUNS,
    )
  })

  it('whole-volume tiers can bill less for more (the case the UI must explain)', () => {
    // 1,000 × $2.00 = 2,000.00;  1,001 × $1.50 = 1,501.50
    const ts = [
      { upTo: 1000, price: 2 },
      { upTo: null, price: 1.5 },
    ]
    const bill = (n: number) => perInteractionLines('voice', n, 9, ts, 'whole-volume').reduce((s, l) => s + l.amountCents, 0)
    expect(bill(1000)).toBe(200_000)
    expect(bill(1001)).toBe(150_150)
    // and fast-check finds such a pair on its own
    const counterexample = fc.check(
      fc.property(tiers, count(20_000), (t, n) => {
        const wv = (k: number) => perInteractionLines('voice', k, 9, t, 'whole-volume').reduce((s, l) => s + l.amountCents, 0)
        return wv(n + 1) >= wv(n)
      }),
      { numRuns: 2000, seed: 42 },
    )
    expect(counterexample.failed).toBe(true)
  })

  it('invoices are deterministic and leave their inputs untouched', () => {
    fc.assert(
      fc.property(termsArb(true), actualsArb, vendorArb, (t, a, v) => {
        const tCopy = structuredClone(t)
        const aCopy = structuredClone(a)
        const first = priceMonth(t, v, a)
        const second = priceMonth(structuredClone(t), { ...v }, structuredClone(a))
        expect(second).toEqual(first)
        expect(JSON.stringify(second)).toBe(JSON.stringify(first))
        expect(t).toEqual(tCopy)
        expect(a).toEqual(aCopy)
      }),
      RUNS,
    )
  })
})

describe('in-house cost properties', () => {
  const stackArb = fc
    .record({
      hourlyWage: dollars(100),
      benefitsLoad: share(100),
      supervisorSpan: fc.integer({ min: 1, max: 40 }),
      supervisorSalary: dollars(200_000),
      qaSpan: fc.integer({ min: 1, max: 100 }),
      qaSalary: dollars(200_000),
      wfmSpan: fc.integer({ min: 1, max: 300 }),
      wfmSalary: dollars(200_000),
      facilitiesPerSeatMonthly: dollars(2000),
      technologyPerSeatMonthly: dollars(1000),
      recruitingCostPerHire: dollars(20_000),
      trainingCostPerHire: dollars(20_000),
      attritionAnnualRate: share(150),
    })
    .map((s) => costStackSchema.parse(s))

  it('is never negative, sums its lines, and is deterministic', () => {
    fc.assert(
      fc.property(stackArb, fc.integer({ min: 0, max: 10_000_000 }).map((h) => h / 100), fc.integer({ min: 1, max: 600_000 }).map((x) => x / 10_000), (stack, paidHours, rate) => {
        const m = { month: '2026-03', paidHours, fte: paidHours / (2080 / 12) }
        const s = costInHouseMonth(stack, m, 'USD', rate)
        expectConsistent(s)
        expect(s.totalCents).toBeGreaterThanOrEqual(0)
        expect(costInHouseMonth(stack, { ...m }, 'USD', rate)).toEqual(s)
      }),
      RUNS,
    )
  })

  it('more agents never cost less', () => {
    fc.assert(
      fc.property(stackArb, fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 100_000 }), (stack, h, more) => {
        const c = (paid: number) => costInHouseMonth(stack, { month: '2026-03', paidHours: paid / 100, fte: paid / 100 / (2080 / 12) }, 'USD', 1).totalCents
        expect(c(h + more)).toBeGreaterThanOrEqual(c(h))
      }),
      RUNS,
    )
  })
})
