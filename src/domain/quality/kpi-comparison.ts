/** One KPI compared across partners: each partner's value, interval, shrunk estimate and rank or group, and every pair tested. */
import type { Interval } from './confidence.ts'
import { holmAdjust } from './holm.ts'
import type { Kpi } from './kpi-catalogue.ts'
import { meanInterval } from './mean-interval.ts'
import { combineSummaries, summariseSample, type MeanSummary } from './mean-summary.ts'
import { noiseGroups } from './noise-groups.ts'
import type { Period } from './periods.ts'
import type { ScorecardRow } from './scorecard-row.ts'
import { shrinkMeans } from './shrink-means.ts'
import { MIN_PROPORTION_SAMPLE, shrinkProportions } from './shrink-proportions.ts'
import { olsTrend } from './trend.ts'
import { twoProportionTest } from './two-proportion-test.ts'
import { welchTest } from './welch-test.ts'
import { wilsonInterval } from './wilson-interval.ts'

/** Below this many individual measures a mean is flagged, as a proportion's base is below MIN_PROPORTION_SAMPLE. */
export const MIN_MEAN_SAMPLE = 30
/** Compared across periods, fewer than this many periods per partner is flagged: two points say little about spread. */
export const MIN_PERIODS = 3
/** The trend looks at this many most recent periods (a year of months). */
export const TREND_PERIODS = 12

/**
 * How a KPI's values are compared:
 * - 'responses': proportions with a sample size on every row: successes = value × sample_size,
 *   pooled over periods; Wilson intervals, the pooled two-proportion z test, beta-binomial shrinkage.
 * - 'measures': means with a sample size and sd on every row: periods combined as one sample of
 *   individual measures; t intervals, Welch's t test, normal–normal shrinkage.
 * - 'periods': anything else (counts, rates, or rows without sample sizes): each period's value is
 *   one observation; the partner's value is the mean of its periods, compared with Welch's t test.
 */
export type ComparisonBasis = 'responses' | 'measures' | 'periods'

export interface TrendJson {
  periods: number
  slope: number
  per: 'month' | 'week'
  standardError: number
  t: number | null
  df: number
  pValue: number
  significant: boolean
  /** Significant and in the KPI's good direction: improving; significant the other way: worsening; else flat. */
  direction: 'improving' | 'worsening' | 'flat'
}

export interface PartnerKpiResult {
  partner: string
  value: number | null
  /** The sum of sample_size over the partner's periods; null when a row had none. */
  sampleSize: number | null
  /** The n behind the interval and tests: responses, measures or periods, as `basis` says. */
  n: number
  periods: number
  interval: Interval | null
  shrunk: number | null
  rank: number | null
  group: string | null
  withinNoise: boolean
  tiedWith: string[]
  trend: TrendJson | null
  warnings: string[]
}

export interface PairResult {
  a: string
  b: string
  /** a's value − b's value, in the KPI's unit. */
  difference: number | null
  interval: Interval | null
  test: 'two-proportion z (pooled)' | 'Welch t'
  statistic: number | null
  df: number | null
  pValue: number | null
  holmPValue: number | null
  significant: boolean
  noTest?: string
}

export interface KpiComparison {
  kpi: string
  basis: ComparisonBasis
  intervalMethod: string
  shrinkage: { method: string; pooledMean: number | null; estimable: boolean; note: string }
  partners: PartnerKpiResult[]
  pairs: PairResult[]
}

const finite = (x: number | undefined): number | null => (x !== undefined && Number.isFinite(x) ? x : null)

interface PartnerData {
  partner: string
  rows: (ScorecardRow & { at: Period })[]
  summary: MeanSummary
  successes: number
  trials: number
}

/** The comparison basis a KPI's rows support (see ComparisonBasis). */
export function comparisonBasis(kpi: Pick<Kpi, 'kind'>, rows: readonly ScorecardRow[]): ComparisonBasis {
  if (kpi.kind === 'proportion' && rows.every((r) => r.sampleSize !== undefined)) return 'responses'
  if (kpi.kind === 'mean' && rows.every((r) => r.sampleSize !== undefined && r.sd !== undefined)) return 'measures'
  return 'periods'
}

/**
 * Compares partners on one KPI. `rows` are this KPI's rows for every partner, each with
 * its parsed period; `partners` fixes the output order. Pairs are every two partners
 * (a before b in that order); the Holm family is this KPI's pairs.
 */
export function compareKpi(kpi: Kpi, rows: readonly (ScorecardRow & { at: Period })[], partners: readonly string[], alpha: number): KpiComparison {
  const confidenceLevel = 1 - alpha
  const basis = comparisonBasis(kpi, rows)
  const data: PartnerData[] = partners.map((partner) => {
    const own = rows.filter((r) => r.partner === partner).sort((x, y) => x.at.index - y.at.index)
    const summary =
      basis === 'measures' ? combineSummaries(own.map((r) => ({ mean: r.value, sd: r.sd!, n: r.sampleSize! }))) : summariseSample(own.map((r) => r.value))
    const trials = basis === 'responses' ? own.reduce((s, r) => s + r.sampleSize!, 0) : 0
    const successes = basis === 'responses' ? own.reduce((s, r) => s + r.value * r.sampleSize!, 0) : 0
    return { partner, rows: own, summary, successes, trials }
  })
  const present = data.filter((d) => d.rows.length > 0)

  const valueOf = (d: PartnerData) => (basis === 'responses' ? (d.trials > 0 ? d.successes / d.trials : summariseSample(d.rows.map((r) => r.value)).mean) : d.summary.mean)
  const intervalOf = (d: PartnerData): Interval | undefined =>
    basis === 'responses' ? wilsonInterval(d.successes, d.trials, { confidenceLevel }) : meanInterval(d.summary, confidenceLevel)

  // Shrinkage toward the pooled value before ranking.
  let shrunk: number[]
  let shrinkage: KpiComparison['shrinkage']
  if (basis === 'responses') {
    const s = shrinkProportions(present.map((d) => ({ successes: d.successes, trials: d.trials })))
    shrunk = s.shrunk
    shrinkage = { method: 'beta-binomial empirical Bayes (method of moments)', pooledMean: finite(s.pooledMean), estimable: s.estimable, note: s.note }
  } else {
    const s = shrinkMeans(present.map((d) => ({ estimate: d.summary.mean, standardError: d.summary.n >= 2 ? d.summary.sd / Math.sqrt(d.summary.n) : undefined })))
    shrunk = s.shrunk
    shrinkage = { method: 'normal–normal empirical Bayes (DerSimonian–Laird between-partner variance)', pooledMean: finite(s.pooledMean), estimable: s.estimable, note: s.note }
  }
  const shrunkOf = new Map(present.map((d, i) => [d.partner, shrunk[i]!]))

  // Every pair, then Holm within this KPI.
  const raw: Omit<PairResult, 'holmPValue' | 'significant'>[] = []
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) {
      const a = present[i]!
      const b = present[j]!
      if (basis === 'responses') {
        const r = twoProportionTest({ successes: a.successes, trials: a.trials }, { successes: b.successes, trials: b.trials }, confidenceLevel)
        raw.push({ a: a.partner, b: b.partner, difference: finite(r.difference), interval: r.interval ?? null, test: 'two-proportion z (pooled)', statistic: finite(r.z), df: null, pValue: finite(r.pValue), ...(r.noTest ? { noTest: r.noTest } : {}) })
      } else {
        const r = welchTest(a.summary, b.summary, confidenceLevel)
        raw.push({ a: a.partner, b: b.partner, difference: finite(r.difference), interval: r.interval ?? null, test: 'Welch t', statistic: finite(r.t), df: finite(r.df), pValue: finite(r.pValue), ...(r.noTest ? { noTest: r.noTest } : {}) })
      }
    }
  }
  const adjusted = holmAdjust(raw.map((p) => p.pValue ?? undefined))
  const pairs: PairResult[] = raw.map((p, k) => ({ ...p, holmPValue: finite(adjusted[k]), significant: adjusted[k] !== undefined && adjusted[k]! < alpha }))
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)
  const holmOf = new Map(pairs.map((p) => [pairKey(p.a, p.b), p.holmPValue ?? undefined]))

  const ranks = noiseGroups(
    present.map((d) => ({ id: d.partner, estimate: shrunkOf.get(d.partner)!, raw: valueOf(d) })),
    kpi.direction,
    (a, b) => holmOf.get(pairKey(a, b)),
    alpha,
  )
  const rankOf = new Map(ranks.map((r) => [r.id, r]))

  const partnerResults = data.map((d): PartnerKpiResult => {
    const rank = rankOf.get(d.partner)
    const warnings: string[] = []
    const n = basis === 'responses' ? d.trials : d.summary.n
    if (d.rows.length > 0) {
      if (basis === 'responses' && n < MIN_PROPORTION_SAMPLE) warnings.push(`only ${n} responses (fewer than ${MIN_PROPORTION_SAMPLE}): the value is uncertain and is shrunk toward the pooled rate before ranking`)
      if (basis === 'measures' && n < MIN_MEAN_SAMPLE) warnings.push(`only ${n} measures (fewer than ${MIN_MEAN_SAMPLE}): the value is uncertain and is shrunk toward the pooled mean before ranking`)
      if (basis === 'periods' && n < MIN_PERIODS) warnings.push(`only ${n} period${n === 1 ? '' : 's'} (fewer than ${MIN_PERIODS}) and no sample sizes: too little to tell this partner apart from others`)
    }
    const sampleSizes = d.rows.map((r) => r.sampleSize)
    return {
      partner: d.partner,
      value: d.rows.length ? finite(valueOf(d)) : null,
      sampleSize: d.rows.length && sampleSizes.every((s) => s !== undefined) ? sampleSizes.reduce((s, x) => s! + x!, 0)! : null,
      n: d.rows.length ? n : 0,
      periods: d.rows.length,
      interval: d.rows.length ? (intervalOf(d) ?? null) : null,
      shrunk: finite(shrunkOf.get(d.partner)),
      rank: rank?.rank ?? null,
      group: rank?.group ?? null,
      withinNoise: rank?.withinNoise ?? false,
      tiedWith: rank?.tiedWith ?? [],
      trend: trendOf(kpi, d.rows, alpha),
      warnings,
    }
  })
  return {
    kpi: kpi.id,
    basis,
    intervalMethod: basis === 'responses' ? `Wilson score interval (no continuity correction), ${pct(confidenceLevel)}` : `t interval for a mean, ${pct(confidenceLevel)}`,
    shrinkage,
    partners: partnerResults,
    pairs,
  }
}

function pct(level: number): string {
  return `${Number((level * 100).toFixed(4))} %`
}

/** OLS slope of the value on the period number over the last TREND_PERIODS periods. */
function trendOf(kpi: Kpi, rows: readonly (ScorecardRow & { at: Period })[], alpha: number): TrendJson | null {
  const recent = rows.slice(-TREND_PERIODS)
  const t = olsTrend(
    recent.map((r) => ({ x: r.at.index, y: r.value })),
    alpha,
  )
  if (!t) return null
  const good = kpi.direction === 'higher' ? t.slope > 0 : t.slope < 0
  return {
    periods: t.n,
    slope: t.slope,
    per: recent[0]!.at.kind,
    standardError: t.standardError,
    t: finite(t.t),
    df: t.df,
    pValue: t.pValue,
    significant: t.significant,
    direction: !t.significant ? 'flat' : good ? 'improving' : 'worsening',
  }
}
