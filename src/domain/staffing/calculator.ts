/** One staffing question answered: the calculator behind the CLI, the API and the /staffing page. */
import { ceilTolerant } from '../tolerance.ts'
import { agentsRequired, meetsTargets, queueMetrics, type ServiceTargets } from './agents-required.ts'
import type { QueueMetrics } from './erlang-c.ts'
import { scheduledAgents } from './shrinkage.ts'

/** Everything a planner types into a staffing calculator. Shares 0–1, times in seconds. */
export interface StaffingQuestion {
  channel: 'voice' | 'chat'
  contacts: number
  intervalSeconds: number
  /** Handle time per contact; for chat, the duration of one session at the stated concurrency. */
  ahtSeconds: number
  answerWithinSeconds: number
  targetServiceLevel: number
  patienceSeconds?: number | undefined
  maxOccupancy?: number | undefined
  maxAsaSeconds?: number | undefined
  maxAbandon?: number | undefined
  shrinkage?: number | undefined
  /** Chats one agent works at once (chat only). */
  concurrency?: number | undefined
  /** Evaluate this headcount instead of solving for one. */
  agents?: number | undefined
}

/** What a headcount delivers against the question's targets. */
export interface StaffingAnswer extends QueueMetrics {
  /** Offered load in Erlangs (for chat: in chat slots). */
  trafficErlangs: number
  /** Productive agents. */
  agents: number
  /** Chat slots the agents provide (agents × concurrency); equals agents for voice. */
  slots: number
  /** Agents to schedule once shrinkage is added. */
  scheduledAgents: number
  /** Whether this headcount meets every target given. */
  meetsTargets: boolean
  /** Erlang A when a patience is given, else Erlang C. */
  model: 'erlang-a' | 'erlang-c'
}

export type StaffingOutcome = { ok: true; answer: StaffingAnswer } | { ok: false; reason: 'above-ceiling'; ceiling: number }

/** Offered load A = contacts / interval × AHT, in Erlangs. @example trafficErlangs(100, 1800, 180) // 10 */
export function trafficErlangs(contacts: number, intervalSeconds: number, ahtSeconds: number): number {
  return (contacts * ahtSeconds) / intervalSeconds
}

function targetsOf(q: StaffingQuestion): ServiceTargets {
  return {
    serviceLevel: q.targetServiceLevel,
    answerWithinSeconds: q.answerWithinSeconds,
    maxAsaSeconds: q.maxAsaSeconds,
    maxOccupancy: q.maxOccupancy,
    maxAbandon: q.maxAbandon,
  }
}

const concurrencyOf = (q: StaffingQuestion) => (q.channel === 'chat' ? (q.concurrency ?? 1) : 1)

/**
 * What `agents` productive agents deliver for the question. Chat is modelled as
 * agents × concurrency independent slots, each an Erlang C (or A) server with the
 * session duration as handle time (model.md §4).
 */
export function evaluateHeadcount(q: StaffingQuestion, agents: number): StaffingAnswer {
  const load = { trafficErlangs: trafficErlangs(q.contacts, q.intervalSeconds, q.ahtSeconds), ahtSeconds: q.ahtSeconds, patienceSeconds: q.patienceSeconds }
  const slots = agents * concurrencyOf(q)
  const metrics = queueMetrics(slots, load, q.answerWithinSeconds)
  return describe(q, load.trafficErlangs, agents, slots, metrics)
}

function describe(q: StaffingQuestion, traffic: number, agents: number, slots: number, metrics: QueueMetrics): StaffingAnswer {
  return {
    trafficErlangs: traffic,
    agents,
    slots,
    ...metrics,
    scheduledAgents: scheduledAgents(agents, q.shrinkage ?? 0),
    meetsTargets: meetsTargets(metrics, targetsOf(q)),
    model: q.patienceSeconds === undefined ? 'erlang-c' : 'erlang-a',
  }
}

/**
 * Answers a staffing question: evaluates the given headcount, or finds the fewest
 * productive agents meeting every target. For chat the solver finds the slots
 * needed and rounds up to whole agents: ceil(slots / concurrency).
 */
export function answerStaffing(q: StaffingQuestion): StaffingOutcome {
  if (q.agents !== undefined) return { ok: true, answer: evaluateHeadcount(q, q.agents) }
  const traffic = trafficErlangs(q.contacts, q.intervalSeconds, q.ahtSeconds)
  const requirement = agentsRequired({ trafficErlangs: traffic, ahtSeconds: q.ahtSeconds, patienceSeconds: q.patienceSeconds }, targetsOf(q))
  if (!requirement.ok) return requirement
  const concurrency = concurrencyOf(q)
  if (concurrency === 1) {
    return { ok: true, answer: describe(q, traffic, requirement.agents, requirement.agents, requirement.metrics) }
  }
  return { ok: true, answer: evaluateHeadcount(q, ceilTolerant(requirement.agents / concurrency)) }
}

/**
 * The headcounts around `agents` (N − radius … N + radius, never below 0) with
 * what each delivers: the table staffing calculators show next to their answer.
 */
export function headcountNeighbourhood(q: StaffingQuestion, agents: number, radius = 3): StaffingAnswer[] {
  const rows: StaffingAnswer[] = []
  for (let n = Math.max(0, agents - radius); n <= agents + radius; n++) rows.push(evaluateHeadcount(q, n))
  return rows
}
