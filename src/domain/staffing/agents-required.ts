/** The fewest agents that meet every service target of a voice or chat queue. */
import { atLeast, atMost, ceilTolerant } from '../tolerance.ts'
import { BlockingWalk } from './erlang-b.ts'
import { erlangA, erlangAFromBlocking } from './erlang-a.ts'
import { erlangCFromBlocking, type QueueMetrics } from './erlang-c.ts'
import { smallestPassing } from './integer-search.ts'

/** Targets a staffing plan must meet; shares are 0–1, times in seconds. */
export interface ServiceTargets {
  /** Share of offered contacts to answer within `answerWithinSeconds`. */
  serviceLevel: number
  answerWithinSeconds: number
  maxAsaSeconds?: number | undefined
  maxOccupancy?: number | undefined
  maxAbandon?: number | undefined
}

/** The queue to staff: offered load and how contacts behave. */
export interface QueueLoad {
  trafficErlangs: number
  ahtSeconds: number
  /** Mean patience; absent or Infinity means nobody hangs up (Erlang C). */
  patienceSeconds?: number | undefined
}

/** The solver's answer: a headcount and what it delivers, or why there is none. */
export type Requirement =
  | { ok: true; agents: number; metrics: QueueMetrics }
  | { ok: false; reason: 'above-ceiling'; ceiling: number }

/** No plan needs more agents than this unless the caller says otherwise. */
export const DEFAULT_AGENT_CEILING = 200_000

const ZERO_LOAD: QueueMetrics = { serviceLevel: 1, asaSeconds: 0, occupancy: 0, probWait: 0, probAbandon: 0 }

/** Whether `metrics` meet every target given. */
export function meetsTargets(metrics: QueueMetrics, targets: ServiceTargets): boolean {
  return (
    atLeast(metrics.serviceLevel, targets.serviceLevel) &&
    (targets.maxAsaSeconds === undefined || atMost(metrics.asaSeconds, targets.maxAsaSeconds)) &&
    (targets.maxOccupancy === undefined || atMost(metrics.occupancy, targets.maxOccupancy)) &&
    (targets.maxAbandon === undefined || atMost(metrics.probAbandon, targets.maxAbandon))
  )
}

/**
 * How far inside (+) or outside (−) the tightest target the metrics are, as a log
 * ratio: log((1 − target)/(1 − SL)), log(max/actual) for the others. Each of these
 * is close to linear in agents (1 − SL and abandonment fall roughly geometrically),
 * which lets the search extrapolate in a few probes.
 */
function slack(m: QueueMetrics, targets: ServiceTargets): number {
  let s = logRatio(1 - targets.serviceLevel, 1 - m.serviceLevel)
  if (targets.maxAsaSeconds !== undefined) s = Math.min(s, logRatio(targets.maxAsaSeconds, m.asaSeconds))
  if (targets.maxOccupancy !== undefined) s = Math.min(s, logRatio(targets.maxOccupancy, m.occupancy))
  if (targets.maxAbandon !== undefined) s = Math.min(s, logRatio(targets.maxAbandon, m.probAbandon))
  return s
}

const TINY = 1e-300
const logRatio = (limit: number, actual: number) => Math.log(Math.max(limit, TINY) / Math.max(actual, TINY))

/** Figures of the queue with `agents`, by Erlang A when callers are impatient, else Erlang C. */
export function queueMetrics(agents: number, load: QueueLoad, answerWithinSeconds: number): QueueMetrics {
  const patience = load.patienceSeconds ?? Infinity
  return erlangA(agents, load.trafficErlangs, load.ahtSeconds, patience, answerWithinSeconds)
}

// One walk reused across calls: a year of intervals allocates nothing per interval.
const walk = new BlockingWalk()

/**
 * Fewest agents meeting every target, by Erlang C: the smallest N > A that
 * meets them, walking the Erlang B recursion upward once. The occupancy cap
 * gives the walk a head start. `walkFrom` keeps the walk's memory from that
 * many agents up, for a caller that will probe below the answer.
 */
function erlangCRequirement(
  load: QueueLoad,
  targets: ServiceTargets,
  ceiling: number,
  walkFrom = Infinity,
): Requirement {
  const a = load.trafficErlangs
  let first = Math.floor(a) + 1
  if (targets.maxOccupancy !== undefined && targets.maxOccupancy > 0) {
    first = Math.max(first, ceilTolerant(a / targets.maxOccupancy))
  }
  walk.reset(a, Math.min(first, walkFrom))
  for (let n = first; n <= ceiling; n++) {
    const metrics = erlangCFromBlocking(n, a, walk.blocking(n), load.ahtSeconds, targets.answerWithinSeconds)
    if (meetsTargets(metrics, targets)) return { ok: true, agents: n, metrics }
  }
  return { ok: false, reason: 'above-ceiling', ceiling }
}

/**
 * Fewest agents meeting every target by Erlang A. Impatient callers can let a
 * team meet its targets below the offered load, so the search is not anchored
 * at A (model.md §3): it starts from the Erlang C answer and searches down or up.
 * Every target is monotone in N, so the smallest passing N is exact.
 */
function erlangARequirement(load: QueueLoad, targets: ServiceTargets, ceiling: number): Requirement {
  const patience = load.patienceSeconds ?? Infinity
  const a = load.trafficErlangs
  // Impatience rarely takes the answer more than 5√A below the load; lower probes still work, just walk afresh.
  const walkFrom = Math.max(1, Math.floor(a - 5 * Math.sqrt(a)))
  const patient = erlangCRequirement(load, { ...targets, maxAbandon: undefined }, ceiling, walkFrom)
  const guess = patient.ok ? patient.agents : Math.ceil(load.trafficErlangs)
  let last: QueueMetrics = ZERO_LOAD
  let lastN = -1
  const at = (n: number) => {
    if (n !== lastN) {
      last = erlangAFromBlocking(n, load.trafficErlangs, walk.blocking(n), load.ahtSeconds, patience, targets.answerWithinSeconds)
      lastN = n
    }
    return last
  }
  const agents = smallestPassing(guess, ceiling, (n) => {
    const m = at(n)
    return { passes: meetsTargets(m, targets), slack: slack(m, targets) }
  })
  if (agents === undefined) return { ok: false, reason: 'above-ceiling', ceiling }
  return { ok: true, agents, metrics: at(agents) }
}

/**
 * Agents required: the smallest number of productive agents whose queue meets
 * every target given (service level, and optionally ASA, occupancy and abandonment).
 * Zero load needs zero agents. Above `ceiling` agents it reports that instead of searching on.
 *
 * Source: model.md §2–3.
 * @example agentsRequired({ trafficErlangs: 10, ahtSeconds: 180 }, { serviceLevel: 0.8, answerWithinSeconds: 20 }) // { ok: true, agents: 14, … }
 */
export function agentsRequired(
  load: QueueLoad,
  targets: ServiceTargets,
  ceiling: number = DEFAULT_AGENT_CEILING,
): Requirement {
  if (load.trafficErlangs === 0) return { ok: true, agents: 0, metrics: ZERO_LOAD }
  const patient = load.patienceSeconds === undefined || !Number.isFinite(load.patienceSeconds)
  return patient ? erlangCRequirement(load, targets, ceiling) : erlangARequirement(load, targets, ceiling)
}
