/** Float-boundary rules shared by every comparison against a target (model.md §6). */

/**
 * Relative slack for "meets the target" tests. Binary floating point puts
 * 21 / (1 − 0.3) at 30.000000000000004 and 100/1800·180 at 10.000000000000002;
 * a planner means 30 and 10, so values within this slack of a boundary count as on it.
 */
export const TOLERANCE = 1e-9

/** `value ≥ target`, counting values a hair below the target as meeting it. */
export function atLeast(value: number, target: number): boolean {
  return value >= target - TOLERANCE * Math.max(1, Math.abs(target))
}

/** `value ≤ limit`, counting values a hair above the limit as meeting it. */
export function atMost(value: number, limit: number): boolean {
  return value <= limit + TOLERANCE * Math.max(1, Math.abs(limit))
}

/** Ceiling that ignores float noise: ceilTolerant(30.000000000000004) = 30. */
export function ceilTolerant(x: number): number {
  // + 0 turns Math.ceil(−1e−9) = −0 into 0, which prints as "0", not "-0".
  return Math.ceil(x - TOLERANCE * Math.max(1, Math.abs(x))) + 0
}
