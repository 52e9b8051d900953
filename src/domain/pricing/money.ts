/** Exact money for invoices (model.md §8, convention 1): decimal arithmetic, one rounding per line, integer cents. */
import Decimal from 'decimal.js'

/** Decimal with enough precision that no invoice quantity × rate loses a digit before the final rounding. */
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP })

/** Cents as an integer number (exact up to ±90 trillion in currency units). */
export type Cents = number

/**
 * A line amount: quantity × rate, with neither rounded first, rounded once to
 * cents, half away from zero. Numbers enter by their shortest decimal form
 * (0.1 is 0.1, not 0.1000000000000000055…), as a person typed them.
 * @example lineCents(1.005, 1) // 101 (binary floats would give 100)
 */
export function lineCents(quantity: number | Exact, rate: number | Exact): Cents {
  return new D(quantity).times(new D(rate)).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()
}

/** A decimal value for quantities and rates derived from typed numbers (hours / (1 − s), rate / 12…), kept exact until the line rounds. */
export type Exact = Decimal

/** A typed number as an exact decimal, to derive a quantity or rate without binary rounding. */
export function exact(x: number): Exact {
  return new D(x)
}

/** A share of an amount already in cents (a percentage line on rounded lines), rounded once. */
export function shareOfCents(share: number, cents: Cents): Cents {
  return new D(share).times(cents).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()
}

/** A money amount typed in currency units (a fee, a minimum), in cents. */
export function toCents(amount: number): Cents {
  return lineCents(amount, 1)
}

/** Converts cents at `rate` (target units per source unit), rounded once to cents. */
export function convertCents(cents: Cents, rate: number): Cents {
  return new D(cents).times(new D(rate)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()
}

/** Cents as a plain decimal string with two places ("1234.50"), for JSON and CSV. */
export function centsToString(cents: Cents): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** Sum of decimal numbers as typed (0.7 + 0.2 + 0.1 = 1, not 0.9999999999999999). */
export function decimalSum(values: readonly number[]): number {
  return values.reduce((s, v) => s.plus(new D(v)), new D(0)).toNumber()
}

/** Product of decimal numbers as typed (0.1 × 0.7 = 0.07, not 0.06999999999999999). */
export function decimalProduct(a: number, b: number): number {
  return new D(a).times(new D(b)).toNumber()
}
