/** ServiceXRG's Health composite: adoption, success, retention and recurring revenue rate, weighted as the user says. */

export interface HealthComponents {
  /** Shares 0–1. */
  adoption: number
  success: number
  retention: number
  /** Recurring revenue rate (1 = flat); counted at most 1, so growth cannot hide poor adoption. */
  recurringRevenueRate: number
}

export type HealthWeights = Record<keyof HealthComponents, number>

/** Equal weights: no component is more important until the user says so. */
export const DEFAULT_HEALTH_WEIGHTS: HealthWeights = { adoption: 0.25, success: 0.25, retention: 0.25, recurringRevenueRate: 0.25 }

/**
 * Health on 0–100: Σ wₖ·min(1, cₖ) / Σ wₖ × 100. Weights need not sum to 1 (they are
 * normalised) but must not all be 0. Source: model.md §10 (ServiceXRG's eight outcome metrics).
 * @example customerHealth({ adoption: 0.8, success: 0.6, retention: 0.9, recurringRevenueRate: 1.2 }) // 82.5
 */
export function customerHealth(components: HealthComponents, weights: HealthWeights = DEFAULT_HEALTH_WEIGHTS): number {
  const keys = Object.keys(DEFAULT_HEALTH_WEIGHTS) as (keyof HealthComponents)[]
  const total = keys.reduce((s, k) => s + weights[k], 0)
  if (!(total > 0)) throw new RangeError('health weights must not all be 0')
  return (100 * keys.reduce((s, k) => s + weights[k] * Math.min(1, Math.max(0, components[k])), 0)) / total
}
