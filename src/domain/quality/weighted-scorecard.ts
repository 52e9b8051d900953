/** The weighted scorecard: each KPI's attainment against its target, weighted into a score per perspective and overall (0–100). */
import { PERSPECTIVES, type Kpi, type Perspective } from './kpi-catalogue.ts'

/**
 * Attainment is capped at 1: beating one target earns nothing extra, so a KPI far above
 * target cannot hide another below it, and a score of 100 means every weighted KPI is at
 * or better than target.
 */
export const ATTAINMENT_CAP = 1
/** Weights are percentages that must add up to 100 within this (rounding when typed). */
export const WEIGHT_SUM_TOLERANCE = 0.01

/**
 * How close a value is to its target, 0 to 1:
 * - higher is better: (value − min) / (target − min), where min is the bottom of the KPI's
 *   scale (0 for shares, times and money; −100 for NPS; 1 for a 1–7 rating). On a scale
 *   starting at 0 this is value/target: CSAT 0.68 against 0.85 attains 0.8.
 * - lower is better: target / value: an AHT of 450 s against 360 s attains 0.8; a value of 0 attains fully.
 * Then clamped to [0, ATTAINMENT_CAP]. A target at the scale's bottom (or 0 for lower-is-better)
 * cannot be divided by: attainment is 1 when the target is met and 0 when not.
 * @example attainment(0.68, 0.85, { direction: 'higher', min: 0 }) // 0.8
 */
export function attainment(value: number, target: number, kpi: Pick<Kpi, 'direction' | 'min'>): number {
  let a: number
  if (kpi.direction === 'higher') {
    const floor = Number.isFinite(kpi.min) ? kpi.min : 0
    a = target > floor ? (value - floor) / (target - floor) : value >= target ? 1 : 0
  } else {
    a = target <= 0 ? (value <= target ? 1 : 0) : value <= 0 ? ATTAINMENT_CAP : target / value
  }
  return Math.min(ATTAINMENT_CAP, Math.max(0, a))
}

/** Problems with a set of weights (percent per KPI id), as field → message; empty when they are usable. */
export function weightProblems(weights: Readonly<Record<string, number>>): Record<string, string> {
  const problems: Record<string, string> = {}
  let sum = 0
  for (const [id, w] of Object.entries(weights)) {
    if (!Number.isFinite(w) || w < 0 || w > 100) problems[id] = 'must be a percentage from 0 to 100'
    else sum += w
  }
  if (Object.keys(problems).length === 0 && Math.abs(sum - 100) > WEIGHT_SUM_TOLERANCE) {
    problems.weights = `must add up to 100 %; they add up to ${Number(sum.toFixed(4))} %`
  }
  return problems
}

/** Equal weights over the KPIs given, in percent, adding up to 100. */
export function equalWeights(ids: readonly string[]): Record<string, number> {
  return Object.fromEntries(ids.map((id) => [id, 100 / ids.length]))
}

export interface PartnerScore {
  partner: string
  /** 0–100, or null when the partner reported none of the weighted KPIs. */
  overall: number | null
  /** 0–100 per perspective, null for a perspective with no weighted KPI the partner reported. */
  perspectives: Record<Perspective, number | null>
  /** Each weighted KPI's attainment 0–1. */
  attainment: Record<string, number>
  /** Weighted KPIs the partner did not report: left out, the remaining weights rescaled. */
  missing: string[]
  /** Share of the total weight the partner's reported KPIs carry, 0–1. */
  coverage: number
}

/**
 * Scores each partner: perspective score = Σ wₖaₖ / Σ wₖ × 100 over that perspective's
 * weighted KPIs the partner reported; overall = the same over every weighted KPI (so it
 * is the perspective scores weighted by their total KPI weight). A weighted KPI a partner
 * did not report is left out and the rest rescaled; `missing` and `coverage` say so.
 * Weights of 0 leave a KPI out. Targets must exist for every weighted KPI (the edge checks).
 */
export function weightedScores(
  values: ReadonlyMap<string, ReadonlyMap<string, number>>,
  weights: Readonly<Record<string, number>>,
  targets: Readonly<Record<string, number>>,
  kpiOf: (id: string) => Pick<Kpi, 'direction' | 'min' | 'perspective'> | undefined,
): PartnerScore[] {
  const weighted = Object.entries(weights).filter(([id, w]) => w > 0 && kpiOf(id) !== undefined && targets[id] !== undefined)
  const totalWeight = weighted.reduce((s, [, w]) => s + w, 0)
  return [...values.entries()].map(([partner, byKpi]) => {
    const sums = new Map<Perspective | 'all', { w: number; wa: number }>()
    const add = (key: Perspective | 'all', w: number, a: number) => {
      const s = sums.get(key) ?? { w: 0, wa: 0 }
      s.w += w
      s.wa += w * a
      sums.set(key, s)
    }
    const attained: Record<string, number> = {}
    const missing: string[] = []
    for (const [id, w] of weighted) {
      const value = byKpi.get(id)
      const kpi = kpiOf(id)!
      if (value === undefined || !Number.isFinite(value)) {
        missing.push(id)
        continue
      }
      const a = attainment(value, targets[id]!, kpi)
      attained[id] = a
      add(kpi.perspective, w, a)
      add('all', w, a)
    }
    const score = (key: Perspective | 'all') => {
      const s = sums.get(key)
      return s && s.w > 0 ? (100 * s.wa) / s.w : null
    }
    return {
      partner,
      overall: score('all'),
      perspectives: Object.fromEntries(PERSPECTIVES.map((p) => [p, score(p)])) as Record<Perspective, number | null>,
      attainment: attained,
      missing,
      coverage: totalWeight > 0 ? (sums.get('all')?.w ?? 0) / totalWeight : 0,
    }
  })
}
