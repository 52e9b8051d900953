/** Erlang A (M/M/N+M): a voice queue whose callers hang up after an exponential patience. */
import { erlangB } from './erlang-b.ts'
import { erlangC, type QueueMetrics } from './erlang-c.ts'

/** Terms below this share of a running sum no longer change a double. */
const SERIES_EPSILON = 1e-17
/** Rescale a running sum before it can overflow (terms can reach e^y). */
const RESCALE_ABOVE = 1e250
const RESCALE_BY = 1e-250
const LOG_RESCALE = Math.log(1e250)
const MAX_QUEUE_STATES = 1e8

interface QueueSums {
  /** Σ t_k with t_k = Π_{i≤k} y/(ν+i): contacts in queue, relative to the state "N busy, none waiting". */
  states: number
  /** Σ k·t_k: mean queue length on the same scale. */
  queued: number
  /** Σ t_k·P(served | k ahead)·E[wait | served, k ahead]·θ. */
  servedWait: number
  /** Σ_{j≥1} u^j·t_j: with u = e^{−θT}, the late-answer series (see erlangAFromBlocking). */
  late: number
  /** The sums above are divided by e^logScale. */
  logScale: number
}

/**
 * Sums over the queue states of the birth–death chain in one pass.
 * With ν = Nμ/θ and y = λ/θ, state N+k has weight t_k relative to state N.
 * An arrival finding k ahead is served with probability ν/(ν+k+1) after
 * k+1 exponential phases with rates θ(ν+i+1) (i = k…0): these telescope, so
 * no integral is needed for the mean wait.
 */
function queueSums(nu: number, y: number, u: number): QueueSums {
  let term = 1
  let states = 1
  let queued = 0
  let servedWait = 0
  let late = 0
  let power = 1
  let harmonic = 0
  let logScale = 0
  for (let k = 0; ; k++) {
    const q = 1 / (nu + k + 1)
    harmonic += q
    servedWait += term * nu * q * harmonic
    const ratio = y * q
    term *= ratio
    states += term
    queued += (k + 1) * term
    power *= u
    late += power * term
    if (term > RESCALE_ABOVE) {
      term *= RESCALE_BY
      states *= RESCALE_BY
      queued *= RESCALE_BY
      servedWait *= RESCALE_BY
      late *= RESCALE_BY
      logScale += LOG_RESCALE
    }
    // Past the peak every later ratio is smaller, so the tail is below a geometric
    // series in `ratio`: stop when it cannot move either sum (division-free test).
    const fall = 1 - ratio
    if (
      fall > 0 &&
      term * ratio <= SERIES_EPSILON * states * fall &&
      term * ratio * ((k + 2) * fall + 1) <= SERIES_EPSILON * queued * fall * fall
    ) {
      return { states, queued, servedWait, late, logScale }
    }
  }
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x)

/**
 * Erlang A: every figure of an M/M/N+M queue (Palm 1943; Mandelbaum & Zeltyn 2007).
 *
 * - probWait: an arrival finds all N agents busy.
 * - probAbandon: share of offered contacts that hang up (θ·E[queue] / λ).
 * - serviceLevel: share of **all offered** contacts answered within T; abandons count
 *   against it however quickly they hang up (model.md §3).
 * - asaSeconds: mean wait of answered contacts.
 * - occupancy: A·(1 − P(abandon)) / N.
 *
 * The late-answer share comes from the lower incomplete gamma γ(ν+1, y·e^{−θT}) in
 * series form; all sums are rescaled so loads of 10,000+ Erlangs stay finite.
 * Infinite patience is Erlang C. Cost O(√A) plus the queue tail.
 *
 * Source: model.md §3.
 * @example erlangA(13, 10, 180, 300, 20).probAbandon // ≈ 0.0249633
 */
export function erlangA(
  agents: number,
  trafficErlangs: number,
  ahtSeconds: number,
  patienceSeconds: number,
  answerWithinSeconds: number,
): QueueMetrics {
  if (!Number.isFinite(patienceSeconds)) {
    return erlangC(agents, trafficErlangs, ahtSeconds, answerWithinSeconds)
  }
  const blocking = erlangB(agents, trafficErlangs)
  return erlangAFromBlocking(agents, trafficErlangs, blocking, ahtSeconds, patienceSeconds, answerWithinSeconds)
}

/** Erlang A from a known Erlang B value (finite patience), for solvers that walk the B recursion. */
export function erlangAFromBlocking(
  agents: number,
  trafficErlangs: number,
  blocking: number,
  ahtSeconds: number,
  patienceSeconds: number,
  answerWithinSeconds: number,
): QueueMetrics {
  if (trafficErlangs === 0) {
    return { serviceLevel: 1, asaSeconds: 0, occupancy: 0, probWait: 0, probAbandon: 0 }
  }
  if (agents === 0) {
    return { serviceLevel: 0, asaSeconds: Infinity, occupancy: 0, probWait: 1, probAbandon: 1 }
  }
  const patienceInAht = patienceSeconds / ahtSeconds
  const nu = agents * patienceInAht
  const y = trafficErlangs * patienceInAht
  // The queue series walks about y − ν states before it peaks; past this bound it
  // would run for seconds. The input schemas keep patience ≤ 1,000 × AHT, well inside.
  if (y - nu > MAX_QUEUE_STATES) throw new RangeError('erlangA requires (load − agents) × patience / AHT ≤ 1e8')
  const thetaT = answerWithinSeconds / patienceSeconds
  const u = Math.exp(-thetaT)
  const sums = queueSums(nu, y, u)
  const one = Math.exp(-sums.logScale)

  // Answered after waiting longer than T, relative to state N: ν/(ν+1)·u^{ν+1}·e^{y(1−u)}·R(ν+1, yu),
  // with R the confluent series of the lower incomplete gamma γ(ν+1, yu) (Mandelbaum & Zeltyn).
  // Its k-th term is u^k·t_{k+1}·(ν+1)/y, so it is summed in the same pass as the queue:
  // late = (ν/y)·e^{y(1−u) − νθT}·Σ_{j≥1} u^j·t_j. Logs keep e^{y(1−u)} from overflowing.
  const answeredLate = Math.exp(Math.log(nu / y) - y * Math.expm1(-thetaT) - nu * thetaT + Math.log(sums.late))
  const answeredAfterWaiting = (nu / y) * (sums.states - one)

  const notWaiting = (1 - blocking) * one
  const denominator = notWaiting + blocking * sums.states
  // Answered and abandoned shares each come from sums of positive terms, so neither
  // loses precision to 1 − the other when one of them is tiny.
  const answeredShare = clamp01((notWaiting + blocking * answeredAfterWaiting) / denominator)
  const meanWaitAnswered = (patienceSeconds * blocking * sums.servedWait) / denominator
  return {
    serviceLevel: clamp01((notWaiting + blocking * (answeredAfterWaiting - answeredLate)) / denominator),
    asaSeconds: answeredShare > 0 ? meanWaitAnswered / answeredShare : Infinity,
    occupancy: Math.min(1, (trafficErlangs * answeredShare) / agents),
    probWait: clamp01((blocking * sums.states) / denominator),
    probAbandon: clamp01((blocking * sums.queued) / (y * denominator)),
  }
}
