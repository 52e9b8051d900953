/** Pure number formatting for every page: en-US separators, units spelled out, non-finite values named. */

const DASH = '—'

const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const upToOneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })

/** A count with thousands separators. @example formatCount(12345) // "12,345" */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? wholeNumber.format(n) : DASH
}

/** A 0–1 share as a percent with one decimal. @example formatPercent(0.8) // "80.0%" */
export function formatPercent(share: number): string {
  return Number.isFinite(share) ? `${oneDecimal.format(share * 100)}%` : DASH
}

/**
 * A duration in seconds with one decimal, so columns of them line up. An infinite wait means the queue
 * grows without bound, which planners call unstable.
 * @example formatSeconds(12.34) // "12.3 s"
 */
export function formatSeconds(seconds: number): string {
  if (seconds === Infinity) return 'unstable'
  return Number.isFinite(seconds) ? `${oneDecimal.format(seconds)} s` : DASH
}

/** Offered load with two decimals. @example formatErlangs(10) // "10.00 Erlangs" */
export function formatErlangs(erlangs: number): string {
  return Number.isFinite(erlangs) ? `${twoDecimals.format(erlangs)} Erlangs` : DASH
}

/** Hours with one decimal at most. @example formatHours(15) // "15 h" */
export function formatHours(hours: number): string {
  return Number.isFinite(hours) ? `${upToOneDecimal.format(hours)} h` : DASH
}

/** A plain number as typed back to a person (no forced decimals). @example formatNumber(1234.5) // "1,234.5" */
export function formatNumber(n: number): string {
  return Number.isFinite(n) ? new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }).format(n) : DASH
}
