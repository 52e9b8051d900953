/** A partner's measured FCR, escalation rate, AHT and service level over its last 3, 6 or 12 months, pooled by sample size, with the period they come from. */
import { parsePeriod, type Period } from './periods.ts'
import type { ScorecardRow } from './scorecard-row.ts'

/** The windows the option page offers, in months. */
export const MEASURED_WINDOWS = [3, 6, 12] as const
export type MeasuredWindow = (typeof MEASURED_WINDOWS)[number]
/** The window the compare page scores partners over. */
export const DEFAULT_MEASURED_WINDOW: MeasuredWindow = 6

/** The KPIs pulled into an option: catalogue ids. */
const FCR = 'fcr'
const ESCALATION = 'escalation-rate'
const AHT = 'aht'
const SERVICE_LEVEL = 'service-level'

/** One KPI pooled over the window: the value, how it was pooled, and what it rests on. */
export interface PooledKpi {
  value: number
  /** Σ sample sizes when every period had one (pooled by sample size); null when pooled as a plain mean of periods. */
  sampleSize: number | null
  periods: number
  /** The lowest and highest period value in the window: the pooled value lies between them. */
  min: number
  max: number
}

export interface MeasuredQuality {
  fcr: PooledKpi | null
  escalationRate: PooledKpi | null
  ahtSeconds: PooledKpi | null
  /** As the partner reported it: harmonise before comparing with another definition. */
  serviceLevel: PooledKpi | null
  /** The first and last period of the window that hold any of these KPIs. */
  period: { from: string; to: string }
  window: MeasuredWindow
}

/**
 * Periods in the window: for monthly data the last `window` months ending at the latest month
 * holding any of these KPIs; for weekly data the last round(window × 52 / 12) weeks (13, 26, 52).
 */
function inWindow(rows: readonly (ScorecardRow & { at: Period })[], window: MeasuredWindow) {
  const last = Math.max(...rows.map((r) => r.at.index))
  const span = rows[0]!.at.kind === 'month' ? window : Math.round((window * 52) / 12)
  return rows.filter((r) => r.at.index > last - span)
}

/**
 * Pools one KPI's period values: Σ value × n / Σ n when every period has a sample size above
 * 0 (successes over trials for a proportion, the grand mean for a mean), else the plain mean
 * of the periods. Either way the result lies between the lowest and highest period value.
 */
export function poolKpi(rows: readonly Pick<ScorecardRow, 'value' | 'sampleSize' | 'period'>[]): PooledKpi | null {
  const finite = rows.filter((r) => Number.isFinite(r.value))
  if (finite.length === 0) return null
  const values = finite.map((r) => r.value)
  const bySample = finite.every((r) => r.sampleSize !== undefined && r.sampleSize > 0)
  const n = bySample ? finite.reduce((s, r) => s + r.sampleSize!, 0) : 0
  const pooled = bySample ? finite.reduce((s, r) => s + r.value * r.sampleSize!, 0) / n : values.reduce((s, v) => s + v, 0) / values.length
  // Periods, not rows: a month reported per contact type (voice, chat) is one period.
  const periods = new Set(finite.map((r) => r.period)).size
  return { value: pooled, sampleSize: bySample ? n : null, periods, min: Math.min(...values), max: Math.max(...values) }
}

/**
 * One partner's measured quality over the window, from its KPI rows (any partner name; the
 * caller passes one partner's rows). Null when the rows hold none of FCR, escalation rate,
 * AHT or service level. Monthly rows are used when there are any, weekly ones otherwise;
 * rows with a period that does not parse are ignored.
 * @example measuredQuality(rows, 6)?.fcr?.value // 0.74
 */
export function measuredQuality(rows: readonly ScorecardRow[], window: MeasuredWindow = DEFAULT_MEASURED_WINDOW): MeasuredQuality | null {
  const wanted = new Set([FCR, ESCALATION, AHT, SERVICE_LEVEL])
  const parsed = rows.flatMap((r) => {
    const at = parsePeriod(r.period)
    return at && wanted.has(r.kpi) ? [{ ...r, period: at.label, at }] : []
  })
  if (parsed.length === 0) return null
  // One kind of period: the windows are months, so monthly rows win where a partner has both.
  const months = parsed.filter((r) => r.at.kind === 'month')
  const kept = inWindow(months.length ? months : parsed, window)
  const of = (kpi: string) => poolKpi(kept.filter((r) => r.kpi === kpi))
  const ordered = [...kept].sort((a, b) => a.at.index - b.at.index)
  return {
    fcr: of(FCR),
    escalationRate: of(ESCALATION),
    ahtSeconds: of(AHT),
    serviceLevel: of(SERVICE_LEVEL),
    period: { from: ordered[0]!.period, to: ordered.at(-1)!.period },
    window,
  }
}

/**
 * The AHT factor an option applies to the forecast's handle times: measured AHT / the
 * forecast's volume-weighted mean AHT over the option's channels. One factor for every
 * channel, since a partner reports one AHT across its contacts. NaN without forecast volume.
 * @example ahtFactorFor(495, [{ channel: 'voice', volume: [10, 10], ahtSeconds: [450, 450] }], ['voice']) // 1.1
 */
export function ahtFactorFor(
  measuredSeconds: number,
  forecastChannels: ReadonlyArray<{ channel: string; volume: ArrayLike<number>; ahtSeconds: ArrayLike<number> }>,
  optionChannels: readonly string[],
): { factor: number; forecastAhtSeconds: number } {
  let volume = 0
  let work = 0
  for (const c of forecastChannels) {
    if (!optionChannels.includes(c.channel)) continue
    for (let i = 0; i < c.volume.length; i++) {
      const v = c.volume[i]!
      const a = c.ahtSeconds[i]!
      if (v > 0 && Number.isFinite(a)) {
        volume += v
        work += v * a
      }
    }
  }
  const forecastAhtSeconds = volume > 0 ? work / volume : NaN
  return { factor: forecastAhtSeconds > 0 ? measuredSeconds / forecastAhtSeconds : NaN, forecastAhtSeconds }
}
