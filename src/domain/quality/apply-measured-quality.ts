/** Measured quality written into a sourcing option (so its cost rests on what the partner achieved, not what it promised), and whether an option's figures are those measures. */
import type { SourcingOption } from '../../schemas/sourcing-option.ts'
import type { MeasuredQuality } from './measured-quality.ts'

/** Shares are stored to four decimals (0.01 percentage point), AHT factors to three: what the option form shows. */
const SHARE_DECIMALS = 4
const FACTOR_DECIMALS = 3
const round = (x: number, decimals: number) => Number(x.toFixed(decimals))

/** What Apply writes: FCR and escalation rate always, the AHT factor when a forecast gives a reference AHT. */
export interface MeasuredFields {
  fcr: number
  escalationRate: number
  /** One factor for every channel of the option; undefined leaves the option's factors as they are. */
  ahtFactor: number | undefined
}

export type MeasuredFieldsResult = { ok: true; fields: MeasuredFields } | { ok: false; reason: string }

/**
 * The option fields the measures give, rounded as stored. Refused, saying why, without a
 * measured FCR or escalation rate, or with an FCR of 0 (an option must resolve something).
 * `ahtFactor` is measured AHT / the forecast's AHT (measured-quality.ts ahtFactorFor), kept
 * only when finite and within the option's bounds (above 0, at most 10).
 */
export function measuredFields(m: MeasuredQuality | null, ahtFactor: number | undefined): MeasuredFieldsResult {
  if (!m?.fcr || !m.escalationRate) {
    const missing = [!m?.fcr && 'FCR', !m?.escalationRate && 'escalation rate'].filter(Boolean).join(' and ')
    return { ok: false, reason: `no measured ${missing} in this period, so there is nothing to apply` }
  }
  const fcr = round(m.fcr.value, SHARE_DECIMALS)
  if (!(fcr > 0)) return { ok: false, reason: 'the measured FCR is 0: an option must resolve some contacts' }
  const factor = ahtFactor !== undefined && Number.isFinite(ahtFactor) ? round(ahtFactor, FACTOR_DECIMALS) : undefined
  return {
    ok: true,
    fields: {
      fcr: Math.min(1, fcr),
      escalationRate: Math.min(1, Math.max(0, round(m.escalationRate.value, SHARE_DECIMALS))),
      ahtFactor: factor !== undefined && factor > 0 && factor <= 10 ? factor : undefined,
    },
  }
}

/** The option with the measured fields written in; its other fields as they were. */
export function withMeasuredFields<T extends Pick<SourcingOption, 'fcr' | 'escalationRate' | 'ahtFactor' | 'channels'>>(option: T, f: MeasuredFields): T {
  const ahtFactor = f.ahtFactor === undefined ? option.ahtFactor : Object.fromEntries(option.channels.map((c) => [c, f.ahtFactor!]))
  return { ...option, fcr: f.fcr, escalationRate: f.escalationRate, ahtFactor }
}

/**
 * Whether the option's FCR and escalation rate (and AHT factors, when a factor was measured)
 * are exactly what Apply would write: then its figures come from these measures. Read at
 * render time, since the option keeps no note of where its figures came from.
 */
export function usesMeasuredFields(option: Pick<SourcingOption, 'fcr' | 'escalationRate' | 'ahtFactor' | 'channels'>, f: MeasuredFields): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-9
  const aht = f.ahtFactor === undefined || option.channels.every((c) => close(option.ahtFactor[c] ?? 1, f.ahtFactor!))
  return close(option.fcr, f.fcr) && close(option.escalationRate, f.escalationRate) && aht
}
