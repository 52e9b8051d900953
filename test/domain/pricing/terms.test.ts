/** The terms any model may add (model.md §8, conventions 2, 6–8, 10), hand-worked line by line. */
import { describe, expect, it } from 'vitest'
import { amounts, cents, lineOf, linesOf, month, price, terms, USD } from './builders.ts'

/** voice 1,234 × $3.72 = 4,590.48;  chat 567 × $1.98 = 1,122.66;  email 89 × $2.34 = 208.26;  charges 5,921.40 */
const PER_CONTACT = { model: 'per-interaction', prices: { voice: 3.72, chat: 1.98, email: 2.34 } } as const
const CONTACTS = { voice: { offered: 1300, handled: 1234 }, chat: { offered: 600, handled: 567 }, email: { offered: 89, handled: 89 } }
const CHARGES = 592_140

/** 1,000 productive h × $20 = 20,000.00 */
const HOURLY = { model: 'per-productive-hour', rate: 20 } as const
/** 10 % at risk, cap 15 %: service level 80 % (weight 60 %), ASA 30 s (weight 40 %). */
const SLA = {
  atRiskShare: 0.1,
  capShare: 0.15,
  kpis: [
    { kpi: 'service-level' as const, target: 0.8, weight: 0.6 },
    { kpi: 'asa' as const, target: 30, weight: 0.4 },
  ],
}
/** 10,000 offered against a forecast of 10,000, inside the validity band. */
const IN_BAND = { contacts: { voice: { offered: 10_000, handled: 9800 } }, forecastOffered: 10_000, productiveHours: 1000 }

describe('a full month, every term at once', () => {
  it('prices each line and sums the rounded lines', () => {
    const t = terms({
      pricing: HOURLY,
      managementFeeShare: 0.1,
      slaCredits: SLA,
      bonuses: [{ kpi: 'csat', target: 0.85, share: 0.02 }],
      technologyPerSeatMonthly: 25,
      transitionFee: 10_000,
      trainingPerNewAgent: 1500,
      attritionAnnualRate: 0.24,
      replacementCostPerAgent: 12_000,
    })
    const a = month({ ...IN_BAND, kpis: { 'service-level': 0.75, asa: 30, csat: 0.9 }, headcount: 50, newAgents: 5, firstMonth: true })
    const inv = price(t, a, { currency: 'USD', exchangeRate: 0.92, shrinkage: 0 })
    // base            1,000 h × $20                                  = 20,000.00
    // management fee  10 % × 20,000.00                                =  2,000.00
    // SLA credit      base 22,000.00; SL 0.75 < 0.80 missed (60 %), ASA 30 = 30 met
    //                 10 % × 60 % = 6 % × 22,000.00                   = −1,320.00
    // bonus           CSAT 0.90 > 0.85: 2 % × 22,000.00               =    440.00
    // technology      50 seats × $25                                  =  1,250.00
    // transition      first month                                     = 10,000.00
    // training        5 new agents × $1,500                           =  7,500.00
    // attrition       24 % / 12 × 50 = 1 replacement × $12,000        = 12,000.00
    // total                                                             51,870.00
    // converted       51,870.00 × 0.92                                = 47,720.40
    expect(amounts(inv)).toEqual([
      ['base', 2_000_000],
      ['management-fee', 200_000],
      ['sla-credit', -132_000],
      ['bonus', 44_000],
      ['technology', 125_000],
      ['transition', 1_000_000],
      ['training', 750_000],
      ['attrition', 1_200_000],
    ])
    expect(inv.totalCents).toBe(5_187_000)
    expect(inv.convertedCents).toBe(4_772_040)
    expect(inv.creditCents).toBe(132_000)
    expect(inv).toMatchObject({ month: '2026-03', currency: 'USD', exchangeRate: 0.92 })
  })
})

describe('minimum monthly commitment (convention 6)', () => {
  it('tops the pricing-model charges up to the minimum', () => {
    // charges 5,921.40; minimum 8,000.00 → top-up 2,078.60; total 8,000.00
    const inv = price(terms({ pricing: PER_CONTACT, minimumMonthlyCommitment: 8000 }), month({ contacts: CONTACTS }))
    expect(cents(inv, 'minimum-top-up')).toBe(207_860)
    expect(inv.totalCents).toBe(800_000)
  })

  it('adds nothing when the charges exceed the minimum, and says so', () => {
    // charges 5,921.40 ≥ 5,000.00 → top-up 0.00; total 5,921.40
    const inv = price(terms({ pricing: PER_CONTACT, minimumMonthlyCommitment: 5000 }), month({ contacts: CONTACTS }))
    const topUp = lineOf(inv, 'minimum-top-up')
    expect(topUp.amountCents).toBe(0)
    expect(topUp.note).toMatch(/no top-up/)
    expect(inv.totalCents).toBe(CHARGES)
  })

  it('charges exactly at the minimum need no top-up', () => {
    const inv = price(terms({ pricing: PER_CONTACT, minimumMonthlyCommitment: 5921.4 }), month({ contacts: CONTACTS }))
    expect(cents(inv, 'minimum-top-up')).toBe(0)
    expect(inv.totalCents).toBe(CHARGES)
  })

  it('compares the pricing-model charges only, not pass-through technology or one-time fees', () => {
    // charges 5,921.40 < minimum 7,000.00 → top-up 1,078.60,
    // although charges + technology (50 × $25 = 1,250.00) + transition 3,000.00 exceed the minimum
    // total 5,921.40 + 1,078.60 + 1,250.00 + 3,000.00 = 11,250.00
    const t = terms({ pricing: PER_CONTACT, minimumMonthlyCommitment: 7000, technologyPerSeatMonthly: 25, transitionFee: 3000 })
    const inv = price(t, month({ contacts: CONTACTS, headcount: 50, firstMonth: true }))
    expect(amounts(inv)).toEqual([
      ['base', 459_048],
      ['base', 112_266],
      ['base', 20_826],
      ['minimum-top-up', 107_860],
      ['technology', 125_000],
      ['transition', 300_000],
    ])
    expect(inv.totalCents).toBe(1_125_000)
  })

  it('counts a hybrid fixed fee and a banded credit as pricing-model charges', () => {
    // hybrid: 1,000.00 fixed + 5,921.40 = 6,921.40 < 7,000.00 → top-up 78.60
    const hybrid = price(terms({ pricing: { model: 'hybrid', fixedMonthlyFee: 1000, variable: PER_CONTACT }, minimumMonthlyCommitment: 7000 }), month({ contacts: CONTACTS }))
    expect(cents(hybrid, 'minimum-top-up')).toBe(7860)
    expect(hybrid.totalCents).toBe(700_000)
    // banded: 40,000 − (9,000 − 8,200) × $2 = 38,400.00 < 40,000.00 → top-up 1,600.00
    const banded = terms({ pricing: { model: 'banded', baseCharge: 40_000, baselineVolume: 10_000, bandShare: 0.1, additionalPerUnit: 3.5, reducedPerUnit: 2 }, minimumMonthlyCommitment: 40_000 })
    const inv = price(banded, month({ contacts: { voice: { offered: 8200, handled: 8200 } } }))
    expect(cents(inv, 'minimum-top-up')).toBe(160_000)
    expect(inv.totalCents).toBe(4_000_000)
  })
})

describe('management fee (convention 7)', () => {
  it('is its share of charges + top-up', () => {
    // charges 5,921.40 + top-up 2,078.60 = 8,000.00;  7 % × 8,000.00 = 560.00;  total 8,560.00
    const inv = price(terms({ pricing: PER_CONTACT, minimumMonthlyCommitment: 8000, managementFeeShare: 0.07 }), month({ contacts: CONTACTS }))
    expect(cents(inv, 'management-fee')).toBe(56_000)
    expect(inv.totalCents).toBe(856_000)
  })

  it('rounds once, half away from zero', () => {
    // 7 % × 5,921.40 = 414.498 → 414.50;  total 5,921.40 + 414.50 = 6,335.90
    const inv = price(terms({ pricing: PER_CONTACT, managementFeeShare: 0.07 }), month({ contacts: CONTACTS }))
    expect(cents(inv, 'management-fee')).toBe(41_450)
    expect(inv.totalCents).toBe(633_590)
  })

  it('is computed on the rounded lines', () => {
    // voice 1 × $0.125 = 12.5 cents → 13;  chat 1 × $0.125 → 13;  charges 26 cents
    // fee 25 % × 26 = 6.5 → 7 cents (on the unrounded 25 cents it would be 6.25 → 6)
    // total 26 + 7 = 33 cents
    const t = terms({ pricing: { model: 'per-interaction', prices: { voice: 0.125, chat: 0.125 } }, managementFeeShare: 0.25 })
    const inv = price(t, month({ contacts: { voice: { offered: 1, handled: 1 }, chat: { offered: 1, handled: 1 } } }))
    expect(amounts(inv)).toEqual([
      ['base', 13],
      ['base', 13],
      ['management-fee', 7],
    ])
    expect(inv.totalCents).toBe(33)
  })

  it('does not apply to pass-through technology', () => {
    // 10 % × 20,000.00 = 2,000.00 (technology 10 × $30 = 300.00 is not in the fee base)
    const inv = price(terms({ pricing: HOURLY, managementFeeShare: 0.1, technologyPerSeatMonthly: 30 }), month({ productiveHours: 1000, headcount: 10 }))
    expect(cents(inv, 'management-fee')).toBe(200_000)
    expect(inv.totalCents).toBe(2_230_000)
  })
})

describe('SLA credits (convention 8)', () => {
  it('the base is charges + top-up + management fee', () => {
    // charges 20,000.00; minimum 25,000.00 → top-up 5,000.00; fee 10 % × 25,000.00 = 2,500.00
    // base 27,500.00; SL missed (60 %): 10 % × 60 % = 6 % × 27,500.00 = −1,650.00
    // total 20,000 + 5,000 + 2,500 − 1,650 = 25,850.00
    const t = terms({ pricing: HOURLY, minimumMonthlyCommitment: 25_000, managementFeeShare: 0.1, slaCredits: SLA })
    const inv = price(t, month({ ...IN_BAND, kpis: { 'service-level': 0.7, asa: 20 } }))
    expect(amounts(inv)).toEqual([
      ['base', 2_000_000],
      ['minimum-top-up', 500_000],
      ['management-fee', 250_000],
      ['sla-credit', -165_000],
    ])
    expect(inv.totalCents).toBe(2_585_000)
  })

  it('excludes technology, one-time fees, training, attrition and bonuses from the base', () => {
    // base 20,000.00 only → credit 6 % × 20,000.00 = −1,200.00
    // (technology 20 × $40 = 800.00, transition 5,000.00, training 2 × $1,000 = 2,000.00,
    //  attrition 12 % / 12 × 20 = 0.2 × $10,000 = 2,000.00, bonus FCR 3 % × 20,000.00 = 600.00 are outside it)
    // total 20,000 − 1,200 + 600 + 800 + 5,000 + 2,000 + 2,000 = 29,200.00
    const t = terms({
      pricing: HOURLY,
      slaCredits: SLA,
      bonuses: [{ kpi: 'fcr', target: 0.7, share: 0.03 }],
      technologyPerSeatMonthly: 40,
      transitionFee: 5000,
      trainingPerNewAgent: 1000,
      attritionAnnualRate: 0.12,
      replacementCostPerAgent: 10_000,
    })
    const inv = price(t, month({ ...IN_BAND, kpis: { 'service-level': 0.7, asa: 20, fcr: 0.75 }, headcount: 20, newAgents: 2, firstMonth: true }))
    expect(amounts(inv)).toEqual([
      ['base', 2_000_000],
      ['sla-credit', -120_000],
      ['bonus', 60_000],
      ['technology', 80_000],
      ['transition', 500_000],
      ['training', 200_000],
      ['attrition', 200_000],
    ])
    expect(inv.totalCents).toBe(2_920_000)
  })

  it('a KPI exactly on target is met', () => {
    // SL 0.80 = 0.80 (higher is better), ASA 30 = 30 s (lower is better): both met, no credit
    const inv = price(terms({ pricing: HOURLY, slaCredits: SLA }), month({ ...IN_BAND, kpis: { 'service-level': 0.8, asa: 30 } }))
    const credit = lineOf(inv, 'sla-credit')
    expect(credit.amountCents + 0).toBe(0)
    expect(credit.note).toMatch(/every KPI met/)
    expect(inv.totalCents).toBe(2_000_000)
    expect(inv.creditCents).toBe(0)
  })

  it('a KPI on target up to binary noise is met (0.3 × 3 against 0.9)', () => {
    // 0.3 × 3 = 0.8999999999999999 in binary: a service level of 90 % against a 90 % target
    const t = terms({ pricing: HOURLY, slaCredits: { atRiskShare: 0.1, capShare: 0.1, kpis: [{ kpi: 'service-level', target: 0.9, weight: 1 }] } })
    const inv = price(t, month({ ...IN_BAND, kpis: { 'service-level': 0.3 * 3 } }))
    expect(cents(inv, 'sla-credit')).toBe(0)
  })

  it('credit = at-risk share × the sum of the missed weights', () => {
    // weights SL 50 %, ASA 30 %, CSAT 20 %; SL and CSAT missed → 70 %
    // 10 % × 70 % = 7 % × 20,000.00 = −1,400.00; ASA 25 s ≤ 30 met
    const t = terms({
      pricing: HOURLY,
      slaCredits: {
        atRiskShare: 0.1,
        capShare: 0.5,
        kpis: [
          { kpi: 'service-level', target: 0.8, weight: 0.5 },
          { kpi: 'asa', target: 30, weight: 0.3 },
          { kpi: 'csat', target: 0.85, weight: 0.2 },
        ],
      },
    })
    const inv = price(t, month({ ...IN_BAND, kpis: { 'service-level': 0.79, asa: 25, csat: 0.8 } }))
    const credit = lineOf(inv, 'sla-credit')
    expect(credit.rate).toBe(0.07)
    expect(credit.amountCents).toBe(-140_000)
    expect(inv.totalCents).toBe(1_860_000)
    expect(inv.creditCents).toBe(140_000)
  })

  it('caps the credit', () => {
    // at risk 20 % × all weights missed (100 %) = 20 %, capped at 12 % × 20,000.00 = −2,400.00
    const t = terms({ pricing: HOURLY, slaCredits: { ...SLA, atRiskShare: 0.2, capShare: 0.12 } })
    const inv = price(t, month({ ...IN_BAND, kpis: { 'service-level': 0.6, asa: 45 } }))
    const credit = lineOf(inv, 'sla-credit')
    expect(credit.amountCents).toBe(-240_000)
    expect(credit.note).toMatch(/capped at 12 %/)
    expect(inv.totalCents).toBe(1_760_000)
  })

  it('may take the bill below the minimum commitment', () => {
    // charges 20,000.00; minimum 25,000.00 → top-up 5,000.00; base 25,000.00
    // credit 6 % × 25,000.00 = −1,500.00; total 23,500.00 < 25,000.00
    const t = terms({ pricing: HOURLY, minimumMonthlyCommitment: 25_000, slaCredits: SLA })
    const inv = price(t, month({ ...IN_BAND, kpis: { 'service-level': 0.7, asa: 20 } }))
    expect(amounts(inv)).toEqual([
      ['base', 2_000_000],
      ['minimum-top-up', 500_000],
      ['sla-credit', -150_000],
    ])
    expect(inv.totalCents).toBe(2_350_000)
    expect(inv.totalCents).toBeLessThan(2_500_000)
  })
})

describe('SLA validity band: 90–110 % of the forecast, edges included (convention 8)', () => {
  const t = terms({ pricing: HOURLY, slaCredits: SLA })
  /** SL missed (60 %): 6 % × 20,000.00 = 1,200.00 when assessed. */
  const offering = (offered: number, forecastOffered = 10_000) =>
    price(t, month({ contacts: { voice: { offered: offered - Math.floor(offered / 3), handled: 0 }, chat: { offered: Math.floor(offered / 3), handled: 0 } }, forecastOffered, productiveHours: 1000, kpis: { 'service-level': 0.7, asa: 20 } }))

  it('assesses at exactly 90 % and 110 % of the forecast (offered summed over channels)', () => {
    // 9,000 = 0.9 × 10,000 and 11,000 = 1.1 × 10,000 → credit 1,200.00 each
    expect(cents(offering(9000), 'sla-credit')).toBe(-120_000)
    expect(cents(offering(11_000), 'sla-credit')).toBe(-120_000)
    expect(cents(offering(10_000), 'sla-credit')).toBe(-120_000)
  })

  it('assesses on the edges for other forecasts too', () => {
    // 0.9 × 2,000 = 1,800;  1.1 × 2,000 = 2,200;  0.9 × 45,670 = 41,103;  1.1 × 45,670 = 50,237
    for (const [offered, forecast] of [[1800, 2000], [2200, 2000], [41_103, 45_670], [50_237, 45_670]] as const) {
      expect(cents(offering(offered, forecast), 'sla-credit'), `${offered} of ${forecast}`).toBe(-120_000)
    }
  })

  it('does not assess just outside the band, and says why', () => {
    // 8,999 < 9,000 and 11,001 > 11,000: no credit, total 20,000.00
    for (const offered of [8999, 11_001]) {
      const inv = offering(offered)
      const credit = lineOf(inv, 'sla-credit')
      expect(credit.amountCents + 0, `offered ${offered}`).toBe(0)
      expect(credit.note).toMatch(/outside the .* validity band: SLAs do not bind/)
      expect(inv.totalCents).toBe(2_000_000)
      expect(inv.creditCents).toBe(0)
    }
  })

  it('the reason names the band as the contract does: 90–110 %', () => {
    // 1.1 × 100 is 110.00000000000001 in binary; the note must read "90–110 %"
    const note = lineOf(offering(11_001), 'sla-credit').note
    expect(note).toMatch(/outside the 90–110 % validity band/)
  })

  it('honours a contract-specific band', () => {
    // band 80–120 %: 8,500 of 10,000 is inside → credit 1,200.00
    const wide = terms({ pricing: HOURLY, slaCredits: { ...SLA, validityBand: { low: 0.8, high: 1.2 } } })
    const inv = price(wide, month({ contacts: { voice: { offered: 8500, handled: 8500 } }, forecastOffered: 10_000, productiveHours: 1000, kpis: { 'service-level': 0.7, asa: 20 } }))
    expect(cents(inv, 'sla-credit')).toBe(-120_000)
  })

  it('a zero-volume month assesses nothing', () => {
    // no contacts offered (SL not even reported): no credit, although the minimum still bills
    const inv = price(terms({ pricing: HOURLY, minimumMonthlyCommitment: 5000, slaCredits: SLA }), month({ contacts: { voice: { offered: 0, handled: 0 } }, forecastOffered: 10_000 }))
    const credit = lineOf(inv, 'sla-credit')
    expect(credit.amountCents + 0).toBe(0)
    expect(credit.note).toMatch(/no contacts offered/)
    expect(inv.totalCents).toBe(500_000)
    // the same with no contacts at all and no forecast
    expect(cents(price(terms({ pricing: HOURLY, slaCredits: SLA }), month()), 'sla-credit')).toBe(0)
  })
})

describe('earn-back (convention 8)', () => {
  const t = terms({ pricing: HOURLY, slaCredits: { ...SLA, earnBackTarget: 0.9 } })
  const next = (sl: number, priorCreditCents = 132_000) => price(t, month({ ...IN_BAND, kpis: { 'service-level': sl, asa: 20 }, priorCreditCents }))

  it("returns last month's credit when the service level meets the earn-back target", () => {
    // SL 0.92 ≥ 0.90: earn-back +1,320.00; no new credit (0.92 ≥ 0.80); total 20,000 + 1,320 = 21,320.00
    const inv = next(0.92)
    expect(amounts(inv)).toEqual([
      ['base', 2_000_000],
      ['sla-credit', 0],
      ['earn-back', 132_000],
    ])
    expect(inv.totalCents).toBe(2_132_000)
  })

  it('a service level exactly on the earn-back target meets it', () => {
    expect(cents(next(0.9), 'earn-back')).toBe(132_000)
  })

  it('on the earn-back target up to binary noise meets it (0.3 × 3 against 0.9)', () => {
    expect(cents(next(0.3 * 3), 'earn-back')).toBe(132_000)
  })

  it('returns nothing when the service level misses the earn-back target', () => {
    // SL 0.88 < 0.90: earn-back 0.00 (though 0.88 meets the 0.80 SLA: no new credit either)
    const inv = next(0.88)
    const line = lineOf(inv, 'earn-back')
    expect(line.amountCents + 0).toBe(0)
    expect(line.note).toMatch(/missed/)
    expect(inv.totalCents).toBe(2_000_000)
  })

  it('returns nothing when there was no credit last month', () => {
    const inv = next(0.95, 0)
    expect(linesOf(inv, 'earn-back').reduce((s, l) => s + l.amountCents, 0)).toBe(0)
    expect(inv.totalCents).toBe(2_000_000)
  })

  it('carries one month into the next', () => {
    // March: SL 0.75 missed (60 %) → credit 10 % × 60 % = 6 % × 20,000.00 = 1,200.00; total 18,800.00
    const march = price(t, month({ ...IN_BAND, kpis: { 'service-level': 0.75, asa: 20 } }))
    expect(march.creditCents).toBe(120_000)
    expect(march.totalCents).toBe(1_880_000)
    // April: SL 0.95 ≥ 0.90 → March's 1,200.00 returned; total 21,200.00
    const april = price(t, month({ ...IN_BAND, month: '2026-04', kpis: { 'service-level': 0.95, asa: 20 }, priorCreditCents: march.creditCents }))
    expect(cents(april, 'earn-back')).toBe(120_000)
    expect(april.totalCents).toBe(2_120_000)
  })
})

describe('performance bonuses: only when beating the target', () => {
  const t = terms({
    pricing: HOURLY,
    bonuses: [
      { kpi: 'csat', target: 0.85, share: 0.02 },
      { kpi: 'asa', target: 30, share: 0.01 },
    ],
  })

  it('pays each beaten KPI its share of the base', () => {
    // CSAT 0.86 > 0.85: 2 % × 20,000.00 = 400.00;  ASA 25 s < 30 s: 1 % × 20,000.00 = 200.00
    // total 20,600.00
    const inv = price(t, month({ productiveHours: 1000, kpis: { csat: 0.86, asa: 25 } }))
    expect(amounts(inv)).toEqual([
      ['base', 2_000_000],
      ['bonus', 40_000],
      ['bonus', 20_000],
    ])
    expect(inv.totalCents).toBe(2_060_000)
  })

  it('pays nothing exactly on target or worse, or when not reported', () => {
    // CSAT 0.85 = 0.85 and ASA 30 = 30: met, not beaten → 0.00 each
    const onTarget = price(t, month({ productiveHours: 1000, kpis: { csat: 0.85, asa: 30 } }))
    expect(linesOf(onTarget, 'bonus').map((l) => l.amountCents)).toEqual([0, 0])
    expect(onTarget.totalCents).toBe(2_000_000)
    const worse = price(t, month({ productiveHours: 1000, kpis: { csat: 0.8, asa: 31 } }))
    expect(worse.totalCents).toBe(2_000_000)
    const unreported = price(t, month({ productiveHours: 1000 }))
    expect(unreported.totalCents).toBe(2_000_000)
  })
})

describe('pass-through and one-time terms (convention 10)', () => {
  it('technology per seat', () => {
    // 42 seats × $25.50 = 1,071.00;  total 20,000 + 1,071 = 21,071.00
    const inv = price(terms({ pricing: HOURLY, technologyPerSeatMonthly: 25.5 }), month({ productiveHours: 1000, headcount: 42 }))
    expect(lineOf(inv, 'technology')).toMatchObject({ quantity: 42, rate: 25.5, amountCents: 107_100 })
    expect(inv.totalCents).toBe(2_107_100)
  })

  it('the transition fee only in the first month', () => {
    const t = terms({ pricing: HOURLY, transitionFee: 12_345.67 })
    const first = price(t, month({ productiveHours: 1000, firstMonth: true }))
    expect(cents(first, 'transition')).toBe(1_234_567)
    expect(first.totalCents).toBe(3_234_567)
    for (const later of [month({ productiveHours: 1000, firstMonth: false }), month({ productiveHours: 1000 })]) {
      const inv = price(t, later)
      expect(linesOf(inv, 'transition').reduce((s, l) => s + l.amountCents, 0)).toBe(0)
      expect(inv.totalCents).toBe(2_000_000)
    }
  })

  it('training per new agent', () => {
    // 7 new agents × $1,850.50 = 12,953.50;  none hired → 0.00
    const t = terms({ pricing: HOURLY, trainingPerNewAgent: 1850.5 })
    const inv = price(t, month({ productiveHours: 1000, newAgents: 7 }))
    expect(lineOf(inv, 'training')).toMatchObject({ quantity: 7, amountCents: 1_295_350 })
    expect(inv.totalCents).toBe(3_295_350)
    expect(price(t, month({ productiveHours: 1000 })).totalCents).toBe(2_000_000)
  })

  it('attrition = annual rate / 12 × headcount (fractional) × replacement cost', () => {
    // 24 % / 12 = 2 % a month × 37.5 seats = 0.75 replacements (not rounded up to 1)
    // 0.75 × $14,113 = 10,584.75
    const inv = price(terms({ pricing: HOURLY, attritionAnnualRate: 0.24, replacementCostPerAgent: 14_113 }), month({ productiveHours: 1000, headcount: 37.5 }))
    const line = lineOf(inv, 'attrition')
    expect(line.quantity).toBeCloseTo(0.75, 12)
    expect(line.amountCents).toBe(1_058_475)
    expect(inv.totalCents).toBe(3_058_475)
  })

  it('attrition is computed exactly before its one rounding (30 %, 5 seats, $14,113)', () => {
    // 30 % / 12 = 2.5 % a month × 5 seats = 0.125 replacements
    // 0.125 × $14,113 = 1,764.125 → half away from zero → 1,764.13
    // (binary floats: 0.3 / 12 = 0.024999999999999998 → 1,764.1249999… → 1,764.12)
    const inv = price(terms({ pricing: HOURLY, attritionAnnualRate: 0.3, replacementCostPerAgent: 14_113 }), month({ productiveHours: 1000, headcount: 5 }))
    expect(cents(inv, 'attrition')).toBe(176_413)
  })
})

describe('currency (convention 2)', () => {
  it("converts the total once at the vendor's rate, or the month's rate when given", () => {
    // 20,000.00 + technology 10 × $33.33 = 333.30 → 20,333.30
    // × 0.92 = 18,706.636 → 18,706.64;  at the month's 1.0875: 22,112.46375 → 22,112.46
    const t = terms({ pricing: HOURLY, technologyPerSeatMonthly: 33.33 })
    const vendor = { currency: 'EUR', exchangeRate: 0.92, shrinkage: 0 }
    const inv = price(t, month({ productiveHours: 1000, headcount: 10 }), vendor)
    expect(inv).toMatchObject({ currency: 'EUR', totalCents: 2_033_330, exchangeRate: 0.92, convertedCents: 1_870_664 })
    const monthRate = price(t, month({ productiveHours: 1000, headcount: 10, exchangeRate: 1.0875 }), vendor)
    expect(monthRate).toMatchObject({ totalCents: 2_033_330, exchangeRate: 1.0875, convertedCents: 2_211_246 })
  })

  it('converts the total, not each line', () => {
    // voice 1 × $1.00 + chat 1 × $1.00 = 2.00;  × 1.0025 = 2.005 → 2.01
    // (converting each line: 1.0025 → 1.00 twice = 2.00)
    const inv = price(
      terms({ pricing: { model: 'per-interaction', prices: { voice: 1, chat: 1 } } }),
      month({ contacts: { voice: { offered: 1, handled: 1 }, chat: { offered: 1, handled: 1 } } }),
      { ...USD, exchangeRate: 1.0025 },
    )
    expect(inv.totalCents).toBe(200)
    expect(inv.convertedCents).toBe(201)
  })
})
