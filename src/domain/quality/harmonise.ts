/**
 * Like with like: a partner's reported service level converted to the scenario's definition,
 * per-contact-type KPIs re-weighted to a common contact mix, and the periods whose volume
 * fell outside the contract's validity band (when the SLA does not bind, a miss says little).
 */

/** How a service level was counted: answered within T seconds over offered, with or without short abandons. */
export interface ServiceLevelDefinition {
  /** Contacts that hung up within `shortAbandonSeconds` are taken out of the denominator. */
  shortAbandonsExcluded: boolean
  /** The short-abandon threshold in seconds (ignored when short abandons are counted). */
  shortAbandonSeconds: number
  /** T of "answered within T seconds". */
  answerWithinSeconds: number
}

/**
 * Shoreline's own definition (model.md §3): answered within T over every offered contact;
 * an abandon counts against it however quickly it happened.
 */
export function shorelineDefinition(answerWithinSeconds: number): ServiceLevelDefinition {
  return { shortAbandonsExcluded: false, shortAbandonSeconds: 0, answerWithinSeconds }
}

/** The conversion in words, for the page and the "how?" of a harmonised figure. */
export const SERVICE_LEVEL_CONVERSION =
  'SL excluding short abandons = answered within T / (offered − short abandons); SL including them = answered within T / offered. ' +
  'So SL incl = SL excl × (offered − short abandons) / offered = SL excl × (1 − s), and SL excl = SL incl / (1 − s), ' +
  'where s is the share of offered contacts that hung up within the short-abandon threshold. ' +
  'A different T cannot be converted without the distribution of waits, so it is flagged, not guessed.'

export type HarmonisedServiceLevel =
  | { ok: true; value: number; converted: boolean; formula: string }
  | { ok: false; reason: string }

const same = (a: ServiceLevelDefinition, b: ServiceLevelDefinition) =>
  a.shortAbandonsExcluded === b.shortAbandonsExcluded && (!a.shortAbandonsExcluded || a.shortAbandonSeconds === b.shortAbandonSeconds)

/**
 * A service level reported under `from` re-expressed under `to`, using `s`, the share
 * (0 to below 1) of offered contacts that abandoned within `from`'s short-abandon threshold
 * (`to`'s, when only `to` excludes them):
 * excluded → included: SL × (1 − s); included → excluded: SL / (1 − s).
 * Refused, with the reason, when the answer-within thresholds differ, when both exclude short
 * abandons at different thresholds, when s is missing or out of range, or when the result
 * would exceed 1 (the reported SL and s cannot both be right).
 * @example harmoniseServiceLevel(0.85, { shortAbandonsExcluded: true, shortAbandonSeconds: 5, answerWithinSeconds: 20 }, shorelineDefinition(20), 0.04) // { ok: true, value: 0.816, … }
 */
export function harmoniseServiceLevel(reported: number, from: ServiceLevelDefinition, to: ServiceLevelDefinition, shortAbandonShare?: number): HarmonisedServiceLevel {
  if (!(Number.isFinite(reported) && reported >= 0 && reported <= 1)) return { ok: false, reason: `the reported service level ${reported} is not a share from 0 to 1` }
  if (from.answerWithinSeconds !== to.answerWithinSeconds) {
    return {
      ok: false,
      reason: `answered within ${from.answerWithinSeconds} s cannot be converted to within ${to.answerWithinSeconds} s without the distribution of waits`,
    }
  }
  if (same(from, to)) return { ok: true, value: reported, converted: false, formula: 'same definition: no conversion' }
  if (from.shortAbandonsExcluded && to.shortAbandonsExcluded) {
    return { ok: false, reason: `short abandons within ${from.shortAbandonSeconds} s cannot be converted to within ${to.shortAbandonSeconds} s` }
  }
  const threshold = from.shortAbandonsExcluded ? from.shortAbandonSeconds : to.shortAbandonSeconds
  const s = shortAbandonShare
  if (s === undefined || !Number.isFinite(s)) return { ok: false, reason: `needs the share of offered contacts that abandoned within ${threshold} s` }
  if (s < 0 || s >= 1) return { ok: false, reason: `the short-abandon share ${s} must be from 0 to below 1` }
  if (from.shortAbandonsExcluded) {
    const value = reported * (1 - s)
    return { ok: true, value, converted: true, formula: `${fmt(reported)} × (1 − ${fmt(s)}) = ${fmt(value)}` }
  }
  const value = reported / (1 - s)
  if (value > 1 + 1e-12) return { ok: false, reason: `${fmt(reported)} / (1 − ${fmt(s)}) exceeds 1: the service level and the short-abandon share cannot both be right` }
  return { ok: true, value: Math.min(1, value), converted: true, formula: `${fmt(reported)} / (1 − ${fmt(s)}) = ${fmt(value)}` }
}

const fmt = (x: number) => String(Number(x.toFixed(4)))

/** Shares per contact type (channel or reason), not necessarily adding up to 1. */
export type ContactMix = Readonly<Record<string, number>>

export type Standardised = { ok: true; value: number } | { ok: false; reason: string }

/**
 * Direct standardisation: Σ over types of the common mix's share × the partner's value for
 * that type, with the common mix scaled to add up to 1. Every type the common mix gives a
 * positive share needs a partner value; otherwise it is refused, naming the types missing.
 * Standardising with the partner's own mix gives back its overall (mix-weighted) value.
 * @example standardise({ voice: 0.7, chat: 0.9 }, { voice: 0.5, chat: 0.5 }) // { ok: true, value: 0.8 }
 */
export function standardise(valueByType: Readonly<Record<string, number>>, commonMix: ContactMix): Standardised {
  const shares = Object.entries(commonMix).filter(([, share]) => share > 0)
  if (shares.some(([, share]) => !Number.isFinite(share))) return { ok: false, reason: 'the common mix has a share that is not a number' }
  const total = shares.reduce((s, [, share]) => s + share, 0)
  if (!(total > 0)) return { ok: false, reason: 'the common mix has no contact type with a positive share' }
  const missing = shares.filter(([type]) => !Number.isFinite(valueByType[type])).map(([type]) => type)
  if (missing.length) return { ok: false, reason: `no value for ${missing.join(', ')}, which the common mix includes` }
  return { ok: true, value: shares.reduce((s, [type, share]) => s + (share / total) * valueByType[type]!, 0) }
}

/**
 * The mix to compare everyone at: each type's share of the partners' pooled volume,
 * Σ volume × share / Σ volume (shares scaled to 1 per partner first). Partners without
 * volume count equally (volume 1 each) when no partner states one.
 * @example pooledMix([{ mix: { voice: 1 }, volume: 300 }, { mix: { chat: 1 }, volume: 100 }]) // { voice: 0.75, chat: 0.25 }
 */
export function pooledMix(partners: ReadonlyArray<{ mix: ContactMix; volume?: number | undefined }>): Record<string, number> {
  const anyVolume = partners.some((p) => p.volume !== undefined && p.volume > 0)
  const sums: Record<string, number> = {}
  let grand = 0
  for (const p of partners) {
    const weight = anyVolume ? Math.max(0, p.volume ?? 0) : 1
    const total = Object.values(p.mix).reduce((s, x) => s + (x > 0 ? x : 0), 0)
    if (!(weight > 0 && total > 0)) continue
    for (const [type, share] of Object.entries(p.mix)) if (share > 0) sums[type] = (sums[type] ?? 0) + (weight * share) / total
    grand += weight
  }
  return grand > 0 ? Object.fromEntries(Object.entries(sums).map(([type, s]) => [type, s / grand])) : {}
}

/** A period's volume against the forecast the partner staffed to. */
export interface PeriodVolume {
  period: string
  volume: number
  forecast: number
}

export interface ValidityFlag {
  period: string
  /** volume / forecast; NaN without a forecast. */
  ratio: number
  /** Where the volume fell: inside the band (the SLA binds), below or above it, or no forecast to judge by. */
  status: 'inside' | 'below' | 'above' | 'no-forecast'
}

/**
 * Each period judged against the contract's validity band, as the invoice does (invoice.ts):
 * outside when volume < low × forecast or volume > high × forecast; the band's edges are inside.
 * @example validityFlags([{ period: '2026-03', volume: 1300, forecast: 1000 }], { low: 0.9, high: 1.1 })[0].status // 'above'
 */
export function validityFlags(periods: readonly PeriodVolume[], band: { low: number; high: number }): ValidityFlag[] {
  return periods.map(({ period, volume, forecast }) => {
    if (!(forecast > 0)) return { period, ratio: NaN, status: 'no-forecast' }
    const ratio = volume / forecast
    const status = volume < band.low * forecast ? 'below' : volume > band.high * forecast ? 'above' : 'inside'
    return { period, ratio, status }
  })
}
