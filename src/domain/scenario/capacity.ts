/** The most contacts a given headcount can take in an interval while still meeting its targets (for overflow routing). */
import { meetsTargets, queueMetrics, type ServiceTargets } from '../staffing/agents-required.ts'

/**
 * Largest offered load (Erlangs) at which `slots` servers meet every target, by
 * bisection on the load (service level falls as load grows). 0 when even a tiny
 * load fails (e.g. no slots). Accurate to 1e−9 relative.
 */
export function maxTrafficMeeting(slots: number, ahtSeconds: number, targets: ServiceTargets, patienceSeconds?: number): number {
  if (slots <= 0) return 0
  const ok = (a: number) => meetsTargets(queueMetrics(slots, { trafficErlangs: a, ahtSeconds, patienceSeconds }, targets.answerWithinSeconds), targets)
  let lo = 0
  // Patient callers need N > A; impatient ones let the load exceed the slots, but not forever.
  let hi = patienceSeconds === undefined ? slots : slots * 4
  if (!ok(hi * 1e-9)) return 0
  if (ok(hi)) return hi
  for (let i = 0; i < 60 && hi - lo > 1e-9 * hi; i++) {
    const mid = (lo + hi) / 2
    if (ok(mid)) lo = mid
    else hi = mid
  }
  return lo
}
