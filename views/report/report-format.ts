/** Wording and number formats the report shares: driver names and units, signed shares, break-even values. */
import type { Assumption } from '../../src/domain/evaluation/break-even.ts'
import type { Driver } from '../../src/domain/evaluation/cost-drivers.ts'
import { formatMoney } from '../compare/view-model.ts'
import { formatPercent } from '../format.ts'

const DASH = '—'

/** What each driver is and the unit its factor is shown in. */
export const DRIVER_LABELS: Record<Driver, { name: string; factor: string }> = {
  price: { name: 'Price', factor: 'cost per paid agent-hour' },
  shrinkage: { name: 'Shrinkage', factor: 'paid hours per productive hour, 1 ÷ (1 − shrinkage)' },
  coverage: { name: 'Coverage (idle time)', factor: 'productive hours per busy hour, 1 ÷ occupancy' },
  aht: { name: 'Handle time', factor: 'busy agent-minutes per contact handled' },
  fcr: { name: 'First-contact resolution', factor: 'contacts handled per issue resolved, 1 ÷ FCR' },
}

/** A driver's factor in its display unit (price in money per hour, handle time in minutes, the rest as shares). */
export function formatFactor(driver: Driver, value: number, currency: string): string {
  if (!Number.isFinite(value)) return DASH
  switch (driver) {
    case 'price':
      return `${formatMoney(value, currency)}/paid h`
    case 'shrinkage':
      return `${formatPercent(1 - 1 / value)} shrinkage`
    case 'coverage':
      return `${formatPercent(1 / value)} occupancy`
    case 'aht':
      return `${(value * 60).toFixed(2)} min/contact`
    case 'fcr':
      return `${formatPercent(1 / value)} FCR`
  }
}

/** Money per unit with the unit spelled out. @example perUnit(3.2, 'USD', 'contact') // "$3.20 per contact" */
export const perUnit = (amount: number, currency: string, unit: string) => (Number.isFinite(amount) ? `${formatMoney(amount, currency)} per ${unit}` : DASH)

/** A signed share. @example signedPercent(0.467) // "+46.7%" */
export function signedPercent(share: number): string {
  if (!Number.isFinite(share)) return DASH
  const p = formatPercent(Math.abs(share))
  return share > 0 ? `+${p}` : share < 0 ? `−${p}` : p
}

/** A signed amount of money ("+$1.51", "−$0.20"). */
export function signedMoney(amount: number, currency: string, digits = 2): string {
  if (!Number.isFinite(amount)) return DASH
  const text = formatMoney(Math.abs(amount), currency, digits)
  if (text === formatMoney(0, currency, digits)) return text
  return `${amount > 0 ? '+' : '−'}${text}`
}

/** A value of a break-even assumption in its own terms. */
export function formatAssumptionValue(assumption: Assumption, value: number): string {
  if (!Number.isFinite(value)) return DASH
  switch (assumption) {
    case 'volume':
    case 'aht':
      return `${signedPercent(value)} over the forecast`
    case 'fcr':
      return `${formatPercent(value)} FCR`
    case 'price':
      return `×${value.toFixed(2)} today’s prices`
    case 'forecast-error':
      return `daily cv ${value.toFixed(2)}`
  }
}

/** How far a break-even lies from today, in the assumption's own terms. */
export function formatAssumptionDistance(assumption: Assumption, distance: number): string {
  if (!Number.isFinite(distance)) return DASH
  switch (assumption) {
    case 'volume':
    case 'aht':
    case 'fcr':
      return `${signedPercent(distance).replace('%', ' points')}`
    case 'price':
      return `${signedPercent(distance)} on price`
    case 'forecast-error':
      return `${distance >= 0 ? '+' : '−'}${Math.abs(distance).toFixed(2)} cv`
  }
}

/** A month "2026-05" as "May 2026". */
export function monthName(month: string | null): string {
  if (!month) return DASH
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
  return `${names[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`
}
