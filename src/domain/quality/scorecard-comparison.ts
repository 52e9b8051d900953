/** The whole partner comparison: every KPI compared across partners, and each partner's weighted scorecard. */
import { DEFAULT_ALPHA } from './confidence.ts'
import { KPI_CATALOGUE, PERSPECTIVE_NAMES, type Kpi } from './kpi-catalogue.ts'
import { compareKpi, type KpiComparison } from './kpi-comparison.ts'
import { checkKpiSelection } from './kpi-selection-check.ts'
import { LIKE_WITH_LIKE_METHOD, likeWithLike, type MixAdjustment, type ServiceLevelAdjustment, type ServiceLevelStatement } from './like-with-like.ts'
import { parsePeriod, type Period, type PeriodKind } from './periods.ts'
import type { ScorecardRow } from './scorecard-row.ts'
import { equalWeights, weightedScores, weightProblems, type PartnerScore } from './weighted-scorecard.ts'

export interface ScorecardComparisonInput {
  rows: readonly ScorecardRow[]
  /** Percent per KPI id, adding up to 100; default: equal weights over the KPIs in the data that have a target. */
  weights?: Readonly<Record<string, number>> | undefined
  /** Overrides of the catalogue's default targets, per KPI id. */
  targets?: Readonly<Record<string, number>> | undefined
  /** Significance level of the tests and groups; intervals are at 1 − alpha. Default 0.05. */
  alpha?: number | undefined
  /** The KPIs known (the catalogue, plus any the user defined). */
  catalogue?: readonly Kpi[]
  /** How each partner (by name) counts its service level; absent = short abandons counted, as Shoreline does. */
  serviceLevelReporting?: Readonly<Record<string, ServiceLevelStatement | undefined>> | undefined
}

export type KpiComparisonWithDefinition = KpiComparison &
  Pick<Kpi, 'name' | 'unit' | 'kind' | 'direction' | 'timing'> & { perspective: string; target: number | null }

export interface ScorecardComparison {
  /** Every interval's confidence level: 1 − alpha. */
  confidenceLevel: number
  alpha: number
  periods: { kind: PeriodKind; first: string; last: string; count: number }
  partners: string[]
  kpis: KpiComparisonWithDefinition[]
  scorecard: {
    weights: Record<string, number>
    weightsSource: 'given' | 'equal'
    targets: Record<string, number>
    normalisation: string
    /** Warnings about the KPI selection (too many, only lagging). */
    selectionWarnings: string[]
    scores: PartnerScore[]
  }
  /** What was done to compare like with like: service levels converted, per-contact-type KPIs re-weighted to a common mix. */
  likeWithLike: { serviceLevels: ServiceLevelAdjustment[]; mixes: MixAdjustment[] }
  method: Record<string, string>
  warnings: string[]
}

export const METHOD: Record<string, string> = {
  comparisonWindow: 'every period in the input, pooled per partner; trends use the last 12 periods',
  proportions: 'rows with sample_size: successes = value × sample_size summed over periods; Wilson score interval; pooled two-proportion z test (two-sided); Newcombe hybrid score interval for differences',
  means: 'rows with sample_size and sd: periods combined into one sample of measures; t interval; Welch t test with Welch–Satterthwaite degrees of freedom (two-sided)',
  periods: 'KPIs without sample sizes (and counts, rates): each period is one observation; mean of periods, t interval, Welch t test',
  multipleComparisons: "Holm step-down adjustment over each KPI's pairs of partners (as R p.adjust 'holm')",
  shrinkage: 'before ranking, estimates are shrunk toward the pooled value: beta-binomial method of moments for proportions, normal–normal (DerSimonian–Laird) for means',
  ranking:
    'partners ordered best first by shrunk estimate; walking down, a partner joins the current group when its Holm-adjusted difference from every member is not significant (p ≥ alpha, no test, or equal estimates), else opens the next group; a group shares one rank (1, 1, 3); a shared group is "within noise"; tiedWith lists every partner within noise of this one',
  likeWithLike: LIKE_WITH_LIKE_METHOD,
  trend: 'OLS slope of the value on the period number (per month or per week), t test with n − 2 degrees of freedom',
}

const NORMALISATION =
  'attainment per KPI: higher is better (value − scale minimum)/(target − scale minimum), i.e. value/target on scales from 0; lower is better target/value; clamped to 0–1 (beating a target earns nothing extra); score = Σ weight × attainment / Σ weight × 100 per perspective and overall; a KPI a partner did not report is left out and the other weights rescaled'

/**
 * Compares partners on every KPI in `rows` and scores them. The input must already be
 * valid (known KPIs, one kind of period, weights adding to 100, targets for weighted
 * KPIs): the schemas at the edge say what is wrong with a line; here a broken input is a
 * programming error and throws a RangeError.
 */
export function compareScorecards(input: ScorecardComparisonInput): ScorecardComparison {
  const alpha = input.alpha ?? DEFAULT_ALPHA
  if (!(alpha > 0 && alpha < 1)) throw new RangeError('alpha must be between 0 and 1')
  const catalogue = new Map((input.catalogue ?? KPI_CATALOGUE).map((k) => [k.id, k]))
  if (input.rows.length === 0) throw new RangeError('no rows to compare')
  const harmonised = likeWithLike(input.rows, input.serviceLevelReporting)
  const rows = harmonised.rows.map((r) => {
    const at = parsePeriod(r.period)
    if (!at) throw new RangeError(`'${r.period}' is not a period`)
    if (!catalogue.has(r.kpi)) throw new RangeError(`'${r.kpi}' is not a known KPI`)
    return { ...r, period: at.label, at }
  })
  const kinds = new Set(rows.map((r) => r.at.kind))
  if (kinds.size > 1) throw new RangeError('periods mix months and weeks')

  const partners = [...new Set(rows.map((r) => r.partner))].sort(byText)
  const kpiIds = [...new Set(rows.map((r) => r.kpi))].sort((a, b) => order(catalogue, a) - order(catalogue, b))
  const kpis = kpiIds.map((id): KpiComparisonWithDefinition => {
    const kpi = catalogue.get(id)!
    const comparison = compareKpi(
      kpi,
      rows.filter((r) => r.kpi === id),
      partners,
      alpha,
    )
    return { ...comparison, name: kpi.name, unit: kpi.unit, kind: kpi.kind, direction: kpi.direction, perspective: PERSPECTIVE_NAMES[kpi.perspective], timing: kpi.timing, target: input.targets?.[id] ?? kpi.defaultTarget }
  })

  const warnings: string[] = []
  const targets: Record<string, number> = {}
  for (const id of new Set([...kpiIds, ...Object.keys(input.weights ?? {})])) {
    const t = input.targets?.[id] ?? catalogue.get(id)?.defaultTarget
    if (t !== undefined && t !== null) targets[id] = t
  }
  let weights: Record<string, number>
  if (input.weights) {
    const problems = weightProblems(input.weights)
    if (Object.keys(problems).length) throw new RangeError(`weights: ${Object.values(problems).join('; ')}`)
    weights = { ...input.weights }
    for (const [id, w] of Object.entries(weights)) {
      if (!catalogue.has(id)) throw new RangeError(`weights: '${id}' is not a known KPI`)
      if (w > 0 && targets[id] === undefined) throw new RangeError(`weights: ${id} has no target`)
      if (w > 0 && !kpiIds.includes(id)) warnings.push(`${id} carries ${w} % of the weight but no partner reported it; the other weights are rescaled`)
    }
  } else {
    const scorable = kpiIds.filter((id) => targets[id] !== undefined)
    weights = scorable.length ? equalWeights(scorable) : {}
    for (const id of kpiIds) if (targets[id] === undefined) warnings.push(`${id} has no default target, so it is compared but not scored; give it a target to score it`)
  }

  const values = new Map(partners.map((p) => [p, new Map<string, number>()]))
  for (const k of kpis) for (const p of k.partners) if (p.value !== null) values.get(p.partner)!.set(k.kpi, p.value)
  const scores = weightedScores(values, weights, targets, (id) => catalogue.get(id))
  const selected = Object.entries(weights)
    .filter(([, w]) => w > 0)
    .map(([id]) => catalogue.get(id)!)

  for (const k of kpis) for (const p of k.partners) for (const w of p.warnings) warnings.push(`${p.partner}, ${k.kpi}: ${w}`)
  if (partners.length < 2) warnings.push('only one partner: nothing to compare it with')

  const periodLabels = [...new Map(rows.map((r) => [r.at.index, r.at])).values()].sort((a: Period, b: Period) => a.index - b.index)
  return {
    confidenceLevel: 1 - alpha,
    alpha,
    periods: { kind: periodLabels[0]!.kind, first: periodLabels[0]!.label, last: periodLabels.at(-1)!.label, count: periodLabels.length },
    partners,
    kpis,
    scorecard: { weights, weightsSource: input.weights ? 'given' : 'equal', targets, normalisation: NORMALISATION, selectionWarnings: checkKpiSelection(selected), scores },
    likeWithLike: { serviceLevels: harmonised.serviceLevels, mixes: harmonised.mixes },
    method: METHOD,
    warnings,
  }
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function order(catalogue: Map<string, Kpi>, id: string): number {
  return [...catalogue.keys()].indexOf(id)
}
