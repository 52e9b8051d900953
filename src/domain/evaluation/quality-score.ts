/**
 * The quality score (0–100) the comparison ranks options by: modelled from what the
 * option states and what the plan achieves, or, for a partner with KPI data, measured:
 * the same formula over its measured FCR, escalation rate and (harmonised) service level,
 * so measured and modelled scores sit on one scale and can share a chart.
 */

/** What the modelled score is made of: shares from 0 to 1. */
export interface QualityInputs {
  /** First-contact resolution. */
  fcr: number
  /** Share of handled contacts handed to a higher tier. */
  escalationRate: number
  /** Service level achieved (answered within T s / offered). */
  serviceLevel: number
  /** The service-level target the achieved level is measured against. */
  serviceLevelTarget: number
}

/** The weights of the modelled score; they add up to 1. */
export const QUALITY_WEIGHTS = { fcr: 0.5, noEscalation: 0.3, serviceLevel: 0.2 } as const

/** A score and where it came from, so every view can say which one it shows. */
export interface QualityScore {
  /** 0–100; NaN when an input is missing. */
  score: number
  source: 'modelled' | 'measured'
  /** For a measured score: the first and last period its measures come from. */
  period?: { from: string; to: string } | undefined
}

/** A partner's measured quality as the comparison takes it (built from its KPI observations). */
export interface MeasuredQualityInputs {
  /** Pooled over the period, 0–1. */
  fcr: number
  escalationRate: number
  /** The reported service level harmonised to the scenario's definition; null when not reported or not convertible (the plan's is used). */
  serviceLevel: number | null
  /** Whether and how the reported service level was used, in words. */
  serviceLevelNote: string
  period: { from: string; to: string }
  /** Σ sample sizes behind each pooled value; null where pooled as a plain mean of periods. */
  sampleSizes: { fcr: number | null; escalationRate: number | null }
}

/** Each term's points (0–100 in all): what the score adds up from. */
export interface QualityParts {
  fcr: number
  noEscalation: number
  serviceLevel: number
}

/**
 * Service level achieved as a share of its target, capped at 1: beating the target
 * earns nothing extra. A target of 0 is always met.
 * @example targetAttainment(0.72, 0.8) // 0.9
 */
export function targetAttainment(serviceLevel: number, target: number): number {
  if (!Number.isFinite(serviceLevel) || !Number.isFinite(target)) return NaN
  if (target <= 0) return 1
  return Math.min(1, Math.max(0, serviceLevel) / target)
}

/**
 * The points each term contributes: 50 × FCR, 30 × (1 − escalation rate), 20 × min(1, SL / target).
 * @example qualityParts({ fcr: 0.8, escalationRate: 0.1, serviceLevel: 0.8, serviceLevelTarget: 0.8 }) // { fcr: 40, noEscalation: 27, serviceLevel: 20 }
 */
export function qualityParts(i: QualityInputs): QualityParts {
  const share = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : NaN)
  return {
    fcr: 100 * QUALITY_WEIGHTS.fcr * share(i.fcr),
    noEscalation: 100 * QUALITY_WEIGHTS.noEscalation * (1 - share(i.escalationRate)),
    serviceLevel: 100 * QUALITY_WEIGHTS.serviceLevel * targetAttainment(i.serviceLevel, i.serviceLevelTarget),
  }
}

/**
 * The modelled quality score: 100 × (0.5 × FCR + 0.3 × (1 − escalation rate) + 0.2 × min(1, SL / target)),
 * from 0 to 100; NaN when any input is missing.
 * @example modelledQualityScore({ fcr: 0.8, escalationRate: 0.1, serviceLevel: 0.8, serviceLevelTarget: 0.8 }) // { score: 87, source: 'modelled' }
 */
export function modelledQualityScore(i: QualityInputs): QualityScore {
  const p = qualityParts(i)
  return { score: p.fcr + p.noEscalation + p.serviceLevel, source: 'modelled' }
}

/**
 * The measured quality score: the modelled score's formula over the partner's measured FCR
 * and escalation rate, and its measured service level harmonised to the scenario's definition
 * (the plan's achieved level where none can be used), against the same target.
 * @example measuredQualityScore({ fcr: 0.7, escalationRate: 0.2, serviceLevel: null, … }, 0.8, 0.8).score // 79
 */
export function measuredQualityScore(m: MeasuredQualityInputs, planServiceLevel: number, serviceLevelTarget: number): QualityScore {
  const p = qualityParts({ fcr: m.fcr, escalationRate: m.escalationRate, serviceLevel: m.serviceLevel ?? planServiceLevel, serviceLevelTarget })
  return { score: p.fcr + p.noEscalation + p.serviceLevel, source: 'measured', period: { ...m.period } }
}
