/** Self-service deflection (model.md §7): assisted contacts that never arrive. */

export interface Deflection {
  /** Self-help events by entitled customers per week (article views, bot sessions…). */
  selfHelpEvents: number
  /** Share of events that solve the problem. */
  successRate: number
  /** Share of events whose customer meant to contact support. */
  intentRate: number
  /** Share of solved events with no further action (no contact anyway). */
  noFurtherActionRate: number
}

/**
 * Share of the forecast's assisted contacts that self-service removes:
 * deflected = events × success × intent × no further action (per week), taken
 * from the forecast's weekly assisted contacts; the deflection rate model.md
 * reports is deflected / (deflected + assisted that remain) = this share.
 * Capped at 1. @example deflectedShare({ selfHelpEvents: 10000, successRate: 0.5, intentRate: 0.4, noFurtherActionRate: 0.5 }, 20000) // 0.05
 */
export function deflectedShare(d: Deflection, weeklyAssisted: number): number {
  if (weeklyAssisted <= 0) return 0
  const deflected = d.selfHelpEvents * d.successRate * d.intentRate * d.noFurtherActionRate
  return Math.min(1, deflected / weeklyAssisted)
}
