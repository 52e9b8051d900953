/**
 * The cost-gap split by driver: hand-computed cases, the parts adding up to the gap,
 * symmetry and zero parts for equal factors, as table cases and as properties.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { costGap, driverFactors, largestDriver, logMean, MEASURE_DRIVERS, type CostGap, type DriverTotals } from '../../../src/domain/evaluation/cost-drivers.ts'

/** $1,000 for 100 paid h, 80 productive, 40 busy, 400 contacts, 320 resolutions: $2.50 a contact, $3.125 a resolution. */
const BASE: DriverTotals = Object.freeze({ costCents: 100_000, paidHours: 100, productiveHours: 80, busyHours: 40, contactsHandled: 400, resolutions: 320 })

const amounts = (g: CostGap) => (g.ok ? Object.fromEntries(g.parts.map((p) => [p.driver, p.amount])) : {})
const sumOf = (g: CostGap) => (g.ok ? g.parts.reduce((s, p) => s + p.amount, 0) : NaN)

describe('driverFactors', () => {
  it('reads price per paid hour, paid per productive hour, productive per busy hour, busy hours per contact and contacts per resolution', () => {
    expect(driverFactors(BASE)).toEqual({ price: 10, shrinkage: 1.25, coverage: 2, aht: 0.1, fcr: 1.25 })
  })

  it('has no factors without contacts, hours or cost', () => {
    expect(driverFactors({ ...BASE, contactsHandled: 0 })).toBeUndefined()
    expect(driverFactors({ ...BASE, busyHours: 0 })).toBeUndefined()
    expect(driverFactors({ ...BASE, costCents: 0 })).toBeUndefined()
  })
})

describe('logMean', () => {
  it.each([
    [1, Math.E, Math.E - 1],
    [2, 2, 2],
    [Math.E, 1, Math.E - 1],
  ])('L(%d, %d) = %d', (a, b, expected) => {
    expect(logMean(a, b)).toBeCloseTo(expected, 14)
  })
})

describe('costGap', () => {
  // Each case changes some factors of BASE; the parts are worked out by hand from part_i = L(Y0, Y1) · ln(ratio_i).
  it.each<{ name: string; other: DriverTotals; gap: number; parts: Record<string, number> }>([
    {
      name: 'twice the price: the whole $2.50 gap is price',
      other: { ...BASE, costCents: 200_000 },
      gap: 2.5,
      parts: { price: 2.5, shrinkage: 0, coverage: 0, aht: 0 },
    },
    {
      name: 'twice the price and twice the handle time ($2.50 → $10.00): the two share the $7.50 equally',
      // Hours double with the handle time, and cost doubles twice (price × hours).
      other: { costCents: 400_000, paidHours: 200, productiveHours: 160, busyHours: 80, contactsHandled: 400, resolutions: 320 },
      gap: 7.5,
      parts: { price: 3.75, shrinkage: 0, coverage: 0, aht: 3.75 },
    },
    {
      name: 'twice the price and half the idle cover (coverage 2 → 1): no gap, +$2.50·ln 2 price and −$2.50·ln 2 coverage',
      other: { costCents: 100_000, paidHours: 50, productiveHours: 40, busyHours: 40, contactsHandled: 400, resolutions: 320 },
      gap: 0,
      parts: { price: 2.5 * Math.LN2, shrinkage: 0, coverage: -2.5 * Math.LN2, aht: 0 },
    },
    {
      name: 'shrinkage 20 % → 50 % (paid/productive 1.25 → 2) at the same hourly price: $2.50 → $4.00, all shrinkage',
      other: { costCents: 160_000, paidHours: 160, productiveHours: 80, busyHours: 40, contactsHandled: 400, resolutions: 320 },
      gap: 1.5,
      parts: { price: 0, shrinkage: 1.5, coverage: 0, aht: 0 },
    },
  ])('$name', ({ other, gap, parts }) => {
    const g = costGap(BASE, other)
    expect(g.ok).toBe(true)
    if (!g.ok) return
    expect(g.base).toBe(2.5)
    expect(g.gap).toBeCloseTo(gap, 12)
    for (const [driver, amount] of Object.entries(parts)) expect(amounts(g)[driver], driver).toBeCloseTo(amount, 12)
    expect(sumOf(g)).toBeCloseTo(g.gap, 12)
  })

  it('splits the gap per resolution into five drivers, FCR 80 % → 40 % doubling the cost per resolution', () => {
    const g = costGap(BASE, { ...BASE, resolutions: 160 }, 'per-resolution')
    expect(g.ok && g.parts.map((p) => p.driver)).toEqual(['price', 'shrinkage', 'coverage', 'aht', 'fcr'])
    expect(g.ok && g.gap).toBeCloseTo(3.125, 12)
    expect(amounts(g).fcr).toBeCloseTo(3.125, 12)
    expect(amounts(g).price).toBe(0)
  })

  it('leaves FCR out of the gap per contact: repeat contacts are contacts', () => {
    const g = costGap(BASE, { ...BASE, resolutions: 160 })
    expect(g.ok && g.parts.map((p) => p.driver)).toEqual(MEASURE_DRIVERS['per-contact'])
    expect(g.ok && g.gap).toBe(0)
  })

  it('refuses, with a reason, an option without contacts', () => {
    const g = costGap(BASE, { ...BASE, contactsHandled: 0 })
    expect(g).toEqual({ ok: false, measure: 'per-contact', reason: 'the other option has no cost, contacts, resolutions or hours to split' })
  })

  it('names the largest widening driver, and none when every part narrows the gap', () => {
    const g = costGap(BASE, { ...BASE, costCents: 300_000, busyHours: 30 })
    expect(largestDriver(g)?.driver).toBe('price')
    expect(largestDriver(costGap({ ...BASE, costCents: 300_000 }, BASE))).toBeUndefined()
  })
})

/** Positive totals whose factors span a few orders of magnitude, as real options do. */
const totals = fc.record({
  costCents: fc.integer({ min: 1, max: 10 ** 12 }),
  paidHours: fc.double({ min: 1, max: 1e6, noNaN: true }),
  productiveHours: fc.double({ min: 1, max: 1e6, noNaN: true }),
  busyHours: fc.double({ min: 1, max: 1e6, noNaN: true }),
  contactsHandled: fc.double({ min: 1, max: 1e8, noNaN: true }),
  resolutions: fc.double({ min: 1, max: 1e8, noNaN: true }),
})
const measure = fc.constantFrom('per-contact' as const, 'per-resolution' as const)

describe('costGap properties', () => {
  it('parts add up to the gap (to 1e−9 of the larger measure)', () => {
    fc.assert(
      fc.property(totals, totals, measure, (a, b, m) => {
        const g = costGap(a, b, m)
        if (!g.ok) return false
        return Math.abs(sumOf(g) - g.gap) <= 1e-9 * Math.max(g.base, g.other)
      }),
    )
  })

  it('swapping the options negates every part', () => {
    fc.assert(
      fc.property(totals, totals, measure, (a, b, m) => {
        const ab = costGap(a, b, m)
        const ba = costGap(b, a, m)
        if (!ab.ok || !ba.ok) return false
        return ab.parts.every((p, i) => Math.abs(p.amount + ba.parts[i]!.amount) <= 1e-9 * Math.max(ab.base, ab.other))
      }),
    )
  })

  it('scaling only the cost puts the whole gap on price', () => {
    fc.assert(
      fc.property(totals, fc.integer({ min: 2, max: 1000 }), (a, k) => {
        const g = costGap(a, { ...a, costCents: a.costCents * k })
        if (!g.ok) return false
        const price = g.parts.find((p) => p.driver === 'price')!.amount
        return Math.abs(price - g.gap) <= 1e-9 * g.other && g.parts.every((p) => p.driver === 'price' || p.amount === 0)
      }),
    )
  })
})
