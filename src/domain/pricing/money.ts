/** Money for invoices (model.md §8, convention 1): exact decimals, one rounding per line, integer cents; and a fast float twin for simulation. */
import Decimal from 'decimal.js'

/**
 * Decimal with enough significant digits that no invoice quantity × rate loses one
 * before the final rounding (a trillion-unit amount to a millionth of a cent is 21).
 */
const D = Decimal.clone({ precision: 28, rounding: Decimal.ROUND_HALF_UP })

/** Cents as an integer number (exact up to ±90 trillion in currency units). */
export type Cents = number

/** A derived quantity or rate (hours / (1 − s), rate / 12 × seats…), kept exact until its line rounds. */
export interface Num {
  plus(x: number | Num): Num
  minus(x: number | Num): Num
  times(x: number | Num): Num
  div(x: number | Num): Num
  lessThan(x: number | Num): boolean
  greaterThan(x: number | Num): boolean
  toNumber(): number
}

/** The arithmetic an invoice is computed with. */
export interface MoneyMath {
  num(x: number): Num
  /** quantity × rate, rounded once to cents, half away from zero. */
  lineCents(quantity: number | Num, rate: number | Num): Cents
  /** A share of an amount already in cents, rounded once. */
  shareOfCents(share: number, cents: Cents): Cents
  /** An amount typed in currency units, in cents. */
  toCents(amount: number): Cents
  /** Cents converted at `rate` (target units per source unit), rounded once. */
  convertCents(cents: Cents, rate: number): Cents
  sum(values: readonly number[]): number
  product(a: number, b: number): number
}

class DecimalNum implements Num {
  constructor(readonly d: Decimal) {}
  plus(x: number | Num) { return new DecimalNum(this.d.plus(dec(x))) }
  minus(x: number | Num) { return new DecimalNum(this.d.minus(dec(x))) }
  times(x: number | Num) { return new DecimalNum(this.d.times(dec(x))) }
  div(x: number | Num) { return new DecimalNum(this.d.div(dec(x))) }
  lessThan(x: number | Num) { return this.d.lessThan(dec(x)) }
  greaterThan(x: number | Num) { return this.d.greaterThan(dec(x)) }
  toNumber() { return this.d.toNumber() }
  toString() { return this.d.toString() }
}
// Numbers enter by their shortest decimal form (0.1 is 0.1, not 0.1000000000000000055…), as typed.
const dec = (x: number | Num): Decimal => (typeof x === 'number' ? new D(x) : (x as DecimalNum).d)
const roundCents = (d: Decimal) => d.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber()

/** Exact decimals: what every invoice a person reads is computed with. */
export const EXACT_MONEY: MoneyMath = {
  num: (x) => new DecimalNum(new D(x)),
  lineCents: (q, r) => roundCents(dec(q).times(dec(r)).times(100)),
  shareOfCents: (share, cents) => roundCents(new D(share).times(cents)),
  toCents: (amount) => roundCents(new D(amount).times(100)),
  convertCents: (cents, rate) => roundCents(new D(cents).times(new D(rate))),
  sum: (values) => values.reduce((s, v) => s.plus(new D(v)), new D(0)).toNumber(),
  product: (a, b) => new D(a).times(new D(b)).toNumber(),
}

class FloatNum implements Num {
  constructor(readonly x: number) {}
  plus(y: number | Num) { return new FloatNum(this.x + flt(y)) }
  minus(y: number | Num) { return new FloatNum(this.x - flt(y)) }
  times(y: number | Num) { return new FloatNum(this.x * flt(y)) }
  div(y: number | Num) { return new FloatNum(this.x / flt(y)) }
  lessThan(y: number | Num) { return this.x < flt(y) }
  greaterThan(y: number | Num) { return this.x > flt(y) }
  toNumber() { return this.x }
  toString() { return String(this.x) }
}
const flt = (x: number | Num) => (typeof x === 'number' ? x : x.toNumber())
const roundAway = (x: number) => Math.sign(x) * Math.round(Math.abs(x))

/**
 * Binary floats, ~50× faster: for simulated futures, where a cent either way in one
 * of thousands of draws changes no percentile a person reads. Never for invoices shown.
 */
export const FAST_MONEY: MoneyMath = {
  num: (x) => new FloatNum(x),
  lineCents: (q, r) => roundAway(flt(q) * flt(r) * 100),
  shareOfCents: (share, cents) => roundAway(share * cents),
  toCents: (amount) => roundAway(amount * 100),
  convertCents: (cents, rate) => roundAway(cents * rate),
  sum: (values) => values.reduce((s, v) => s + v, 0),
  product: (a, b) => a * b,
}

/** @example lineCents(1.005, 1) // 101 (binary floats would give 100) */
export const lineCents = EXACT_MONEY.lineCents
export const shareOfCents = EXACT_MONEY.shareOfCents
export const toCents = EXACT_MONEY.toCents
export const convertCents = EXACT_MONEY.convertCents
export const decimalSum = EXACT_MONEY.sum
export const decimalProduct = EXACT_MONEY.product
export const exact = EXACT_MONEY.num

/** Cents as a plain decimal string with two places ("1234.50"), for JSON and CSV. */
export function centsToString(cents: Cents): string {
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}
