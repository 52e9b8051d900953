/** Scorecard rows made comparable before the statistics: service levels converted to one definition, per-contact-type values re-weighted to one common mix. */
import { harmoniseServiceLevel, pooledMix, shorelineDefinition, standardise, type ContactMix } from './harmonise.ts'
import type { ScorecardRow } from './scorecard-row.ts'

/** How a partner counts the service level it reports (a sourcing option's `serviceLevelReporting`, less its T). */
export interface ServiceLevelStatement {
  shortAbandonsExcluded: boolean
  shortAbandonSeconds: number
  /** Share of offered contacts that hang up within the short-abandon threshold; null = not known. */
  shortAbandonShare: number | null
}

/** One partner's service level and what was done to it. */
export interface ServiceLevelAdjustment {
  partner: string
  converted: boolean
  /** In words: the partner's definition and the formula applied, or why it could not be converted. */
  text: string
}

/** One KPI whose partners reported per contact type. */
export interface MixAdjustment {
  kpi: string
  /** Whether every partner's value was re-weighted to `mix`; false when a partner gave no per-type values. */
  reweighted: boolean
  /** The common mix, shares adding up to 1 (empty when not re-weighted). */
  mix: Record<string, number>
  partners: {
    partner: string
    /** The partner's own mix over the periods compared (shares of its contacts, or of its rows without sample sizes). */
    ownMix: Record<string, number>
    /** Its value at its own mix: per-type values pooled by sample size (or averaged) over the periods. */
    ownMixValue: number
  }[]
  /** Periods a partner's types did not cover the common mix (compared at its own mix there), and other caveats. */
  notes: string[]
}

export interface LikeWithLike {
  rows: ScorecardRow[]
  serviceLevels: ServiceLevelAdjustment[]
  mixes: MixAdjustment[]
}

export const LIKE_WITH_LIKE_METHOD =
  'service level: a partner that excludes short abandons is converted to Shoreline’s definition (every offered contact counts) as SL × (1 − s), s its stated short-abandon share; ' +
  'contact mix: where every partner reports a KPI per contact type, each period’s per-type values are re-weighted by direct standardisation to one common mix, the partners’ pooled contacts (sample sizes) over the periods compared; the re-weighted value keeps the period’s total sample size; ' +
  'a partner without per-type values leaves the KPI at each partner’s own mix'

const SERVICE_LEVEL = 'service-level'
const pct = (x: number) => `${(100 * x).toFixed(1)} %`

/** The mix in words, largest share first: "voice 62 %, chat 38 %". */
export function mixText(mix: ContactMix): string {
  return Object.entries(mix)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([type, share]) => `${type} ${Math.round(100 * share)} %`)
    .join(', ')
}

/**
 * Converts and re-weights `rows` (any order); rows of other KPIs and all-contacts rows pass
 * through. `statements` is keyed by partner; a partner with none is taken as counting every
 * offered contact already. Output rows carry no contact type: one row per partner, period and KPI.
 */
export function likeWithLike(rows: readonly ScorecardRow[], statements: Readonly<Record<string, ServiceLevelStatement | undefined>> = {}): LikeWithLike {
  const { rows: converted, adjustments } = convertServiceLevels(rows, statements)
  const out: ScorecardRow[] = []
  const mixes: MixAdjustment[] = []
  for (const kpi of [...new Set(converted.map((r) => r.kpi))]) {
    const own = converted.filter((r) => r.kpi === kpi)
    if (!own.some((r) => r.contactType)) {
      out.push(...own)
      continue
    }
    const result = reweightKpi(kpi, own)
    out.push(...result.rows)
    mixes.push(result.adjustment)
  }
  return { rows: out, serviceLevels: adjustments, mixes }
}

function convertServiceLevels(rows: readonly ScorecardRow[], statements: Readonly<Record<string, ServiceLevelStatement | undefined>>) {
  const adjustments: ServiceLevelAdjustment[] = []
  const partners = [...new Set(rows.filter((r) => r.kpi === SERVICE_LEVEL).map((r) => r.partner))].sort()
  const factor = new Map<string, number>()
  for (const partner of partners) {
    const s = statements[partner]
    if (!s || !s.shortAbandonsExcluded) continue
    const from = { shortAbandonsExcluded: true, shortAbandonSeconds: s.shortAbandonSeconds, answerWithinSeconds: 0 }
    // Probe the conversion once: it is the same factor for every value (SL × (1 − s)).
    const probe = harmoniseServiceLevel(1, from, shorelineDefinition(0), s.shortAbandonShare ?? undefined)
    const definition = `reports short abandons (within ${s.shortAbandonSeconds} s) excluded`
    if (!probe.ok) {
      adjustments.push({ partner, converted: false, text: `${partner} ${definition} but could not be converted (${probe.reason}): compared as reported` })
      continue
    }
    factor.set(partner, probe.value)
    adjustments.push({ partner, converted: true, text: `${partner} ${definition}: converted to abandons counted as reported × (1 − ${pct(s.shortAbandonShare!)}), its stated short-abandon share` })
  }
  const converted = rows.map((r) => {
    const f = r.kpi === SERVICE_LEVEL ? factor.get(r.partner) : undefined
    return f === undefined ? r : { ...r, value: r.value * f }
  })
  return { rows: converted, adjustments }
}

/** Sample-size weights of a partner's per-type rows, or one per row when any lacks a sample size. */
function weightOf(rows: readonly ScorecardRow[]): (r: ScorecardRow) => number {
  const sized = rows.every((r) => r.sampleSize !== undefined && r.sampleSize > 0)
  return (r) => (sized ? r.sampleSize! : 1)
}

/** Shares of each contact type in `rows` under `weight`, adding up to 1. */
function mixOf(rows: readonly ScorecardRow[], weight: (r: ScorecardRow) => number): Record<string, number> {
  const sums: Record<string, number> = {}
  for (const r of rows) sums[r.contactType!] = (sums[r.contactType!] ?? 0) + weight(r)
  const total = Object.values(sums).reduce((a, b) => a + b, 0)
  return Object.fromEntries(Object.entries(sums).map(([t, s]) => [t, total > 0 ? s / total : 0]))
}

/** One row from a period's per-type rows at the given mix: the standardised value, total sample size, and the mixture's sd for means. */
function combine(typed: readonly ScorecardRow[], mix: ContactMix): ScorecardRow | undefined {
  const valueByType = Object.fromEntries(typed.map((r) => [r.contactType!, r.value]))
  const s = standardise(valueByType, mix)
  if (!s.ok) return undefined
  const first = typed[0]!
  const sized = typed.every((r) => r.sampleSize !== undefined)
  const total = Object.entries(mix).reduce((a, [, w]) => a + (w > 0 ? w : 0), 0)
  const withSd = typed.every((r) => r.sd !== undefined)
  // The sd of the mixed measures: Σ w (sd² + (mean_t − mean)²), the within- and between-type spread.
  const sd = withSd
    ? Math.sqrt(typed.reduce((a, r) => a + ((mix[r.contactType!] ?? 0) / total) * (r.sd! ** 2 + (r.value - s.value) ** 2), 0))
    : undefined
  return { partner: first.partner, period: first.period, kpi: first.kpi, value: s.value, sampleSize: sized ? typed.reduce((a, r) => a + r.sampleSize!, 0) : undefined, sd }
}

function reweightKpi(kpi: string, rows: readonly ScorecardRow[]): { rows: ScorecardRow[]; adjustment: MixAdjustment } {
  const partners = [...new Set(rows.map((r) => r.partner))].sort()
  const typedOf = new Map(partners.map((p) => [p, rows.filter((r) => r.partner === p && r.contactType)]))
  const withoutTypes = partners.filter((p) => typedOf.get(p)!.length === 0)
  const notes: string[] = []
  const own = partners
    .filter((p) => typedOf.get(p)!.length > 0)
    .map((partner) => {
      const typed = typedOf.get(partner)!
      const weight = weightOf(typed)
      const ownMix = mixOf(typed, weight)
      const total = typed.reduce((a, r) => a + weight(r), 0)
      return { partner, ownMix, ownMixValue: typed.reduce((a, r) => a + weight(r) * r.value, 0) / total, volume: typed.every((r) => r.sampleSize !== undefined) ? total : undefined }
    })
  const reweighted = withoutTypes.length === 0
  const mix = reweighted ? pooledMix(own.map((o) => ({ mix: o.ownMix, volume: o.volume }))) : {}
  if (!reweighted) notes.push(`not re-weighted: ${withoutTypes.join(', ')} reported no values per contact type, so every partner is compared at its own mix`)

  const out: ScorecardRow[] = []
  for (const partner of partners) {
    const typed = typedOf.get(partner)!
    const periods = [...new Set(rows.filter((r) => r.partner === partner).map((r) => r.period))]
    for (const period of periods) {
      const here = typed.filter((r) => r.period === period)
      if (here.length === 0) {
        out.push(...rows.filter((r) => r.partner === partner && r.period === period))
        continue
      }
      // Per-type values win over an all-contacts value of the same period: they are what can be re-weighted.
      const ownMix = mixOf(here, weightOf(here))
      const row = (reweighted ? combine(here, mix) : undefined) ?? combine(here, ownMix)!
      if (reweighted && !combine(here, mix)) notes.push(`${partner}, ${period}: no value for every contact type of the common mix, so compared at its own mix`)
      out.push(row)
    }
  }
  return { rows: out, adjustment: { kpi, reweighted, mix, partners: own.map(({ partner, ownMix, ownMixValue }) => ({ partner, ownMix, ownMixValue })), notes } }
}
