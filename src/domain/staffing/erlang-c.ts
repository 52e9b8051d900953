/** Erlang C (M/M/N): waiting probability, service level, ASA and occupancy of a voice queue. */
import { erlangB } from './erlang-b.ts'

/** What a queue delivers with a given number of agents. Times in seconds, shares 0–1. */
export interface QueueMetrics {
  /** Share of offered contacts answered within the threshold (model.md §3 definition). */
  serviceLevel: number
  /** Mean wait of answered contacts; Infinity when the queue is unstable. */
  asaSeconds: number
  /** Share of agent time spent handling contacts. */
  occupancy: number
  /** Share of contacts that wait at all. */
  probWait: number
  /** Share of offered contacts that hang up before an answer (0 under Erlang C). */
  probAbandon: number
}

/**
 * Erlang C from a known Erlang B value, so a caller walking the B recursion
 * (the solver) pays for each agent count once.
 */
export function erlangCFromBlocking(
  agents: number,
  trafficErlangs: number,
  blocking: number,
  ahtSeconds: number,
  answerWithinSeconds: number,
): QueueMetrics {
  if (trafficErlangs === 0) {
    return { serviceLevel: 1, asaSeconds: 0, occupancy: 0, probWait: 0, probAbandon: 0 }
  }
  if (agents <= trafficErlangs) {
    // Every agent is busy all the time; with no agents there is no occupancy to speak of.
    const occupancy = agents === 0 ? 0 : 1
    return { serviceLevel: 0, asaSeconds: Infinity, occupancy, probWait: 1, probAbandon: 0 }
  }
  const spare = agents - trafficErlangs
  const probWait = (agents * blocking) / (spare + trafficErlangs * blocking)
  return {
    serviceLevel: 1 - probWait * Math.exp((-spare * answerWithinSeconds) / ahtSeconds),
    asaSeconds: (probWait * ahtSeconds) / spare,
    occupancy: trafficErlangs / agents,
    probWait,
    probAbandon: 0,
  }
}

/**
 * Erlang C: every figure of an M/M/N queue offered `trafficErlangs` with `agents`.
 *
 * C = N·B / (N − A·(1 − B)); SL(T) = 1 − C·e^{−(N−A)T/AHT}; ASA = C·AHT / (N − A);
 * occupancy = A / N. With N ≤ A the queue grows without bound: C = 1, SL = 0,
 * ASA = Infinity, occupancy 1.
 *
 * Source: model.md §2.
 * @example erlangC(12, 10, 180, 20).serviceLevel // 0.6401580403740066
 */
export function erlangC(
  agents: number,
  trafficErlangs: number,
  ahtSeconds: number,
  answerWithinSeconds: number,
): QueueMetrics {
  return erlangCFromBlocking(
    agents,
    trafficErlangs,
    erlangB(agents, trafficErlangs),
    ahtSeconds,
    answerWithinSeconds,
  )
}

/** Probability that a contact waits (Erlang C formula). @example waitProbability(12, 10) // 0.4493882242982709 */
export function waitProbability(agents: number, trafficErlangs: number): number {
  return erlangC(agents, trafficErlangs, 1, 0).probWait
}
