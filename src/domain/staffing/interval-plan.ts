/** A whole series of intervals (a day, a week, a year) staffed in one call. */
import { agentsRequired, queueMetrics, type ServiceTargets } from './agents-required.ts'
import { ceilTolerant } from '../tolerance.ts'
import type { QueueMetrics } from './erlang-c.ts'
import { scheduledAgents } from './shrinkage.ts'

/** The series to staff: one entry per interval of `intervalSeconds`. */
export interface IntervalSeries {
  intervalSeconds: number
  contacts: ArrayLike<number>
  /** One AHT for every interval, or one per interval. */
  ahtSeconds: number | ArrayLike<number>
}

/** How the queue behaves and what it must achieve, the same in every interval. */
export interface SeriesRules extends ServiceTargets {
  patienceSeconds?: number | undefined
  shrinkage?: number | undefined
  /** Chat sessions per agent; 1 (or absent) for voice. */
  concurrency?: number | undefined
  /** Evaluate these productive agents per interval instead of solving. */
  agents?: ArrayLike<number> | undefined
}

/** Per-interval results as typed arrays (a year is 35,040 rows: no object per row). */
export interface IntervalPlan {
  trafficErlangs: Float64Array
  agents: Int32Array
  scheduledAgents: Int32Array
  serviceLevel: Float64Array
  asaSeconds: Float64Array
  occupancy: Float64Array
  probWait: Float64Array
  probAbandon: Float64Array
  /** Intervals whose targets need more agents than the solver's ceiling (agents is −1 there). */
  aboveCeiling: number[]
}

/**
 * Staffs every interval of a series: the fewest productive agents meeting the
 * targets (or, with `rules.agents`, what a given headcount delivers), plus
 * scheduled agents after shrinkage. Intervals with the same load and AHT are
 * solved once (forecasts built from curves repeat them across days and weeks).
 * O(intervals × √load) plus one solve per distinct load.
 */
export function planIntervals(series: IntervalSeries, rules: SeriesRules): IntervalPlan {
  const n = series.contacts.length
  const plan: IntervalPlan = {
    trafficErlangs: new Float64Array(n),
    agents: new Int32Array(n),
    scheduledAgents: new Int32Array(n),
    serviceLevel: new Float64Array(n),
    asaSeconds: new Float64Array(n),
    occupancy: new Float64Array(n),
    probWait: new Float64Array(n),
    probAbandon: new Float64Array(n),
    aboveCeiling: [],
  }
  const concurrency = rules.concurrency ?? 1
  const shrinkage = rules.shrinkage ?? 0
  const seen = new Map<number, Map<number, number>>()
  for (let i = 0; i < n; i++) {
    const aht = typeof series.ahtSeconds === 'number' ? series.ahtSeconds : series.ahtSeconds[i]!
    const traffic = (series.contacts[i]! * aht) / series.intervalSeconds
    plan.trafficErlangs[i] = traffic
    const given = rules.agents?.[i]
    if (given === undefined) {
      let byTraffic = seen.get(aht)
      if (!byTraffic) seen.set(aht, (byTraffic = new Map()))
      const earlier = byTraffic.get(traffic)
      if (earlier !== undefined) {
        copyRow(plan, earlier, i)
        continue
      }
      byTraffic.set(traffic, i)
    }
    const load = { trafficErlangs: traffic, ahtSeconds: aht, patienceSeconds: rules.patienceSeconds }
    let agents: number
    let m: QueueMetrics
    if (given !== undefined) {
      agents = given
      m = queueMetrics(given * concurrency, load, rules.answerWithinSeconds)
    } else {
      const requirement = agentsRequired(load, rules)
      if (!requirement.ok) {
        plan.aboveCeiling.push(i)
        plan.agents[i] = -1
        plan.scheduledAgents[i] = -1
        continue
      }
      agents = ceilTolerant(requirement.agents / concurrency)
      m = concurrency === 1 ? requirement.metrics : queueMetrics(agents * concurrency, load, rules.answerWithinSeconds)
    }
    plan.agents[i] = agents
    plan.scheduledAgents[i] = scheduledAgents(agents, shrinkage)
    plan.serviceLevel[i] = m.serviceLevel
    plan.asaSeconds[i] = m.asaSeconds
    plan.occupancy[i] = m.occupancy
    plan.probWait[i] = m.probWait
    plan.probAbandon[i] = m.probAbandon
  }
  return plan
}

function copyRow(plan: IntervalPlan, from: number, to: number): void {
  if (plan.agents[from] === -1) plan.aboveCeiling.push(to)
  plan.agents[to] = plan.agents[from]!
  plan.scheduledAgents[to] = plan.scheduledAgents[from]!
  plan.serviceLevel[to] = plan.serviceLevel[from]!
  plan.asaSeconds[to] = plan.asaSeconds[from]!
  plan.occupancy[to] = plan.occupancy[from]!
  plan.probWait[to] = plan.probWait[from]!
  plan.probAbandon[to] = plan.probAbandon[from]!
}

/**
 * Period service level: the contact-weighted mean of interval service levels
 * (model.md §6). A period with no contacts has met its target: 1.
 * @example periodServiceLevel([100, 300], [0.9, 0.7]) // 0.75
 */
export function periodServiceLevel(contacts: ArrayLike<number>, serviceLevel: ArrayLike<number>): number {
  let weighted = 0
  let total = 0
  for (let i = 0; i < contacts.length; i++) {
    weighted += contacts[i]! * serviceLevel[i]!
    total += contacts[i]!
  }
  return total === 0 ? 1 : weighted / total
}
