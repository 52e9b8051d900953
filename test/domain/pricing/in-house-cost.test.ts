/** The in-house cost stack (model.md §8, convention 11), hand-worked line by line. */
import { describe, expect, it } from 'vitest'
import { costInHouseMonth } from '../../../src/domain/pricing/in-house-cost.ts'
import { costStackSchema, type CostStack } from '../../../src/schemas/pricing-terms.ts'
import { amounts, expectConsistent, lineOf } from './builders.ts'

const STACK: CostStack = costStackSchema.parse({
  hourlyWage: 15,
  benefitsLoad: 0.3,
  supervisorSpan: 15,
  supervisorSalary: 60_000,
  qaSpan: 40,
  qaSalary: 50_000,
  wfmSpan: 100,
  wfmSalary: 70_000,
  facilitiesPerSeatMonthly: 400,
  technologyPerSeatMonthly: 150,
  recruitingCostPerHire: 3400,
  trainingCostPerHire: 4600,
  attritionAnnualRate: 0.36,
})

const cost = (stack: CostStack, paidHours: number, fte: number, exchangeRate = 1) => {
  const statement = costInHouseMonth(stack, { month: '2026-03', paidHours, fte }, 'USD', exchangeRate)
  expectConsistent(statement)
  return statement
}

describe('in-house cost stack', () => {
  it('prices wages, loaded salaries of whole people, seats and replacements', () => {
    // 31.5 FTE, 5,460 paid hours (31.5 × 2,080 / 12)
    // wages        5,460 h × $15                                    =  81,900.00
    // benefits     5,460 h × ($15 × 30 % = $4.50)                   =  24,570.00
    // supervisors  ⌈31.5 / 15 = 2.1⌉ = 3 × $60,000 × 1.3 / 12 = 3 × 6,500.00        = 19,500.00
    // QA           ⌈31.5 / 40 = 0.79⌉ = 1 × $50,000 × 1.3 / 12 = 5,416.666… → 5,416.67
    // WFM          ⌈31.5 / 100 = 0.32⌉ = 1 × $70,000 × 1.3 / 12 = 7,583.333… → 7,583.33
    // facilities   ⌈31.5⌉ = 32 seats × $400                         =  12,800.00
    // technology   32 seats × $150                                  =   4,800.00
    // attrition    36 % / 12 × 31.5 = 0.945 × ($3,400 + $4,600)     =   7,560.00
    // total                                                           164,130.00
    const s = cost(STACK, 5460, 31.5)
    expect(amounts(s)).toEqual([
      ['wages', 8_190_000],
      ['benefits', 2_457_000],
      ['supervisors', 1_950_000],
      ['qa', 541_667],
      ['wfm', 758_333],
      ['facilities', 1_280_000],
      ['technology', 480_000],
      ['attrition', 756_000],
    ])
    expect(s.totalCents).toBe(16_413_000)
    expect(lineOf(s, 'supervisors').quantity).toBe(3)
    expect(lineOf(s, 'qa').quantity).toBe(1)
    expect(lineOf(s, 'wfm').quantity).toBe(1)
    expect(lineOf(s, 'facilities').quantity).toBe(32)
    expect(lineOf(s, 'attrition').quantity).toBeCloseTo(0.945, 12)
  })

  it('a team exactly at a span needs no extra supervisor, even at binary noise (21 / 0.7 = 30)', () => {
    // FTE 30 and 30.000000000000004: supervisors ⌈30 / 15⌉ = 2, seats 30
    for (const fte of [30, 21 / 0.7]) {
      const s = cost(STACK, 5200, fte)
      expect(lineOf(s, 'supervisors').quantity, `fte ${fte}`).toBe(2)
      expect(lineOf(s, 'facilities').quantity).toBe(30)
      // 2 × 6,500.00 = 13,000.00;  30 × $400 = 12,000.00
      expect(lineOf(s, 'supervisors').amountCents).toBe(1_300_000)
      expect(lineOf(s, 'facilities').amountCents).toBe(1_200_000)
    }
    // one agent more: ⌈30.01 / 15⌉ = 3 supervisors, 31 seats
    const s = cost(STACK, 5202, 30.01)
    expect(lineOf(s, 'supervisors').quantity).toBe(3)
    expect(lineOf(s, 'facilities').quantity).toBe(31)
  })

  it('a small team still has one supervisor, one QA analyst and one WFM analyst', () => {
    // 2 FTE: ⌈2 / 15⌉ = ⌈2 / 40⌉ = ⌈2 / 100⌉ = 1 each
    const s = cost(STACK, 346.67, 2)
    expect([lineOf(s, 'supervisors').quantity, lineOf(s, 'qa').quantity, lineOf(s, 'wfm').quantity]).toEqual([1, 1, 1])
  })

  it('applies benefits and payroll taxes to every salary', () => {
    // with no load, a supervisor costs $60,000 / 12 = 5,000.00; with 30 %: 6,500.00
    const unloaded = cost({ ...STACK, benefitsLoad: 0 }, 5200, 30)
    const loaded = cost(STACK, 5200, 30)
    expect(lineOf(unloaded, 'supervisors').amountCents).toBe(1_000_000)
    expect(lineOf(loaded, 'supervisors').amountCents).toBe(1_300_000)
    // QA: 50,000 / 12 = 4,166.67 → × 1.3 = 5,416.67;  WFM: 70,000 / 12 = 5,833.33 → × 1.3 = 7,583.33
    expect(lineOf(unloaded, 'qa').amountCents).toBe(416_667)
    expect(lineOf(loaded, 'qa').amountCents).toBe(541_667)
    expect(lineOf(unloaded, 'wfm').amountCents).toBe(583_333)
    expect(lineOf(loaded, 'wfm').amountCents).toBe(758_333)
    // agents: no benefits line amount without a load, 5,200 × $4.50 = 23,400.00 with it
    expect(lineOf(unloaded, 'benefits').amountCents).toBe(0)
    expect(lineOf(loaded, 'benefits').amountCents).toBe(2_340_000)
  })

  it('computes the loaded agent rate exactly before the one rounding ($14.50 at 35 %)', () => {
    // benefits 1,733 paid h × ($14.50 × 35 % = $5.075) = 8,794.975 → half away from zero → 8,794.98 (10 FTE as given)
    // (binary floats make the rate 5.074999999999999 and the line 8,794.97)
    const s = cost({ ...STACK, hourlyWage: 14.5, benefitsLoad: 0.35 }, 1733, 10)
    expect(lineOf(s, 'benefits').amountCents).toBe(879_498)
  })

  it('computes replacements exactly before the one rounding (30 %, 5 FTE, $14,113 a hire)', () => {
    // 30 % / 12 × 5 FTE = 0.125 replacements × ($3,400 + $10,713 = $14,113) = 1,764.125 → 1,764.13
    const s = cost({ ...STACK, attritionAnnualRate: 0.3, recruitingCostPerHire: 3400, trainingCostPerHire: 10_713 }, 866.67, 5)
    expect(lineOf(s, 'attrition').amountCents).toBe(176_413)
  })

  it('converts the total once', () => {
    // 164,130.00 × 0.92 = 150,999.60
    const s = cost(STACK, 5460, 31.5, 0.92)
    expect(s.convertedCents).toBe(15_099_960)
    const monthRate = costInHouseMonth(STACK, { month: '2026-03', paidHours: 5460, fte: 31.5, exchangeRate: 1.1 }, 'USD', 0.92)
    // 164,130.00 × 1.1 = 180,543.00
    expect(monthRate).toMatchObject({ exchangeRate: 1.1, convertedCents: 18_054_300 })
  })

  it('a month with no agents needs no staff and no seats, and costs nothing', () => {
    const s = cost(STACK, 0, 0)
    expect(s.totalCents).toBe(0)
  })
})
