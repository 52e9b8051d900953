/** From productive agents to the people scheduled and paid for them (model.md §6). */
import { ceilTolerant } from '../tolerance.ts'

/** Paid hours per FTE per week unless an option says otherwise. */
export const DEFAULT_HOURS_PER_FTE_WEEK = 40

/**
 * Scheduled agents: productive agents grossed up for shrinkage (breaks, training,
 * absence…), rounded up to whole people, ignoring float noise at the boundary
 * (21 / (1 − 0.3) is 30, not 31).
 * @example scheduledAgents(21, 0.3) // 30
 */
export function scheduledAgents(productiveAgents: number, shrinkage: number): number {
  if (!(shrinkage >= 0 && shrinkage < 1)) throw new RangeError('scheduledAgents requires 0 ≤ shrinkage < 1')
  return ceilTolerant(productiveAgents / (1 - shrinkage))
}

/** Paid hours of `agents` scheduled through an interval of `intervalSeconds`. @example paidHours(30, 1800) // 15 */
export function paidHours(agents: number, intervalSeconds: number): number {
  return (agents * intervalSeconds) / 3600
}

/** FTE equivalent of `hours` paid over `weeks` at `hoursPerFteWeek`. @example fullTimeEquivalents(80, 1) // 2 */
export function fullTimeEquivalents(hours: number, weeks: number, hoursPerFteWeek = DEFAULT_HOURS_PER_FTE_WEEK): number {
  return hours / (weeks * hoursPerFteWeek)
}
