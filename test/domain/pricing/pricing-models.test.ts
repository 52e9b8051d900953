/** Every pricing model of model.md §8, hand-worked: quantities, rates, each rounded line, the sum. */
import { describe, expect, it } from 'vitest'
import { perInteractionLines, type Tier } from '../../../src/domain/pricing/per-interaction.ts'
import { FTE_MONTH_HOURS, pricingLines } from '../../../src/domain/pricing/pricing-lines.ts'
import { amounts, cents, lineOf, month, price, terms, USD } from './builders.ts'

const at = (shrinkage: number) => ({ ...USD, shrinkage })

describe('per productive hour', () => {
  it('bills logged-in hours × rate', () => {
    // 1,234.56 h × $22 = 27,160.32
    const inv = price(terms({ pricing: { model: 'per-productive-hour', rate: 22 } }), month({ productiveHours: 1234.56 }))
    expect(amounts(inv)).toEqual([['base', 2_716_032]])
    expect(inv.totalCents).toBe(2_716_032)
    expect(lineOf(inv, 'base')).toMatchObject({ quantity: 1234.56, rate: 22, unit: 'hours' })
  })

  it('ignores shrinkage: the vendor bills productive time only', () => {
    // 100 h × $25 = 2,500.00 whatever the shrinkage
    const inv = price(terms({ pricing: { model: 'per-productive-hour', rate: 25 } }), month({ productiveHours: 100 }), at(0.35))
    expect(inv.totalCents).toBe(250_000)
  })
})

describe('per scheduled (paid) hour (convention 4)', () => {
  it('bills productive / (1 − shrinkage), not rounded', () => {
    // 100 productive h / (1 − 0.30) = 142.857142857… h (not rounded to 143)
    // 142.857142857… × $25 = 3,571.428571… → 3,571.43
    const inv = price(terms({ pricing: { model: 'per-scheduled-hour', rate: 25 } }), month({ productiveHours: 100 }), at(0.3))
    const base = lineOf(inv, 'base')
    expect(base.quantity).toBeCloseTo(142.857142857142857, 10)
    expect(base.amountCents).toBe(357_143)
    expect(inv.totalCents).toBe(357_143)
  })

  it('uses paid hours when the month gives them', () => {
    // 150 paid h × $25 = 3,750.00 (the 30 % shrinkage is not applied again)
    const inv = price(terms({ pricing: { model: 'per-scheduled-hour', rate: 25 } }), month({ productiveHours: 100, paidHours: 150 }), at(0.3))
    expect(inv.totalCents).toBe(375_000)
  })

  it('at zero shrinkage bills the productive hours', () => {
    // 80 h / (1 − 0) × $30 = 2,400.00
    const inv = price(terms({ pricing: { model: 'per-scheduled-hour', rate: 30 } }), month({ productiveHours: 80 }), at(0))
    expect(inv.totalCents).toBe(240_000)
  })

  it('computes the scheduled hours exactly before the one rounding', () => {
    // 1,000.3 productive h / (1 − 0.20) = 1,250.375 h exactly
    // 1,250.375 × $25 = 31,259.375 → half away from zero → 31,259.38
    // (binary floats make the hours 1,250.3749999999998 and the line 31,259.37)
    const inv = price(terms({ pricing: { model: 'per-scheduled-hour', rate: 25 } }), month({ productiveHours: 1000.3 }), at(0.2))
    expect(inv.totalCents).toBe(3_125_938)
  })
})

describe('per FTE month (convention 3: 520/3 paid hours, volume ignored)', () => {
  it('an FTE month is 40 × 52 / 12 = 173.33… hours', () => {
    expect(FTE_MONTH_HOURS).toBeCloseTo(520 / 3, 12)
  })

  it('bills the FTE given, whatever the volume', () => {
    // 12.5 FTE × $3,000 = 37,500.00
    const t = terms({ pricing: { model: 'per-fte-month', rate: 3000 } })
    const quiet = price(t, month({ fte: 12.5, contacts: { voice: { offered: 10, handled: 10 } } }))
    const busy = price(t, month({ fte: 12.5, contacts: { voice: { offered: 90_000, handled: 88_000 } }, productiveHours: 5000 }))
    expect(quiet.totalCents).toBe(3_750_000)
    expect(busy.totalCents).toBe(3_750_000)
  })

  it('derives FTE from paid hours / (520/3)', () => {
    // 2,600 paid h / 173.33… = 2,600 × 3 / 520 = 15 FTE × $1,200 = 18,000.00
    const inv = price(terms({ pricing: { model: 'per-fte-month', rate: 1200 } }), month({ paidHours: 2600 }))
    expect(lineOf(inv, 'base').quantity).toBeCloseTo(15, 10)
    expect(inv.totalCents).toBe(1_800_000)
  })

  it('derives paid hours from productive hours and shrinkage when neither is given', () => {
    // 1,820 productive h / (1 − 0.30) = 2,600 paid h → 15 FTE × $1,200 = 18,000.00
    const inv = price(terms({ pricing: { model: 'per-fte-month', rate: 1200 } }), month({ productiveHours: 1820 }), at(0.3))
    expect(inv.totalCents).toBe(1_800_000)
  })

  it('computes derived FTE exactly before the one rounding', () => {
    // 1,020 paid h × 3 / 520 = 5.884615384… FTE
    // × $3,333.33 = 1,020 × 3 × 3,333.33 / 520 = 10,199,989.8 / 520 = 19,615.365 exactly → 19,615.37
    // (binary floats: 1,020 / 173.33333333333334 × 3,333.33 → 19,615.36)
    const inv = price(terms({ pricing: { model: 'per-fte-month', rate: 3333.33 } }), month({ paidHours: 1020 }))
    expect(inv.totalCents).toBe(1_961_537)
  })
})

describe('per interaction without tiers', () => {
  it('bills each channel at its own price', () => {
    // voice 1,234 × $3.72 = 4,590.48
    // chat    567 × $1.98 = 1,122.66
    // email    89 × $2.34 =   208.26
    // total                 5,921.40
    const inv = price(
      terms({ pricing: { model: 'per-interaction', prices: { voice: 3.72, chat: 1.98, email: 2.34 } } }),
      month({ contacts: { voice: { offered: 1300, handled: 1234 }, chat: { offered: 600, handled: 567 }, email: { offered: 89, handled: 89 } } }),
    )
    expect(amounts(inv)).toEqual([
      ['base', 459_048],
      ['base', 112_266],
      ['base', 20_826],
    ])
    expect(inv.totalCents).toBe(592_140)
  })

  it('bills handled, not offered, contacts', () => {
    // 1,000 handled (1,100 offered) × $2.20 = 2,200.00
    const inv = price(terms({ pricing: { model: 'per-interaction', prices: { voice: 2.2 } } }), month({ contacts: { voice: { offered: 1100, handled: 1000 } } }))
    expect(inv.totalCents).toBe(220_000)
  })
})

const TIERS: Tier[] = [
  { upTo: 1000, price: 2 },
  { upTo: 5000, price: 1.5 },
  { upTo: null, price: 1 },
]
const sum = (lines: { amountCents: number }[]) => lines.reduce((s, l) => s + l.amountCents, 0)

describe('marginal tiers (convention 5: upper bound inclusive, each contact at its tier price)', () => {
  it('exactly at a bound stays in the lower tier', () => {
    // 1,000 × $2.00 = 2,000.00 (contact 1,000 is in tier 1–1,000)
    const lines = perInteractionLines('voice', 1000, 9, TIERS, 'marginal')
    expect(lines.map((l) => [l.quantity, l.rate, l.amountCents])).toEqual([[1000, 2, 200_000]])
  })

  it('one contact past a bound is priced at the next tier', () => {
    // 1,000 × $2.00 = 2,000.00;  1 × $1.50 = 1.50;  total 2,001.50
    const lines = perInteractionLines('voice', 1001, 9, TIERS, 'marginal')
    expect(lines.map((l) => [l.quantity, l.rate, l.amountCents])).toEqual([
      [1000, 2, 200_000],
      [1, 1.5, 150],
    ])
    expect(sum(lines)).toBe(200_150)
  })

  it('spreads a large month over every tier', () => {
    // 1,000 × $2.00 = 2,000.00
    // 4,000 × $1.50 = 6,000.00 (1,001–5,000)
    // 1,000 × $1.00 = 1,000.00 (5,001–6,000)
    // total 9,000.00
    const inv = price(terms({ pricing: { model: 'per-interaction', prices: { voice: 9 }, tiers: { style: 'marginal', byChannel: { voice: TIERS } } } }), month({ contacts: { voice: { offered: 6000, handled: 6000 } } }))
    expect(amounts(inv)).toEqual([
      ['tier', 200_000],
      ['tier', 600_000],
      ['tier', 100_000],
    ])
    expect(inv.totalCents).toBe(900_000)
  })

  it('at the second bound: 1,000 × $2 + 4,000 × $1.50 = 8,000.00', () => {
    expect(sum(perInteractionLines('voice', 5000, 9, TIERS, 'marginal'))).toBe(800_000)
  })

  it('counts tiers per channel: an untiered channel keeps its flat price', () => {
    // voice (tiered) 1,200: 1,000 × $2 = 2,000.00 + 200 × $1.50 = 300.00
    // chat (flat) 1,200 × $1.98 = 2,376.00 — chat volume does not move voice up a tier
    // total 4,676.00
    const inv = price(
      terms({ pricing: { model: 'per-interaction', prices: { voice: 9, chat: 1.98 }, tiers: { style: 'marginal', byChannel: { voice: TIERS } } } }),
      month({ contacts: { voice: { offered: 1200, handled: 1200 }, chat: { offered: 1200, handled: 1200 } } }),
    )
    expect(amounts(inv)).toEqual([
      ['tier', 200_000],
      ['tier', 30_000],
      ['base', 237_600],
    ])
    expect(inv.totalCents).toBe(467_600)
  })

  it('rounds each tier line once: 333 × $0.335 + 1 × $0.3333', () => {
    // tier 1–333: 333 × $0.335 = 111.555 → 111.56
    // tier 334+:    1 × $0.3333 = 0.3333 → 0.33
    // total 111.89
    const lines = perInteractionLines('chat', 334, 1, [{ upTo: 333, price: 0.335 }, { upTo: null, price: 0.3333 }], 'marginal')
    expect(lines.map((l) => l.amountCents)).toEqual([11_156, 33])
    expect(sum(lines)).toBe(11_189)
  })
})

describe('whole-volume tiers (convention 5: every contact at the price of the tier holding the last one)', () => {
  it('exactly at a bound prices every contact at the lower tier', () => {
    // 1,000 × $2.00 = 2,000.00
    const lines = perInteractionLines('voice', 1000, 9, TIERS, 'whole-volume')
    expect(lines.map((l) => [l.quantity, l.rate, l.amountCents])).toEqual([[1000, 2, 200_000]])
  })

  it('one more contact can lower the bill, and the line says why', () => {
    // 1,000 contacts: 1,000 × $2.00 = 2,000.00
    // 1,001 contacts: 1,001 × $1.50 = 1,501.50 — less than for 1,000
    const t = terms({ pricing: { model: 'per-interaction', prices: { voice: 9 }, tiers: { style: 'whole-volume', byChannel: { voice: TIERS } } } })
    const at1000 = price(t, month({ contacts: { voice: { offered: 1000, handled: 1000 } } }))
    const at1001 = price(t, month({ contacts: { voice: { offered: 1001, handled: 1001 } } }))
    expect(at1000.totalCents).toBe(200_000)
    expect(at1001.totalCents).toBe(150_150)
    expect(at1001.totalCents).toBeLessThan(at1000.totalCents)
    expect(lineOf(at1001, 'tier').note).toMatch(/whole-volume/)
  })

  it('at the top tier: 5,000 × $1.50 = 7,500.00, 5,001 × $1.00 = 5,001.00', () => {
    expect(sum(perInteractionLines('voice', 5000, 9, TIERS, 'whole-volume'))).toBe(750_000)
    expect(sum(perInteractionLines('voice', 5001, 9, TIERS, 'whole-volume'))).toBe(500_100)
  })
})

describe('per handled minute', () => {
  it('bills handle minutes × rate, half a cent rounding away from zero', () => {
    // 12,345.5 min × $0.95 = 11,728.225 → 11,728.23
    const inv = price(terms({ pricing: { model: 'per-minute', rate: 0.95 } }), month({ handleMinutes: 12_345.5 }))
    expect(amounts(inv)).toEqual([['base', 1_172_823]])
  })
})

describe('per resolution', () => {
  it('bills issues resolved × rate', () => {
    // 3,210 resolutions × $0.99 = 3,177.90
    const inv = price(terms({ pricing: { model: 'per-resolution', rate: 0.99 } }), month({ resolutions: 3210, contacts: { chat: { offered: 5000, handled: 4800 } } }))
    expect(amounts(inv)).toEqual([['base', 317_790]])
  })
})

describe('hybrid: a fixed monthly fee plus one variable model', () => {
  it('fixed fee + per productive hour', () => {
    // fixed fee 5,000.00 + 400 h × $18 = 7,200.00 → 12,200.00
    const inv = price(terms({ pricing: { model: 'hybrid', fixedMonthlyFee: 5000, variable: { model: 'per-productive-hour', rate: 18 } } }), month({ productiveHours: 400 }))
    expect(amounts(inv)).toEqual([
      ['fixed-fee', 500_000],
      ['base', 720_000],
    ])
    expect(inv.totalCents).toBe(1_220_000)
  })

  it('fixed fee + per resolution, and the fee is billed on a zero month', () => {
    // 2,500.50 + 1,000 × $1.50 = 1,500.00 → 4,000.50;  an empty month: 2,500.50 + 0 = 2,500.50
    const t = terms({ pricing: { model: 'hybrid', fixedMonthlyFee: 2500.5, variable: { model: 'per-resolution', rate: 1.5 } } })
    expect(price(t, month({ resolutions: 1000 })).totalCents).toBe(400_050)
    expect(price(t, month()).totalCents).toBe(250_050)
  })

  it('fixed fee + tiered per interaction', () => {
    // 1,000.00 + marginal voice 1,200: 1,000 × $2 + 200 × $1.50 = 2,300.00 → 3,300.00
    const inv = price(
      terms({ pricing: { model: 'hybrid', fixedMonthlyFee: 1000, variable: { model: 'per-interaction', prices: { voice: 9 }, tiers: { style: 'marginal', byChannel: { voice: TIERS } } } } }),
      month({ contacts: { voice: { offered: 1200, handled: 1200 } } }),
    )
    expect(inv.totalCents).toBe(330_000)
  })
})

describe('banded / anchored (convention 9)', () => {
  // baseline B = 10,000 contacts, band ±10 % → edges 9,000 and 11,000; base $40,000; ARC $3.50; RRC $2.00
  const banded = terms({ pricing: { model: 'banded', baseCharge: 40_000, baselineVolume: 10_000, bandShare: 0.1, additionalPerUnit: 3.5, reducedPerUnit: 2 } })
  const handled = (n: number) => month({ contacts: { voice: { offered: n, handled: n } } })

  it('inside the band, edges included, bills the base charge only', () => {
    for (const v of [9000, 9500, 10_000, 10_999, 11_000]) {
      const inv = price(banded, handled(v))
      expect(amounts(inv), `volume ${v}`).toEqual([['base', 4_000_000]])
    }
  })

  it('above B(1 + b) charges per unit beyond the edge, not from the baseline', () => {
    // 11,500 − 11,000 = 500 × $3.50 = 1,750.00;  40,000 + 1,750 = 41,750.00 (not 1,500 × 3.50 from the baseline)
    const inv = price(banded, handled(11_500))
    expect(amounts(inv)).toEqual([
      ['base', 4_000_000],
      ['additional-resource', 175_000],
    ])
    expect(lineOf(inv, 'additional-resource').quantity).toBe(500)
    expect(inv.totalCents).toBe(4_175_000)
    // one contact past the edge: 40,000 + 1 × 3.50 = 40,003.50
    expect(price(banded, handled(11_001)).totalCents).toBe(4_000_350)
  })

  it('below B(1 − b) credits per unit short of the edge', () => {
    // 9,000 − 8,200 = 800 × $2.00 = −1,600.00;  40,000 − 1,600 = 38,400.00
    const inv = price(banded, handled(8200))
    expect(amounts(inv)).toEqual([
      ['base', 4_000_000],
      ['reduced-resource', -160_000],
    ])
    expect(inv.totalCents).toBe(3_840_000)
  })

  it('counts handled contacts over every channel', () => {
    // voice 7,000 + chat 4,500 = 11,500 → 40,000 + 500 × 3.50 = 41,750.00
    const inv = price(banded, month({ contacts: { voice: { offered: 7000, handled: 7000 }, chat: { offered: 4500, handled: 4500 } } }))
    expect(inv.totalCents).toBe(4_175_000)
  })

  it('a month exactly on an upper edge that binary floats miss adds no charge line', () => {
    // B = 6,000, b = 15 % → upper edge 6,000 × 1.15 = 6,900 exactly (binary: 6,899.999999999999)
    // 6,900 contacts are inside the band: base 25,000.00 only, no "contacts above the band" line
    const t = terms({ pricing: { model: 'banded', baseCharge: 25_000, baselineVolume: 6000, bandShare: 0.15, additionalPerUnit: 3, reducedPerUnit: 2 } })
    const inv = price(t, handled(6900))
    expect(inv.totalCents).toBe(2_500_000)
    expect(amounts(inv)).toEqual([['base', 2_500_000]])
  })

  it('one unit beyond an edge that binary floats overshoot is one whole unit', () => {
    // B = 6,000, b = 10 % → upper edge 6,600 exactly (binary: 6,600.000000000001)
    // 6,601 contacts: 1 unit × $1.125 = 1.125 → 1.13;  total 25,000 + 1.13 = 25,001.13
    const t = terms({ pricing: { model: 'banded', baseCharge: 25_000, baselineVolume: 6000, bandShare: 0.1, additionalPerUnit: 1.125, reducedPerUnit: 2 } })
    const inv = price(t, handled(6601))
    expect(cents(inv, 'additional-resource')).toBe(113)
    expect(inv.totalCents).toBe(2_500_113)
  })
})

describe('pricingLines returns the model charges only', () => {
  it('has no minimum, fee, credit or pass-through lines', () => {
    const t = terms({ pricing: { model: 'per-productive-hour', rate: 20 }, minimumMonthlyCommitment: 1e6, managementFeeShare: 0.1, technologyPerSeatMonthly: 25 })
    const lines = pricingLines(t.pricing, month({ productiveHours: 10, headcount: 3 }), 0)
    expect(lines.map((l) => [l.code, l.amountCents])).toEqual([['base', 20_000]])
  })
})
