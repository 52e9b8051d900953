/** A KPI's value, difference and slope as people read them: shares as percents, times with their unit, money with its currency. */
import type { Kpi } from '../../src/domain/quality/kpi-catalogue.ts'
import { formatMoney } from '../compare/view-model.ts'

const DASH = '—'
const fixed = (digits: number) => new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const f0 = fixed(0)
const f1 = fixed(1)
const f2 = fixed(2)

type Style = 'percent' | 'seconds' | 'minutes' | 'hours' | 'points1' | 'points2' | 'count' | 'money' | 'plain'

/** How a KPI's unit prints. Shares, ratios and annual rates are stored 0–1 (or above 1) and read as percents. */
export function kpiStyle(kpi: Pick<Kpi, 'unit' | 'kind'>): Style {
  const u = kpi.unit.toLowerCase()
  if (kpi.kind === 'proportion' || u.startsWith('share') || u.startsWith('ratio') || u.startsWith('annual rate')) return 'percent'
  if (u.startsWith('seconds')) return 'seconds'
  if (u.startsWith('minutes')) return 'minutes'
  if (u.startsWith('hours')) return 'hours'
  if (u.startsWith('points (−100') || u.startsWith('index')) return 'points1'
  if (u.startsWith('points')) return 'points2'
  if (u.startsWith('tickets')) return 'count'
  if (u.startsWith('currency')) return 'money'
  return 'plain'
}

/**
 * A value in the KPI's unit. `currency`: the options' common currency for money KPIs, if they share one.
 * @example formatKpiValue({ unit: 'share (0–1)', kind: 'proportion' }, 0.8123) // "81.2%"
 */
export function formatKpiValue(kpi: Pick<Kpi, 'unit' | 'kind'>, value: number | null | undefined, currency?: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH
  switch (kpiStyle(kpi)) {
    case 'percent':
      return `${f1.format(value * 100)}%`
    case 'seconds':
      return `${f0.format(value)} s`
    case 'minutes':
      return `${f1.format(value)} min`
    case 'hours':
      return `${f1.format(value)} h`
    case 'points1':
      return f1.format(value)
    case 'points2':
      return f2.format(value)
    case 'count':
      return f0.format(value)
    case 'money':
      return currency ? formatMoney(value, currency, 2) : f2.format(value)
    default:
      return new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(value)
  }
}

/**
 * A difference or a per-period change, signed, in the KPI's unit; shares in percentage points.
 * @example formatKpiChange({ unit: 'share (0–1)', kind: 'proportion' }, 0.012) // "+1.2 pts"
 */
export function formatKpiChange(kpi: Pick<Kpi, 'unit' | 'kind'>, change: number | null | undefined, currency?: string): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return DASH
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±'
  const size = Math.abs(change)
  const style = kpiStyle(kpi)
  // Slopes are often a few hundredths of a point a month: keep two decimals below one point.
  if (style === 'percent') return `${sign}${(size * 100 < 1 ? f2 : f1).format(size * 100)} pts`
  if (style === 'count') return `${sign}${f0.format(size)}`
  return `${sign}${formatKpiValue(kpi, size, currency)}`
}

/** The value in the form the CSV and the form take it (shares as 0–1), trimmed of float noise. */
export function rawValue(value: number): string {
  return String(Number(value.toPrecision(10)))
}

/** A p-value: four decimals, or "< 0.0001". */
export function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return DASH
  return p < 0.0001 ? '< 0.0001' : p.toFixed(4)
}
