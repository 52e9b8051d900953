import { describe, expect, it } from 'vitest'
import { centsToString, convertCents, decimalProduct, decimalSum, lineCents, shareOfCents, toCents } from '../../../src/domain/pricing/money.ts'

describe('lineCents: quantity × rate, rounded once to cents, half away from zero (convention 1)', () => {
  it('rounds the decimal as typed, not its binary neighbour', () => {
    // 1.005 × 1 = 1.005 → 100.5 cents → 101 (binary 1.005 is 1.00499999…, which Math.round would make 100)
    expect(lineCents(1.005, 1)).toBe(101)
    // −1.005 × 1 = −100.5 cents → −101: half away from zero, not toward +∞
    expect(lineCents(-1.005, 1)).toBe(-101)
    // 2.675 × 1 = 267.5 cents → 268 (binary 2.675 is 2.67499999…)
    expect(lineCents(2.675, 1)).toBe(268)
    expect(lineCents(-2.675, 1)).toBe(-268)
    // 1.5 × 0.01 = 0.015 → 1.5 cents → 2;  0.125 × 1 = 12.5 cents → 13
    expect(lineCents(1.5, 0.01)).toBe(2)
    expect(lineCents(-1.5, 0.01)).toBe(-2)
    expect(lineCents(0.125, 1)).toBe(13)
  })

  it('0.1 × 3 hours × $10 is $3.00, and × $0.05 is 1.5 cents → 2 cents', () => {
    // quantity 0.1 × 3 = 0.3 h (decimal; binary gives 0.30000000000000004); 0.3 × 10 = 3.00 → 300 cents
    expect(lineCents(decimalProduct(0.1, 3), 10)).toBe(300)
    expect(lineCents(0.1 * 3, 10)).toBe(300)
    // 0.3 h × $0.05 = 0.015 → 1.5 cents → 2 (half away from zero)
    expect(lineCents(decimalProduct(0.1, 3), 0.05)).toBe(2)
  })

  it('does not round the quantity first', () => {
    // 2.345 h × $1.10 = 2.5795 → 257.95 cents → 258.
    // Rounding the quantity to 2.35 first would give 2.585 → 259.
    expect(lineCents(2.345, 1.1)).toBe(258)
    // 142.857142857142… h × $25 = 3,571.428571… → 357,143 cents
    expect(lineCents(100 / 0.7, 25)).toBe(357_143)
  })

  it('multiplies large amounts exactly', () => {
    // 123,456.78 h × $99.99 = 12,344,443.4322 → 1,234,444,343.22 cents → 1,234,444,343
    expect(lineCents(123_456.78, 99.99)).toBe(1_234_444_343)
    expect(lineCents(0, 99.99)).toBe(0)
  })

  it('toCents turns a typed amount into cents the same way', () => {
    // 1,234.565 → 123,456.5 cents → 123,457
    expect(toCents(1234.565)).toBe(123_457)
    expect(toCents(0.1 + 0.2)).toBe(30)
  })
})

describe('shareOfCents: a percentage line on rounded lines, rounded once', () => {
  it('rounds half away from zero', () => {
    // 7 % of 592,140 cents = 41,449.8 → 41,450
    expect(shareOfCents(0.07, 592_140)).toBe(41_450)
    // 50 % of 1 cent = 0.5 → 1;  of −1 cent = −0.5 → −1
    expect(shareOfCents(0.5, 1)).toBe(1)
    expect(shareOfCents(0.5, -1)).toBe(-1)
    // 12.5 % of 4 cents = 0.5 → 1
    expect(shareOfCents(0.125, 4)).toBe(1)
    // 6 % (= 10 % × 0.6) of 2,200,000 cents = 132,000
    expect(shareOfCents(0.06, 2_200_000)).toBe(132_000)
    // 0.1 × 0.7 typed as decimals is 0.07: 0.07 × 100 cents = 7 exactly
    expect(shareOfCents(decimalProduct(0.1, 0.7), 100)).toBe(7)
  })
})

describe('convertCents: the total converted once, at the end (convention 2)', () => {
  it('converts and rounds once', () => {
    // 5,187,000 cents × 0.92 = 4,772,040
    expect(convertCents(5_187_000, 0.92)).toBe(4_772_040)
    // 200 × 1.0025 = 200.5 → 201
    expect(convertCents(200, 1.0025)).toBe(201)
    // −101 × 0.5 = −50.5 → −51
    expect(convertCents(-101, 0.5)).toBe(-51)
  })

  it('converting the total differs from summing converted lines: the total is converted once', () => {
    // two lines of 100 cents at 1.0025: each 100.25 → 100, sum 200; the total 200 → 200.5 → 201
    const lines = [100, 100]
    const perLine = lines.reduce((s, c) => s + convertCents(c, 1.0025), 0)
    expect(perLine).toBe(200)
    expect(convertCents(lines[0]! + lines[1]!, 1.0025)).toBe(201)
  })
})

describe('centsToString', () => {
  it('prints two decimal places and a sign', () => {
    expect(centsToString(0)).toBe('0.00')
    expect(centsToString(5)).toBe('0.05')
    expect(centsToString(-5)).toBe('-0.05')
    expect(centsToString(100)).toBe('1.00')
    expect(centsToString(123_450)).toBe('1234.50')
    expect(centsToString(-123_456)).toBe('-1234.56')
    expect(centsToString(1_234_444_343)).toBe('12344443.43')
  })
})

describe('decimalSum and decimalProduct: numbers as typed', () => {
  it('adds and multiplies decimals exactly', () => {
    expect(decimalSum([0.7, 0.2, 0.1])).toBe(1) // binary: 0.9999999999999999
    expect(decimalSum([0.1, 0.2])).toBe(0.3) // binary: 0.30000000000000004
    expect(decimalSum([])).toBe(0)
    expect(decimalSum([0.6, 0.3])).toBe(0.9) // binary: 0.8999999999999999
    expect(decimalProduct(0.1, 0.7)).toBe(0.07) // binary: 0.06999999999999999
    expect(decimalProduct(0.1, 3)).toBe(0.3)
    expect(decimalProduct(14.5, 0.35)).toBe(5.075) // binary: 5.074999999999999
  })
})
