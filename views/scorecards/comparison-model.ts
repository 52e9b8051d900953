/** Stored KPI values and the scorecard's choices → the comparison page's scores, KPI tables, pairs and chart inputs (pure; no arithmetic in templates). */
import type { KpiComparisonWithDefinition, ScorecardComparison } from '../../src/domain/quality/scorecard-comparison.ts'
import { compareScorecards } from '../../src/domain/quality/scorecard-comparison.ts'
import { PERSPECTIVE_NAMES, PERSPECTIVES, type Kpi } from '../../src/domain/quality/kpi-catalogue.ts'
import { TREND_PERIODS } from '../../src/domain/quality/kpi-comparison.ts'
import { likeWithLike, mixText, type MixAdjustment } from '../../src/domain/quality/like-with-like.ts'
import type { ScorecardRow } from '../../src/domain/quality/scorecard-row.ts'
import { volumeChecks } from '../../src/domain/quality/validity-flags.ts'
import { meanInterval } from '../../src/domain/quality/mean-interval.ts'
import { wilsonInterval } from '../../src/domain/quality/wilson-interval.ts'
import type { KpiTrendInput } from '../charts/kpi-trend.ts'
import type { PerspectiveBarsInput } from '../charts/perspective-bars.ts'
import { formatCount } from '../format.ts'
import { formatKpiChange, formatKpiValue, formatP, kpiStyle } from './format-kpi.ts'
import type { ComparisonQuery, PeriodKindChoice } from './ids.ts'
import { latestPeriods, partnerLabels, periodLabel, periodStart, rowsOfKind, spanLabel, type ObservationRow, type OptionRef, type PlanRef } from './observations.ts'

/** What the scorecard is made of: src/db's ScorecardSettings has this shape. */
export interface ScorecardChoicesView {
  kpis: readonly Kpi[]
  selected: readonly string[]
  weights: Readonly<Record<string, number>>
  targets: Readonly<Record<string, number>>
}

export interface ScoreRowView {
  partner: string
  /** "1", or "=2" when the overall score equals another partner's to one decimal. */
  rank: string
  overall: string
  perspectives: string[]
  /** Which weighted KPIs the partner did not report, in words; empty when it reported all. */
  missing: string
}

export interface PartnerKpiRowView {
  partner: string
  value: string
  n: string
  interval: string
  shrunk: string
  standing: string
  withinNoise: boolean
  trend: string
  trendDirection: 'improving' | 'worsening' | 'flat' | 'none'
  meetsTarget: boolean | null
  /** "own mix 74.1 % (voice 80 %, chat 20 %)" when the value was re-weighted to a common mix; else ''. */
  ownMix: string
  warnings: string[]
}

export interface PairRowView {
  a: string
  b: string
  difference: string
  interval: string
  test: string
  p: string
  holm: string
  verdict: string
}

export interface KpiCardView {
  id: string
  name: string
  definition: string
  facts: string
  basis: string
  shrinkage: string
  rows: PartnerKpiRowView[]
  pairs: PairRowView[]
  chart: KpiTrendInput | undefined
  /** What was done to compare like with like: the common mix, service levels converted. */
  adjustments: string[]
}

/** One option's handled volume per period against its contract's plan and validity band. */
export interface VolumeCheckView {
  partner: string
  /** Where the plan and band come from, in words. */
  basis: string
  periods: { label: string; text: string; outside: boolean }[]
}

export interface WeightRowView {
  id: string
  name: string
  perspective: string
  timing: string
  target: string
  weight: string
}

export interface ComparisonView {
  query: ComparisonQuery
  /** Kinds of period with data. */
  kinds: PeriodKindChoice[]
  span: string
  periods: number
  confidence: string
  scores: ScoreRowView[]
  perspectiveNames: string[]
  /** KPIs on the scorecard that no option reported in the periods compared, in words; empty when all were. */
  unreported: string
  perspectiveChart: PerspectiveBarsInput | undefined
  weightRows: WeightRowView[]
  normalisation: string
  selectionWarnings: string[]
  warnings: string[]
  kpis: KpiCardView[]
  /** Handled volume (ticket volume) against the contract's plan, per option, over the periods compared. */
  volumeChecks: VolumeCheckView[]
  /** Why there is nothing to compare, when there is not. */
  empty: string | undefined
  method: Record<string, string>
}

const BASIS: Record<string, string> = {
  responses: 'proportion with sample sizes: successes pooled over the periods, Wilson interval, two-proportion z test',
  measures: 'mean with sample sizes and sd: periods pooled as one sample, t interval, Welch t test',
  periods: 'no sample sizes: each period is one observation, t interval over periods, Welch t test',
}

const ordinal = (n: number) => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${s}`
}

function kpiFacts(kpi: Kpi, target: number | undefined, currency: string | undefined): string {
  const parts = [
    kpi.unit,
    kpi.direction === 'higher' ? 'higher is better' : 'lower is better',
    PERSPECTIVE_NAMES[kpi.perspective],
    kpi.timing,
    target === undefined ? 'no target' : `target ${formatKpiValue(kpi, target, currency)}`,
  ]
  return parts.join(' · ')
}

/** The options' one currency, when they share one (money KPIs print in it), else undefined. */
export function commonCurrency(options: readonly OptionRef[]): string | undefined {
  const currencies = new Set(options.map((o) => o.currency).filter((c): c is string => Boolean(c)))
  return currencies.size === 1 ? [...currencies][0] : undefined
}

/**
 * The comparison over the latest `query.window` periods of one kind, for the KPIs on the
 * scorecard. Values, intervals, shrinkage, groups and pairs come from that window; trends from
 * the latest TREND_PERIODS periods.
 */
export function comparisonView(
  rows: readonly ObservationRow[],
  options: readonly OptionRef[],
  choices: ScorecardChoicesView,
  query: ComparisonQuery,
  alpha = 0.05,
  plans: ReadonlyMap<number, PlanRef> = new Map(),
): ComparisonView {
  const labels = partnerLabels(options)
  const kinds = (['month', 'week'] as const).filter((k) => rowsOfKind(rows, k, labels).length > 0)
  const by = kinds.includes(query.by) ? query.by : (kinds[0] ?? 'month')
  const resolved = { by, window: query.window }
  const catalogue = new Map(choices.kpis.map((k) => [k.id, k]))
  const selected = new Set(choices.selected)
  const ofKind = rowsOfKind(rows, by, labels).filter((r) => selected.has(r.kpi))
  const weightRows = choices.selected.map((id) => {
    const k = catalogue.get(id)!
    return { id, name: k.name, perspective: PERSPECTIVE_NAMES[k.perspective], timing: k.timing, target: formatKpiValue(k, choices.targets[id], commonCurrency(options)), weight: String(choices.weights[id] ?? 0) }
  })
  const base = { query: resolved, kinds, weightRows, perspectiveNames: [] as string[], unreported: '', method: {} as Record<string, string> }
  if (ofKind.length === 0) {
    const empty =
      rows.length === 0
        ? 'No KPI values are stored yet. Import a file or type values in on the Data tab.'
        : `None of the scorecard’s KPIs has values by ${by}. Choose other KPIs on the Catalogue tab, or import values.`
    return { ...base, span: '', periods: 0, confidence: '', scores: [], perspectiveChart: undefined, normalisation: '', selectionWarnings: [], warnings: [], kpis: [], volumeChecks: [], empty }
  }
  const window = latestPeriods(ofKind, query.window)
  const trendRows = latestPeriods(ofKind, TREND_PERIODS).rows
  const weights = Object.fromEntries(Object.entries(choices.weights).filter(([id]) => catalogue.has(id)))
  const statements = Object.fromEntries(options.map((o) => [labels.get(o.id)!, o.serviceLevelReporting]))
  const input = { weights, targets: choices.targets, catalogue: choices.kpis, alpha, serviceLevelReporting: statements }
  const comparison = compareScorecards({ ...input, rows: window.rows })
  const trends = compareScorecards({ ...input, rows: trendRows })
  const currency = commonCurrency(options)
  const partnerOrder = comparison.partners
  return {
    ...base,
    span: spanLabel(window.periods),
    periods: window.periods.length,
    confidence: `${Number((comparison.confidenceLevel * 100).toFixed(2))} %`,
    ...scoresOf(comparison, catalogue),
    perspectiveChart: perspectiveChart(comparison, partnerOrder),
    normalisation: comparison.scorecard.normalisation,
    selectionWarnings: comparison.scorecard.selectionWarnings,
    warnings: comparison.warnings.filter((w) => !/: only \d+ /.test(w)),
    kpis: comparison.kpis.map((k) => ({
      ...kpiCard(k, catalogue.get(k.kpi)!, trends, likeWithLike(trendRows, statements).rows, partnerOrder, choices.targets[k.kpi], currency, by, comparison.confidenceLevel, comparison.likeWithLike.mixes.find((m) => m.kpi === k.kpi)),
      adjustments: adjustmentsOf(k.kpi, comparison),
    })),
    volumeChecks: volumeChecksOf(rowsOfKind(rows, by, labels), window.periods, options, labels, plans),
    empty: undefined,
    method: comparison.method,
  }
}

/** The like-with-like notes of one KPI's card. */
function adjustmentsOf(kpi: string, comparison: ScorecardComparison): string[] {
  const notes: string[] = []
  const mix = comparison.likeWithLike.mixes.find((m) => m.kpi === kpi)
  if (mix?.reweighted) {
    notes.push(`Re-weighted to a common mix (${mixText(mix.mix)}): each partner’s per-type values weighted by the partners’ pooled contacts over these periods (direct standardisation), so a partner is not favoured by handling more of the easier type. Its value at its own mix is shown beside it.`)
  }
  if (mix) notes.push(...mix.notes)
  if (kpi === 'service-level') {
    for (const s of comparison.likeWithLike.serviceLevels) notes.push(`${s.text}.`)
    if (comparison.likeWithLike.serviceLevels.length) notes.push('The other partners count every offered contact, abandons included, as Shoreline does (or stated no definition and are taken as doing so).')
  }
  return notes
}

/**
 * Ticket volume per period against the plan of the option's contract, for options with a
 * validity band and a plan: the periods compared, in time order.
 */
function volumeChecksOf(rows: readonly ObservationRow[], periods: readonly string[], options: readonly OptionRef[], labels: ReadonlyMap<number, string>, plans: ReadonlyMap<number, PlanRef>): VolumeCheckView[] {
  return options.flatMap((o) => {
    const band = o.terms?.slaCredits?.validityBand
    const plan = plans.get(o.id)
    const volumes = periods.flatMap((period) => rows.filter((r) => r.optionId === o.id && r.kpi === 'ticket-volume' && r.period === period && !r.contactType).map((r) => ({ period, volume: r.value })))
    if (!band || !plan || volumes.length === 0) return []
    return [
      {
        partner: labels.get(o.id)!,
        basis: `ticket volume against the offered contacts “${plan.scenarioName}” staffed it to`,
        periods: volumeChecks(volumes, plan.monthly, band).map((c) => ({ label: periodLabel(c.period), text: c.text, outside: c.status === 'above' || c.status === 'below' })),
      },
    ]
  })
}

function scoresOf(comparison: ScorecardComparison, catalogue: ReadonlyMap<string, Kpi>): { scores: ScoreRowView[]; perspectiveNames: string[]; unreported: string } {
  const all = comparison.scorecard.scores
  // KPIs nobody reported in these periods are said once, above the table, not on every row.
  const nobody = new Set(all.length ? all[0]!.missing.filter((id) => all.every((s) => s.missing.includes(id))) : [])
  const perspectives = PERSPECTIVES.filter((p) => all.some((s) => s.perspectives[p] !== null))
  const sorted = [...comparison.scorecard.scores].sort((a, b) => (b.overall ?? -1) - (a.overall ?? -1) || (a.partner < b.partner ? -1 : 1))
  const shown = (x: number | null) => (x === null ? '—' : x.toFixed(1))
  const scores = sorted.map((s) => {
    const tiedWith = sorted.filter((o) => o !== s && o.overall !== null && s.overall !== null && shown(o.overall) === shown(s.overall))
    const rank = s.overall === null ? '—' : String(1 + sorted.filter((o) => o.overall !== null && Number(shown(o.overall)) > Number(shown(s.overall))).length)
    return {
      partner: s.partner,
      rank: tiedWith.length ? `=${rank}` : rank,
      overall: shown(s.overall),
      perspectives: perspectives.map((p) => shown(s.perspectives[p])),
      missing: s.missing.some((id) => !nobody.has(id))
        ? `did not report ${s.missing
            .filter((id) => !nobody.has(id))
            .map((id) => catalogue.get(id)?.name ?? id)
            .join(', ')} (left out, other weights rescaled)`
        : '',
    }
  })
  const unreported = nobody.size ? `No option reported ${[...nobody].map((id) => catalogue.get(id)?.name ?? id).join(', ')} in these periods: the scores rest on the other KPIs, their weights rescaled.` : ''
  return { scores, perspectiveNames: perspectives.map((p) => PERSPECTIVE_NAMES[p]), unreported }
}

function perspectiveChart(comparison: ScorecardComparison, partners: readonly string[]): PerspectiveBarsInput | undefined {
  const weighted = Object.entries(comparison.scorecard.weights).filter(([, w]) => w > 0)
  if (weighted.length === 0) return undefined
  const perspectives = PERSPECTIVES.filter((p) => comparison.scorecard.scores.some((s) => s.perspectives[p] !== null))
  const groups = [...perspectives.map((p) => PERSPECTIVE_NAMES[p]), 'Overall']
  const byPartner = new Map(comparison.scorecard.scores.map((s) => [s.partner, s]))
  return {
    id: 'perspective-bars',
    title: 'Score per balanced-scorecard perspective and overall',
    description: comparison.scorecard.scores.map((s) => `${s.partner}: overall ${s.overall === null ? 'no score' : s.overall.toFixed(1)}`).join('; '),
    groups,
    partners: partners.map((name, index) => {
      const s = byPartner.get(name)!
      return { name, index, scores: [...perspectives.map((p) => s.perspectives[p]), s.overall] }
    }),
  }
}

function standingOf(p: KpiComparisonWithDefinition['partners'][number]): string {
  if (p.rank === null) return '—'
  if (!p.withinNoise) return p.tiedWith.length ? `${ordinal(p.rank)} (within noise of ${p.tiedWith.join(', ')})` : ordinal(p.rank)
  return `tied ${ordinal(p.rank)}, group ${p.group}: within noise of ${p.tiedWith.join(', ')}`
}

function kpiCard(
  k: KpiComparisonWithDefinition,
  kpi: Kpi,
  trends: ScorecardComparison,
  trendRows: readonly ScorecardRow[],
  partners: readonly string[],
  target: number | undefined,
  currency: string | undefined,
  by: PeriodKindChoice,
  confidenceLevel: number,
  mix: MixAdjustment | undefined,
): Omit<KpiCardView, 'adjustments'> {
  const fmt = (x: number | null | undefined) => formatKpiValue(kpi, x, currency)
  const trendOf = new Map(trends.kpis.find((t) => t.kpi === k.kpi)?.partners.map((p) => [p.partner, p.trend]) ?? [])
  const present = k.partners.filter((p) => p.value !== null).sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99))
  const rows = present.map((p): PartnerKpiRowView => {
    const trend = trendOf.get(p.partner) ?? null
    const meets = target === undefined || p.value === null ? null : kpi.direction === 'higher' ? p.value >= target : p.value <= target
    return {
      partner: p.partner,
      value: fmt(p.value),
      n: k.basis === 'periods' ? `${formatCount(p.n)} ${p.n === 1 ? 'period' : 'periods'}` : formatCount(p.n),
      interval: p.interval ? `${fmt(p.interval.low)} to ${fmt(p.interval.high)}` : 'none',
      shrunk: fmt(p.shrunk),
      standing: standingOf(p),
      withinNoise: p.withinNoise,
      trend: trend ? `${formatKpiChange(kpi, trend.slope, currency)} per ${trend.per} over ${trend.periods}, p ${formatP(trend.pValue)}${trend.significant ? ` (${trend.direction})` : ' (not significant)'}` : 'too few periods',
      trendDirection: trend ? trend.direction : 'none',
      meetsTarget: meets,
      ownMix: ownMixOf(mix, p.partner, fmt),
      warnings: p.warnings,
    }
  })
  const pairs = k.pairs.map((p): PairRowView => ({
    a: p.a,
    b: p.b,
    difference: formatKpiChange(kpi, p.difference, currency),
    interval: p.interval ? `${formatKpiChange(kpi, p.interval.low, currency)} to ${formatKpiChange(kpi, p.interval.high, currency)}` : '—',
    test: p.test,
    p: formatP(p.pValue),
    holm: formatP(p.holmPValue),
    verdict: p.noTest ? `no test: ${p.noTest}` : p.significant ? 'different' : 'within noise',
  }))
  return {
    id: k.kpi,
    name: kpi.name,
    definition: kpi.definition,
    facts: kpiFacts(kpi, target, currency),
    basis: `${BASIS[k.basis]}; ${k.intervalMethod}`,
    shrinkage: `${k.shrinkage.method}${k.shrinkage.pooledMean !== null ? `, pooled value ${fmt(k.shrinkage.pooledMean)}` : ''}${k.shrinkage.note ? `: ${k.shrinkage.note}` : ''}`,
    rows,
    pairs,
    chart: trendChart(kpi, trendRows, partners, target, currency, by, confidenceLevel),
  }
}

function ownMixOf(mix: MixAdjustment | undefined, partner: string, fmt: (x: number) => string): string {
  const own = mix?.reweighted ? mix.partners.find((p) => p.partner === partner) : undefined
  return own ? `own mix ${fmt(own.ownMixValue)} (${mixText(own.ownMix)})` : ''
}

/** Per period and partner: the value and, where it has a sample size, its interval at the page's confidence level. */
function trendChart(kpi: Kpi, trendRows: readonly ScorecardRow[], partners: readonly string[], target: number | undefined, currency: string | undefined, by: PeriodKindChoice, confidenceLevel: number): KpiTrendInput | undefined {
  const own = trendRows.filter((r) => r.kpi === kpi.id)
  if (own.length === 0) return undefined
  const intervalOf = (r: ScorecardRow) => {
    if (r.sampleSize === undefined) return undefined
    if (kpi.kind === 'proportion') return wilsonInterval(Math.round(r.value * r.sampleSize), r.sampleSize, { confidenceLevel })
    if (kpi.kind === 'mean' && r.sd !== undefined) return meanInterval({ mean: r.value, sd: r.sd, n: r.sampleSize }, confidenceLevel)
    return undefined
  }
  const series = partners.map((name, index) => ({
    name,
    index,
    points: own
      .filter((r) => r.partner === name)
      .map((r) => {
        const i = intervalOf(r)
        return { at: periodStart(r.period), value: r.value, low: i?.low ?? null, high: i?.high ?? null }
      })
      .sort((a, b) => a.at - b.at),
  }))
  const percent = kpiStyle(kpi) === 'percent'
  return {
    id: `kpi-trend-${kpi.id}`,
    title: `${kpi.name} by ${by}, last ${Math.min(TREND_PERIODS, new Set(own.map((r) => r.period)).size)} ${by}s`,
    description: series
      .filter((s) => s.points.length)
      .map((s) => `${s.name}: from ${formatKpiValue(kpi, s.points[0]!.value, currency)} to ${formatKpiValue(kpi, s.points.at(-1)!.value, currency)}`)
      .join('; '),
    yLabel: percent ? `${kpi.name} (%)` : `${kpi.name} (${kpi.unit})`,
    percent,
    target: target ?? null,
    per: by,
    series,
    format: (v: number) => formatKpiValue(kpi, v, currency),
  }
}
